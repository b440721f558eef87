package briefing.render;

import briefing.config.SiteConfig;
import briefing.content.Briefing;
import briefing.desk.CompanyProfile;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.engine.Engine;
import briefing.engine.Identity;
import briefing.engine.Input;
import briefing.engine.Query;
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

    private final java.util.concurrent.atomic.AtomicLong rendered = new java.util.concurrent.atomic.AtomicLong();

    /**
     * A file of the site as rendered, by output path: its bytes (null when rendering failed) and its findings.
     * Memoised by the engine with what it read: its inputs ({@link #inputsOf}), the templates folder and, only if
     * the template read it, the briefings list. A rebuild in {@code serve} renders again only the files whose
     * inputs changed.
     */
    public static final Query<String, RenderedFile> FILE = new Query<>("render.file");
    /** A site file made without a template (the deal tracker's downloads), by output path. */
    private static final Query<String, RenderedFile> DATA_FILE = new Query<>("render.data-file");
    /** The search index's files, by the output path of its manifest: megabytes of JSON at a thousand briefings. */
    private static final Query<String, List<OutputFile>> DATA_FILES = new Query<>("render.data-files");
    /**
     * What the {@code briefings} list (every briefing) is made of, compared between builds. The project's
     * templates no longer read it, since a page listing every briefing grows with the desk, but a site's own may.
     */
    private static final Input<List<List<Object>>> SUMMARIES = new Input<>("render.summaries");

    /** Everything a file is made of besides the templates: the shared inputs and its own (see {@link PageInputs}). */
    private static Input<List<Object>> inputsOf(String output) {
        return new Input<>("render.inputs " + output);
    }

    /** Bytes compared by content: a file rendered again to the same bytes keeps the old array (the engine's rule). */
    public record RenderedFile(byte[] bytes, List<Diagnostic> problems) {
        @Override
        public boolean equals(Object o) {
            return o instanceof RenderedFile other && java.util.Arrays.equals(bytes, other.bytes)
                    && problems.equals(other.problems);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(bytes) * 31 + problems.hashCode();
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
     * briefing (by identity: the engine keeps a briefing the same object while its files are unchanged) or an
     * equal page. The briefings list counts as an input only for a template that read it.
     */
    public synchronized List<OutputFile> render(Site site, Engine engine) throws BuildFailedException {
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
        SearchIndexer.Cache searchCache = SearchIndexer.Cache.of(engine, urls, config.locale());
        java.util.function.Supplier<List<SearchIndexer.Group>> search = memo(() -> SearchIndexer.index(
                new SearchIndexer.Context(site, new ValueFormat(config.locale()), deals, searchCache),
                SearchIndexer.PRODUCERS));
        // What a summary is made of (ViewModelBuilder.summary), for comparing the list between builds.
        List<List<Object>> summaryKey = site.content().briefings().stream().map(b -> List.<Object>of(b.title(),
                b.slug(), b.date(), b.html(b.summary()), b.tags())).toList();
        engine.set(SUMMARIES, summaryKey);
        java.util.function.Supplier<List<Views.BriefingSummaryView>> summaries = memo(() ->
                site.content().briefings().stream().map(views::summary).toList());
        Inputs inputs = new Inputs(engine, List.of(config, urls, siteView), summaries);
        // Pages render in parallel (both cores); each collects its own findings, and results are put back in
        // route order, so neither the files nor the messages depend on scheduling.
        Build build = new Build(site, views, publishing, siteView, deals, companies, search);
        List<Rendered> pages = site.routes().parallelStream()
                .map(route -> {
                    Rendered page = page(route, build, inputs);
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
            if (PAGES.containsKey(route.getClass())) {
                Rendered file = page(route, build, inputs);
                problems.addAll(file.problems().sorted());
                file.file().ifPresent(files::add);
            } else {
                FileKind kind = FILES.get(route.getClass());
                if (kind == null) {
                    throw new IllegalStateException("not a site file: " + route);
                }
                files.addAll(kind.files().files(route, build, inputs));
            }
        }
        problems.throwIfErrors();
        return files;
    }

    /** The inputs every file of one build shares, and the engine that memoises the files. */
    private final class Inputs {
        private final Engine engine;
        private final List<Object> shared;
        private final java.util.function.Supplier<List<Views.BriefingSummaryView>> summaries;

        Inputs(Engine engine, List<Object> shared,
               java.util.function.Supplier<List<Views.BriefingSummaryView>> summaries) {
            this.engine = engine;
            this.shared = shared;
            this.summaries = summaries;
        }

        /**
         * The file rendered from {@code template} with the model {@code model} makes, or the previous build's
         * when {@code own} (what this file depends on besides the shared inputs) and the shared inputs are equal,
         * the templates are unchanged, and the briefings list is equal or was not read.
         */
        java.util.Optional<OutputFile> render(String template, List<Object> own, String output,
                                              java.util.function.Supplier<Map<String, Object>> model,
                                              Diagnostics problems) {
            engine.set(inputsOf(output), key(template, output, own));
            RenderedFile file = engine.get(FILE, output, reads -> {
                reads.value(inputsOf(output));
                reads.folder(templatesDir);
                Map<String, Object> values = new HashMap<>(model.get());
                if (!template.equals(SITEMAP) && !template.equals(FEED)) {
                    values.put("briefings", summaries); // every page gets the briefings list; site files do not
                }
                Tracked tracked = new Tracked(values, freemarker.getObjectWrapper(), () -> reads.value(SUMMARIES));
                Diagnostics own2 = new Diagnostics();
                java.util.Optional<OutputFile> made = renderOne(template, tracked, output, own2);
                rendered.incrementAndGet();
                return new RenderedFile(made.map(OutputFile::bytes).orElse(null), own2.sorted());
            });
            problems.addAll(file.problems());
            return java.util.Optional.ofNullable(file.bytes()).map(bytes -> new OutputFile(output, bytes));
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
            engine.set(inputsOf(output), key("no template", output, own));
            RenderedFile file = engine.get(DATA_FILE, output, reads -> {
                reads.value(inputsOf(output));
                return new RenderedFile(make.get(), List.of());
            });
            return new OutputFile(output, file.bytes());
        }

        /** Like {@link #file}, for a group of files made together from the same inputs. */
        List<OutputFile> files(String output, List<Object> own, java.util.function.Supplier<List<OutputFile>> make) {
            engine.set(inputsOf(output), key("no template", output, own));
            return engine.get(DATA_FILES, output, reads -> {
                reads.value(inputsOf(output));
                return List.copyOf(make.get());
            });
        }
    }

    /**
     * The data model, telling the engine when the template reads the {@code briefings} list. Given the same other
     * values and templates, a template that did not read it takes the same path and writes the same bytes without
     * it.
     * Values are wrapped as FreeMarker would wrap the map itself; {@code briefings} is made only when read.
     */
    private static final class Tracked implements freemarker.template.TemplateHashModelEx {
        private final Map<String, Object> values;
        private final freemarker.template.ObjectWrapper wrapper;
        /** Tells the engine the page read the briefings list, which then is one of its inputs. */
        private final Runnable readsBriefings;

        Tracked(Map<String, Object> values, freemarker.template.ObjectWrapper wrapper, Runnable readsBriefings) {
            this.values = values;
            this.wrapper = wrapper;
            this.readsBriefings = readsBriefings;
        }

        private Object value(String key) {
            Object value = values.get(key);
            if (key.equals("briefings")) {
                readsBriefings.run();
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

    private record Rendered(java.util.Optional<OutputFile> file, Diagnostics problems) {
    }

    /** What one build's pages are made from, shared by every route. */
    private record Build(Site site, ViewModelBuilder views, PublishingViews publishing, SiteView siteView,
                         DealTracker deals, CompanyPages companies,
                         java.util.function.Supplier<List<SearchIndexer.Group>> search) {
    }

    /**
     * One page to render: what it is made of besides the shared inputs (compared between builds: briefings by
     * identity, as the loader reuses a briefing only while its files are unchanged) and its data model, made only
     * when the page is rendered.
     */
    private record PageInputs(List<Object> own, java.util.function.Supplier<Map<String, Object>> model) {
    }

    /** How routes of one type become pages: the template and the page's inputs. */
    private record PageKind(String template, java.util.function.BiFunction<Route, Build, PageInputs> inputs) {
        static <R extends Route> Map.Entry<Class<? extends Route>, PageKind> of(
                Class<R> type, String template, java.util.function.BiFunction<R, Build, PageInputs> inputs) {
            return Map.entry(type, new PageKind(template, (route, build) -> inputs.apply(type.cast(route), build)));
        }
    }

    /** Each route type's template, and how its page's inputs are made. */
    private static final Map<Class<? extends Route>, PageKind> PAGES = Map.ofEntries(
            PageKind.of(Route.BriefingPage.class, BRIEFING, TemplateRenderer::briefingPage),
            PageKind.of(Route.PlainPage.class, PAGE, TemplateRenderer::plainPage),
            PageKind.of(Route.Home.class, HOME, TemplateRenderer::homePage),
            PageKind.of(Route.Deals.class, DEALS, TemplateRenderer::dealsPage),
            PageKind.of(Route.Companies.class, COMPANIES, TemplateRenderer::companiesPage),
            PageKind.of(Route.CompanyPage.class, COMPANY, TemplateRenderer::companyPage),
            PageKind.of(Route.Search.class, SEARCH, TemplateRenderer::searchPage),
            PageKind.of(Route.NotFound.class, NOT_FOUND, TemplateRenderer::notFoundPage),
            PageKind.of(Route.Sitemap.class, SITEMAP, TemplateRenderer::sitemapFile),
            PageKind.of(Route.Feed.class, FEED, TemplateRenderer::feedFile));

    /** Site files made without a template, from the build's inputs (the previous build's when they match). */
    private interface FileMaker<R extends Route> {
        List<OutputFile> files(R route, Build build, Inputs inputs);
    }

    private record FileKind(FileMaker<Route> files) {
        static <R extends Route> Map.Entry<Class<? extends Route>, FileKind> of(Class<R> type, FileMaker<R> make) {
            return Map.entry(type, new FileKind((route, build, inputs) -> make.files(type.cast(route), build,
                    inputs)));
        }
    }

    /**
     * The site files no template makes: the deal tracker's downloads, the search index (its manifest at the
     * route's output, shards and chunks beside it) and robots.txt.
     */
    private static final Map<Class<? extends Route>, FileKind> FILES = Map.ofEntries(
            FileKind.of(Route.DealsData.class, (route, b, inputs) -> List.of(inputs.file(route.output(),
                    List.of(b.deals().rows()), route.format().equals("csv") ? b.deals()::csv : b.deals()::json))),
            FileKind.of(Route.DealsRows.class, (route, b, inputs) -> {
                Views.DealsView view = b.deals().view(route.page(), b.views());
                return List.of(inputs.file(route.output(), List.of(route.path(), view),
                        () -> b.deals().rowsJson(route.page(), view)));
            }),
            FileKind.of(Route.SearchIndex.class, (route, b, inputs) -> inputs.files(route.output(),
                    List.of(b.search().get()), () -> SearchIndexer.files(b.search().get(),
                            route.output().substring(0, route.output().lastIndexOf('/') + 1)))),
            FileKind.of(Route.Robots.class, (route, b, inputs) -> List.of(new OutputFile(route.output(),
                    b.publishing().robots().getBytes(StandardCharsets.UTF_8)))));

    private Rendered page(Route route, Build build, Inputs inputs) {
        PageKind kind = PAGES.get(route.getClass());
        if (kind == null) {
            throw new IllegalStateException("not a page: " + route);
        }
        Diagnostics problems = new Diagnostics();
        PageInputs page = kind.inputs().apply(route, build);
        List<Object> own = new ArrayList<>();
        own.add(route.path());
        own.addAll(page.own());
        return new Rendered(inputs.render(kind.template(), own, route.output(), page.model(), problems), problems);
    }

    private static PageInputs briefingPage(Route.BriefingPage route, Build b) {
        Briefing briefing = route.briefing();
        return new PageInputs(List.of(new Identity(briefing)), () -> {
            Views.BriefingView view = b.views().briefing(briefing);
            return Map.of("site", b.siteView(), "briefing", view,
                    "page", b.publishing().briefing(briefing, view, route.path()));
        });
    }

    private static PageInputs plainPage(Route.PlainPage route, Build b) {
        return new PageInputs(List.of(route.page(), siteCard(b.publishing())), () -> Map.of("site", b.siteView(),
                "content", b.views().page(route.page()), "page", b.publishing().page(route.page(), route.path())));
    }

    /**
     * A page of the list is made of the briefings it lists (by identity, as for briefing pages: a changed briefing
     * is a new object) and its place in the list. A briefing whose date moves it to another page changes the lists
     * of both pages, and a new or removed one those of every page after it.
     */
    private static PageInputs homePage(Route.Home home, Build b) {
        Briefing latest = home.number() == 1 && !home.briefings().isEmpty() ? home.briefings().get(0) : null;
        List<Object> own = new ArrayList<>(List.of(home.number(), home.count(), home.first(), home.total(),
                siteCard(b.publishing())));
        home.briefings().forEach(briefing -> own.add(new Identity(briefing)));
        return new PageInputs(own, () -> {
            Views.PaginationView pagination = b.views().pagination(home);
            Map<String, Object> model = new HashMap<>();
            model.put("site", b.siteView());
            model.put("latest", latest == null ? null : b.views().briefing(latest));
            model.put("pagination", pagination);
            model.put("page", b.publishing().home(home, pagination));
            return model;
        });
    }

    private static PageInputs dealsPage(Route.Deals route, Build b) {
        Views.DealsView view = b.deals().view(route, b.views());
        return new PageInputs(List.of(view, siteCard(b.publishing())), () -> Map.of("site", b.siteView(),
                "deals", view, "page", b.publishing().deals(route.path(), b.deals())));
    }

    /**
     * "companies" stays the list a template iterates (this page's companies), so a template written before the list
     * had pages still works; "pagination" is null while there is one page.
     */
    private static PageInputs companiesPage(Route.Companies route, Build b) {
        List<Views.CompanySummaryView> shown = b.companies().list(route);
        Views.PagesView pagination = b.companies().pagination(route, b.site().desk().companies().size());
        return new PageInputs(List.of(shown, java.util.Objects.requireNonNullElse(pagination, "one page"),
                siteCard(b.publishing())), () -> {
            Map<String, Object> model = new HashMap<>();
            model.put("site", b.siteView());
            model.put("companies", shown);
            model.put("pagination", pagination);
            model.put("page", b.publishing().companies(route.path()));
            return model;
        });
    }

    /**
     * A profile is made of its company and of the briefings that mention it: while those are the same (briefings
     * by identity, as for briefing pages), so is the page.
     */
    private static PageInputs companyPage(Route.CompanyPage route, Build b) {
        CompanyProfile profile = route.profile();
        List<Object> own = new ArrayList<>(List.of(profile.company(), route.number(), route.count(),
                siteCard(b.publishing())));
        profile.briefings().forEach(briefing -> own.add(new Identity(briefing)));
        return new PageInputs(own, () -> Map.of("site", b.siteView(),
                "company", b.companies().company(route), "page", b.publishing().company(profile, route.path())));
    }

    private static PageInputs searchPage(Route.Search route, Build b) {
        Views.SearchView view = SearchIndexer.view(b.search().get(), b.site().urls());
        return new PageInputs(List.of(view, siteCard(b.publishing())), () -> Map.of("site", b.siteView(),
                "search", view, "page", b.publishing().search(route.path())));
    }

    private static PageInputs sitemapFile(Route.Sitemap route, Build b) {
        var sitemap = b.publishing().sitemap();
        return new PageInputs(List.of(sitemap), () -> Map.of("site", b.siteView(), "urls", sitemap));
    }

    private static PageInputs feedFile(Route.Feed route, Build b) {
        var feed = b.publishing().feed(route.path());
        return new PageInputs(List.of(feed), () -> Map.of("site", b.siteView(), "feed", feed));
    }

    private static PageInputs notFoundPage(Route.NotFound route, Build b) {
        List<Briefing> recent = b.site().content().briefings().stream().limit(NOT_FOUND_BRIEFINGS).toList();
        List<Object> own = new ArrayList<>(List.of(siteCard(b.publishing())));
        recent.forEach(briefing -> own.add(new Identity(briefing)));
        return new PageInputs(own, () -> Map.of("site", b.siteView(), "page", b.publishing().notFound(route.path()),
                "recentBriefings", recent.stream().map(b.views()::summary).toList()));
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
