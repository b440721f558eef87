package briefing.render;

import briefing.config.SiteConfig;
import briefing.content.Briefing;
import briefing.desk.CompanyProfile;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.render.Views.SiteView;
import briefing.site.Route;
import briefing.site.Site;
import briefing.site.Urls;
import briefing.value.English;
import briefing.value.ValueFormat;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders every route of a {@link Site} through the FreeMarker templates of the templates folder. FreeMarker is
 * hardened: HTML auto-escaping by file extension ({@code .ftlh}), no {@code ?new} or {@code ?api}, errors rethrown
 * with their template position, and locale, time zone and number format fixed by the site, never the JVM.
 */
public final class TemplateRenderer {

    private final java.util.concurrent.atomic.AtomicInteger pagesDone = new java.util.concurrent.atomic.AtomicInteger();


    public static final String HOME = "home.ftlh";
    public static final String BRIEFING = "briefing.ftlh";
    public static final String PAGE = "page.ftlh";
    public static final String NOT_FOUND = "404.ftlh";
    public static final String DEALS = "deals.ftlh";
    public static final String COMPANIES = "companies.ftlh";
    public static final String COMPANY = "company.ftlh";
    public static final String SEARCH = "search.ftlh";
    /** XML output format by extension: every value is XML-escaped. */
    public static final String SITEMAP = "sitemap.ftlx";
    public static final String FEED = "feed.ftlx";

    /**
     * How many of the newest briefings the 404 page lists. A few, not all: GitHub Pages serves the page for every
     * missing URL, and the full list is one link away on the home page.
     */
    static final int NOT_FOUND_BRIEFINGS = 5;

    private final Configuration freemarker;
    private final String templatesShown;
    private final Path templatesDir;

    /**
     * What the previous build rendered, by output path, with everything each file was made from (see
     * {@link #render}): a rebuild in {@code serve} renders again only the files whose inputs changed.
     */
    private Map<String, Cached> cache = Map.of();
    /** The templates folder's files (path to bytes) the cached files were rendered with. */
    private Map<String, byte[]> cachedTemplates = Map.of();
    /**
     * The {@code briefings} list (every briefing) as compared between builds. The project's templates no longer read
     * it, since a page listing every briefing grows with the desk, but a site's own templates may.
     */
    private List<List<Object>> cachedSummaries = List.of();
    private final java.util.concurrent.atomic.AtomicLong rendered = new java.util.concurrent.atomic.AtomicLong();
    /** The search entries of the previous build's briefings, reused for briefings loaded again unchanged. */
    private SearchIndexer.Cache searchCache = new SearchIndexer.Cache();
    private List<Object> searchFilesKey;
    private List<OutputFile> searchFilesMade = List.of();

    /**
     * One rendered file and its inputs.
     *
     * @param usedBriefings whether the template read the {@code briefings} list (if not, the list is not an input)
     */
    private record Cached(List<Object> key, boolean usedBriefings, byte[] bytes) {
    }

    /** An object compared by identity: loaded briefings are reused between builds only while unchanged. */
    private record Same(Object object) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same other && other.object == object;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(object);
        }
    }

    /**
     * @param templatesDir   where the templates are
     * @param templatesShown the same folder as shown in diagnostics
     */
    public TemplateRenderer(Path templatesDir, String templatesShown, SiteConfig config) throws IOException {
        this.templatesShown = templatesShown;
        this.templatesDir = templatesDir;
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_35);
        cfg.setTemplateLoader(new FileTemplateLoader(templatesDir.toFile()));
        cfg.setDefaultEncoding(StandardCharsets.UTF_8.name());
        cfg.setOutputEncoding(StandardCharsets.UTF_8.name());
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setAttemptExceptionReporter((e, env) -> { });
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocalizedLookup(false);
        // Check template files on every build: serve reuses this configuration and must see each save at once.
        cfg.setTemplateUpdateDelayMilliseconds(0);
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setLocale(config.locale());
        cfg.setTimeZone(TimeZone.getTimeZone(config.timeZone()));
        cfg.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone(config.timeZone()));
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setForceLegacyNonListCollections(false);
        cfg.setObjectWrapper(wrapper.build());
        shareGrammar(cfg);
        this.freemarker = cfg;
    }

    /**
     * {@code possessive(name)} and {@code count(n, "deal")} (or {@code count(n, "entry", "entries")}) for every
     * template, so that a possessive or a count of a data value follows one rule ({@link English}): "spenders’",
     * not "spenders’s"; "1 deal", not "1 deals".
     */
    private static void shareGrammar(Configuration cfg) {
        cfg.setSharedVariable("possessive", (TemplateMethodModelEx) args -> {
            if (args.size() != 1) {
                throw new TemplateModelException("possessive(name) takes one argument");
            }
            return English.possessive(String.valueOf(DeepUnwrap.unwrap(
                    (TemplateModel) args.get(0))));
        });
        cfg.setSharedVariable("count", (TemplateMethodModelEx) args -> {
            if (args.size() != 2 && args.size() != 3
                    || !(args.get(0) instanceof TemplateNumberModel n)) {
                throw new TemplateModelException(
                        "count(number, singular) or count(number, singular, plural): the first is a number");
            }
            long number = n.getAsNumber().longValue();
            String singular = String.valueOf(DeepUnwrap.unwrap(
                    (TemplateModel) args.get(1)));
            return args.size() == 2 ? English.count(number, singular) : English.count(number, singular,
                    String.valueOf(DeepUnwrap.unwrap(
                            (TemplateModel) args.get(2))));
        });
    }

    /**
     * Parses every template now, so that a build can do it on the second core while the content loads; rendering
     * then finds them parsed in FreeMarker's template cache. Mistakes are left for {@link #render} to report: on
     * the first one the cache is cleared, so that rendering parses again and sees the mistake itself rather than
     * FreeMarker's note of an earlier failure.
     */
    public void prepare() {
        if (!java.nio.file.Files.isDirectory(templatesDir)) {
            return;
        }
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(templatesDir)) {
            for (Path file : walk.filter(java.nio.file.Files::isRegularFile).sorted().toList()) {
                String name = templatesDir.relativize(file).toString().replace('\\', '/');
                if (name.endsWith(".ftlh") || name.endsWith(".ftlx")) {
                    freemarker.getTemplate(name);
                }
            }
        } catch (IOException | RuntimeException e) {
            freemarker.clearTemplateCache();
        }
    }

    /** Pages rendered (or reused) so far by the build running now, for a progress line; read from another thread. */
    public int pagesDone() {
        return pagesDone.get();
    }

    /** How many files were rendered by FreeMarker (not reused) since this renderer was made. */
    public long renderedCount() {
        return rendered.get();
    }

    /**
     * Renders every route and site file. A file whose inputs all equal the previous build's is reused as it was:
     * the same template files (compared by content), site configuration, URLs and site view, and the same loaded
     * briefing (by identity: the loader reuses a briefing only while its files are unchanged) or an equal page.
     * The briefings list counts as an input only for a template that read it.
     */
    public synchronized List<OutputFile> render(Site site) throws BuildFailedException {
        Map<String, byte[]> templates = templateFiles();
        if (!sameTemplates(templates, cachedTemplates)) {
            cache = Map.of();
        }
        pagesDone.set(0);
        SiteConfig config = site.content().config();
        Urls urls = site.urls();
        ViewModelBuilder views = new ViewModelBuilder(new ValueFormat(config.locale()), urls,
                site.content().companies());
        PublishingViews publishing = new PublishingViews(site, views);
        SiteView siteView = siteView(site, urls);
        DealTracker deals = new DealTracker(site, new ValueFormat(config.locale()));
        CompanyPages companies = new CompanyPages(urls, views, deals);
        // The search page and its index file share one index, made once per build when first needed.
        SearchIndexer.Cache searchCache = this.searchCache.under(urls, config.locale());
        java.util.function.Supplier<List<SearchIndexer.Group>> search = memo(() -> SearchIndexer.index(
                new SearchIndexer.Context(site, new ValueFormat(config.locale()), deals, searchCache),
                SearchIndexer.PRODUCERS));
        // What a summary is made of (ViewModelBuilder.summary), for comparing the list between builds.
        List<List<Object>> summaryKey = site.content().briefings().stream().map(b -> List.<Object>of(b.title(),
                b.slug(), b.date(), b.html(b.summary()), b.tags())).toList();
        boolean summariesSame = summaryKey.equals(cachedSummaries);
        java.util.function.Supplier<List<Views.BriefingSummaryView>> summaries = memo(() ->
                site.content().briefings().stream().map(views::summary).toList());
        Inputs inputs = new Inputs(List.of(config, urls, siteView), summariesSame, summaries,
                new java.util.concurrent.ConcurrentHashMap<>(), cache);
        // Pages render in parallel (both cores); each collects its own findings, and results are put back in
        // route order, so neither the files nor the messages depend on scheduling.
        List<Rendered> pages = site.routes().parallelStream()
                .map(route -> {
                    Rendered page = page(route, site, views, publishing, siteView, inputs, deals, companies, search);
                    pagesDone.incrementAndGet();
                    return page;
                })
                .toList();
        Diagnostics problems = new Diagnostics();
        List<OutputFile> files = new ArrayList<>();
        for (Rendered page : pages) {
            problems.addAll(page.problems().sorted());
            page.file().ifPresent(files::add);
        }
        for (Route route : site.siteFiles()) {
            if (route instanceof Route.Sitemap) {
                var sitemap = publishing.sitemap();
                inputs.render(SITEMAP, List.of(sitemap), route.output(),
                        () -> Map.of("site", siteView, "urls", sitemap), problems).ifPresent(files::add);
            } else if (route instanceof Route.Feed) {
                var feed = publishing.feed(route.path());
                inputs.render(FEED, List.of(feed), route.output(), () -> Map.of("site", siteView, "feed", feed),
                        problems).ifPresent(files::add);
            } else if (route instanceof Route.DealsData data) {
                boolean csv = data.format().equals("csv");
                files.add(inputs.file(route.output(), List.of(deals.rows()), csv ? deals::csv : deals::json));
            } else if (route instanceof Route.DealsRows rows) {
                Views.DealsView view = deals.view(rows.page(), views);
                files.add(inputs.file(route.output(), List.of(route.path(), view),
                        () -> deals.rowsJson(rows.page(), view)));
            } else if (route instanceof Route.SearchIndex) {
                files.addAll(searchFiles(route.output(), List.of(config, urls, search.get())));
            } else if (route instanceof Route.Robots) {
                files.add(new OutputFile(route.output(), publishing.robots().getBytes(StandardCharsets.UTF_8)));
            } else {
                throw new IllegalStateException("not a site file: " + route);
            }
        }
        // Only this build's files are kept: a removed page is forgotten, a failed one is rendered again.
        cache = Map.copyOf(inputs.now());
        cachedTemplates = templates;
        cachedSummaries = summaryKey;
        this.searchCache = searchCache.next(urls, config.locale());
        problems.throwIfErrors();
        return files;
    }

    /**
     * The search index's files (its manifest at {@code manifest}, shards and chunks beside it), or the previous
     * build's when made of the same entries: the index of a thousand briefings is megabytes of JSON.
     */
    private List<OutputFile> searchFiles(String manifest, List<Object> key) {
        if (!key.equals(searchFilesKey)) {
            @SuppressWarnings("unchecked")
            List<SearchIndexer.Group> groups = (List<SearchIndexer.Group>) key.get(key.size() - 1);
            searchFilesMade = SearchIndexer.files(groups, manifest.substring(0, manifest.lastIndexOf('/') + 1));
            searchFilesKey = key;
        }
        return searchFilesMade;
    }

    /** The inputs every file of one build shares, and the files rendered so far. */
    private final class Inputs {
        private final List<Object> shared;
        private final boolean summariesSame;
        private final java.util.function.Supplier<List<Views.BriefingSummaryView>> summaries;
        private final Map<String, Cached> now;
        private final Map<String, Cached> previous;

        Inputs(List<Object> shared, boolean summariesSame,
               java.util.function.Supplier<List<Views.BriefingSummaryView>> summaries, Map<String, Cached> now,
               Map<String, Cached> previous) {
            this.shared = shared;
            this.summariesSame = summariesSame;
            this.summaries = summaries;
            this.now = now;
            this.previous = previous;
        }

        Map<String, Cached> now() {
            return now;
        }

        /**
         * The file rendered from {@code template} with the model {@code model} makes, or the previous build's
         * bytes when {@code own} (what this file depends on besides the shared inputs) and the shared inputs are
         * equal, and the briefings list is equal or was not read.
         */
        java.util.Optional<OutputFile> render(String template, List<Object> own, String output,
                                              java.util.function.Supplier<Map<String, Object>> model,
                                              Diagnostics problems) {
            List<Object> key = key(template, output, own);
            Cached before = previous.get(output);
            if (before != null && before.key().equals(key) && (!before.usedBriefings() || summariesSame)) {
                now.put(output, before);
                return java.util.Optional.of(new OutputFile(output, before.bytes()));
            }
            Map<String, Object> values = new HashMap<>(model.get());
            if (!template.equals(SITEMAP) && !template.equals(FEED)) {
                values.put("briefings", summaries); // every page gets the briefings list; site files do not
            }
            Tracked tracked = new Tracked(values, freemarker.getObjectWrapper());
            Diagnostics own2 = new Diagnostics();
            java.util.Optional<OutputFile> file = renderOne(template, tracked, output, own2);
            rendered.incrementAndGet();
            if (before != null && file.isPresent() && java.util.Arrays.equals(before.bytes(), file.get().bytes())) {
                // Rendered again to the same bytes (in serve, most pages that list a briefing whose change they do
                // not show): hand on the previous array, which later stages recognise (the link check's scans).
                file = java.util.Optional.of(new OutputFile(output, before.bytes()));
            }
            if (file.isPresent() && !own2.hasErrors()) {
                now.put(output, new Cached(List.copyOf(key), tracked.usedBriefings, file.get().bytes()));
            }
            problems.addAll(own2.sorted());
            return file;
        }

        /** Everything a file is made of: the shared inputs, what makes it, where it goes and its own inputs. */
        private List<Object> key(String madeBy, String output, List<Object> own) {
            List<Object> key = new ArrayList<>(shared);
            key.add(madeBy);
            key.add(output);
            key.addAll(own);
            return key;
        }

        /**
         * A site file that {@code make} makes without a template, or the previous build's bytes when {@code own}
         * (what it is made of) and the shared inputs are equal: comparing is cheaper than writing it again (the
         * search index of a thousand briefings is megabytes of JSON).
         */
        OutputFile file(String output, List<Object> own, java.util.function.Supplier<byte[]> make) {
            List<Object> key = key("no template", output, own);
            Cached before = previous.get(output);
            if (before != null && before.key().equals(key)) {
                now.put(output, before);
                return new OutputFile(output, before.bytes());
            }
            byte[] bytes = make.get();
            now.put(output, new Cached(List.copyOf(key), false, bytes));
            return new OutputFile(output, bytes);
        }
    }

    /**
     * The data model, noting whether the template read the {@code briefings} list. Given the same other values
     * and templates, a template that did not read it takes the same path and writes the same bytes without it.
     * Values are wrapped as FreeMarker would wrap the map itself; {@code briefings} is made only when read.
     */
    private static final class Tracked implements freemarker.template.TemplateHashModelEx {
        private final Map<String, Object> values;
        private final freemarker.template.ObjectWrapper wrapper;
        private volatile boolean usedBriefings;

        Tracked(Map<String, Object> values, freemarker.template.ObjectWrapper wrapper) {
            this.values = values;
            this.wrapper = wrapper;
        }

        private Object value(String key) {
            Object value = values.get(key);
            if (key.equals("briefings")) {
                usedBriefings = true;
                value = ((java.util.function.Supplier<?>) value).get();
            }
            return value;
        }

        @Override
        public freemarker.template.TemplateModel get(String key) throws TemplateModelException {
            return values.containsKey(key) ? wrapper.wrap(value(key)) : null;
        }

        @Override
        public boolean isEmpty() {
            return values.isEmpty();
        }

        @Override
        public int size() {
            return values.size();
        }

        @Override
        public freemarker.template.TemplateCollectionModel keys() {
            return new freemarker.template.SimpleCollection(new java.util.TreeSet<>(values.keySet()),
                    (freemarker.template.ObjectWrapper) wrapper);
        }

        @Override
        public freemarker.template.TemplateCollectionModel values() throws TemplateModelException {
            List<Object> all = new ArrayList<>();
            for (String key : new java.util.TreeSet<>(values.keySet())) {
                all.add(value(key));
            }
            return new freemarker.template.SimpleCollection(all, wrapper);
        }
    }

    private static <T> java.util.function.Supplier<T> memo(java.util.function.Supplier<T> make) {
        return new java.util.function.Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }

    /** Every file under the templates folder, by relative path: what rendering could have read. */
    private Map<String, byte[]> templateFiles() {
        Map<String, byte[]> files = new java.util.TreeMap<>();
        if (!java.nio.file.Files.isDirectory(templatesDir)) {
            return files;
        }
        // Only files the source reader admits are read: a link out of the templates folder is never opened here
        // (FreeMarker's loader refuses it when rendering, and reports it).
        briefing.source.SourceReader confined = new briefing.source.SourceReader(templatesDir, 0)
                .within(templatesDir, "templates folder");
        try (java.util.stream.Stream<Path> walk = java.nio.file.Files.walk(templatesDir)) {
            for (Path file : walk.filter(java.nio.file.Files::isRegularFile).toList()) {
                confined.admit(file);
                files.put(templatesDir.relativize(file).toString(), java.nio.file.Files.readAllBytes(file));
            }
        } catch (IOException | RuntimeException | BuildFailedException e) {
            return null; // unreadable: compare as changed, and let rendering report it
        }
        return files;
    }

    private static boolean sameTemplates(Map<String, byte[]> now, Map<String, byte[]> before) {
        if (now == null || before == null || !now.keySet().equals(before.keySet())) {
            return false;
        }
        for (Map.Entry<String, byte[]> e : now.entrySet()) {
            if (!java.util.Arrays.equals(e.getValue(), before.get(e.getKey()))) {
                return false;
            }
        }
        return true;
    }

    private record Rendered(java.util.Optional<OutputFile> file, Diagnostics problems) {
    }

    private Rendered page(Route route, Site site, ViewModelBuilder views, PublishingViews publishing, SiteView siteView,
                          Inputs inputs, DealTracker deals, CompanyPages companies,
                          java.util.function.Supplier<List<SearchIndexer.Group>> search) {
        Diagnostics problems = new Diagnostics();
        java.util.Optional<OutputFile> file;
        if (route instanceof Route.BriefingPage page) {
            Briefing b = page.briefing();
            file = inputs.render(BRIEFING, List.of(route.path(), new Same(b)), route.output(), () -> {
                Views.BriefingView view = views.briefing(b);
                return Map.of("site", siteView, "briefing", view, "page", publishing.briefing(b, view, route.path()));
            }, problems);
        } else if (route instanceof Route.PlainPage page) {
            file = inputs.render(PAGE, List.of(route.path(), page.page(), siteCard(publishing)), route.output(),
                    () -> Map.of("site", siteView, "content", views.page(page.page()),
                            "page", publishing.page(page.page(), route.path())), problems);
        } else if (route instanceof Route.Home home) {
            // A page of the list is made of the briefings it lists (by identity, as for briefing pages: a changed
            // briefing is a new object) and its place in the list. A briefing whose date moves it to another page
            // changes the lists of both pages, and a new or removed one those of every page after it.
            Briefing latest = home.number() == 1 && !home.briefings().isEmpty() ? home.briefings().get(0) : null;
            List<Object> key = new ArrayList<>(List.of(route.path(), home.number(), home.count(), home.first(),
                    home.total(), siteCard(publishing)));
            home.briefings().forEach(b -> key.add(new Same(b)));
            file = inputs.render(HOME, key, route.output(), () -> {
                Views.PaginationView pagination = views.pagination(home);
                Map<String, Object> model = new HashMap<>();
                model.put("site", siteView);
                model.put("latest", latest == null ? null : views.briefing(latest));
                model.put("pagination", pagination);
                model.put("page", publishing.home(home, pagination));
                return model;
            }, problems);
        } else if (route instanceof Route.Deals tracker) {
            Views.DealsView view = deals.view(tracker, views);
            file = inputs.render(DEALS, List.of(route.path(), view, siteCard(publishing)), route.output(),
                    () -> Map.of("site", siteView, "deals", view, "page", publishing.deals(route.path(), deals)),
                    problems);
        } else if (route instanceof Route.Companies list) {
            // "companies" stays the list a template iterates (this page's companies), so a template written before
            // the list had pages still works; "pagination" is null while there is one page.
            List<Views.CompanySummaryView> shown = companies.list(list);
            Views.PagesView pagination = companies.pagination(list, site.desk().companies().size());
            List<Object> key = List.of(route.path(), shown, java.util.Objects.requireNonNullElse(pagination, "one page"),
                    siteCard(publishing));
            file = inputs.render(COMPANIES, key, route.output(), () -> {
                Map<String, Object> model = new HashMap<>();
                model.put("site", siteView);
                model.put("companies", shown);
                model.put("pagination", pagination);
                model.put("page", publishing.companies(route.path()));
                return model;
            }, problems);
        } else if (route instanceof Route.CompanyPage page) {
            // A profile is made of its company and of the briefings that mention it: while those are the same
            // (briefings by identity, as for briefing pages), so is the page.
            CompanyProfile profile = page.profile();
            List<Object> key = new ArrayList<>(List.of(route.path(), profile.company(), page.number(), page.count(),
                    siteCard(publishing)));
            profile.briefings().forEach(b -> key.add(new Same(b)));
            file = inputs.render(COMPANY, key, route.output(), () -> Map.of("site", siteView,
                    "company", companies.company(page), "page", publishing.company(profile, route.path())),
                    problems);
        } else if (route instanceof Route.Search) {
            Views.SearchView view = SearchIndexer.view(search.get(), site.urls());
            file = inputs.render(SEARCH, List.of(route.path(), view, siteCard(publishing)), route.output(),
                    () -> Map.of("site", siteView, "search", view, "page", publishing.search(route.path())),
                    problems);
        } else if (route instanceof Route.NotFound) {
            List<Briefing> recent = site.content().briefings().stream().limit(NOT_FOUND_BRIEFINGS).toList();
            List<Object> key = new ArrayList<>(List.of(route.path(), siteCard(publishing)));
            recent.forEach(b -> key.add(new Same(b)));
            file = inputs.render(NOT_FOUND, key, route.output(), () -> Map.of("site", siteView,
                    "page", publishing.notFound(route.path()),
                    "recentBriefings", recent.stream().map(views::summary).toList()), problems);
        } else {
            throw new IllegalStateException("not a page: " + route);
        }
        return new Rendered(file, problems);
    }

    /** The social card of pages that are not a briefing (a record: compared by value), or a stand-in for none. */
    private static Object siteCard(PublishingViews publishing) {
        return java.util.Objects.requireNonNullElse(publishing.siteCard(), "no card");
    }

    private java.util.Optional<OutputFile> renderOne(String name, Object model, String output,
                                                     Diagnostics problems) {
        try {
            Template template = freemarker.getTemplate(name);
            Utf8Writer out = new Utf8Writer(16 * 1024);
            template.process(model, out);
            return java.util.Optional.of(new OutputFile(output, out.toByteArray()));
        } catch (TemplateNotFoundException e) {
            problems.error(SourceLocation.file(templatesShown + "/" + name), "template is missing",
                    "every site needs " + String.join(", ", HOME, BRIEFING, PAGE, NOT_FOUND, DEALS, SEARCH, SITEMAP,
                            FEED) + ", and " + String.join(", ", COMPANIES, COMPANY) + " with companies.yaml");
        } catch (ParseException e) {
            problems.add(Diagnostic.error(new SourceLocation(shown(e.getTemplateName(), name),
                            e.getLineNumber(), e.getColumnNumber()), "template syntax: " + firstLine(e.getEditorMessage()),
                    "see the FreeMarker manual for the directive at this position"));
        } catch (TemplateException e) {
            String blamed = e.getBlamedExpressionString();
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            problems.add(Diagnostic.error(new SourceLocation(shown(e.getTemplateSourceName(), name),
                            line == null ? 0 : line, column == null ? 0 : column),
                    "template error" + (blamed == null ? "" : " in ${" + blamed + "}") + " while rendering " + output
                            + ": " + firstLine(e.getMessageWithoutStackTop()),
                    blamed == null ? null : "a value may be missing: test it with ?? or give a default with !"));
        } catch (SecurityException e) {
            // FreeMarker's file loader refuses a template that is a link to outside the templates folder.
            problems.error(SourceLocation.file(templatesShown + "/" + name),
                    "template is a link to a file outside the templates folder", "copy the file into templates/");
        } catch (IOException e) {
            problems.error(SourceLocation.file(templatesShown + "/" + name), "cannot read template: " + e.getMessage());
        }
        return java.util.Optional.empty();
    }

    private String shown(String templateSourceName, String fallback) {
        return templatesShown + "/" + (templateSourceName == null ? fallback : templateSourceName);
    }

    private static String firstLine(String message) {
        return message == null ? "" : message.strip().split("\n", 2)[0];
    }

    private static SiteView siteView(Site site, Urls urls) {
        SiteConfig config = site.content().config();
        List<Views.LinkView> nav = new ArrayList<>();
        nav.add(new Views.LinkView("Briefings", urls.home()));
        site.dealsPath().ifPresent(path -> nav.add(new Views.LinkView("Deals", path)));
        site.routes().stream().filter(r -> r instanceof Route.Companies).findFirst()
                .ifPresent(r -> nav.add(new Views.LinkView(PublishingViews.COMPANIES_TITLE, r.path())));
        site.content().pages().forEach(p -> nav.add(new Views.LinkView(p.title(), urls.page(p.slug()))));
        return new SiteView(config.title(), config.description(), config.language(), config.baseUrl().toString(),
                urls.home(), urls.asset("style.css"), urls.asset("favicon.svg"), config.publisher().name(),
                config.publisher().url().map(Object::toString).orElse(null), nav, site.feedPath().orElse(null),
                site.searchPath().orElse(null));
    }
}
