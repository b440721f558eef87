package briefing.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Vertical bars: one series ({@code bar}), several side by side ({@code grouped-bar}) or stacked
 * ({@code stacked-bar}). Painted here rather than by XChart, whose bars take one colour each and no other style:
 * values that are not firm are hatched (see {@link PointStyle}), bars carry their value as the text says it ("up to
 * $50B") where it fits, category names wrap under their bars, and the legend and status key sit above the plot.
 * The value axis starts at zero and its ticks are all labelled.
 */
final class ColumnChart implements ChartRenderer.Drawing {

    private final ChartSpec spec;
    private final ChartTheme theme;
    private final ChartLayout layout;
    private final Function<Double, String> format;

    ColumnChart(ChartSpec spec, ChartTheme theme, ChartLayout layout, Function<Double, String> format) {
        this.spec = spec;
        this.theme = theme;
        this.layout = layout;
        this.format = format;
    }

    @Override
    public void paint(Graphics2D g, int width, int height) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(theme.background());
        g.fill(new Rectangle2D.Double(0, 0, width, height));
        g.setFont(layout.font());
        FontMetrics fm = g.getFontMetrics();
        double lh = Canvas.lineHeight(fm);
        double pad = layout.narrow() ? 6 : 10;
        boolean stacked = spec.type() == ChartType.STACKED_BAR;
        int n = spec.series().size();
        int categories = Math.max(spec.categories().size(), 1);

        double top = pad;
        top += Canvas.legend(g, theme, Canvas.entries(spec, theme, false), pad, top, width - pad);
        if (top > pad) {
            top += lh / 2;
        }
        double noted = Canvas.notes(g, theme, layout, spec.annotations(), pad, top, width - pad);
        top += noted > 0 ? noted + lh / 2 : 0;
        if (spec.yLabel().isPresent()) {
            // The value axis' title reads across, above the axis, as newsrooms set it: no rotated text.
            g.setColor(theme.mutedText());
            g.drawString(Canvas.shorten(spec.yLabel().get(), fm, width - 2 * pad), (float) pad,
                    (float) (top + fm.getAscent()));
            top += lh;
        }
        // Room above the tallest bar for its value label, and for half the top tick label.
        double plotTop = top + lh + 4 + (spec.annotations().isEmpty() ? 0 : 2 * Canvas.markerHalf(fm));

        double bottom = height - pad;
        if (spec.xLabel().isPresent()) {
            g.setColor(theme.mutedText());
            Canvas.centered(g, Canvas.shorten(spec.xLabel().get(), fm, width - 2 * pad), width / 2.0,
                    bottom - fm.getDescent());
            bottom -= lh + 4;
        }

        // Value scale from zero: the sums of a stack, else the largest value.
        double max = 0;
        for (int c = 0; c < spec.categories().size(); c++) {
            double sum = 0;
            for (ChartSpec.Series s : spec.series()) {
                Double v = c < s.points().size() ? s.points().get(c).value() : null;
                if (v != null && v > 0) {
                    sum = stacked ? sum + v : Math.max(sum, v);
                }
            }
            max = Math.max(max, sum);
        }
        double[] ticks = Canvas.ticks(max, layout.narrow() ? 3 : 5);
        double scaleMax = ticks[ticks.length - 1];
        double tickWidth = Canvas.widest(ticks, format, fm);
        double plotLeft = pad + tickWidth + 8;
        double plotRight = width - pad;
        double slot = (plotRight - plotLeft) / categories;

        // Category labels: wrapped under their bars in as many lines as the longest needs (at most 3); where even
        // that does not fit, every k-th category is named.
        int maxLines = layout.narrow() ? 3 : 2;
        int every = 1;
        List<List<String>> labels;
        while (true) {
            labels = new ArrayList<>();
            double room = slot * every - 6;
            boolean fits = true;
            for (String category : spec.categories()) {
                List<String> lines = Canvas.wrap(category, fm, room, maxLines);
                labels.add(lines);
                if (lines.stream().anyMatch(l -> l.endsWith(Canvas.ELLIPSIS)) && every < categories) {
                    fits = false;
                }
            }
            if (fits || every >= categories) {
                break;
            }
            every++;
        }
        int lines = labels.stream().mapToInt(List::size).max().orElse(1);
        // Below the plot by half a line, so that the zero tick's label (centred on the axis) stays clear of them.
        double labelGap = lh / 2 + 2;
        double plotBottom = bottom - lines * lh - labelGap;

        double plotHeight = plotBottom - plotTop;
        java.util.function.DoubleUnaryOperator y = v -> plotBottom - plotHeight * v / scaleMax;
        g.setFont(layout.font());
        Canvas.valueGrid(g, theme, ticks, y, format, plotLeft, plotRight, plotLeft - 8);

        g.setColor(theme.text());
        double previousRight = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < spec.categories().size(); c += every) {
            double centre = plotLeft + slot * (c + 0.5);
            double half = labels.get(c).stream().mapToDouble(fm::stringWidth).max().orElse(0) / 2.0;
            // A name wider than its bar's slot (every k-th named) stays on the canvas, and clear of the one before.
            double at = Math.max(pad + half, Math.min(width - pad - half, centre));
            if (at - half < previousRight + 6) {
                continue;
            }
            previousRight = at + half;
            double baseline = plotBottom + labelGap + fm.getAscent();
            for (String line : labels.get(c)) {
                Canvas.centered(g, line, at, baseline);
                baseline += lh;
            }
        }

        double group = slot * (n > 1 && !stacked ? 0.8 : 0.62);
        double barWidth = stacked ? group : group / n;
        // Where each annotated value's marker goes: above its bar's label (beside its segment, when stacked).
        java.util.Map<String, double[]> markers = new java.util.HashMap<>();
        for (int c = 0; c < spec.categories().size(); c++) {
            double groupLeft = plotLeft + slot * c + (slot - group) / 2;
            double base = 0;
            for (int s = 0; s < n; s++) {
                List<ChartSpec.Point> points = spec.series().get(s).points();
                ChartSpec.Point p = c < points.size() ? points.get(c) : null;
                if (p == null || p.value() == null) {
                    continue; // not reported: no bar, never a zero
                }
                double v = Math.max(p.value(), 0);
                double x = stacked ? groupLeft : groupLeft + s * barWidth;
                double yTop = y.applyAsDouble(base + v);
                double yBottom = y.applyAsDouble(base);
                boolean tentative = PointStyle.tentative(p);
                Rectangle2D bar = new Rectangle2D.Double(x + 1, yTop, barWidth - 2, yBottom - yTop);
                Canvas.bar(g, theme, bar, theme.color(spec.colour(s)), tentative);
                String text = PointStyle.label(p, format);
                double textWidth = fm.stringWidth(text);
                g.setFont(layout.font());
                if (stacked) {
                    // Inside its segment, where it fits; on a hatched segment, over a patch of background.
                    if (textWidth + 6 <= bar.getWidth() && bar.getHeight() >= lh + 2) {
                        double baseline = (yTop + yBottom) / 2 + (fm.getAscent() - fm.getDescent()) / 2.0;
                        if (tentative) {
                            g.setColor(theme.background());
                            g.fill(new Rectangle2D.Double(bar.getCenterX() - textWidth / 2 - 2,
                                    baseline - fm.getAscent(), textWidth + 4, fm.getAscent() + fm.getDescent()));
                            g.setColor(theme.text());
                        } else {
                            g.setColor(Canvas.textOn(theme.color(spec.colour(s))));
                        }
                        Canvas.centered(g, text, bar.getCenterX(), baseline);
                    }
                    base += v;
                    markers.put(s + ":" + c, new double[] {bar.getMaxX() + Canvas.markerRadius(fm) + 3,
                            (yTop + yBottom) / 2});
                } else if (textWidth <= barWidth + (n > 1 ? 0 : slot - group - 4)) {
                    g.setColor(theme.text());
                    Canvas.centered(g, text, bar.getCenterX(), yTop - 4 - fm.getDescent());
                    markers.put(s + ":" + c, new double[] {bar.getCenterX(),
                            yTop - 4 - fm.getDescent() - fm.getAscent() - Canvas.markerHalf(fm)});
                } else {
                    markers.put(s + ":" + c, new double[] {bar.getCenterX(), yTop - 2 - Canvas.markerHalf(fm)});
                }
            }
        }
        for (int i = 0; i < spec.annotations().size(); i++) {
            int[] at = Canvas.target(spec, spec.annotations().get(i));
            double[] xy = at == null ? null : markers.get(at[0] + ":" + at[1]);
            if (xy != null) {
                Canvas.marker(g, theme, layout, i + 1, xy[0], xy[1]);
            }
        }
    }
}
