package briefing.content;

import briefing.data.Figure;
import briefing.data.FigureIndex;
import briefing.data.FigureValue;
import briefing.data.Prose;
import briefing.data.Source;
import briefing.data.SourceKind;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.Status;
import briefing.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownRendererTest {

    private static final String PATH = "content/briefings/x/index.md";
    private static final ValueFormat US = new ValueFormat(Locale.US);
    private static final Source PRESS = new Source("press-report", "News report", Optional.empty(), Optional.empty(),
            SourceKind.NEWS_REPORT, Status.REPORTED, Optional.empty(), Optional.empty(),
            new SourceLocation("s.yaml", 2, 5));
    private static final FigureIndex FIGURES;

    static {
        try {
            FIGURES = new FigureIndex(Map.of(
                    "round.amazon", new Figure("round.amazon", "Amazon in the round",
                            new FigureValue.OfMoney(Money.parse("up to $50 billion")), Optional.of(Status.REPORTED),
                            Optional.of(PRESS), Optional.empty(), List.of(), new SourceLocation("round.yaml", 9, 5)),
                    "workforce.cuts", new Figure("workforce.cuts", "Job cuts",
                            new FigureValue.OfCount(Count.parse("about 16,000")), Optional.empty(),
                            Optional.empty(), Optional.empty(), List.of(), new SourceLocation("workforce.yaml", 3, 5))));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Diagnostics problems = new Diagnostics();
    private final MarkdownRenderer renderer = new MarkdownRenderer(false, "/briefing/");

    private String html(String markdown) {
        return render(renderer, markdown).html();
    }

    private RenderedMarkdown render(MarkdownRenderer r, String markdown) {
        return r.render(markdown, MarkdownRenderer.Positions.of(PATH), FIGURES, java.util.Set.of("round"), US,
                problems);
    }

    /** The search index's text of a body: from the tree, split at top-level headings, without charts or marks. */
    @Test
    void aBodysTextSplitsAtItsTopLevelHeadings() {
        RenderedMarkdown out = render(renderer, "Intro *text*.\n\n## First\n\nOne.\n\n- Two\n- > ### Nested\n\n"
                + "```chart\nround\n```\n\n### Second\n\nThree[^1] and {{ round.amazon }}.\n\n[^1]: Note.\n");
        assertThat(out.text().intro()).isEqualTo("Intro text.");
        assertThat(out.text().sections()).extracting(s -> s.heading().id(), RenderedMarkdown.Section::text)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("first", "One. Two Nested"),
                        org.assertj.core.groups.Tuple.tuple("second", "Three and up to $50 billion (reported). Note."));
    }

    @Test
    void placesAChartBlockAsItsOwnPart() {
        RenderedMarkdown out = render(renderer, "Before.\n\n```chart\nround\n```\n\nAfter.\n");
        assertThat(out.parts()).extracting(RenderedMarkdown.Part::chartId).containsExactly(null, "round", null);
        assertThat(out.parts().get(0).html()).isEqualTo("<p>Before.</p>\n");
        assertThat(out.parts().get(2).html()).isEqualTo("<p>After.</p>\n");
        assertThat(headlines()).isEmpty();
    }

    @Test
    void reportsAChartBlockNamingNoChartAtTheIdLine() {
        render(renderer, "Text.\n\n```chart\nrond\n```\n");
        assertThat(headlines()).containsExactly(PATH + ":4:1: error: unknown chart `rond`");
        assertThat(problems.sorted().get(0).hint()).isEqualTo("did you mean `round`?");
    }

    private List<String> headlines() {
        return problems.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void replacesAFigureReferenceWithItsFormattedValueInASpan() {
        assertThat(html("Amazon could invest {{ round.amazon }} in OpenAI."))
                .isEqualTo("<p>Amazon could invest <span class=\"figure figure-reported\" data-figure=\"round.amazon\" "
                        + "title=\"Amazon in the round · Reported · Source: News report (reported)\">up to $50 billion"
                        + "<span class=\"figure-status\"> (reported)</span></span> in OpenAI.</p>\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void inABriefingAFigureLinksToItsSourcesEntryOnTheBriefingPage() {
        String html = renderer.forBriefing("deal").render("Up to {{ round.amazon }}, or [see {{ round.amazon }}](/x/).",
                MarkdownRenderer.Positions.of(PATH), FIGURES, java.util.Set.of(), US, problems).html();
        assertThat(html).contains("<a class=\"figure figure-reported\" href=\"/briefing/briefings/deal/#source-press-report\" "
                + "data-figure=\"round.amazon\"");
        assertThat(html).as("a figure inside a link stays a span: links cannot nest")
                .contains("<a href=\"/briefing/x/\">see <span class=\"figure figure-reported\"");
    }

    @Test
    void aFigureWithoutStatusHasOnlyTheFigureClass() {
        assertThat(html("{{workforce.cuts}}")).isEqualTo("<p><span class=\"figure\" data-figure=\"workforce.cuts\" "
                + "title=\"Job cuts\">about 16,000</span></p>\n");
    }

    @Test
    void replacesSeveralReferencesInOneText() {
        assertThat(html("{{ round.amazon }} and {{ workforce.cuts }}"))
                .contains(">up to $50 billion<span class=\"figure-status\"> (reported)</span></span> and <span")
                .contains(">about 16,000</span></p>");
    }

    @Test
    void reportsAnUnknownReferenceAtItsLineAndColumnInTheFile() {
        String html = html("\n\n\n\n\nFirst paragraph.\n\nAmazon could invest {{ round.amazn }} soon.\n");

        assertThat(headlines()).containsExactly(PATH + ":8:21: error: unknown figure `round.amazn`");
        assertThat(problems.sorted().get(0).hint()).isEqualTo("did you mean `round.amazon`?");
        assertThat(html).contains("{{ round.amazn }}");
    }

    @Test
    void reportsAnUnknownReferenceAfterInlineMarkupAtItsColumn() {
        html("**Bold** then {{ nope }}\n");

        assertThat(headlines()).containsExactly(PATH + ":1:15: error: unknown figure `nope`");
    }

    @Test
    void reportsAnUnknownReferenceInAListItem() {
        html("Intro\n\n- one\n- two {{ round.totl }}\n");

        assertThat(headlines()).containsExactly(PATH + ":4:7: error: unknown figure `round.totl`");
    }

    @Test
    void leavesReferencesInCodeSpansAndBlocksAlone() {
        String html = html("Write `{{ round.amazon }}` like this:\n\n```\n{{ unknown }}\n```\n");

        assertThat(html).isEqualTo("<p>Write <code>{{ round.amazon }}</code> like this:</p>\n"
                + "<pre><code>{{ unknown }}\n</code></pre>\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void omitsRawHtmlWithAWarningWhenRawHtmlIsOff() {
        String html = html("Hello <b>world</b>\n\n<div class=\"x\">block</div>\n");

        assertThat(html).isEqualTo("<p>Hello world</p>\n");
        assertThat(headlines()).containsExactly(
                PATH + ":1:7: warning: raw HTML in Markdown is omitted",
                PATH + ":1:15: warning: raw HTML in Markdown is omitted",
                PATH + ":3:1: warning: raw HTML in Markdown is omitted");
        assertThat(problems.hasErrors()).isFalse();
        assertThat(problems.sorted().get(0).hint())
                .isEqualTo("write Markdown instead, or set markdown.raw_html: true in site.yaml");
    }

    @Test
    void keepsRawHtmlWithoutWarningWhenRawHtmlIsOn() {
        String html = render(new MarkdownRenderer(true, "/"), "Hello <b>world</b>\n\n<div class=\"x\">block</div>\n")
                .html();

        assertThat(html).isEqualTo("<p>Hello <b>world</b></p>\n<div class=\"x\">block</div>\n");
        assertThat(problems.isEmpty()).isTrue();
    }

    static Stream<Arguments> dangerousLinks() {
        return Stream.of(
                Arguments.of("[x](javascript:alert(1))", "<p><a href=\"#\">x</a></p>\n"),
                Arguments.of("[x](JavaScript:alert(1))", "<p><a href=\"#\">x</a></p>\n"),
                Arguments.of("[x](data:text/html;base64,PHNjcmlwdD4=)", "<p><a href=\"#\">x</a></p>\n"),
                Arguments.of("[x](vbscript:msgbox)", "<p><a href=\"#\">x</a></p>\n"),
                Arguments.of("[x](<java&#9;script:alert(1)>)", "<p><a href=\"#\">x</a></p>\n"),
                Arguments.of("![x](javascript:alert(1))", "<p><img src=\"#\" alt=\"x\" /></p>\n"),
                Arguments.of("<javascript:alert(1)>", "<p><a href=\"#\">javascript:alert(1)</a></p>\n"));
    }

    @ParameterizedTest
    @MethodSource("dangerousLinks")
    void neutralisesScriptAndDataUrls(String markdown, String expected) {
        assertThat(html(markdown)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.com/a?b=1#c", "http://example.com", "mailto:desk@example.com",
            "relative/page/", "#section", "?q=1"})
    void keepsWebMailAndRelativeUrls(String url) {
        assertThat(html("[x](" + url + ")")).isEqualTo("<p><a href=\"" + url + "\">x</a></p>\n");
    }

    @Test
    void doesNotAddRelNofollow() {
        assertThat(html("[source](https://example.com/report)"))
                .isEqualTo("<p><a href=\"https://example.com/report\">source</a></p>\n")
                .doesNotContain("nofollow");
    }

    @Test
    void prefixesRootRelativeLinksAndImagesWithTheBasePath() {
        assertThat(html("[About](/about/) and ![chart](/assets/c.png) and [cdn](//cdn.example.com/x)"))
                .isEqualTo("<p><a href=\"/briefing/about/\">About</a> and "
                        + "<img src=\"/briefing/assets/c.png\" alt=\"chart\" /> and "
                        + "<a href=\"//cdn.example.com/x\">cdn</a></p>\n");
    }

    @Test
    void leavesRootRelativeLinksAloneUnderTheRootBasePath() {
        assertThat(render(new MarkdownRenderer(false, "/"), "[About](/about/)").html())
                .isEqualTo("<p><a href=\"/about/\">About</a></p>\n");
    }

    @Test
    void generatesHeadingIdsAndReturnsTheHeadings() {
        RenderedMarkdown out = render(renderer, "## What is reported\n\nText\n\n### Why it matters\n\n"
                + "## What is reported\n");

        assertThat(out.html()).isEqualTo("<h2 id=\"what-is-reported\">What is reported</h2>\n<p>Text</p>\n"
                + "<h3 id=\"why-it-matters\">Why it matters</h3>\n"
                + "<h2 id=\"what-is-reported-1\">What is reported</h2>\n");
        assertThat(out.headings()).containsExactly(
                new Heading(2, "what-is-reported", "What is reported"),
                new Heading(3, "why-it-matters", "Why it matters"),
                new Heading(2, "what-is-reported-1", "What is reported"));
    }

    @Test
    void neverReusesTheLayoutsSectionIds() {
        RenderedMarkdown out = render(renderer, "## Sources\n\n## Timeline\n");

        assertThat(out.headings()).extracting(Heading::id).containsExactly("sources-1", "timeline-1");
    }

    @Test
    void headingTextIncludesCodeAndFigureValues() {
        RenderedMarkdown out = render(renderer, "## The `round` of {{ round.amazon }}\n");

        assertThat(out.headings()).singleElement().satisfies(h -> {
            assertThat(h.level()).isEqualTo(2);
            assertThat(h.text()).isEqualTo("The round of up to $50 billion");
        });
    }

    @Test
    void rendersGfmTables() {
        assertThat(html("| Investor | Amount |\n|---|---:|\n| Amazon | {{ round.amazon }} |\n"))
                .startsWith("<table>\n<thead>\n<tr>\n<th>Investor</th>\n<th align=\"right\">Amount</th>\n</tr>\n"
                        + "</thead>\n<tbody>\n<tr>\n<td>Amazon</td>\n<td align=\"right\"><span class=\"figure "
                        + "figure-reported\"")
                .endsWith("</td>\n</tr>\n</tbody>\n</table>\n");
    }

    @Test
    void rendersFootnotes() {
        String html = html("Reported by a newspaper.[^1]\n\n[^1]: Seattle-datelined report.\n");

        assertThat(html).contains("<sup class=\"footnote-ref\"><a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a></sup>")
                .contains("<section class=\"footnotes\" data-footnotes>")
                .contains("Seattle-datelined report.");
    }

    @Test
    void rendersStrikethroughAndAutolinks() {
        assertThat(html("~~old~~ see https://example.com"))
                .isEqualTo("<p><del>old</del> see <a href=\"https://example.com\">https://example.com</a></p>\n");
    }

    @Test
    void rendersInlineProseWithoutAParagraph() {
        Prose prose = new Prose("Amazon could put **{{ round.amazon }}** in.", new SourceLocation(PATH, 6, 10), 0);

        assertThat(renderer.renderProse(prose, true, FIGURES, US, problems))
                .isEqualTo("Amazon could put <strong><span class=\"figure figure-reported\" data-figure=\"round.amazon\" "
                        + "title=\"Amazon in the round · Reported · Source: News report (reported)\">up to $50 billion"
                        + "<span class=\"figure-status\"> (reported)</span></span></strong> in.");
        assertThat(renderer.renderProse(prose, false, FIGURES, US, problems)).startsWith("<p>").endsWith("</p>");
    }

    @Test
    void mapsProsePositionsBackToTheDataFile() {
        Prose onOneLine = new Prose("See {{ nope }}.", new SourceLocation("t.yaml", 5, 11), 0);
        Prose inBlock = new Prose("First line.\nThen {{ alsonope }}.\n", new SourceLocation("f.yaml", 5, 7), 6);

        renderer.renderProse(onOneLine, true, FIGURES, US, problems);
        renderer.renderProse(inBlock, false, FIGURES, US, problems);

        assertThat(headlines()).containsExactly(
                "f.yaml:6:12: error: unknown figure `alsonope`",
                "t.yaml:5:15: error: unknown figure `nope`");
    }

    @Test
    void plainTextReplacesFiguresWithTheirValuesWithoutMarkup() {
        Prose summary = new Prose("Amazon *may* invest {{ round.amazon }}\nin OpenAI.", new SourceLocation(PATH, 7, 10),
                0);

        assertThat(renderer.plainText(summary, FIGURES, US)).isEqualTo("Amazon may invest up to $50 billion (reported) in OpenAI.");
    }

    static Stream<Arguments> mistypedReferences() {
        String code = "; to show braces as text, put them in a code span";
        return Stream.of(
                Arguments.of("Amazon may invest {{ round.amazon } soon.", 1, 19,
                        "figure reference \"{{ round.amazon }\" is not closed: expected \"}}\"",
                        "write {{ round.amazon }}" + code),
                Arguments.of("Amazon may invest {{ round.amazon soon.", 1, 19,
                        "figure reference \"{{ round.amazon\" is not closed: expected \"}}\"",
                        "write {{ round.amazon }}" + code),
                Arguments.of("Intro.\n\nAmazon may invest {{ }}.", 3, 19,
                        "figure reference \"{{ }}\" names no figure: expected a key between the braces",
                        "write a figure reference as {{ key }}, e.g. {{ round.amazon }}" + code),
                Arguments.of("Amazon may invest {{ round amazon }}.", 1, 19,
                        "figure reference \"{{ round amazon }}\" has a space inside its key",
                        "write {{ round.amazon }}" + code),
                Arguments.of("Amazon may invest {{ round.amazon! }}.", 1, 19,
                        "figure reference \"{{ round.amazon! }}\" has \"!\" in its key: a key has only letters, "
                                + "digits, \".\", \"_\" and \"-\"",
                        "write {{ round.amazon }}" + code),
                Arguments.of("Amazon may invest { round.amazon }}.", 1, 19,
                        "figure reference \"{ round.amazon }}\" opens with one brace: expected \"{{\"",
                        "write {{ round.amazon }}" + code),
                Arguments.of("Amazon may invest round.amazon }}.", 1, 32,
                        "\"}}\" closes no figure reference: expected \"{{\" before it",
                        "write a figure reference as {{ key }}, e.g. {{ round.amazon }}" + code),
                Arguments.of("| Investor | Amount |\n| --- | --- |\n| Amazon | {{ round.amazon } |\n", 3, 12,
                        "figure reference \"{{ round.amazon }\" is not closed: expected \"}}\"",
                        "write {{ round.amazon }}" + code),
                Arguments.of("- one\n- two **{{ round.amazon }**\n", 2, 9,
                        "figure reference \"{{ round.amazon }\" is not closed: expected \"}}\"",
                        "write {{ round.amazon }}" + code));
    }

    @ParameterizedTest
    @MethodSource("mistypedReferences")
    void reportsAMistypedReferenceAtItsFirstBrace(String markdown, int line, int column, String message,
                                                  String hint) {
        String html = html(markdown);

        assertThat(headlines()).containsExactly(PATH + ":" + line + ":" + column + ": error: " + message);
        assertThat(problems.sorted().get(0).hint()).isEqualTo(hint);
        assertThat(html).as("the text stays as written").doesNotContain("data-figure");
    }

    @Test
    void bracesInCodeAreShownAsWrittenAndAreNoMistake() {
        String html = html("Write `{{ round.amazon }` or `{{ }}` in code.\n\n```\n{{ round.amazon }\nx }}\n```\n");

        assertThat(headlines()).isEmpty();
        assertThat(html).contains("<code>{{ round.amazon }</code>").contains("<code>{{ }}</code>")
                .contains("{{ round.amazon }\nx }}");
    }

    @Test
    void aReferenceBrokenOverTwoLinesIsOneMistakeAtItsOpening() {
        html("Amazon may invest {{ round.\namazon }} soon.\n");

        assertThat(headlines()).containsExactly(
                PATH + ":1:19: error: figure reference \"{{ round.\" is not closed: expected \"}}\"");
    }

    @Test
    void reportsEveryMistakeOnALineAndStillResolvesTheGoodReferences() {
        String html = html("{{ round.amazon }} and {{ workforce.cuts } and {{ }}\n");

        assertThat(headlines()).containsExactly(
                PATH + ":1:24: error: figure reference \"{{ workforce.cuts }\" is not closed: expected \"}}\"",
                PATH + ":1:48: error: figure reference \"{{ }}\" names no figure: expected a key between the braces");
        assertThat(html).contains("data-figure=\"round.amazon\"");
    }

    @Test
    void reportsAMistypedReferenceInProseAtItsPlaceInTheDataFile() {
        Prose inBlock = new Prose("First line.\nThen {{ round.amazon }.\n", new SourceLocation("f.yaml", 5, 7), 6);

        renderer.renderProse(inBlock, false, FIGURES, US, problems);

        assertThat(headlines()).containsExactly(
                "f.yaml:6:12: error: figure reference \"{{ round.amazon }\" is not closed: expected \"}}\"");
    }
}
