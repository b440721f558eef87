package briefing.pipeline;

import briefing.chart.ChartCache;
import briefing.check.LinkChecker;
import briefing.check.LinkTable;
import briefing.config.ConfigLoader;
import briefing.config.SiteConfig;
import briefing.content.Content;
import briefing.content.ContentCache;
import briefing.content.ContentLoader;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
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

/**
 * The build, stage by stage in the order they run. Only the loaders read the disk and only the writer writes it;
 * any mistake in the input ends the build before the writer, so the published site is never touched by a failed
 * build.
 */
public final class BuildPipeline {

    private final Path workingDir;
    /** Kept across builds of one pipeline (as in serve), so unchanged charts are not drawn again. */
    private final ChartFiles chartFiles = new ChartFiles();
    /**
     * FreeMarker, set up and with its parsed templates, kept across builds of one pipeline while the templates
     * folder, locale and time zone stay the same. FreeMarker itself re-reads a template whose file changed.
     */
    private TemplateRenderer renderer;
    private List<Object> rendererKey;
    /** Briefings and pages of earlier builds, reused while their files are unchanged (see ContentCache). */
    private final ContentCache contentCache = new ContentCache();
    /** The schemas depend on the code alone: made once. */
    private List<OutputFile> schemas;
    private SiteWriter writer;
    private List<Object> writerFor;
    /** Charts drawn by earlier runs (see ChartCache), or null when the cache is off. */
    private ChartCache chartCache;
    private Path chartCacheFor;

    /** @param workingDir the folder diagnostics' paths are relative to */
    private volatile String stage = "";
    private volatile int pagesTotal;
    private volatile int chartsTotal;

    public BuildPipeline(Path workingDir) {
        this.workingDir = workingDir;
    }

    /**
     * Loads, renders and checks everything without writing: the files the build would write. Both cores work:
     * the templates are parsed while the content loads, and the charts are drawn while the pages render (the
     * charts' time is their own thread's, so the stage times add up to more than the whole).
     */
    public Rendered render(BuildOptions options) throws BuildFailedException, IOException {
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
        // Templates and schemas do not depend on the content. A rebuild (serve) has both already.
        TemplateRenderer kept = keptRenderer(options, templatesShown, config);
        Beside<TemplateRenderer> prepared = kept != null ? Beside.done(kept) : Beside.start("briefing-templates", () -> {
            TemplateRenderer templates = renderer(options, templatesShown, config);
            templates.prepare();
            schemas();
            return templates;
        });
        SourceReader reader = new SourceReader(workingDir, config.limits().maxFileBytes());
        Content content = new ContentLoader(reader, new YamlReader(config.limits().maxFileBytes()), contentCache)
                .load(config, options.contentDir(), options.drafts());
        start = lap(times, "load", start);
        stage = "assemble";

        Site site = new SiteAssembler().assemble(content);
        start = lap(times, "assemble", start);
        pagesTotal = site.routes().size();
        chartsTotal = site.charts().size();
        stage = "render";

        ChartCache cache = chartCache(options.cacheDir());
        Beside<List<OutputFile>> charts = Beside.start("briefing-charts", () -> chartFiles.render(site, cache));
        List<OutputFile> pages = prepared.join().render(site);
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
        new LinkChecker(site.urls().basePath())
                .check(LinkTable.of(site, files, bootstrap.displayPath(options.outputDir())), problems);
        problems.throwIfErrors();
        lap(times, "check", start);
        List<Diagnostic> warnings = new ArrayList<>(content.warnings());
        warnings.addAll(problems.sorted());
        return new Rendered(site, List.copyOf(files), times, warnings, chartFiles.drawnCount(),
                chartFiles.distinctCount() - chartFiles.drawnCount());
    }

    public BuildResult build(BuildOptions options) throws BuildFailedException, IOException {
        SiteWriter writer = writer(options);
        writer.check(); // before any work; the write checks again, the folder may have changed meanwhile
        long began = System.nanoTime();
        Rendered rendered = render(options);
        Map<String, Long> times = new LinkedHashMap<>(rendered.stageMillis());
        long start = System.nanoTime();
        stage = "write";
        SiteWriter.Written written = writer.write(rendered.files());
        saveChartCache();
        lap(times, "write", start);
        return new BuildResult(rendered.site().routes().size(), rendered.chartsDrawn(), rendered.chartsReused(),
                written.total(), written.unchanged(), (System.nanoTime() - began) / 1_000_000, times,
                rendered.warnings());
    }

    /**
     * Saves the charts the builds since the last save drew into the chart cache. Call it once those builds' files
     * are published ({@link #build} does): a failed build, or {@code check}, writes no cache entry.
     */
    public synchronized void saveChartCache() {
        if (chartCache != null) {
            chartCache.save();
        }
    }

    /** The chart cache in this cache folder (made once per folder), or null when it is off. */
    private synchronized ChartCache chartCache(java.util.Optional<Path> cacheDir) {
        Path key = cacheDir.map(d -> d.toAbsolutePath().normalize()).orElse(null);
        if (!java.util.Objects.equals(key, chartCacheFor)) {
            chartCacheFor = key;
            chartCache = key == null ? null : new ChartCache(key.resolve("charts"));
        }
        return chartCache;
    }

    /** How many briefings and pages this pipeline loaded from disk (not reused) so far. */
    long contentLoads() {
        return contentCache.loads();
    }

    /** How many files this pipeline's current template renderer rendered (not reused) so far. */
    synchronized long renderedCount() {
        return renderer == null ? 0 : renderer.renderedCount();
    }

    /** One writer per output folder across builds: it knows what it published last. */
    private synchronized SiteWriter writer(BuildOptions options) {
        List<Object> key = List.of(options.outputDir().toAbsolutePath().normalize(),
                options.contentDir().toAbsolutePath().normalize(), options.templatesDir().toAbsolutePath().normalize(),
                options.force());
        if (!key.equals(writerFor)) {
            writer = publisher(workingDir, options);
            writerFor = key;
        }
        return writer;
    }

    /**
     * The one way {@code build} and {@code serve} publish: a writer for the output folder guarded against
     * replacing the project, its inputs or anything that is not a site (see OutputGuard).
     */
    public static SiteWriter publisher(Path workingDir, BuildOptions options) {
        String typed = options.outputDir().toString().replace('\\', '/');
        return new SiteWriter(options.outputDir(), typed, OutputGuard.forProject(workingDir, options.contentDir(),
                options.templatesDir(), options.force()));
    }

    private synchronized List<OutputFile> schemas() {
        if (schemas == null) {
            schemas = List.copyOf(new SchemaCatalog().files());
        }
        return schemas;
    }

    /** The renderer of an earlier build when it fits these options and the schemas are made, or null. */
    private synchronized TemplateRenderer keptRenderer(BuildOptions options, String shown, SiteConfig config) {
        return schemas != null && rendererKey(options, shown, config).equals(rendererKey) ? renderer : null;
    }

    private static List<Object> rendererKey(BuildOptions options, String shown, SiteConfig config) {
        return List.of(options.templatesDir().toAbsolutePath().normalize(), shown, config.locale(),
                config.timeZone());
    }

    private synchronized TemplateRenderer renderer(BuildOptions options, String shown, SiteConfig config)
            throws IOException {
        List<Object> key = rendererKey(options, shown, config);
        if (!key.equals(rendererKey)) {
            renderer = new TemplateRenderer(options.templatesDir(), shown, config);
            rendererKey = key;
        }
        return renderer;
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
        TemplateRenderer current;
        synchronized (this) {
            current = renderer;
        }
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
