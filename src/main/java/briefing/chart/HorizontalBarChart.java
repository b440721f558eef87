package briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A horizontal bar chart (XChart 3.8.8 has none): categories down the left, values along the bottom, one bar per
 * series in each category band, value labels at the bar ends, a legend below when there are several series.
 * Drawn with {@code drawString}, so its text is text in SVG without help. Same fonts, colours and spacing as the
 * XChart charts.
 */
final class HorizontalBarChart implements ChartRenderer.Drawing {

    private static final int PADDING = 12;
    private static final int GAP = 8;

    private final ChartSpec spec;
    private final ChartTheme theme;
    private final Function<Double, String> format;

    HorizontalBarChart(ChartSpec spec, ChartTheme theme, Function<Double, String> format) {
        this.spec = spec;
        this.theme = theme;
        this.format = format;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));

        Font font = ChartFonts.TEXT;
        FontMetrics fm = g.getFontMetrics(font);
        int n = spec.series().size();

        // No title: the page's caption carries it.
        double top = PADDING;

        double bottom = height - PADDING;
        // Legend below everything, when there is more than one series.
        if (n > 1) {
            double legendHeight = fm.getHeight();
            double swatch = fm.getAscent() * 0.8;
            double total = 0;
            for (ChartSpec.Series s : spec.series()) {
                total += swatch + 6 + fm.stringWidth(s.name()) + 18;
            }
            double x = Math.max(PADDING, (width - total + 18) / 2);
            double baseline = bottom - fm.getDescent();
            g.setFont(font);
            for (int i = 0; i < n; i++) {
                g.setColor(theme.color(i));
                g.fill(new Rectangle2D.Double(x, baseline - swatch, swatch, swatch));
                x += swatch + 6;
                g.setColor(theme.text());
                String name = spec.series().get(i).name();
                g.drawString(name, (float) x, (float) baseline);
                x += fm.stringWidth(name) + 18;
            }
            bottom -= legendHeight + GAP;
        }
        // Value-axis title under the tick labels.
        if (spec.yLabel().isPresent()) {
            g.setFont(font);
            g.setColor(theme.mutedText());
            drawCentered(g, spec.yLabel().get(), width / 2.0, bottom - fm.getDescent());
            bottom -= fm.getHeight() + GAP;
        }
        double tickBaseline = bottom - fm.getDescent();
        bottom -= fm.getHeight() + 6;

        double left = PADDING;
        // Category-axis title, rotated, at the far left.
        if (spec.xLabel().isPresent()) {
            g.setFont(font);
            g.setColor(theme.mutedText());
            var saved = g.getTransform();
            g.translate(left + fm.getAscent(), (top + bottom) / 2);
            g.rotate(-Math.PI / 2);
            drawCentered(g, spec.xLabel().get(), 0, 0);
            g.setTransform(saved);
            left += fm.getHeight() + GAP;
        }
        double labelWidth = 0;
        for (String category : spec.categories()) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(category));
        }
        labelWidth = Math.min(labelWidth, width * 0.55);
        double plotLeft = left + labelWidth + 8;

        // Value scale: "nice" ticks from zero; room on the right for the longest value label.
        double max = 0;
        double labelRoom = 0;
        for (ChartSpec.Series s : spec.series()) {
            for (ChartSpec.Point p : s.points()) {
                if (p.value() != null && p.value() > 0) {
                    max = Math.max(max, p.value());
                    labelRoom = Math.max(labelRoom, fm.stringWidth(label(p)));
                }
            }
        }
        double[] ticks = ticks(max);
        double scaleMax = ticks[ticks.length - 1];
        String lastTick = format.apply(scaleMax);
        double plotRight = width - PADDING - Math.max(fm.stringWidth(lastTick) / 2.0, Math.min(labelRoom + 6, width * 0.2));
        double plotWidth = plotRight - plotLeft;

        // Grid and tick labels.
        g.setStroke(new BasicStroke(1f));
        g.setFont(font);
        // Every grid line is drawn, but only every k-th tick label, so that labels never overlap on a narrow plot.
        double widestTick = 0;
        for (double tick : ticks) {
            widestTick = Math.max(widestTick, fm.stringWidth(format.apply(tick)));
        }
        double spacing = ticks.length > 1 ? plotWidth / (ticks.length - 1) : plotWidth;
        int every = (int) Math.max(1, Math.ceil((widestTick + 12) / spacing));
        for (int i = 0; i < ticks.length; i++) {
            double x = plotLeft + plotWidth * ticks[i] / scaleMax;
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(x, top, x, bottom));
            if (i % every == 0) {
                g.setColor(theme.mutedText());
                drawCentered(g, format.apply(ticks[i]), x, tickBaseline);
            }
        }

        // Bars, category labels and value labels.
        int categories = spec.categories().size();
        double band = (bottom - top) / Math.max(categories, 1);
        double groupHeight = band * (n > 1 ? 0.8 : 0.6);
        double barHeight = groupHeight / n;
        boolean labels = categories * n <= 12 && barHeight >= fm.getAscent() * 0.8;
        for (int c = 0; c < categories; c++) {
            double bandTop = top + c * band;
            g.setColor(theme.text());
            String category = spec.categories().get(c);
            g.drawString(category, (float) (plotLeft - 8 - fm.stringWidth(category)),
                    (float) (bandTop + band / 2 + (fm.getAscent() - fm.getDescent()) / 2.0));
            for (int s = 0; s < n; s++) {
                List<ChartSpec.Point> points = spec.series().get(s).points();
                Double value = c < points.size() ? points.get(c).value() : null;
                if (value == null) {
                    continue; // missing: no bar at all
                }
                double barTop = bandTop + (band - groupHeight) / 2 + s * barHeight;
                double length = plotWidth * Math.max(value, 0) / scaleMax;
                g.setColor(theme.color(s));
                g.fill(new Rectangle2D.Double(plotLeft, barTop, length, barHeight));
                if (labels) {
                    String text = label(points.get(c));
                    float baseline = (float) (barTop + barHeight / 2 + (fm.getAscent() - fm.getDescent()) / 2.0);
                    int textWidth = fm.stringWidth(text);
                    if (plotLeft + length + 6 + textWidth <= width - PADDING) {
                        g.setColor(theme.text());
                        g.drawString(text, (float) (plotLeft + length + 6), baseline);
                    } else {
                        g.setColor(ChartTheme.contrast(theme.color(s), Color.WHITE) >= 4.5 ? Color.WHITE : ChartTheme.LIGHT.text());
                        g.drawString(text, (float) (plotLeft + length - 6 - textWidth), baseline);
                    }
                }
            }
        }
        // The value axis line at zero.
        g.setColor(theme.mutedText());
        g.draw(new Line2D.Double(plotLeft, top, plotLeft, bottom));
    }

    private static void drawCentered(Graphics2D g, String text, double x, double baseline) {
        FontMetrics fm = g.getFontMetrics();
        g.drawString(text, (float) (x - fm.stringWidth(text) / 2.0), (float) baseline);
    }

    /** Ticks 0, step, 2·step ... covering {@code max}, with a step of 1, 2, 2.5 or 5 times a power of ten. */
    static double[] ticks(double max) {
        if (!(max > 0)) {
            max = 1;
        }
        double rough = max / 4;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= rough) {
                step = m * magnitude;
                break;
            }
        }
        int count = (int) Math.ceil(max / step - 1e-9);
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i <= count; i++) {
            ticks.add(i * step);
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** A bar's label keeps its qualifier ("up to $50B"): here each label is drawn from its own point. */
    private String label(ChartSpec.Point p) {
        return p.qualified() ? p.shortDisplay() : format.apply(p.value());
    }
}
