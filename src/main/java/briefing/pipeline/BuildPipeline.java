package briefing.pipeline;

import briefing.chart.ChartCache;
import briefing.check.LinkChecker;
import briefing.check.LinkTable;
import briefing.check.PageLinks;
import briefing.site.Route;
import briefing.config.ConfigLoader;
import briefing.config.SiteConfig;
import briefing.content.Content;
import briefing.content.ContentLoader;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.engine.ContentHash;
import briefing.engine.DiskCache;
import briefing.engine.Engine;
import briefing.engine.Identity;
import briefing.engine.Input;
import briefing.engine.Query;
import briefing.output.OutputGuard;
import briefing.output.SiteWriter;
import briefing.render.AssetReader;
import briefing.render.ChartFiles;
import briefing.render.OutputFile;
import briefing.render.TemplateRenderer;
import briefing.site.Site;
import briefing.site.SiteAssembler;
import briefing.source.SourceReader;
import briefing.source.YamlReader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The build, stage by stage in the order they run. Only the loaders read the disk and only the writer writes it;
 * any mistake in the input ends the build before the writer, so the published site is never touched by a failed
 * build.
 */
public final class BuildPipeline {

    private final Path workingDir;
    /**
     * Everything derived, memoised across the builds of one pipeline (as in serve) with what it read: briefings
     * and pages, charts, rendered files, and the services made once per configuration (the template renderer, the
     * disk cache, the writer). A build asks it for the outputs; only what an edit made stale is computed again.
     */
    private final Engine engine = new Engine();
    /** Places the charts in the site; what is drawn is memoised by the engine. */
    private final ChartFiles chartFiles = new ChartFiles();

    /** FreeMarker set up and with its templates parsed, per templates folder, as shown, locale and time zone. */
    private static final Query<List<Object>, TemplateRenderer> RENDERER = new Query<>("pipeline.renderer");
    /** The schemas depend on the code alone: made once. */
    private static final Query<String, List<OutputFile>> SCHEMAS = new Query<>("pipeline.schemas");
    /** The one writer of an output folder: it knows what it published last. */
    private static final Query<List<Object>, SiteWriter> WRITER = new Query<>("pipeline.writer");
    /** The disk cache of a cache folder, with the charts' view of it. */
    private static final Query<Path, ChartCache> CHART_CACHE = new Query<>("pipeline.chart-cache");
    /** A page's links and anchors, by output path (see {@link #linkTable}). */
    private static final Query<String, PageLinks> LINK_ROW = new Query<>("check.page-links");

    /** @param workingDir the folder diagnostics' paths are relative to */
    private volatile String stage = "";
    private volatile int pagesTotal;
    private volatile int chartsTotal;
    private volatile TemplateRenderer current;

    public BuildPipeline(Path workingDir) {
        this.workingDir = workingDir;
    }

    /**
     * Loads, renders and checks everything without writing: the files the build would write. Both cores work:
     * the templates are parsed while the content loads, and the charts are drawn while the pages render (the
     * charts' time is their own thread's, so the stage times add up to more than the whole).
     */
    public Rendered render(BuildOptions options) throws BuildFailedException, IOException {
        engine.newRevision();
        return renderThisRevision(options);
    }

    /** Renders in the engine's current revision: what {@link #publish} asked for before is not swept. */
    private Rendered renderThisRevision(BuildOptions options) throws BuildFailedException, IOException {
        Map<String, Long> times = new LinkedHashMap<>();
        pagesTotal = 0;
        chartsTotal = 0;
        stage = "load";
        long start = System.nanoTime();
        SourceReader bootstrap = new SourceReader(workingDir, SiteConfig.Limits.DEFAULT.maxFileBytes());
        requireFolder(options.contentDir(), "content", bootstrap);
        requireFolder(options.templatesDir(), "templates", bootstrap);
        SiteConfig loaded = new ConfigLoader(bootstrap).load(options.contentDir());
        SiteConfig config = options.baseUrl().map(loaded::withBaseUrl).orElse(loaded);
        String templatesShown = bootstrap.displayPath(options.templatesDir());
        // Templates and schemas do not depend on the content: prepared on the second core while the content loads.
        // A rebuild (serve) has both already, unless a template changed.
        Beside<TemplateRenderer> prepared = Beside.start("briefing-templates", () -> {
            try {
                TemplateRenderer templates = renderer(options, templatesShown, config);
                schemas();
                return templates;
            } catch (java.io.UncheckedIOException e) {
                throw e.getCause();
            }
        });
        SourceReader reader = new SourceReader(workingDir, config.limits().maxFileBytes());
        Content content = new ContentLoader(reader, new YamlReader(config.limits().maxFileBytes()), engine)
                .load(config, options.contentDir(), options.drafts());
        start = lap(times, "load", start);
        stage = "assemble";

        Site site = new SiteAssembler().assemble(content);
        start = lap(times, "assemble", start);
        pagesTotal = site.routes().size();
        chartsTotal = site.charts().size();
        stage = "render";

        ChartCache cache = chartCache(options.cacheDir());
        Beside<List<OutputFile>> charts = Beside.start("briefing-charts", () -> chartFiles.render(site, engine, cache));
        TemplateRenderer templates = prepared.join();
        current = templates;
        List<OutputFile> pages = templates.render(site, engine);
        List<OutputFile> files = new ArrayList<>(charts.join());
        times.put("charts", charts.millis());
        files.addAll(pages);
        files.addAll(new briefing.render.DatasetFiles().render(site));
        files.addAll(new AssetReader().read(options.templatesDir(), templatesShown));
        files.add(new OutputFile(".nojekyll", new byte[0]));
        files.add(OutputGuard.MARKER_FILE); // tells a later build this folder is a site it may replace
        config.cname().ifPresent(host -> files.add(new OutputFile("CNAME",
                (host + "\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII))));
        files.addAll(schemas());
        start = lap(times, "render", start);
        stage = "check";

        Diagnostics problems = new Diagnostics();
        new LinkChecker(site.urls().basePath()).check(linkTable(site, files, bootstrap.displayPath(options.outputDir())),
                problems);
        problems.throwIfErrors();
        lap(times, "check", start);
        engine.sweep(); // a whole build asked for everything it needs: the rest is gone from the site
        List<Diagnostic> warnings = new ArrayList<>(content.warnings());
        warnings.addAll(problems.sorted());
        return new Rendered(site, List.copyOf(files), times, warnings, chartFiles.drawnCount(),
                chartFiles.distinctCount() - chartFiles.drawnCount());
    }

    /** How a build replaces the published site. */
    public enum Publish {
        /** Stage the whole site beside the output folder, then swap it in ({@code build}). */
        SWAP,
        /**
         * Once this pipeline has published the folder whole, replace only the files that changed, each atomically
         * ({@code serve}); otherwise as {@link #SWAP}.
         */
        IN_PLACE
    }

    /** A published build: what was rendered and how it was written. */
    public record Published(Rendered rendered, BuildResult result) {
    }

    /**
     * Builds and publishes the site, unless the record of the last build from these options (see BuildRecord)
     * shows that the content and templates are as it read them and the output folder is as it left it: then the
     * site is already what this build would write, and nothing is loaded, rendered or written.
     */
    public BuildResult build(BuildOptions options) throws BuildFailedException, IOException {
        long began = System.nanoTime();
        ChartCache cache = chartCache(options.cacheDir());
        if (cache == null) {
            return publish(options, Publish.SWAP).result();
        }
        DiskCache disk = cache.disk();
        String key = BuildRecord.key(disk, workingDir, options);
        Optional<BuildRecord> last = disk.read(BuildRecord.KIND, key).flatMap(BuildRecord::decode);
        last.ifPresent(r -> engine.restoreRevisions(r.revisions()));
        // Taken before anything is read: a save while the build runs makes the next build run again. The output
        // folder is looked at meanwhile, on the other core.
        long hashedBefore = engine.filesHashed();
        java.util.concurrent.CompletableFuture<ContentHash> published = java.util.concurrent.CompletableFuture
                .supplyAsync(() -> engine.folderRevision(options.outputDir()));
        ContentHash inputs = BuildRecord.inputs(engine.folderRevision(options.contentDir()),
                engine.folderRevision(options.templatesDir()));
        if (last.isPresent() && last.get().inputs().equals(inputs) && last.get().output().equals(published.join())) {
            writer(options).check(); // the output guard has its say whatever the record says
            BuildRecord same = last.get();
            if (engine.filesHashed() != hashedBefore) {
                // Files read again (saved shortly before the last look): their rows now let the next check skip them.
                keep(disk, key, options, same.inputs(), same.output(), same.pages(), same.charts(), same.files(),
                        same.warnings());
            }
            long millis = (System.nanoTime() - began) / 1_000_000;
            return new BuildResult(same.pages(), 0, same.charts(), same.files(), same.files(), millis,
                    Map.of("verify", millis), same.warnings(), true);
        }
        BuildResult result = publish(options, Publish.SWAP).result();
        keep(disk, key, options, inputs, engine.folderRevision(options.outputDir()), result.pages(),
                result.chartsDrawn() + result.chartsReused(), result.files(), result.warnings());
        return result;
    }

    /**
     * Saves the record of a build (or of a check that found nothing to do: the files it read again are then
     * recorded as seen, so the next check reads none of them).
     */
    private void keep(DiskCache disk, String key, BuildOptions options, ContentHash inputs, ContentHash output,
                      int pages, int charts, int files, List<Diagnostic> warnings) {
        byte[] revisions = engine.exportRevisions(List.of(options.contentDir(), options.templatesDir(),
                options.outputDir()));
        new BuildRecord(inputs, output, pages, charts, files, warnings, revisions).encode().ifPresent(bytes -> {
            disk.put(BuildRecord.KIND, key, bytes);
            disk.save();
        });
    }

    /**
     * Refuses an output folder whose replacement would destroy something that is not a site (see OutputGuard),
     * before any work; every publish checks again, since the folder may have changed meanwhile.
     */
    public void checkOutput(BuildOptions options) throws BuildFailedException {
        writer(options).check();
    }

    /**
     * The one way {@code build} and {@code serve} publish: the output folder checked by the guard, everything
     * rendered and checked, the files written, and then (only then) the charts drawn saved into the disk cache.
     */
    public Published publish(BuildOptions options, Publish how) throws BuildFailedException, IOException {
        engine.newRevision();
        SiteWriter writer = writer(options);
        writer.check(); // before any work; the write checks again, the folder may have changed meanwhile
        long began = System.nanoTime();
        Rendered rendered = renderThisRevision(options);
        Map<String, Long> times = new LinkedHashMap<>(rendered.stageMillis());
        long start = System.nanoTime();
        stage = "write";
        SiteWriter.Written written = how == Publish.SWAP ? writer.write(rendered.files())
                : writer.update(rendered.files());
        saveDiskCache(options);
        lap(times, "write", start);
        return new Published(rendered, new BuildResult(rendered.site().routes().size(), rendered.chartsDrawn(),
                rendered.chartsReused(), written.total(), written.unchanged(), (System.nanoTime() - began) / 1_000_000,
                times, rendered.warnings(), false));
    }

    /**
     * Saves what the builds since the last save put into the disk cache (the charts they drew). Only once those
     * builds' files are published: a failed build, or {@code check}, writes no cache entry.
     */
    private void saveDiskCache(BuildOptions options) {
        ChartCache cache = chartCache(options.cacheDir());
        if (cache != null) {
            cache.disk().save();
        }
    }

    /**
     * The link table of the site, a row per page memoised by the engine: a page's row is read again only when its
     * bytes or what its Markdown is made of changed (the engine keeps both the same objects while unchanged), so a
     * save in serve scans only the pages it changed.
     */
    private LinkTable linkTable(Site site, List<OutputFile> files, String shownOutput) {
        Map<String, Route> routes = new java.util.HashMap<>();
        site.routes().forEach(r -> routes.put(r.output(), r));
        java.util.Set<String> paths = new java.util.HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        Map<String, PageLinks> rows = files.parallelStream().filter(f -> f.path().endsWith(".html"))
                .collect(java.util.stream.Collectors.toConcurrentMap(OutputFile::path, f -> {
                    Route route = routes.get(f.path());
                    Input<List<Object>> made = new Input<>("check.page " + f.path());
                    engine.set(made, List.of(new Identity(f.bytes()), route == null ? "asset" : route.getClass(),
                            new Identity(markdownOf(route)), shownOutput));
                    return engine.get(LINK_ROW, f.path(), reads -> {
                        reads.value(made);
                        return LinkTable.page(route, f, shownOutput);
                    });
                }));
        return new LinkTable(paths, rows);
    }

    /** What a page's Markdown links and headings come from: its briefing or plain page, or nothing. */
    private static Object markdownOf(Route route) {
        if (route instanceof Route.BriefingPage b) {
            return b.briefing();
        }
        return route instanceof Route.PlainPage p ? p.page() : "none";
    }

    /** The chart cache in this cache folder, or null when it is off. */
    private ChartCache chartCache(java.util.Optional<Path> cacheDir) {
        return cacheDir.map(d -> engine.get(CHART_CACHE, d.toAbsolutePath().normalize(),
                reads -> new ChartCache(new DiskCache(d.toAbsolutePath().normalize())))).orElse(null);
    }

    /** How many briefings and pages this pipeline loaded from disk (not reused) so far. */
    long contentLoads() {
        return engine.computed(ContentLoader.BRIEFING) + engine.computed(ContentLoader.PAGE);
    }

    /** How many files this pipeline rendered with a template or made (not reused) so far. */
    long renderedCount() {
        return engine.computed(TemplateRenderer.FILE);
    }

    /** The engine's memoised nodes by query, for tests and {@code --verbose}. */
    public java.util.Map<String, Integer> engineSizes() {
        return engine.sizes();
    }

    /** One writer per output folder across builds: it knows what it published last. */
    private SiteWriter writer(BuildOptions options) {
        List<Object> key = List.of(options.outputDir().toAbsolutePath().normalize(),
                options.contentDir().toAbsolutePath().normalize(), options.templatesDir().toAbsolutePath().normalize(),
                options.force());
        return engine.get(WRITER, key, reads -> publisher(workingDir, options));
    }

    /**
     * A writer for the output folder guarded against replacing the project, its inputs or anything that is not a
     * site (see OutputGuard).
     */
    static SiteWriter publisher(Path workingDir, BuildOptions options) {
        String typed = options.outputDir().toString().replace('\\', '/');
        return new SiteWriter(options.outputDir(), typed, OutputGuard.forProject(workingDir, options.contentDir(),
                options.templatesDir(), options.force()));
    }

    private List<OutputFile> schemas() {
        return engine.get(SCHEMAS, "all", reads -> List.copyOf(new SchemaCatalog().files()));
    }

    /**
     * The renderer for these options: made and its templates parsed again when the templates folder changed, so
     * FreeMarker never renders from a template it parsed before the change.
     */
    private TemplateRenderer renderer(BuildOptions options, String shown, SiteConfig config) {
        List<Object> key = List.of(options.templatesDir().toAbsolutePath().normalize(), shown, config.locale(),
                config.timeZone());
        return engine.get(RENDERER, key, reads -> {
            reads.folder(options.templatesDir());
            try {
                TemplateRenderer made = new TemplateRenderer(options.templatesDir(), shown, config);
                made.prepare();
                return made;
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /**
     * The outcome of every stage but writing.
     *
     * @param chartsDrawn  distinct charts drawn by this build
     * @param chartsReused distinct charts taken from the chart cache or the previous build instead
     */
    public record Rendered(Site site, List<OutputFile> files, Map<String, Long> stageMillis,
                           List<Diagnostic> warnings, int chartsDrawn, int chartsReused) {
    }

    /**
     * How far the build running now is, for a progress line another thread shows while it runs.
     *
     * @param stage      the stage running (load, assemble, render, check, write), or empty before the first
     * @param pagesTotal 0 until the site is assembled
     */
    public record Progress(String stage, int pagesDone, int pagesTotal, int chartsDone, int chartsTotal) {
    }

    /** The running build's progress; safe to call from any thread at any time. */
    public Progress progress() {
        TemplateRenderer current = this.current;
        int total = pagesTotal;
        return new Progress(stage, total == 0 || current == null ? 0 : Math.min(current.pagesDone(), total), total,
                Math.min(chartFiles.done(), chartsTotal), chartsTotal);
    }

    private static void requireFolder(Path dir, String what, SourceReader reader) throws BuildFailedException {
        if (!Files.isDirectory(dir)) {
            throw new BuildFailedException(Diagnostic.error(SourceLocation.file(reader.displayPath(dir)),
                    what + " folder not found", "run from the project folder or pass --" + what + " PATH"));
        }
    }

    private static long lap(Map<String, Long> times, String stage, long start) {
        long now = System.nanoTime();
        times.put(stage, (now - start) / 1_000_000);
        return now;
    }
}
