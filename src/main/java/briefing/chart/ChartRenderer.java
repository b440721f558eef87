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


    /** Logical size of the wide SVGs (their viewBox) and of the PNG before scaling; see {@link ChartLayout}. */
    public static final int WIDTH = ChartLayout.WIDE.width();
    public static final int HEIGHT = ChartLayout.WIDE.height();
    /** The PNG is this many times the logical size. */
    public static final int PNG_SCALE = 2;

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

    /** What the cache key says of the font and the shape: the family asked for and the layout. */
    static String cacheFont(ChartLayout layout) {
        return ChartFonts.WANTED + ", " + layout;
    }

    /** How many charts this renderer drew (not found in the cache). */
    public int drawnCount() {
        return drawn.get();
    }

    /** The chart in its wide shape, with the PNG. */
    public RenderedChart render(ChartSpec spec) {
        return render(spec, ChartLayout.WIDE);
    }

    /**
     * The chart in one shape: light and dark SVGs, and for the wide shape the PNG (the narrow one has none: feeds
     * and social cards take the wide PNG).
     */
    public RenderedChart render(ChartSpec spec, ChartLayout layout) {
        Objects.requireNonNull(spec, "spec");
        Objects.requireNonNull(layout, "layout");
        if (spec.series().isEmpty()) {
            throw new IllegalArgumentException("chart " + spec.id() + " has no series");
        }
        // The layout is part of what is drawn, so part of the key: said with the font asked for, the key's one
        // free-text part (ChartCache is keyed by spec, locale and font).
        String key = cache == null ? null : cache.key(spec, locale, cacheFont(layout));
        if (key != null) {
            Optional<RenderedChart> saved = cache.find(key);
            if (saved.isPresent()) {
                return saved.get();
            }
        }
        RenderedChart chart = draw(spec, layout);
        drawn.incrementAndGet();
        if (key != null) {
            cache.drawn(key, chart);
        }
        return chart;
    }

    private RenderedChart draw(ChartSpec spec, ChartLayout layout) {
        return new RenderedChart(svg(spec, ChartTheme.LIGHT, layout), svg(spec, ChartTheme.DARK, layout),
                layout.narrow() ? new byte[0] : png(spec, ChartTheme.LIGHT, layout));
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

    private byte[] svg(ChartSpec spec, ChartTheme theme, ChartLayout layout) {
        TextCatalog catalog = new TextCatalog(List.of(layout.font()));
        catalog.addAll(spec.categories());
        spec.series().forEach(s -> catalog.add(s.name()));
        Drawing drawing = drawing(spec, theme, layout, catalog);
        TextKeepingGraphics g = new TextKeepingGraphics(catalog);
        drawing.paint(g, layout.width(), layout.height());
        Document document = new SVGProcessor().getDocument(g.getCommands(),
                new PageSize(0, 0, layout.width(), layout.height()));
        ByteArrayOutputStream out = new ByteArrayOutputStream(32 * 1024);
        try {
            document.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SvgPostProcessor.process(out.toByteArray(), idPrefix(spec), spec.title(), spec.description());
    }

    private byte[] png(ChartSpec spec, ChartTheme theme, ChartLayout layout) {
        Drawing drawing = drawing(spec, theme, layout, new TextCatalog(List.of()));
        BufferedImage image = new BufferedImage(layout.width() * PNG_SCALE, layout.height() * PNG_SCALE,
                BufferedImage.TYPE_INT_RGB);
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
            drawing.paint(g, layout.width(), layout.height());
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

    private Drawing drawing(ChartSpec spec, ChartTheme theme, ChartLayout layout, TextCatalog catalog) {
        Function<Double, String> values = v -> formatValue(spec, v);
        return switch (spec.type()) {
            case BAR, STACKED_BAR, GROUPED_BAR -> new ColumnChart(spec, theme, layout, values);
            case HORIZONTAL_BAR -> new HorizontalBarChart(spec, theme, layout, values);
            case PIE, DONUT -> pieChart(spec, theme, layout, catalog::add);
            case LINE -> new LineChart(spec, theme, layout, values,
                    TimeAxis.of(dates(spec), spec.categories(), locale));
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

    private Drawing pieChart(ChartSpec spec, ChartTheme theme, ChartLayout layout, Consumer<String> catalog) {
        PieChart chart = new PieChart(layout.width(), layout.height());
        PieStyler styler = chart.getStyler();
        common(styler, theme, layout, true);
        // Beside the pie when wide; below it, one name a line, when narrow.
        styler.setLegendPosition(layout.narrow() ? Styler.LegendPosition.OutsideS : Styler.LegendPosition.OutsideE);
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
        styler.setLabelsFont(layout.font());
        styler.setLabelsDistance(spec.type() == ChartType.DONUT ? 0.78 : 0.68);
        styler.setLabelsFontColorAutomaticEnabled(true);
        styler.setLabelsFontColorAutomaticLight(Color.WHITE);
        styler.setLabelsFontColorAutomaticDark(ChartTheme.LIGHT.text());
        styler.setSliceBorderWidth(2);
        styler.setPlotBorderVisible(false);
        ChartSpec.Series series = spec.series().get(0);
        double total = ChartDescriber.total(series);
        Set<String> used = new HashSet<>();
        for (int j = 0; j < series.points().size(); j++) {
            ChartSpec.Point point = series.points().get(j);
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
            slice.setFillColor(theme.color(spec.colour(j)));
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

    // --- shared styling ---------------------------------------------------------------------------------------

    private void common(Styler styler, ChartTheme theme, ChartLayout layout, boolean legend) {
        styler.setBaseFont(layout.font());
        styler.setChartTitleFont(layout.font());
        styler.setLegendFont(layout.font());
        styler.setChartBackgroundColor(theme.background());
        styler.setPlotBackgroundColor(theme.plotBackground());
        styler.setPlotBorderColor(theme.grid());
        styler.setPlotBorderVisible(false);
        styler.setChartFontColor(theme.text());
        // One title: the page's caption carries title, subtitle, note and source (and the SVG its <title>), so the
        // graphic carries none of them and gives their room to the data.
        styler.setChartTitleVisible(false);
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitlePadding(0);
        styler.setChartPadding(layout.narrow() ? 6 : 12);
        styler.setLegendVisible(legend);
        styler.setLegendPosition(Styler.LegendPosition.OutsideS);
        styler.setLegendLayout(Styler.LegendLayout.Horizontal);
        styler.setLegendBackgroundColor(theme.background());
        styler.setLegendBorderColor(theme.background());
        styler.setLegendPadding(layout.narrow() ? 8 : 14);
        styler.setSeriesColors(theme.palette().toArray(new Color[0]));
        styler.setToolTipsEnabled(false);
        styler.setAntiAlias(true);
        styler.setDecimalPattern("#,##0.##");
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
