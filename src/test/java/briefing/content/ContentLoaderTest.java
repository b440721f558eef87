package briefing.content;

import briefing.config.ConfigLoader;
import briefing.config.SiteConfig;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.PartialDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ContentLoaderTest {

    private static final String ROUND = """
            company: OpenAI
            total:
              amount: $100 billion
              status: reported
              source: press-report
            participants:
              - id: amazon
                investor: Amazon
                amount: up to $50 billion
                status: reported
                source: press-report
            """;
    private static final String SOURCES = """
            sources:
              - id: press-report
                name: News report
                status: reported
            """;

    @TempDir
    Path base;

    private Path content;
    private SourceReader reader;

    @BeforeEach
    void site() throws IOException {
        content = base.resolve("content");
        write("site.yaml", """
                title: T
                description: D
                base_url: https://example.github.io/briefing/
                locale: en-US
                publisher:
                  name: Desk
                """);
        reader = new SourceReader(base, 1_000_000);
    }

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String briefing(String frontMatter, String body) {
        return "---\n" + frontMatter + "---\n" + body;
    }

    private static String simple(String date) {
        return briefing("title: T\ndate: " + date + "\nsummary: S\n", "Body\n");
    }

    private Content load(boolean includeDrafts) throws Exception {
        SiteConfig config = new ConfigLoader(reader).load(content);
        return new ContentLoader(reader, new YamlReader(1_000_000)).load(config, content, includeDrafts);
    }

    private List<Diagnostic> failure() {
        BuildFailedException e = catchThrowableOfType(() -> load(false), BuildFailedException.class);
        assertThat(e).as("expected the content to be refused").isNotNull();
        return e.diagnostics();
    }

    private List<String> failureHeadlines() {
        return failure().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void loadsABriefingWithItsDataAndRenderedProse() throws Exception {
        write("briefings/amazon-openai/sources.yaml", SOURCES);
        write("briefings/amazon-openai/round.yaml", ROUND);
        write("briefings/amazon-openai/index.md", briefing("""
                title: Amazon weighs a stake
                subtitle: Talks
                date: 2026-02-27
                updated: 2026-02-28
                authors: Briefing Desk
                tags: [Amazon, OpenAI]
                summary: Amazon could invest {{ round.amazon }}.
                key_figures: [round.amazon, round.total]
                """, "## What is reported\n\nA round of {{ round.total }}.\n"));

        Content loaded = load(false);

        assertThat(loaded.briefings()).singleElement().satisfies(b -> {
            assertThat(b.slug()).isEqualTo("amazon-openai");
            assertThat(b.title()).isEqualTo("Amazon weighs a stake");
            assertThat(b.subtitle()).contains("Talks");
            assertThat(b.date()).isEqualTo(PartialDate.ofDay(LocalDate.of(2026, 2, 27)));
            assertThat(b.updated()).contains(PartialDate.ofDay(LocalDate.of(2026, 2, 28)));
            assertThat(b.authors()).containsExactly("Briefing Desk");
            assertThat(b.tags()).containsExactly("Amazon", "OpenAI");
            assertThat(b.summaryText()).isEqualTo("Amazon could invest up to $50 billion (reported).");
            assertThat(b.html(b.summary())).startsWith("Amazon could invest <a class=\"figure figure-reported\" "
                    + "href=\"/briefing/briefings/amazon-openai/#source-press-report\"");
            assertThat(b.keyFigures()).extracting(f -> f.key()).containsExactly("round.amazon", "round.total");
            assertThat(b.draft()).isFalse();
            assertThat(b.body().headings()).containsExactly(new Heading(2, "what-is-reported", "What is reported"));
            assertThat(b.body().html()).contains(">$100 billion<span class=\"figure-status\"> (reported)</span></a>");
            assertThat(b.location().toString()).isEqualTo("content/briefings/amazon-openai/index.md");
        });
        assertThat(loaded.warnings()).isEmpty();
    }

    @Test
    void loadsTheRealAboutPage() throws Exception {
        write("about.md", Files.readString(Path.of("content/about.md")));

        Content loaded = load(false);

        assertThat(loaded.pages()).singleElement().satisfies(p -> {
            assertThat(p.slug()).isEqualTo("about");
            assertThat(p.title()).isEqualTo("About this briefing");
            assertThat(p.description()).contains(
                    "Who writes the AI Market Briefing and how its figures are sourced and labelled.");
            assertThat(p.headings()).extracting(Heading::id)
                    .containsExactly("how-we-handle-figures", "sources-1", "corrections");
            assertThat(p.bodyHtml()).contains("<li><strong>Reported</strong>:");
        });
    }

    @Test
    void sortsBriefingsNewestFirst() throws Exception {
        write("briefings/older/index.md", simple("2025-01-15"));
        write("briefings/newest/index.md", simple("2026-02-27"));
        write("briefings/middle/index.md", simple("2025-06"));
        write("briefings/same-day-b/index.md", simple("2024-03-01"));
        write("briefings/same-day-a/index.md", simple("2024-03-01"));

        assertThat(load(false).briefings()).extracting(Briefing::slug)
                .containsExactly("newest", "middle", "older", "same-day-a", "same-day-b");
    }

    @Test
    void excludesDraftsUnlessAsked() throws Exception {
        write("briefings/published/index.md", simple("2026-01-01"));
        write("briefings/draft/index.md", briefing("title: T\ndate: 2026-02-01\nsummary: S\ndraft: true\n", ""));
        write("notes.md", "---\ntitle: Notes\ndraft: true\n---\nx\n");
        write("about.md", "---\ntitle: About\n---\nx\n");

        Content published = load(false);
        assertThat(published.briefings()).extracting(Briefing::slug).containsExactly("published");
        assertThat(published.pages()).extracting(Page::slug).containsExactly("about");

        Content all = load(true);
        assertThat(all.briefings()).extracting(Briefing::slug).containsExactly("draft", "published");
        assertThat(all.pages()).extracting(Page::slug).containsExactly("about", "notes");
    }

    @Test
    void refusesAFolderNameThatCannotBeAUrl() throws Exception {
        write("briefings/Amazon_OpenAI/index.md", simple("2026-01-01"));

        List<Diagnostic> found = failure();
        assertThat(found).extracting(Diagnostic::headline).containsExactly(
                "content/briefings/Amazon_OpenAI: error: \"Amazon_OpenAI\" cannot be part of a URL");
        assertThat(found.get(0).hint()).isEqualTo("use lowercase letters, digits and dashes, e.g. amazon-openai-talks");
    }

    @Test
    void refusesABriefingFolderWithoutIndex() throws Exception {
        write("briefings/empty-one/sources.yaml", SOURCES);

        assertThat(failureHeadlines())
                .containsExactly("content/briefings/empty-one: error: briefing folder has no index.md");
    }

    @Test
    void refusesAnUpdateBeforeTheDate() throws Exception {
        write("briefings/x/index.md", briefing("title: T\ndate: 2026-02-27\nupdated: 2026-01-01\nsummary: S\n", ""));

        List<Diagnostic> found = failure();
        assertThat(found).extracting(Diagnostic::headline).containsExactly(
                "content/briefings/x/index.md:4:10: error: updated: 2026-01-01 is before the briefing's date 2026-02-27");
        assertThat(found.get(0).hint()).isEqualTo("updated must not be before date");
    }

    @Test
    void acceptsAnUpdateOnTheSameDay() throws Exception {
        write("briefings/x/index.md", briefing("title: T\ndate: 2026-02-27\nupdated: 2026-02-27\nsummary: S\n", ""));

        assertThat(load(false).briefings()).hasSize(1);
    }

    @Test
    void loadsUpdatesNewestFirstAndTakesTheLatestAsUpdated() throws Exception {
        write("briefings/x/sources.yaml", SOURCES);
        write("briefings/x/round.yaml", ROUND);
        write("briefings/x/index.md", briefing("""
                title: T
                date: 2026-02-27
                summary: S
                updates:
                  - date: 2026-03-01
                    text: Added the round's total.
                  - date: 2026-03-03
                    text: "Amazon's stake is now **{{ round.amazon }}**."
                    figure: round.amazon
                  - date: 2026-03
                    text: Month only.
                """, ""));

        Briefing b = load(false).briefings().get(0);

        assertThat(b.updates()).extracting(u -> u.date().canonical())
                .containsExactly("2026-03-03", "2026-03-01", "2026-03");
        Update latest = b.updates().get(0);
        assertThat(latest.figure()).map(f -> f.key()).contains("round.amazon");
        assertThat(latest.plainText()).isEqualTo("Amazon's stake is now up to $50 billion (reported).");
        assertThat(b.html(latest.text())).startsWith("Amazon's stake is now <strong><a class=\"figure figure-reported\"");
        assertThat(latest.location().line()).isEqualTo(8);
        assertThat(b.updates().get(1).figure()).isEmpty();
        assertThat(b.updated()).contains(PartialDate.ofDay(LocalDate.of(2026, 3, 3)));
    }

    @Test
    void keepsAnUpdatedLaterThanTheLatestUpdate() throws Exception {
        write("briefings/x/index.md", briefing("""
                title: T
                date: 2026-02-27
                updated: 2026-03-10
                summary: S
                updates:
                  - date: 2026-03-03
                    text: A correction.
                """, ""));

        assertThat(load(false).briefings().get(0).updated()).contains(PartialDate.ofDay(LocalDate.of(2026, 3, 10)));
    }

    @Test
    void withoutUpdatesUpdatedIsOnlyTheFrontMatters() throws Exception {
        write("briefings/x/index.md", simple("2026-02-27"));

        Briefing b = load(false).briefings().get(0);
        assertThat(b.updates()).isEmpty();
        assertThat(b.updated()).isEmpty();
    }

    @Test
    void refusesAnUpdatedEarlierThanTheLatestUpdate() throws Exception {
        write("briefings/x/index.md", briefing("""
                title: T
                date: 2026-02-27
                updated: 2026-03-01
                summary: S
                updates:
                  - date: 2026-03-03
                    text: A correction.
                """, ""));

        List<Diagnostic> found = failure();
        assertThat(found).extracting(Diagnostic::headline).containsExactly("content/briefings/x/index.md:4:10: "
                + "error: updated: 2026-03-01 is before the latest update, 2026-03-03 (line 7)");
        assertThat(found.get(0).hint())
                .isEqualTo("remove `updated:` (the latest update's date is used), or set it to 2026-03-03 or later");
    }

    @Test
    void reportsEveryMistakeInUpdatesAtItsPosition() throws Exception {
        write("briefings/x/sources.yaml", SOURCES);
        write("briefings/x/round.yaml", ROUND);
        write("briefings/x/index.md", briefing("""
                title: T
                date: 2026-02-27
                summary: S
                updates:
                  - date: 2026-02-01
                    text: Too early.
                  - date: 2026-03-03
                    text: Unknown figure.
                    figure: round.amazn
                  - date: 2026-03-04
                    txt: Misspelt.
                  - text: No date.
                  - date: sometime
                    text: Bad date.
                  - just text
                """, ""));

        List<Diagnostic> found = failure();
        String path = "content/briefings/x/index.md";
        assertThat(found).extracting(Diagnostic::headline).containsExactly(
                path + ":6:11: error: updates[0].date: 2026-02-01 is before the briefing's date 2026-02-27",
                path + ":10:13: error: updates[1].figure: unknown figure `round.amazn`",
                path + ":11:5: error: updates[2].text: required field is missing",
                path + ":12:5: error: updates[2].txt: unknown field",
                path + ":13:5: error: updates[3].date: required field is missing",
                path + ":14:11: error: updates[4].date: expected a date like \"2026-02-14\", \"2026-02\", "
                        + "\"Q4 2026\" or \"2026\", found \"sometime\"",
                path + ":16:5: error: updates[5]: expected a mapping of fields (key: value), found \"just text\"");
        assertThat(found).filteredOn(d -> d.message().contains("round.amazn")).singleElement()
                .satisfies(d -> assertThat(d.hint()).isEqualTo("did you mean `round.amazon`?"));
        assertThat(found).filteredOn(d -> d.message().contains("txt")).singleElement()
                .satisfies(d -> assertThat(d.hint()).isEqualTo("did you mean `text`?"));
    }

    @Test
    void reportsAnUnknownFigureReferenceInAnUpdateText() throws Exception {
        write("briefings/x/index.md", briefing("""
                title: T
                date: 2026-02-27
                summary: S
                updates:
                  - date: 2026-03-03
                    text: "Now {{ round.total }}."
                """, ""));

        assertThat(failureHeadlines())
                .containsExactly("content/briefings/x/index.md:7:16: error: unknown figure `round.total`");
    }

    @Test
    void reportsAnUnknownKeyFigureWithASuggestion() throws Exception {
        write("briefings/x/sources.yaml", SOURCES);
        write("briefings/x/round.yaml", ROUND);
        write("briefings/x/index.md", briefing(
                "title: T\ndate: 2026-02-27\nsummary: S\nkey_figures: [round.amazon, round.totl]\n", ""));

        List<Diagnostic> found = failure();
        assertThat(found).extracting(Diagnostic::headline).containsExactly(
                "content/briefings/x/index.md:5:29: error: key_figures: unknown figure `round.totl`");
        assertThat(found.get(0).hint()).isEqualTo("did you mean `round.total`?");
    }

    @Test
    void aKeyFigureWrittenAsAReferenceIsUnknownWithAHintToDropTheBraces() throws Exception {
        write("briefings/x/sources.yaml", SOURCES);
        write("briefings/x/round.yaml", ROUND);
        write("briefings/x/index.md", briefing(
                "title: T\ndate: 2026-02-27\nsummary: S\nkey_figures: [\"{{ round.amazon }\"]\n", ""));

        List<Diagnostic> found = failure();
        assertThat(found).extracting(Diagnostic::headline).containsExactly(
                "content/briefings/x/index.md:5:16: error: key_figures: unknown figure `{{ round.amazon }`");
        assertThat(found.get(0).hint()).isEqualTo("key_figures lists keys without braces: write round.amazon");
    }

    @Test
    void reportsAMistypedReferenceInTheSummaryAtItsFirstBrace() throws Exception {
        write("briefings/x/sources.yaml", SOURCES);
        write("briefings/x/round.yaml", ROUND);
        write("briefings/x/index.md", briefing("title: T\ndate: 2026-02-27\nsummary: Up to {{ round.amazon }.\n",
                ""));

        List<Diagnostic> found = failure();
        assertThat(found).extracting(Diagnostic::headline).containsExactly("content/briefings/x/index.md:4:16: "
                + "error: figure reference \"{{ round.amazon }\" is not closed: expected \"}}\"");
        assertThat(found.get(0).hint())
                .isEqualTo("write {{ round.amazon }}; to show braces as text, put them in a code span");
    }

    @ParameterizedTest
    @ValueSource(strings = {"index", "404", "assets", "briefings", "search"})
    void refusesAReservedPageName(String name) throws Exception {
        write(name + ".md", "---\ntitle: X\n---\nx\n");

        List<Diagnostic> found = failure();
        assertThat(found).extracting(Diagnostic::headline).containsExactly(
                "content/" + name + ".md: error: page name \"" + name + "\" is reserved for the site's own pages");
        assertThat(found.get(0).hint()).isEqualTo("rename the file");
    }

    @Test
    void reportsAnUnknownFigureInTheBodyAtItsFileLine() throws Exception {
        write("briefings/x/index.md", briefing("title: T\ndate: 2026-02-27\nsummary: S\n",
                "## Heading\n\nThe round: {{ round.total }}.\n"));

        assertThat(failureHeadlines())
                .containsExactly("content/briefings/x/index.md:8:12: error: unknown figure `round.total`");
    }

    @Test
    void reportsAnUnknownFigureInTheSummaryAtItsColumn() throws Exception {
        write("briefings/x/index.md", briefing("title: T\ndate: 2026-02-27\nsummary: Up to {{ round.amazon }}.\n",
                ""));

        assertThat(failureHeadlines())
                .containsExactly("content/briefings/x/index.md:4:16: error: unknown figure `round.amazon`");
    }

    @Test
    void carriesRawHtmlWarningsToTheContent() throws Exception {
        write("about.md", "---\ntitle: About\n---\nHello <b>x</b>\n");

        Content loaded = load(false);

        assertThat(loaded.warnings()).extracting(Diagnostic::headline).containsExactly(
                "content/about.md:4:7: warning: raw HTML in Markdown is omitted",
                "content/about.md:4:11: warning: raw HTML in Markdown is omitted");
        assertThat(loaded.pages().get(0).bodyHtml()).isEqualTo("<p>Hello x</p>\n");
    }

    @Test
    void prefixesLinksWithTheSiteBasePath() throws Exception {
        write("about.md", "---\ntitle: About\n---\nSee [the briefings](/briefings/).\n");

        assertThat(load(false).pages().get(0).bodyHtml())
                .isEqualTo("<p>See <a href=\"/briefing/briefings/\">the briefings</a>.</p>\n");
    }

    static Stream<Arguments> badBriefings() {
        String path = "content/briefings/x/index.md";
        return Stream.of(
                Arguments.of("title: T\ndate: 2026-02-27\n", "",
                        List.of(path + ":2:1: error: summary: required field is missing")),
                Arguments.of("title: T\ndate: someday\nsummary: S\n", "",
                        List.of(path + ":3:7: error: date: expected a date like \"2026-02-14\", \"2026-02\", "
                                + "\"Q4 2026\" or \"2026\", found \"someday\"")),
                Arguments.of("title: T\ndate: 2026-02-27\nsummary: S\ntitel: X\n", "",
                        List.of(path + ":5:1: error: titel: unknown field")),
                Arguments.of("title: T\ndate: 2026-02-27\nsummary: S\ndraft: maybe\n", "",
                        List.of(path + ":5:8: error: draft: expected true or false, found \"maybe\"")),
                Arguments.of("title: T\ndate: 2026-02-27\nsummary: S\ntags: {a: 1}\n", "",
                        List.of(path + ":5:7: error: tags: expected a list of texts, found a mapping")),
                Arguments.of("title: [T]\ndate: 2026-02-27\nsummary: S\n", "",
                        List.of(path + ":2:8: error: title: expected a single value, found a list")),
                Arguments.of("title: a: b\n", "",
                        List.of(path + ":2:9: error: YAML syntax: mapping values are not allowed here")));
    }

    @ParameterizedTest
    @MethodSource("badBriefings")
    void reportsABadFrontMatterAtItsFilePosition(String frontMatter, String body, List<String> expected)
            throws Exception {
        write("briefings/x/index.md", briefing(frontMatter, body));

        assertThat(failureHeadlines()).containsExactlyElementsOf(expected);
    }

    @Test
    void refusesAPageWithoutFrontMatter() throws Exception {
        write("about.md", "# About\n");

        assertThat(failureHeadlines()).containsExactly("content/about.md:1:1: error: front matter is missing");
    }

    @Test
    void reportsMistakesOfEveryFileInOneRun() throws Exception {
        write("Bad Page.md", "---\ntitle: X\n---\n");
        write("about.md", "---\ntitel: About\n---\n");
        write("briefings/x/faq.yaml", "faqs: []\n");
        write("briefings/x/index.md", simple("2026-02-30"));
        write("briefings/y/index.md", briefing("title: T\ndate: 2026-02-27\nsummary: S\n", "{{ nope }}\n"));

        assertThat(failureHeadlines()).containsExactly(
                "content/Bad Page.md: error: \"Bad Page\" cannot be part of a URL",
                "content/about.md:2:1: error: titel: unknown field",
                "content/about.md:2:1: error: title: required field is missing",
                "content/briefings/x/faq.yaml: error: unknown data file \"faq.yaml\"",
                "content/briefings/x/index.md:3:7: error: date: no day 30 in February 2026 (it has 28 days), "
                        + "found \"2026-02-30\"",
                "content/briefings/y/index.md:6:1: error: unknown figure `nope`");
    }

    @Test
    void readsOnlyFromTheContentFolderWhateverTheReadersBaseFolder(@TempDir Path elsewhere) throws Exception {
        // The reader's base (the working directory) holds neither the content folder nor the outside file.
        reader = new SourceReader(elsewhere, 1_000_000);
        Path secret = Files.writeString(base.resolve("secret.md"), "---\ntitle: SECRET\n---\nSECRET body\n");
        Files.createSymbolicLink(content.resolve("leak.md"), secret);
        write("briefings/deal/index.md", simple("2026-02-27"));
        Files.createSymbolicLink(content.resolve("briefings/deal/faqs.yaml"), Path.of("../../../secret.md"));

        List<Diagnostic> problems = failure();

        assertThat(problems).extracting(Diagnostic::headline).containsExactly(
                content.resolve("briefings/deal/faqs.yaml") + ": error: file is a link to a file outside the content folder",
                content.resolve("leak.md") + ": error: file is a link to a file outside the content folder");
        assertThat(problems).allSatisfy(d -> assertThat(d.headline() + d.hint()).doesNotContain("SECRET body"));
    }

    @Test
    void aFolderNamedLikeAPageIsAnErrorNotSkipped() throws Exception {
        Files.createDirectories(content.resolve("about.md"));

        assertThat(failureHeadlines()).containsExactly("content/about.md: error: a folder is where a file is expected");
    }

    @Test
    void aBriefingWhoseIndexIsABrokenLinkIsAnError() throws Exception {
        Files.createDirectories(content.resolve("briefings/deal"));
        Files.createSymbolicLink(content.resolve("briefings/deal/index.md"), Path.of("draft.md"));

        assertThat(failureHeadlines()).containsExactly(
                "content/briefings/deal/index.md: error: file is a broken symbolic link: its target (draft.md) does not exist");
    }
}
