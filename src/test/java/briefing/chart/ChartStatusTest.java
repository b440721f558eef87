package briefing.chart;

import briefing.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The status of values in the graphic, direct labels, the narrow shape and the time axis' precision. */
class ChartStatusTest {

    private final ChartRenderer renderer = new ChartRenderer(Locale.US, null);

    private static ChartSpec.Point point(String label, double value, String shown, boolean qualified, String status,
                                         LocalDate date) {
        return new ChartSpec.Point(label, value, shown, shown, qualified, Optional.of(status), Optional.of(date));
    }

    private static ChartSpec spec(ChartType type, List<ChartSpec.Point> points) {
        List<String> categories = points.stream().map(ChartSpec.Point::category).toList();
        return new ChartSpec("s-" + type.id(), type, "Title", Optional.empty(), "Described.", Optional.empty(),
                Optional.empty(), ValueKind.MONEY, Optional.of("USD"), Optional.empty(), Optional.empty(), categories,
                List.of(new ChartSpec.Series("Valuation", points)), new SourceLocation("charts.yaml", 1, 1));
    }

    private static final List<ChartSpec.Point> MIXED = List.of(
            point("Oct 2025", 500e9, "$500B", false, "Reported", LocalDate.of(2025, 10, 1)),
            point("Feb 2026", 830e9, "about $830B", true, "Estimated", LocalDate.of(2026, 2, 1)));
    private static final List<ChartSpec.Point> FIRM = List.of(
            point("Oct 2025", 500e9, "$500B", false, "Reported", LocalDate.of(2025, 10, 1)),
            point("Feb 2026", 830e9, "$830B", false, "Reported", LocalDate.of(2026, 2, 1)));

    static List<String> texts(byte[] svg) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(new String(svg, StandardCharsets.UTF_8));
        List<String> texts = new ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    @Test
    void barsOfEstimatesAreHatchedWithAKeyAndLabelledAsTheTextSaysThem() {
        for (ChartType type : List.of(ChartType.BAR, ChartType.HORIZONTAL_BAR)) {
            String mixed = new String(renderer.render(spec(type, MIXED)).lightSvg(), StandardCharsets.UTF_8);
            String firm = new String(renderer.render(spec(type, FIRM)).lightSvg(), StandardCharsets.UTF_8);
            assertThat(texts(mixed.getBytes(StandardCharsets.UTF_8))).as(type.id())
                    .contains("about $830B", "$500B", "Reported", "Approximate or estimate");
            assertThat(texts(firm.getBytes(StandardCharsets.UTF_8))).as(type.id())
                    .contains("$830B").doesNotContain("Reported", "Approximate or estimate");
            // Hatching: lines clipped to the bar, and an outline; a firm bar is one filled rectangle.
            assertThat(mixed).as(type.id()).contains("clip-path=").contains("<path");
            assertThat(firm).as(type.id()).doesNotContain("clip-path=");
        }
    }

    @Test
    void theSegmentToAnEstimateIsDashedAndItsPointHollowAndTheLastPointIsLabelled() {
        String mixed = new String(renderer.render(spec(ChartType.LINE, MIXED)).lightSvg(), StandardCharsets.UTF_8);
        String firm = new String(renderer.render(spec(ChartType.LINE, FIRM)).lightSvg(), StandardCharsets.UTF_8);
        assertThat(mixed).contains("stroke-dasharray");
        assertThat(firm).doesNotContain("stroke-dasharray");
        assertThat(texts(mixed.getBytes(StandardCharsets.UTF_8))).contains("about $830B", "Approximate or estimate")
                .doesNotContain("$500B"); // only the last point carries its value
    }

    @Test
    void theNarrowShapeIsTallerWithItsOwnViewBoxAndNoPng() {
        RenderedChart narrow = renderer.render(spec(ChartType.BAR, MIXED), ChartLayout.NARROW);
        assertThat(new String(narrow.lightSvg(), StandardCharsets.UTF_8)).contains("viewBox=\"0 0 360 440\"")
                .contains("font-size:14px");
        assertThat(narrow.png()).isEmpty();
        assertThat(new String(renderer.render(spec(ChartType.BAR, MIXED)).lightSvg(), StandardCharsets.UTF_8))
                .contains("viewBox=\"0 0 720 420\"").contains("font-size:16px");
        // 14 units at 360 shown 356 px wide: 13.8 CSS px; 16 at 720 shown 606 px: 13.5.
        assertThat(ChartLayout.NARROW.cssPx(14, 390 - 34)).isGreaterThanOrEqualTo(13);
        assertThat(ChartLayout.WIDE.cssPx(16, ChartLayout.WIDE.minShownWidth())).isGreaterThanOrEqualTo(12);
    }

    private static List<String> labels(List<LocalDate> dates, List<String> names) {
        TimeAxis axis = TimeAxis.of(dates, names, Locale.US);
        java.awt.FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(ChartLayout.WIDE.font());
        return axis.ticks(fm, 600).stream().map(TimeAxis.Tick::label).toList();
    }

    @Test
    void aTimeAxisSpeaksTheDatasPrecisionAndLabelsTheFirstAndTheLastTick() {
        assertThat(labels(List.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 1, 1)),
                List.of("2024", "2025", "2026"))).containsExactly("2024", "2025", "2026");
        assertThat(labels(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 10, 1)),
                List.of("Q1 2025", "Q2 2025", "Q4 2025"))).containsExactly("Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025");
        List<String> months = labels(List.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 1)),
                List.of("Oct 2025", "Feb 2026"));
        assertThat(months).startsWith("Oct 2025").endsWith("Feb 2026").doesNotContain("Jan 2024");
        // Many years: a tick every k years, still the first and the last.
        List<LocalDate> years = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int y = 1990; y <= 2026; y++) {
            years.add(LocalDate.of(y, 1, 1));
            names.add(Integer.toString(y));
        }
        assertThat(labels(years, names)).startsWith("1990").endsWith("2026").hasSizeLessThan(20);
    }

    @Test
    void barsStartAtZeroEvenWhenTheirValuesAreFarFromIt() {
        for (ChartType type : List.of(ChartType.BAR, ChartType.HORIZONTAL_BAR, ChartType.GROUPED_BAR,
                ChartType.STACKED_BAR)) {
            for (ChartLayout layout : List.of(ChartLayout.WIDE, ChartLayout.NARROW)) {
                byte[] svg = renderer.render(spec(type, FIRM), layout).lightSvg();
                // Values of $500B and $830B: an axis from $400B would triple the difference; it starts at $0.
                assertThat(texts(svg)).as(type.id() + " " + layout).contains("$0");
            }
        }
        // The ticks of a linear axis: from zero, whatever the smallest value.
        assertThat(Canvas.ticks(830e9, 5)[0]).isZero();
    }

    @Test
    void aLogScaleIsOnlyDrawnOnRequestWithTicksAtPowersOfTen() {
        List<ChartSpec.Point> wide = List.of(
                point("2022", 1e6, "1,000,000", false, "Reported", LocalDate.of(2022, 1, 1)),
                point("2025", 8e8, "800,000,000", false, "Reported", LocalDate.of(2025, 1, 1)));
        ChartSpec linear = spec(ChartType.LINE, wide);
        ChartSpec log = new ChartSpec(linear.id(), linear.type(), linear.title(), linear.subtitle(),
                linear.description(), linear.xLabel(), linear.yLabel(), ValueKind.COUNT, Optional.empty(),
                Optional.empty(), Optional.empty(), linear.categories(), linear.series(), linear.location(),
                ChartSpec.Scale.LOG, List.of(), List.of());
        ChartSpec counted = new ChartSpec(linear.id(), linear.type(), linear.title(), linear.subtitle(),
                linear.description(), linear.xLabel(), linear.yLabel(), ValueKind.COUNT, Optional.empty(),
                Optional.empty(), Optional.empty(), linear.categories(), linear.series(), linear.location());
        assertThat(texts(renderer.render(log).lightSvg())).contains("1,000,000", "10,000,000", "100,000,000",
                "1,000,000,000");
        assertThat(texts(renderer.render(counted).lightSvg())).contains("0").doesNotContain("10,000,000");
        assertThat(Canvas.logTicks(3, 40)).containsExactly(1, 10, 100);
        assertThat(Canvas.logTicks(20, 80)).containsExactly(10, 20, 50, 100);
    }

    @Test
    void annotationsAreNumberedAtTheirMarkAndTheirNotesNeverOverlapOtherText() {
        for (ChartType type : List.of(ChartType.BAR, ChartType.HORIZONTAL_BAR, ChartType.LINE,
                ChartType.STACKED_BAR)) {
            ChartSpec plain = spec(type, MIXED);
            ChartSpec noted = new ChartSpec(plain.id(), type, plain.title(), plain.subtitle(), plain.description(),
                    plain.xLabel(), plain.yLabel(), plain.format(), plain.currency(), plain.note(), plain.source(),
                    plain.categories(), plain.series(), plain.location(), ChartSpec.Scale.LINEAR, List.of(
                    new ChartSpec.Annotation("Round reported, Feb 2026", Optional.of("Feb 2026"), Optional.empty(),
                            Optional.empty(), "Feb 2026")), List.of());
            for (ChartLayout layout : List.of(ChartLayout.WIDE, ChartLayout.NARROW)) {
                List<String> texts = texts(renderer.render(noted, layout).lightSvg());
                assertThat(texts).as(type.id() + " " + layout).contains("Round reported, Feb 2026");
                // The number twice: before its note, and at the value it marks.
                assertThat(texts.stream().filter("1"::equals)).as(type.id() + " " + layout).hasSize(2);
            }
        }
    }
}
