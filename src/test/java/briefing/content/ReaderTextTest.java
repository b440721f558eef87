package briefing.content;

import briefing.data.Figure;
import briefing.data.FigureIndex;
import briefing.data.FigureValue;
import briefing.data.Prose;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.Status;
import briefing.value.ValueFormat;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The text of prose read from its Markdown tree is the text of its rendered HTML, as jsoup's DOM (a browser's) reads
 * it: pages put it in structured data without parsing the HTML they have just written.
 */
class ReaderTextTest {

    private static final ValueFormat US = new ValueFormat(Locale.US);
    private static final FigureIndex FIGURES;

    static {
        try {
            FIGURES = new FigureIndex(Map.of("round.amazon", new Figure("round.amazon", "Amazon in the round",
                    new FigureValue.OfMoney(Money.parse("up to $50 billion")), Optional.of(Status.REPORTED),
                    Optional.empty(), Optional.empty(), List.of(), new SourceLocation("round.yaml", 9, 5))));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer(false, "/desk/").forBriefing("deal");

    @ParameterizedTest
    @ValueSource(strings = {
        "Amazon could invest {{ round.amazon }} in [OpenAI](/companies/openai/).",
        "First paragraph.\n\nSecond, with *emphasis*, **strong**, ~~struck~~ and `code`.",
        "A soft\nline break and a hard  \nline break.",
        "- one\n- two\n  - nested\n\n1. first\n2. second",
        "> quoted\n> text\n\nafter",
        "An image ![alt words](/i.png) is no text; an autolink https://example.org is.",
        "Entities &amp; &copy; &nbsp;spaces&#8203;zero-width and soft&shy;hyphen.",
        "Unknown {{ round.nope }} and unclosed {{ round.amazon stay as written.",
        "```\ncode   block\n```\n\n    indented code\n\n# Heading\n\ntext",
        "  leading and trailing spaces  "})
    void isTheTextOfTheRenderedHtml(String markdown) {
        Prose prose = new Prose(markdown, new SourceLocation("faqs.yaml", 3, 5), 4);
        String html = renderer.renderProse(prose, false, FIGURES, US, new Diagnostics());
        assertThat(renderer.readerText(prose, FIGURES, US))
                .isEqualTo(Jsoup.parseBodyFragment(html).body().text());
    }
}
