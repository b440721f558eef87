package briefing.history;

import briefing.config.ConfigLoader;
import briefing.config.SiteConfig;
import briefing.content.Content;
import briefing.content.ContentLoader;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The report and its suggested updates from two loaded versions of the content, without git. */
class FigureHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 4);

    @TempDir
    Path base;

    private Content content(String version, String valuations, String timeline) throws Exception {
        Path dir = base.resolve(version);
        write(dir.resolve("site.yaml"), """
                title: T
                description: D
                base_url: https://example.org/
                publisher:
                  name: P
                """);
        Path briefing = dir.resolve("briefings/deal");
        write(briefing.resolve("index.md"), "---\ntitle: Deal\ndate: 2026-01-01\nsummary: S.\n---\nBody.\n");
        write(briefing.resolve("sources.yaml"), """
                sources:
                  - id: report
                    name: A news report
                    status: reported
                """);
        write(briefing.resolve("valuations.yaml"), valuations);
        write(briefing.resolve("timeline.yaml"), timeline);
        SourceReader reader = new SourceReader(base, 1_000_000);
        SiteConfig config = new ConfigLoader(reader).load(dir);
        return new ContentLoader(reader, new YamlReader(1_000_000)).load(config, dir, false);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String valuation(String amount, String status, String date) {
        return """
                company: Target
                valuations:
                  - id: latest
                    date: %s
                    amount: %s
                    event: Latest round
                    status: %s
                    source: report
                """.formatted(date, amount, status);
    }

    private static String event(String date) {
        return """
                events:
                  - id: signed
                    date: %s
                    title: The deal is signed
                """.formatted(date);
    }

    private DiffReport report(Content before, Content after) {
        return FigureHistory.report("HEAD", "0123456789abcdef", before, after, new ValueFormat(Locale.US), TODAY);
    }

    @Test
    void aStatusChangeAloneIsToldAsOne() throws Exception {
        DiffReport report = report(
                content("old", valuation("$2 billion", "reported", "2026-01"), event("2026-02")),
                content("new", valuation("$2 billion", "confirmed", "2026-01"), event("2026-02")));

        DiffReport.BriefingChanges deal = report.briefings().get(0);
        assertThat(deal.changes()).extracting(DiffReport.FigureLine::describe).containsExactly(
                "valuations.latest: $2 billion (reported) → $2 billion (confirmed)",
                "valuations.latest.date: January 2026 (reported) → January 2026 (confirmed)");
        assertThat(deal.suggestions()).singleElement().satisfies(s -> {
            assertThat(s.text()).isEqualTo("Target valuation: Latest round: {{ valuations.latest }} is now confirmed "
                    + "(was reported).");
            assertThat(s.figure()).isEqualTo("valuations.latest");
            assertThat(s.date()).isEqualTo(TODAY);
        });
    }

    @Test
    void valuesThatDiffButReadAlikeAreShownAsWritten() throws Exception {
        DiffReport report = report(
                content("old", valuation("$1.234 billion", "reported", "2026-01"), event("2026-02")),
                content("new", valuation("$1.236 billion", "reported", "2026-01"), event("2026-02")));

        assertThat(report.briefings().get(0).changes()).extracting(DiffReport.FigureLine::describe)
                .containsExactly("valuations.latest: $1.234 billion (reported) → $1.236 billion (reported)");
    }

    @Test
    void aFigureWithoutStatusIsShownWithoutOne() throws Exception {
        DiffReport report = report(
                content("old", valuation("$2 billion", "reported", "2026-01"), event("2026-02")),
                content("new", valuation("$2 billion", "reported", "2026-01"), event("2026-02-20")));

        DiffReport.BriefingChanges deal = report.briefings().get(0);
        assertThat(deal.changes()).extracting(DiffReport.FigureLine::describe)
                .containsExactly("timeline.signed: February 2026 → February 20, 2026");
        assertThat(deal.suggestionsYaml()).isEqualTo("""
                updates:
                  - date: 2026-03-04
                    text: "The deal is signed: now {{ timeline.signed }} (was February 2026)."
                    figure: timeline.signed
                """);
    }

    @Test
    void aDerivedFigureGetsNoUpdateOfItsOwn() throws Exception {
        DiffReport report = report(
                content("old", valuation("$2 billion", "reported", "2026-01"), event("2026-02")),
                content("new", valuation("$3 billion", "reported", "2026-02"), event("2026-02")));

        DiffReport.BriefingChanges deal = report.briefings().get(0);
        assertThat(deal.changes()).extracting(DiffReport.FigureLine::key)
                .containsExactly("valuations.latest", "valuations.latest.date");
        assertThat(deal.suggestions()).extracting(DiffReport.SuggestedUpdate::text).containsExactly(
                "Target valuation: Latest round: now {{ valuations.latest }} (was $2 billion).");
    }

    @Test
    void aQuoteInALabelStaysInsideTheYamlString() {
        DiffReport.SuggestedUpdate update = new DiffReport.SuggestedUpdate(TODAY, "The \"big\" round \\ now", null);

        assertThat(update.yaml()).isEqualTo("  - date: 2026-03-04\n    text: \"The \\\"big\\\" round \\\\ now\"\n");
    }
}
