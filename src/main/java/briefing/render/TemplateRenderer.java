package briefing.render;

import briefing.config.SiteConfig;
import briefing.content.Briefing;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.render.Views.SiteView;
import briefing.site.Route;
import briefing.site.Site;
import briefing.site.Urls;
import briefing.value.ValueFormat;
import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;

import java.io.IOException;
import java.io.StringWriter;
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

    public static final String HOME = "home.ftlh";
    public static final String BRIEFING = "briefing.ftlh";
    public static final String PAGE = "page.ftlh";
    public static final String NOT_FOUND = "404.ftlh";
    /** XML output format by extension: every value is XML-escaped. */
    public static final String SITEMAP = "sitemap.ftlx";
    public static final String FEED = "feed.ftlx";

    private final Configuration freemarker;
    private final String templatesShown;

    /**
     * @param templatesDir   where the templates are
     * @param templatesShown the same folder as shown in diagnostics
     */
    public TemplateRenderer(Path templatesDir, String templatesShown, SiteConfig config) throws IOException {
        this.templatesShown = templatesShown;
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
        this.freemarker = cfg;
    }

    public List<OutputFile> render(Site site) throws BuildFailedException {
        SiteConfig config = site.content().config();
        Urls urls = site.urls();
        ViewModelBuilder views = new ViewModelBuilder(new ValueFormat(config.locale()), urls);
        PublishingViews publishing = new PublishingViews(site, views);
        SiteView siteView = siteView(site, urls);
        List<Views.BriefingSummaryView> summaries = site.content().briefings().stream().map(views::summary).toList();
        // Pages render in parallel (both cores); each collects its own findings, and results are put back in
        // route order, so neither the files nor the messages depend on scheduling.
        List<Rendered> pages = site.routes().parallelStream()
                .map(route -> page(route, site, views, publishing, siteView, summaries))
                .toList();
        Diagnostics problems = new Diagnostics();
        List<OutputFile> files = new ArrayList<>();
        for (Rendered page : pages) {
            problems.addAll(page.problems().sorted());
            page.file().ifPresent(files::add);
        }
        for (Route route : site.siteFiles()) {
            if (route instanceof Route.Sitemap) {
                renderOne(SITEMAP, Map.of("site", siteView, "urls", publishing.sitemap()), route.output(), problems)
                        .ifPresent(files::add);
            } else if (route instanceof Route.Feed) {
                renderOne(FEED, Map.of("site", siteView, "feed", publishing.feed(route.path())), route.output(),
                        problems).ifPresent(files::add);
            } else if (route instanceof Route.Robots) {
                files.add(new OutputFile(route.output(), publishing.robots().getBytes(StandardCharsets.UTF_8)));
            } else {
                throw new IllegalStateException("not a site file: " + route);
            }
        }
        problems.throwIfErrors();
        return files;
    }

    private record Rendered(java.util.Optional<OutputFile> file, Diagnostics problems) {
    }

    private Rendered page(Route route, Site site, ViewModelBuilder views, PublishingViews publishing, SiteView siteView,
                          List<Views.BriefingSummaryView> summaries) {
        Map<String, Object> model = new HashMap<>();
        model.put("site", siteView);
        model.put("briefings", summaries);
        String template;
        if (route instanceof Route.BriefingPage page) {
            template = BRIEFING;
            Briefing b = page.briefing();
            Views.BriefingView view = views.briefing(b);
            model.put("briefing", view);
            model.put("page", publishing.briefing(b, view, route.path()));
        } else if (route instanceof Route.PlainPage page) {
            template = PAGE;
            model.put("content", views.page(page.page()));
            model.put("page", publishing.page(page.page(), route.path()));
        } else if (route instanceof Route.Home) {
            template = HOME;
            Briefing latest = site.content().briefings().isEmpty() ? null : site.content().briefings().get(0);
            model.put("latest", latest == null ? null : views.briefing(latest));
            model.put("page", publishing.home(route.path()));
        } else if (route instanceof Route.NotFound) {
            template = NOT_FOUND;
            model.put("page", publishing.notFound(route.path()));
        } else {
            throw new IllegalStateException("not a page: " + route);
        }
        Diagnostics problems = new Diagnostics();
        return new Rendered(renderOne(template, model, route.output(), problems), problems);
    }

    private java.util.Optional<OutputFile> renderOne(String name, Map<String, Object> model, String output,
                                                     Diagnostics problems) {
        try {
            Template template = freemarker.getTemplate(name);
            StringWriter out = new StringWriter(16 * 1024);
            template.process(model, out);
            return java.util.Optional.of(new OutputFile(output, out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (TemplateNotFoundException e) {
            problems.error(SourceLocation.file(templatesShown + "/" + name), "template is missing",
                    "every site needs " + String.join(", ", HOME, BRIEFING, PAGE, NOT_FOUND, SITEMAP, FEED));
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
        site.content().pages().forEach(p -> nav.add(new Views.LinkView(p.title(), urls.page(p.slug()))));
        return new SiteView(config.title(), config.description(), config.language(), config.baseUrl().toString(),
                urls.home(), urls.asset("style.css"), urls.asset("favicon.svg"), config.publisher().name(),
                config.publisher().url().map(Object::toString).orElse(null), nav, site.feedPath().orElse(null));
    }
}
