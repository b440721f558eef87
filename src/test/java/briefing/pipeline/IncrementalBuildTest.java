package briefing.pipeline;

import briefing.content.Briefing;
import briefing.diagnostic.BuildFailedException;
import briefing.render.OutputFile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 6: {@code serve} rebuilds with one pipeline, reusing unchanged briefings, pages, rendered files, link scans
 * and published files. After every kind of change, that incremental build must equal a build from scratch, byte for
 * byte, and what did not change must not be loaded or rendered again.
 */
class IncrementalBuildTest {

    /** Files are dated in the past, as on a real desk: only "racy" files (saved just now) are always re-read. */
    private static final Instant PAST = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path dir;
    private BuildPipeline pipeline;
    private BuildOptions options;
    private int saves;

    @BeforeEach
    void site() throws IOException {
        TestSite.copyTree(Path.of("content").toAbsolutePath(), dir.resolve("content"));
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, dir.resolve("templates"));
        write("content/briefings/older/index.md", """
                ---
                title: The older briefing
                date: 2025-10
                summary: Older.
                ---
                Body of the older briefing.
                """);
        write("content/briefings/newer/index.md", """
                ---
                title: The newer briefing
                date: 2026-01-05
                summary: Newer.
                ---
                Body of the newer briefing, see [about](/about/).
                """);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(PAST));
            }
        }
        pipeline = new BuildPipeline(dir);
        options = new BuildOptions(dir.resolve("content"), dir.resolve("templates"), dir.resolve("site"),
                Optional.empty(), false);
    }

    @Test
    void everyKindOfChangeGivesWhatABuildFromScratchGives() throws Exception {
        BuildPipeline.Rendered first = same();

        // A data file of one briefing: only that briefing is loaded and its page rendered again.
        long loads = pipeline.contentLoads();
        edit("content/briefings/amazon-openai-talks/round.yaml", "In advanced talks", "In very advanced talks");
        BuildPipeline.Rendered afterData = same();
        assertThat(pipeline.contentLoads() - loads).isEqualTo(1);
        assertThat(briefing(afterData, "older")).isSameAs(briefing(first, "older"));
        assertThat(briefing(afterData, "newer")).isSameAs(briefing(first, "newer"));
        assertThat(briefing(afterData, "amazon-openai-talks")).isNotSameAs(briefing(first, "amazon-openai-talks"));
        assertThat(text(afterData, "briefings/amazon-openai-talks/index.html")).contains("In very advanced talks");
        assertThat(bytes(afterData, "briefings/older/index.html")).isSameAs(bytes(first, "briefings/older/index.html"));
        assertThat(bytes(afterData, "about/index.html")).isSameAs(bytes(first, "about/index.html"));

        // index.md of another briefing: its summary changes, so the home page changes; other briefings' pages
        // do not read the briefings list, so they are kept.
        long rendered = pipeline.renderedCount();
        edit("content/briefings/older/index.md", "summary: Older.", "summary: Older and wiser.");
        BuildPipeline.Rendered afterIndex = same();
        assertThat(text(afterIndex, "index.html")).contains("Older and wiser.");
        assertThat(bytes(afterIndex, "briefings/newer/index.html"))
                .isSameAs(bytes(afterData, "briefings/newer/index.html"));
        assertThat(pipeline.renderedCount() - rendered).isBetween(1L, 5L);

        // Nothing changed: nothing is loaded or rendered.
        loads = pipeline.contentLoads();
        rendered = pipeline.renderedCount();
        BuildPipeline.Rendered again = same();
        assertThat(pipeline.contentLoads()).isEqualTo(loads);
        assertThat(pipeline.renderedCount()).isEqualTo(rendered);
        assertThat(briefing(again, "older")).isSameAs(briefing(afterIndex, "older"));

        // A template that starts reading the briefings list: then a briefing's page depends on other briefings.
        edit("templates/briefing.ftlh", "<h1>${briefing.title}</h1>",
                "<h1>${briefing.title}</h1><p>Also: <#list briefings as b>${b.title}; </#list></p>");
        same();
        edit("content/briefings/older/index.md", "title: The older briefing", "title: The oldest briefing");
        BuildPipeline.Rendered listed = same();
        assertThat(text(listed, "briefings/newer/index.html")).contains("The oldest briefing");

        // A partial template.
        Path partial;
        try (Stream<Path> partials = Files.list(dir.resolve("templates/partials"))) {
            partial = partials.sorted().findFirst().orElseThrow();
        }
        write(dir.relativize(partial).toString(), Files.readString(partial) + "\n<#-- edited -->\n");
        same();

        // site.yaml: every page.
        edit("content/site.yaml", "title: AI Market Briefing", "title: AI Market Briefing Weekly");
        BuildPipeline.Rendered retitled = same();
        assertThat(text(retitled, "briefings/older/index.html")).contains("AI Market Briefing Weekly");

        // companies.yaml: the company pages, and every briefing whose data names a company (names are resolved at
        // load), follow.
        edit("content/companies.yaml", "name: SoftBank Group", "name: SoftBank Group Corp.");
        BuildPipeline.Rendered renamed = same();
        assertThat(text(renamed, "companies/softbank/index.html")).contains("SoftBank Group Corp.");
        assertThat(text(renamed, "briefings/amazon-openai-talks/index.html")).contains("SoftBank Group Corp.");
        assertThat(text(renamed, "deals/deals.csv")).contains("SoftBank Group Corp.");

        // base_url: every URL, also in the search entries kept for briefings that were not loaded again.
        edit("content/site.yaml", "base_url: https://example.github.io/briefing/",
                "base_url: https://example.github.io/desk/");
        assertThat(text(same(), "search/c/0.json")).contains("\"url\":\"/desk/briefings/older/\"")
                .doesNotContain("/briefing/briefings/");
        edit("content/site.yaml", "base_url: https://example.github.io/desk/",
                "base_url: https://example.github.io/briefing/");
        same();

        // A plain page, then a new plain page (every page's navigation changes).
        edit("content/about.md", "title: About this briefing", "title: About us");
        same();
        write("content/contact.md", "---\ntitle: Contact\n---\nWrite to us.\n");
        BuildPipeline.Rendered withContact = same();
        assertThat(text(withContact, "briefings/older/index.html")).contains("Contact");

        // A new briefing folder, then removing one.
        write("content/briefings/newest/index.md", "---\ntitle: The newest briefing\ndate: 2026-03-01\n"
                + "summary: Newest.\n---\nBody.\n");
        BuildPipeline.Rendered added = same();
        assertThat(text(added, "index.html")).contains("The newest briefing");
        deleteTree(dir.resolve("content/briefings/newer"));
        BuildPipeline.Rendered removed = same();
        assertThat(removed.files().stream().map(OutputFile::path)).doesNotContain("briefings/newer/index.html");
        deleteTree(dir.resolve("content/contact.md"));
        same();

        // Drafts in and out.
        write("content/briefings/draft/index.md", "---\ntitle: The draft\ndate: 2026-04\nsummary: Soon.\n"
                + "draft: true\n---\nBody.\n");
        same();
        options = new BuildOptions(options.contentDir(), options.templatesDir(), options.outputDir(),
                Optional.empty(), true);
        assertThat(text(same(), "index.html")).contains("The draft");
        options = new BuildOptions(options.contentDir(), options.templatesDir(), options.outputDir(),
                Optional.empty(), false);
        same();

        // A failed build, then the fix: the last good state is no cache of the broken one.
        String round = read("content/briefings/amazon-openai-talks/round.yaml");
        write("content/briefings/amazon-openai-talks/round.yaml", round.replace("participants:", "participants: ["));
        assertThatThrownBy(() -> pipeline.render(options)).isInstanceOf(BuildFailedException.class);
        write("content/briefings/amazon-openai-talks/round.yaml", round);
        same();
    }

    @Test
    void aDerivedFigureIsComputedAgainWhenAnInputChangesAndItsDeclarationWhenItChanges() throws Exception {
        BuildPipeline.Rendered first = same();
        assertThat(text(first, "briefings/amazon-openai-talks/index.html")).contains(">up to 50%<");

        edit("content/data/deals.yaml", "amount: up to $50 billion", "amount: up to $40 billion");
        String page = text(same(), "briefings/amazon-openai-talks/index.html");
        assertThat(page).contains(">up to 40%<").doesNotContain(">up to 50%<")
                .contains("<strong>Rest of OpenAI&#39;s new funding round, beyond the named amounts</strong>: "
                        + "<span class=\"figure-value\">at least $30 billion</span>");

        edit("content/briefings/amazon-openai-talks/figures.yaml", "minus: [round.amazon, round.softbank]",
                "minus: [round.amazon]");
        assertThat(text(same(), "briefings/amazon-openai-talks/index.html"))
                .contains("<span class=\"figure-value\">at least $60 billion</span>");
    }

    @Test
    void thePagesOfTheHomeListFollowTheBriefingsTheyList() throws Exception {
        // One briefing a page: the home page lists amazon-openai-talks (2026-02-27), page 2 "newer" (2026-01-05),
        // page 3 "older" (2025-10); the 404 page lists all three.
        edit("content/site.yaml", "title: AI Market Briefing\n", "title: AI Market Briefing\npagination:\n  per_page: 1\n");
        BuildPipeline.Rendered first = same();
        assertThat(text(first, "page/3/index.html")).contains("The older briefing");

        // A briefing's summary: its own page, the page of the list that lists it, the 404 page, the feed and the
        // search page are rendered again; the other pages of the list are kept as they were.
        long rendered = pipeline.renderedCount();
        edit("content/briefings/older/index.md", "summary: Older.", "summary: Older and wiser.");
        BuildPipeline.Rendered summary = same();
        assertThat(text(summary, "page/3/index.html")).contains("Older and wiser.");
        assertThat(bytes(summary, "index.html")).isSameAs(bytes(first, "index.html"));
        assertThat(bytes(summary, "page/2/index.html")).isSameAs(bytes(first, "page/2/index.html"));
        assertThat(pipeline.renderedCount() - rendered).isBetween(2L, 5L);

        // A new date moves the briefing to the front: every page's list changes.
        edit("content/briefings/older/index.md", "date: 2025-10", "date: 2026-03-01");
        BuildPipeline.Rendered moved = same();
        assertThat(text(moved, "index.html")).contains("The older briefing");
        assertThat(text(moved, "page/2/index.html")).contains("Amazon weighs a major stake in OpenAI");
        assertThat(text(moved, "page/3/index.html")).contains("The newer briefing").doesNotContain("The older briefing");

        // A new briefing adds a page; removing it takes the page away again.
        write("content/briefings/oldest/index.md", "---\ntitle: The oldest briefing\ndate: 2024\n"
                + "summary: Oldest.\n---\nBody.\n");
        BuildPipeline.Rendered added = same();
        assertThat(text(added, "page/4/index.html")).contains("The oldest briefing");
        assertThat(text(added, "page/3/index.html")).contains("rel=\"next\"");
        deleteTree(dir.resolve("content/briefings/oldest"));
        BuildPipeline.Rendered removed = same();
        assertThat(removed.files().stream().map(OutputFile::path)).doesNotContain("page/4/index.html");

        // per_page itself: the pages are cut again.
        edit("content/site.yaml", "per_page: 1", "per_page: 2");
        BuildPipeline.Rendered two = same();
        assertThat(two.files().stream().map(OutputFile::path)).contains("page/2/index.html")
                .doesNotContain("page/3/index.html");
    }

    @Test
    void filesRenderedAgainToTheSameBytesAndDownloadsOfUnchangedDealsAreHandedOnAsTheyWere() throws Exception {
        BuildPipeline.Rendered first = same();
        // A purpose is shown on the briefing page only: the company pages are rendered again (they depend on the
        // briefing) to the same bytes, and the deal downloads and the search index are not made again at all.
        edit("content/briefings/amazon-openai-talks/investments.yaml",
                "purpose: Access to leading AI models", "purpose: Early access to leading AI models");
        BuildPipeline.Rendered purpose = same();
        assertThat(text(purpose, "briefings/amazon-openai-talks/index.html")).contains("Early access");
        for (String unchanged : new String[] {"companies/openai/index.html", "deals/deals.csv", "deals/deals.json",
                "search/index.json"}) {
            assertThat(bytes(purpose, unchanged)).as(unchanged).isSameAs(bytes(first, unchanged));
        }
        // An amount is in every one of them; the briefing takes it from the desk's ledger.
        edit("content/data/deals.yaml", "amount: $11 billion", "amount: $12 billion");
        BuildPipeline.Rendered amount = same();
        assertThat(text(amount, "deals/deals.csv")).contains("12000000000");
        assertThat(text(amount, "deals/deals.json")).contains("12000000000");
        assertThat(bytes(amount, "deals/deals.csv")).isNotEqualTo(bytes(purpose, "deals/deals.csv"));
    }

    @Test
    void aFileSavedJustNowIsReadAgainEvenIfItsSizeAndTimeLookTheSame() throws Exception {
        same();
        Path file = dir.resolve("content/briefings/older/index.md");
        String text = Files.readString(file);
        Files.writeString(file, text.replace("Older.", "Elder."));
        FileTime saved = FileTime.from(Instant.now());
        Files.setLastModifiedTime(file, saved);
        assertThat(text(same(), "index.html")).contains("Elder.");
        // A second save within the file system's clock tick: same size, same time, other bytes.
        Files.writeString(file, text.replace("Older.", "Alder."));
        Files.setLastModifiedTime(file, saved);
        assertThat(text(same(), "index.html")).contains("Alder.");
    }

    @Test
    void writtenSiteEqualsABuildFromScratch() throws Exception {
        pipeline.build(options);
        edit("content/briefings/amazon-openai-talks/round.yaml", "In advanced talks", "In late talks");
        BuildResult result = pipeline.build(options);
        assertThat(result.unchanged()).isGreaterThan(0);
        // Someone changes a published file behind the writer's back: it is still rewritten correctly.
        Path page = dir.resolve("site/briefings/older/index.html");
        byte[] published = Files.readAllBytes(page);
        Files.write(page, "tampered".getBytes(StandardCharsets.UTF_8));
        edit("content/briefings/newer/index.md", "Body of the newer", "The body of the newer");
        pipeline.build(options);
        Map<String, byte[]> expected = files(new BuildPipeline(dir).render(options));
        Map<String, byte[]> onDisk = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir.resolve("site"))) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                onDisk.put(dir.resolve("site").relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        }
        assertThat(onDisk.keySet()).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(onDisk.get(path)).as(path).isEqualTo(bytes));
        assertThat(Files.readAllBytes(page)).isEqualTo(published);
    }

    /** Renders incrementally and from scratch; they must be the same files with the same bytes. */
    private BuildPipeline.Rendered same() throws BuildFailedException, IOException {
        BuildPipeline.Rendered incremental = pipeline.render(options);
        BuildPipeline.Rendered scratch = new BuildPipeline(dir).render(options);
        assertThat(incremental.files().stream().map(OutputFile::path).toList())
                .isEqualTo(scratch.files().stream().map(OutputFile::path).toList());
        Map<String, byte[]> want = files(scratch);
        for (OutputFile f : incremental.files()) {
            assertThat(new String(f.bytes(), StandardCharsets.UTF_8)).as(f.path())
                    .isEqualTo(new String(want.get(f.path()), StandardCharsets.UTF_8));
        }
        assertThat(incremental.warnings()).isEqualTo(scratch.warnings());
        assertThat(incremental.site().routes().size()).isEqualTo(scratch.site().routes().size());
        return incremental;
    }

    private static Map<String, byte[]> files(BuildPipeline.Rendered r) {
        return r.files().stream().collect(Collectors.toMap(OutputFile::path, OutputFile::bytes, (a, b) -> {
            throw new AssertionError("duplicate output");
        }, TreeMap::new));
    }

    private static Briefing briefing(BuildPipeline.Rendered r, String slug) {
        return r.site().content().briefings().stream().filter(b -> b.slug().equals(slug)).findFirst().orElseThrow();
    }

    private static byte[] bytes(BuildPipeline.Rendered r, String path) {
        return r.files().stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow().bytes();
    }

    private static String text(BuildPipeline.Rendered r, String path) {
        return new String(bytes(r, path), StandardCharsets.UTF_8);
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path));
    }

    private void edit(String path, String from, String to) throws IOException {
        String text = read(path);
        assertThat(text).contains(from);
        write(path, text.replace(from, to));
    }

    /** Saves a file with a time of its own in the past (a real save gets a newer time than the last one). */
    private void write(String path, String text) throws IOException {
        Path file = dir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(PAST.plusSeconds(++saves)));
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
