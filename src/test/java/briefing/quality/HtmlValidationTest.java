package briefing.quality;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.TestSite;
import briefing.render.OutputFile;
import nu.validator.validation.SimpleDocumentValidator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every generated HTML page passes the Nu HTML Checker (the engine behind validator.w3.org/nu), run offline from
 * its jar: the real briefing, the test site with every chart type, and the pages of a paginated list.
 */
class HtmlValidationTest {

    /**
     * Known template defects, accepted for now so that the suite stays green: a checker error whose message contains
     * one of these texts is reported but does not fail. Each entry is a real defect to fix in the templates; remove
     * it when fixed. This list must end up empty.
     */
    static final List<String> KNOWN_ISSUES = List.of();

    /** One message from the checker. */
    record Message(String level, String page, int line, int column, String text) {
        @Override
        public String toString() {
            return page + ":" + line + ":" + column + ": " + level + ": " + text;
        }
    }

    /** Collects the checker's messages for the page being checked. */
    static final class Collector implements ErrorHandler {
        final List<Message> messages = new ArrayList<>();
        String page = "?";

        @Override
        public void warning(SAXParseException e) {
            messages.add(new Message("warning", page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void error(SAXParseException e) {
            messages.add(new Message("error", page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }

        @Override
        public void fatalError(SAXParseException e) {
            messages.add(new Message("fatal", page, e.getLineNumber(), e.getColumnNumber(), e.getMessage()));
        }
    }

    static SimpleDocumentValidator validator;
    static Collector collector;

    @BeforeAll
    static void setUpValidatorOnce() throws Exception {
        collector = new Collector();
        // (leave log4j to quality/log4j.properties, don't log URLs, no language detection). The schema is read from the jar.
        validator = new SimpleDocumentValidator(false, false, false);
        validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", collector);
        validator.setUpValidatorAndParsers(collector, false, false);
    }

    @Test
    void realBriefingPagesAreValidHtml() throws Exception {
        BuildPipeline.Rendered rendered = new BuildPipeline(Path.of("")).render(new BuildOptions(Path.of("content"),
                Path.of("templates"), Path.of("target/unused-site"), Optional.of(QualitySite.BASE_URL), false));
        assertValid(html(rendered.files()), 4);
    }

    @Test
    void chartTestSitePagesAreValidHtml(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.of("charts-every-type.txtar", tmp);
        BuildPipeline.Rendered rendered = new BuildPipeline(tmp).render(site.options());
        assertValid(html(rendered.files()), 1);
    }

    @Test
    void updatesTestSitePagesAreValidHtml(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.of("updates.txtar", tmp);
        BuildPipeline.Rendered rendered = new BuildPipeline(tmp).render(site.options());
        assertValid(html(rendered.files()), 3);
    }

    @Test
    void datasetTableTestSitePagesAreValidHtml(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.of("dataset-table.txtar", tmp);
        BuildPipeline.Rendered rendered = new BuildPipeline(tmp).render(site.options());
        assertValid(html(rendered.files()), 3);
    }

    @Test
    void paginationTestSitePagesAreValidHtml(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.of("pagination.txtar", tmp);
        BuildPipeline.Rendered rendered = new BuildPipeline(tmp).render(site.options());
        assertValid(html(rendered.files()), 8);
    }

    /** Every page of each of the tracker's lists, and the list of companies and a company in pages. */
    @Test
    void trackerAndCompanyPagesAreValidHtml(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.of("deal-tracker-pages.txtar", tmp);
        BuildPipeline.Rendered rendered = new BuildPipeline(tmp).render(site.options());
        Map<String, byte[]> pages = html(rendered.files());
        pages.keySet().removeIf(p -> !(p.startsWith("deals/") || p.startsWith("companies/page/")
                || p.equals("companies/index.html") || p.startsWith("companies/beta/")));
        assertValid(pages, 20);
    }

    static Map<String, byte[]> html(List<OutputFile> files) {
        Map<String, byte[]> pages = new TreeMap<>();
        for (OutputFile f : files) {
            if (f.path().endsWith(".html")) {
                pages.put(f.path(), f.bytes());
            }
        }
        return pages;
    }

    static void assertValid(Map<String, byte[]> pages, int atLeast) throws Exception {
        assertThat(pages).hasSizeGreaterThanOrEqualTo(atLeast);
        List<Message> all = new ArrayList<>();
        for (Map.Entry<String, byte[]> page : pages.entrySet()) {
            collector.messages.clear();
            collector.page = page.getKey();
            InputSource in = new InputSource(new ByteArrayInputStream(page.getValue()));
            in.setEncoding(StandardCharsets.UTF_8.name());
            in.setSystemId("file:///" + page.getKey());
            validator.checkHtmlInputSource(in);
            all.addAll(collector.messages);
        }
        all.forEach(m -> System.out.println("[nu] " + m));
        List<String> errors = all.stream().filter(m -> !m.level().equals("warning"))
                .filter(m -> KNOWN_ISSUES.stream().noneMatch(m.text()::contains))
                .map(Message::toString).toList();
        long warnings = all.stream().filter(m -> m.level().equals("warning")).count();
        System.out.printf("[nu] checked %d pages: %d errors (%d known), %d warnings%n", pages.size(),
                all.size() - warnings, all.size() - warnings - errors.size(), warnings);
        assertThat(errors).as("Nu HTML Checker errors (page:line:column)").isEmpty();
    }
}
