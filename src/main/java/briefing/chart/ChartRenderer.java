package briefing.chart;

import briefing.value.Money;
import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.ValueFormat;
import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.svg.SVGProcessor;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Draws a {@link ChartSpec} with XChart: a light and a dark SVG for the page (text kept as {@code <text>}, see
 * {@link TextKeepingGraphics}; cleaned up by {@link SvgPostProcessor}) and a light PNG at twice the size.
 *
 * <p>Output depends only on the spec and the locale given here: never on the JVM's default locale or time zone,
 * and the same spec gives byte-identical files on every run. Missing values (a {@code null} {@link ChartSpec.Point#value()})
 * are not drawn: no bar, a gap in a line, no slice. Thread-safe: every call builds its own chart.
 *
 * <p>XChart 3.8.8 has no horizontal bar chart, so {@link ChartType#HORIZONTAL_BAR} is drawn by
 * {@link HorizontalBarChart} in the same style. There, as for vertical bars, {@code xLabel} names the category axis
 * and {@code yLabel} the value axis.
 */
public final class ChartRenderer {

    private final java.util.concurrent.atomic.AtomicInteger drawn = new java.util.concurrent.atomic.AtomicInteger();


    /** Logical size of the SVGs (their viewBox). */
    public static final int WIDTH = 720;
    public static final int HEIGHT = 420;
    /** The PNG is this many times the logical size. */
    public static final int PNG_SCALE = 2;

    /**
     * Text sizes at the 720 px logical width. A page may show the chart only 390 px wide (a phone), a factor of
     * 0.54: 24 px stays 13 px there.
     */
    static final float TEXT_SIZE = 24f;
    static final float TITLE_SIZE = 28f;

    private static final TimeZone UTC = TimeZone.getTimeZone(ZoneOffset.UTC);

    static {
        // Charts are drawn off screen only. AWT reads this once, when it first asks whether there is a screen: set
        // here, before any chart code does, it keeps a stale DISPLAY (no X server behind it) from failing the
        // drawing with an AWTError, also where charts are drawn without Main (tests, embedding).
        System.setProperty("java.awt.headless", "true");
    }

    private final Locale locale;
    private final ValueFormat format;
    /** Charts drawn before, or null to always draw. */
    private final ChartCache cache;

    /** @param cache charts drawn before (read, and noted for saving when drawn), or null to always draw */
    public ChartRenderer(Locale locale, ChartCache cache) {
        this.locale = Objects.requireNonNull(locale, "locale");
        this.format = new ValueFormat(locale);
        this.cache = cache;
    }

    /** How many charts this renderer drew (not found in the cache). */
    public int drawnCount() {
        return drawn.get();
    }

    public RenderedChart render(ChartSpec spec) {
        Objects.requireNonNull(spec, "spec");
        if (spec.series().isEmpty()) {
            throw new IllegalArgumentException("chart " + spec.id() + " has no series");
        }
        String key = cache == null ? null : cache.key(spec, locale, ChartFonts.WANTED);
        if (key != null) {
            Optional<RenderedChart> saved = cache.find(key);
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        RenderedChart chart = draw(spec);
        drawn.incrementAndGet();
        if (key != null) {
            cache.drawn(key, chart);
        }
        return chart;
    }

    private RenderedChart draw(ChartSpec spec) {
        return new RenderedChart(svg(spec, ChartTheme.LIGHT), svg(spec, ChartTheme.DARK), png(spec, ChartTheme.LIGHT));
    }

    /** The prefix of every id in a chart's SVG: {@code chart-<id>-}, with the id reduced to safe characters. */
    public static String idPrefix(ChartSpec spec) {
        return "chart-" + spec.id().replaceAll("[^A-Za-z0-9_-]", "_") + "-";
    }

    // ---------------------------------------------------------------------------------------------------------

    /** Something that paints itself at a logical size: an XChart chart or our horizontal bar chart. */
    interface Drawing {
        void paint(Graphics2D g, int width, int height);
    }

    private byte[] svg(ChartSpec spec, ChartTheme theme) {
        TextCatalog catalog = new TextCatalog(List.of(ChartFonts.TEXT, ChartFonts.TITLE));
        spec.xLabel().ifPresent(catalog::add);
        spec.yLabel().ifPresent(catalog::add);
        catalog.addAll(spec.categories());
        spec.series().forEach(s -> catalog.add(s.name()));
        Drawing drawing = drawing(spec, theme, catalog);
        TextKeepingGraphics g = new TextKeepingGraphics(catalog);
        drawing.paint(g, WIDTH, HEIGHT);
        Document document = new SVGProcessor().getDocument(g.getCommands(), new PageSize(0, 0, WIDTH, HEIGHT));
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SvgPostProcessor.process(out.toByteArray(), idPrefix(spec), spec.title(), spec.description());
    }

    private byte[] png(ChartSpec spec, ChartTheme theme) {
        Drawing drawing = drawing(spec, theme, new TextCatalog(List.of()));
        BufferedImage image = new BufferedImage(WIDTH * PNG_SCALE, HEIGHT * PNG_SCALE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(theme.background());
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(PNG_SCALE, PNG_SCALE);
            drawing.paint(g, WIDTH, HEIGHT);
        } finally {
            g.dispose();
        }
        return encodePng(image);
    }

    /** The JDK's PNG writer: no time or software chunks, so the same image gives the same bytes. */
    private static byte[] encodePng(BufferedImage image) {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private Drawing drawing(ChartSpec spec, ChartTheme theme, TextCatalog catalog) {
        Function<Double, String> values = recording(v -> formatValue(spec, v), catalog::add);
        return switch (spec.type()) {
            case BAR, STACKED_BAR, GROUPED_BAR -> categoryChart(spec, theme, values);
            case HORIZONTAL_BAR -> new HorizontalBarChart(spec, theme, values);
            case PIE, DONUT -> pieChart(spec, theme, catalog::add);
            case LINE -> lineChart(spec, theme, values, catalog);
        };
    }

    private static Function<Double, String> recording(Function<Double, String> f, Consumer<String> sink) {
        return value -> {
            String text = f.apply(value);
            sink.accept(text);
            return text;
        };
    }

    // --- value formatting -------------------------------------------------------------------------------------

    /** An axis or label value as readers see it: {@code $50B}, {@code 16,000}, {@code 50%}, in this locale. */
    String formatValue(ChartSpec spec, Double value) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return "";
        }
        if (value < 0) {
            return "\u2212" + formatValue(spec, -value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(12)).stripTrailingZeros();
        BigDecimal number = rounded.scale() < 0 ? rounded.setScale(0) : rounded;
        return switch (spec.format()) {
            case MONEY -> spec.currency().map(c -> format.moneyShort(new Money(c, number, Qualifier.EXACT)))
                    .orElseGet(() -> format.number(number));
            case PERCENT -> number.compareTo(BigDecimal.valueOf(100)) <= 0
                    ? format.percent(new Percent(number, Qualifier.EXACT))
                    : format.number(number) + "%";
            case COUNT, NUMBER -> format.number(number);
        };
    }

    // --- XChart charts ----------------------------------------------------------------------------------------

    private Drawing categoryChart(ChartSpec spec, ChartTheme theme, Function<Double, String> values) {
        CategoryChart chart = new CategoryChart(WIDTH, HEIGHT);
        chart.setXAxisTitle(spec.xLabel().orElse(""));
        chart.setYAxisTitle(spec.yLabel().orElse(""));
        CategoryStyler styler = chart.getStyler();
        common(styler, theme, spec.series().size() > 1);
        legendBesideWhenWide(styler, spec);
        axes(styler, theme, spec, values);
        styler.setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Bar);
        styler.setStacked(spec.type() == ChartType.STACKED_BAR);
        styler.setOverlapped(false);
        styler.setAvailableSpaceFill(spec.series().size() > 1 ? 0.8 : 0.6);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setYAxisMin(0.0);
        // A bar label is drawn from the bare number; where a value is qualified ("up to $50B") that would drop
        // the qualifier, so such charts show none: the caption, description and data table carry it.
        boolean qualified = spec.series().stream().flatMap(s -> s.points().stream()).anyMatch(ChartSpec.Point::qualified);
        styler.setLabelsVisible(!qualified && labelsFit(spec, values));
        if (categoryLabelsCrowd(spec)) {
            styler.setXAxisLabelRotation(30);
            styler.setXAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
        }
        styler.setLabelsFont(ChartFonts.TEXT);
        if (spec.type() == ChartType.STACKED_BAR) {
            // Inside the segments: light or dark text, whichever the segment colour needs.
            styler.setLabelsPosition(0.5);
            styler.setLabelsFontColorAutomaticEnabled(true);
            styler.setLabelsFontColorAutomaticLight(Color.WHITE);
            styler.setLabelsFontColorAutomaticDark(ChartTheme.LIGHT.text());
        } else {
            // Just inside the bar's end, in whichever of white or near-black the bar colour needs.
            styler.setLabelsPosition(0.97);
            styler.setLabelsFontColorAutomaticEnabled(true);
            styler.setLabelsFontColorAutomaticLight(Color.WHITE);
            styler.setLabelsFontColorAutomaticDark(ChartTheme.LIGHT.text());
        }
        List<String> names = uniqueNames(spec);
        for (int i = 0; i < spec.series().size(); i++) {
            List<Double> ys = spec.series().get(i).points().stream().map(ChartSpec.Point::value).toList();
            CategorySeries series = chart.addSeries(names.get(i), spec.categories(), ys);
            series.setFillColor(theme.color(i));
            series.setLineColor(theme.color(i));
        }
        return chart::paint;
    }

    /** Roughly the plot width of an axes chart: the chart less the y tick labels, axis title and padding. */
    private static final double PLOT_WIDTH = WIDTH - 160;

    /** Value labels only where each fits inside its bar (estimated from XChart's layout), else none. */
    private static boolean labelsFit(ChartSpec spec, Function<Double, String> values) {
        int categories = Math.max(spec.categories().size(), 1);
        boolean stacked = spec.type() == ChartType.STACKED_BAR;
        int perGroup = stacked ? 1 : spec.series().size();
        double bar = PLOT_WIDTH / categories * (spec.series().size() > 1 ? 0.8 : 0.6) / perGroup;
        double widest = 0;
        for (ChartSpec.Series s : spec.series()) {
            for (ChartSpec.Point p : s.points()) {
                if (p.value() != null) {
                    widest = Math.max(widest, textWidth(values.apply(p.value())));
                }
            }
        }
        return widest + 6 <= bar;
    }

    /** Category names wider together than the axis: XChart would run them into each other; tilt them. */
    private static boolean categoryLabelsCrowd(ChartSpec spec) {
        double slot = PLOT_WIDTH / Math.max(spec.categories().size(), 1);
        return spec.categories().stream().anyMatch(c -> textWidth(c) + 12 > slot);
    }

    private static double textWidth(String text) {
        return ChartFonts.TEXT.getStringBounds(text, new java.awt.font.FontRenderContext(null, true, true)).getWidth();
    }

    private Drawing pieChart(ChartSpec spec, ChartTheme theme, Consumer<String> catalog) {
        PieChart chart = new PieChart(WIDTH, HEIGHT);
        PieStyler styler = chart.getStyler();
        common(styler, theme, true);
        styler.setLegendPosition(Styler.LegendPosition.OutsideE);
        styler.setLegendLayout(Styler.LegendLayout.Vertical);
        styler.setDefaultSeriesRenderStyle(spec.type() == ChartType.DONUT
                ? PieSeries.PieSeriesRenderStyle.Donut : PieSeries.PieSeriesRenderStyle.Pie);
        styler.setDonutThickness(0.45);
        styler.setCircular(true);
        styler.setStartAngleInDegrees(90);
        styler.setSumVisible(false);
        // Slices show their share, formatted by us in the site's locale. XChart would format it with a
        // DecimalFormat made in the JVM's default locale (Thai or Persian digits, boxes in our font, whatever the
        // site's locale), but with no decimal pattern a Value label is the value's toString(): a Slice.
        styler.setLabelType(PieStyler.LabelType.Value);
        styler.setDecimalPattern(null);
        styler.setLabelsVisible(true);
        styler.setLabelsFont(ChartFonts.TEXT);
        styler.setLabelsDistance(spec.type() == ChartType.DONUT ? 0.78 : 0.68);
        styler.setLabelsFontColorAutomaticEnabled(true);
        styler.setLabelsFontColorAutomaticLight(Color.WHITE);
        styler.setLabelsFontColorAutomaticDark(ChartTheme.LIGHT.text());
        styler.setSliceBorderWidth(2);
        styler.setPlotBorderVisible(false);
        ChartSpec.Series series = spec.series().get(0);
        double total = ChartDescriber.total(series);
        Set<String> used = new HashSet<>();
        int colour = 0;
        for (ChartSpec.Point point : series.points()) {
            Double value = point.value();
            if (value == null || !(value > 0)) {
                continue; // missing (or nothing to show): no slice, never a zero
            }
            // The legend carries the value with its qualifier, in the site's format: "Cloud (up to $50B)".
            String name = unique(point.category() + " (" + point.shortDisplay() + ")", used);
            catalog.accept(name);
            String share = ChartDescriber.share(value, total, format);
            catalog.accept(share);
            PieSeries slice = chart.addSeries(name, new Slice(value, share));
            slice.setFillColor(theme.color(colour++));
        }
        return chart::paint;
    }

    /** A slice's value that XChart draws as its label (see {@link #pieChart}): the share as we formatted it. */
    private static final class Slice extends Number {
        private final double value;
        private final String label;

        Slice(double value, String label) {
            this.value = value;
            this.label = label;
        }

        @Override
        public int intValue() {
            return (int) value;
        }

        @Override
        public long longValue() {
            return (long) value;
        }

        @Override
        public float floatValue() {
            return (float) value;
        }

        @Override
        public double doubleValue() {
            return value;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    private Drawing lineChart(ChartSpec spec, ChartTheme theme, Function<Double, String> values, TextCatalog catalog) {
        XYChart chart = new XYChart(WIDTH, HEIGHT);
        chart.setXAxisTitle(spec.xLabel().orElse(""));
        chart.setYAxisTitle(spec.yLabel().orElse(""));
        XYStyler styler = chart.getStyler();
        common(styler, theme, spec.series().size() > 1);
        legendBesideWhenWide(styler, spec);
        axes(styler, theme, spec, values);
        styler.setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line);
        // From zero, as the bars do: a value axis cut above zero exaggerates change.
        styler.setYAxisMin(0.0);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setMarkerSize(9);
        List<LocalDate> dates = dates(spec);
        TimeScale scale = null;
        if (dates != null) {
            // A numeric axis in years, months or days (fractional in between), not XChart's date axis: its ticks
            // land a month before the dates ("Dec 2021" for 1 January 2022). Here a tick on a whole unit gets that
            // unit's label in the site's locale, other ticks none; points keep their true spacing.
            LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
            LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
            scale = TimeScale.of(first, last, dates, locale);
            TimeScale axis = scale;
            styler.setxAxisTickLabelsFormattingFunction(recording(axis::label, catalog::add));
            if (!first.equals(last)) {
                styler.setXAxisMin(scale.x(first));
                styler.setXAxisMax(scale.x(last));
            }
        } else {
            // No dates: points at 1..n, labelled with their categories.
            styler.setxAxisTickLabelsFormattingFunction(recording(x -> categoryAt(spec, x), catalog::add));
            styler.setXAxisMin(0.5);
            styler.setXAxisMax(spec.categories().size() + 0.5);
        }
        List<String> names = uniqueNames(spec);
        for (int i = 0; i < spec.series().size(); i++) {
            ChartSpec.Series s = spec.series().get(i);
            List<Double> xs = new ArrayList<>();
            List<Double> ys = new ArrayList<>();
            for (int j = 0; j < s.points().size(); j++) {
                xs.add(scale != null ? scale.x(dates.get(j)) : j + 1.0);
                // XChart leaves a gap at NaN: a missing value breaks the line instead of pulling it to zero.
                Double value = s.points().get(j).value();
                ys.add(value == null ? Double.NaN : value);
            }
            XYSeries series = chart.addSeries(names.get(i), xs, ys);
            series.setLineColor(theme.color(i));
            series.setMarkerColor(theme.color(i));
            series.setLineStyle(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            series.setMarker(SeriesMarkers.CIRCLE);
        }
        return chart::paint;
    }

    private static String categoryAt(ChartSpec spec, Double x) {
        if (x == null || Math.abs(x - Math.rint(x)) > 1e-9) {
            return " ";
        }
        int index = (int) Math.rint(x) - 1;
        return index >= 0 && index < spec.categories().size() ? spec.categories().get(index) : " ";
    }

    /** Each point's date, in category order, when every point of the first series has one; otherwise null. */
    private static List<LocalDate> dates(ChartSpec spec) {
        List<LocalDate> dates = new ArrayList<>();
        for (int j = 0; j < spec.categories().size(); j++) {
            LocalDate date = null;
            for (ChartSpec.Series s : spec.series()) {
                if (j < s.points().size() && s.points().get(j).date().isPresent()) {
                    date = s.points().get(j).date().get();
                    break;
                }
            }
            if (date == null) {
                return null;
            }
            dates.add(date);
        }
        return dates.isEmpty() ? null : dates;
    }

    /** Dates as numbers on a line chart's x axis, in whole years, months or days. */
    private record TimeScale(ChronoUnit unit, DateTimeFormatter format) {

        static TimeScale of(LocalDate first, LocalDate last, List<LocalDate> dates, Locale locale) {
            long days = ChronoUnit.DAYS.between(first, last);
            // Whole years (a dataset's year column) read as years even over a short span: 2024, 2025, 2026.
            boolean years = !first.equals(last) && dates.stream().allMatch(d -> d.getDayOfYear() == 1);
            if (days > 2 * 366 || years) {
                return new TimeScale(ChronoUnit.YEARS, DateTimeFormatter.ofPattern("uuuu", locale));
            }
            if (days > 62) {
                return new TimeScale(ChronoUnit.MONTHS, DateTimeFormatter.ofPattern("MMM uuuu", locale));
            }
            return new TimeScale(ChronoUnit.DAYS, DateTimeFormatter.ofPattern("d MMM", locale));
        }

        double x(LocalDate date) {
            return switch (unit) {
                case YEARS -> date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
                case MONTHS -> date.getYear() * 12 + date.getMonthValue() - 1
                        + (date.getDayOfMonth() - 1) / (double) date.lengthOfMonth();
                default -> date.toEpochDay();
            };
        }

        String label(Double x) {
            if (x == null || Math.abs(x - Math.rint(x)) > 1e-6) {
                return " ";
            }
            long whole = (long) Math.rint(x);
            LocalDate date = switch (unit) {
                case YEARS -> LocalDate.of((int) whole, 1, 1);
                case MONTHS -> LocalDate.of((int) Math.floorDiv(whole, 12), Math.floorMod(whole, 12) + 1, 1);
                default -> LocalDate.ofEpochDay(whole);
            };
            return format.format(date);
        }
    }

    // --- shared styling ---------------------------------------------------------------------------------------

    private void common(Styler styler, ChartTheme theme, boolean legend) {
        styler.setBaseFont(ChartFonts.TEXT);
        styler.setChartTitleFont(ChartFonts.TITLE);
        styler.setLegendFont(ChartFonts.TEXT);
        styler.setChartBackgroundColor(theme.background());
        styler.setPlotBackgroundColor(theme.plotBackground());
        styler.setPlotBorderColor(theme.grid());
        styler.setPlotBorderVisible(false);
        styler.setChartFontColor(theme.text());
        // One title: the page's caption carries title, subtitle, note and source (and the SVG its <title>), so the
        // graphic carries none of them and gives their room to the data.
        styler.setChartTitleVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitlePadding(12);
        styler.setChartPadding(12);
        styler.setLegendVisible(legend);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBackgroundColor(theme.background());
        styler.setLegendBorderColor(theme.background());
        styler.setLegendPadding(14);
        styler.setSeriesColors(theme.palette().toArray(new Color[0]));
        styler.setToolTipsEnabled(false);
        styler.setAntiAlias(true);
        styler.setDecimalPattern("#,##0.##");
    }

    /**
     * XChart draws a legend below the plot on one line and never wraps it: names wider together than the chart
     * would run off its right edge (five companies do). Then the legend goes beside the plot, one name a line.
     */
    private static void legendBesideWhenWide(Styler styler, ChartSpec spec) {
        if (spec.series().size() < 2) {
            return;
        }
        // Per entry: a swatch about as wide as the text is high, and XChart's gaps around it.
        double width = 2 * 14;
        for (String name : uniqueNames(spec)) {
            width += textWidth(name) + TEXT_SIZE * 2 + 10;
        }
        if (width > WIDTH - 24) {
            styler.setLegendPosition(Styler.LegendPosition.OutsideE);
            styler.setLegendLayout(Styler.LegendLayout.Vertical);
            // The plot is then taller: XChart would add value ticks until their labels almost touch.
            if (styler instanceof AxesChartStyler axes) {
                axes.setYAxisTickMarkSpacingHint(80);
            }
        }
    }

    private void axes(AxesChartStyler styler, ChartTheme theme, ChartSpec spec, Function<Double, String> values) {
        styler.setLocale(locale);
        styler.setTimezone(UTC);
        styler.setDatePattern("yyyy-MM-dd");
        styler.setAxisTickLabelsFont(ChartFonts.TEXT);
        styler.setAxisTitleFont(ChartFonts.TEXT);
        styler.setAxisTickLabelsColor(theme.mutedText());
        styler.setXAxisTitleColor(theme.mutedText());
        styler.setYAxisTitleColor(theme.mutedText());
        styler.setAxisTickMarksColor(theme.grid());
        styler.setPlotGridLinesColor(theme.grid());
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setAxisTicksMarksVisible(false);
        styler.setXAxisTitleVisible(spec.xLabel().isPresent());
        styler.setYAxisTitleVisible(spec.yLabel().isPresent());
        styler.setyAxisTickLabelsFormattingFunction(values);
        styler.setPlotMargin(4);
        styler.setAxisTickPadding(6);
        styler.setAxisTitlePadding(8);
    }

    private static List<String> uniqueNames(ChartSpec spec) {
        Set<String> used = new HashSet<>();
        return spec.series().stream().map(s -> unique(s.name(), used)).toList();
    }

    /** XChart keys series by name: a repeated name gets " (2)", " (3)"... */
    private static String unique(String name, Set<String> used) {
        String candidate = name == null || name.isBlank() ? "Series" : name;
        int n = 2;
        String base = candidate;
        while (!used.add(candidate)) {
            candidate = base + " (" + n++ + ")";
        }
        return candidate;
    }

}
