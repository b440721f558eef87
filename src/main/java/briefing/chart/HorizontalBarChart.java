package briefing.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A horizontal bar chart (XChart 3.8.8 has none): categories down the side, values along the bottom from zero, one
 * bar per series in each category band, each bar's value at its end as the text says it ("up to $50B"), values
 * that are not firm hatched, the legend and status key above. Wide, category names sit left of the bars (wrapped in
 * two lines at most); narrow, each name sits above its bar so the bars keep the width.
 */
final class HorizontalBarChart extends PaintedChart {

    HorizontalBarChart(ChartSpec spec, ChartTheme theme, ChartLayout layout, Function<Double, String> format) {
        super(spec, theme, layout, format);
    }

    @Override
    void paint(Graphics2D g, int width, int height, FontMetrics fm, double lh, double pad) {
        int n = spec.series().size();
        boolean above = layout.narrow();

        double top = header(g, width, lh, pad, false);
        double bottom = height - pad;
        if (spec.yLabel().isPresent()) {
            g.setColor(theme.mutedText());
            Canvas.centered(g, Canvas.shorten(spec.yLabel().get(), fm, width - 2 * pad), width / 2.0,
                    bottom - fm.getDescent());
            bottom -= lh + 4;
        }
        double tickBaseline = bottom - fm.getDescent();
        bottom -= lh + 4;
        if (spec.xLabel().isPresent()) {
            g.setColor(theme.mutedText());
            g.drawString(Canvas.shorten(spec.xLabel().get(), fm, width - 2 * pad), (float) pad,
                    (float) (top + fm.getAscent()));
            top += lh + 2;
        }

        int categories = Math.max(spec.categories().size(), 1);
        double band = (bottom - top) / categories;
        // Category names: beside the bars in at most 40% of the width, in two lines while a band has room for
        // two (more would run into the next bar's name), or above each bar in one.
        double labelRoom = above ? width - 2 * pad - 6 : Math.min(width * 0.4,
                spec.categories().stream().mapToDouble(fm::stringWidth).max().orElse(0));
        int nameLines = above || band < 2 * lh ? 1 : 2;
        List<List<String>> names = new ArrayList<>();
        for (String category : spec.categories()) {
            names.add(Canvas.wrap(category, fm, labelRoom, nameLines));
        }
        double plotLeft = above ? pad : pad + labelRoom + 8;

        double max = 0;
        double valueRoom = 0;
        for (ChartSpec.Series s : spec.series()) {
            for (ChartSpec.Point p : s.points()) {
                if (p.value() != null && p.value() > 0) {
                    max = Math.max(max, p.value());
                    valueRoom = Math.max(valueRoom, fm.stringWidth(PointStyle.label(p, format)));
                }
            }
        }
        double[] ticks = Canvas.ticks(max, above ? 3 : 4);
        double scaleMax = ticks[ticks.length - 1];
        double lastTick = fm.stringWidth(format.apply(scaleMax));
        // Right of the longest bar: its value label and, when a value is annotated, the annotation's marker.
        double markerRoom = spec.annotations().isEmpty() ? 0 : 2 * Canvas.markerRadius(fm) + 6;
        double plotRight = width - pad - Math.max(lastTick / 2.0, Math.min(valueRoom + 6, width * 0.3) + markerRoom);
        double plotWidth = plotRight - plotLeft;
        java.util.function.DoubleUnaryOperator x = v -> plotLeft + plotWidth * v / scaleMax;

        // Grid lines; tick labels spaced so that they never touch, the first (zero) and the last always.
        double widest = Canvas.widest(ticks, format, fm);
        double spacing = ticks.length > 1 ? plotWidth / (ticks.length - 1) : plotWidth;
        int every = (int) Math.max(1, Math.ceil((widest + 12) / spacing));
        for (int i = 0; i < ticks.length; i++) {
            double at = x.applyAsDouble(ticks[i]);
            g.setColor(theme.grid());
            g.setStroke(new java.awt.BasicStroke(1f));
            g.draw(new Line2D.Double(at, top, at, bottom));
            boolean last = i == ticks.length - 1;
            if (i % every == 0 && (last || ticks.length - 1 - i >= every) || last) {
                g.setColor(theme.mutedText());
                String text = format.apply(ticks[i]);
                double half = fm.stringWidth(text) / 2.0;
                Canvas.centered(g, text, Math.max(pad + half, Math.min(width - pad - half, at)), tickBaseline);
            }
        }

        double nameHeight = above ? lh : 0;
        double groupHeight = (band - nameHeight) * (n > 1 ? 0.84 : above ? 0.78 : 0.64);
        double barHeight = groupHeight / n;
        // A value label is centred on its bar; above-bar names take the top of each band, so a lone bar's label
        // must fit in what is left of the band, or it runs into the next bar's name.
        boolean labels = above && n == 1 ? band - nameHeight >= fm.getAscent() + fm.getDescent()
                : barHeight >= fm.getAscent() * 0.7 || n == 1 && band >= lh;
        // Where each annotated value's marker goes: after its bar's value label.
        java.util.Map<String, double[]> markers = new java.util.HashMap<>();
        for (int c = 0; c < spec.categories().size(); c++) {
            double bandTop = top + c * band;
            g.setColor(theme.text());
            List<String> lines = names.get(c);
            if (above && n == 1 && !labels) {
                // No room under the name for the bar's value: it ends the name's line instead, the name shortened
                // to leave it room, so every bar keeps its direct label.
                ChartSpec.Point p = c < spec.series().get(0).points().size() ? spec.series().get(0).points().get(c)
                        : null;
                String value = p == null || p.value() == null ? "" : PointStyle.label(p, format);
                double valueWidth = fm.stringWidth(value);
                double baseline = bandTop + fm.getAscent();
                g.drawString(Canvas.shorten(spec.categories().get(c), fm, labelRoom - valueWidth - 12),
                        (float) (plotLeft + 6), (float) baseline);
                Canvas.rightAligned(g, value, width - pad, baseline);
            } else if (above) {
                // Clear of the zero line the bars start at, which runs through the names' column.
                g.drawString(lines.get(0), (float) (plotLeft + 6), (float) (bandTop + fm.getAscent()));
            } else {
                double first = bandTop + band / 2 - (lines.size() - 1) * lh / 2
                        + (fm.getAscent() - fm.getDescent()) / 2.0;
                for (int i = 0; i < lines.size(); i++) {
                    Canvas.rightAligned(g, lines.get(i), plotLeft - 8, first + i * lh);
                }
            }
            double groupTop = bandTop + nameHeight + (band - nameHeight - groupHeight) / 2;
            for (int s = 0; s < n; s++) {
                List<ChartSpec.Point> points = spec.series().get(s).points();
                ChartSpec.Point p = c < points.size() ? points.get(c) : null;
                if (p == null || p.value() == null) {
                    continue; // missing: no bar at all
                }
                double barTop = groupTop + s * barHeight;
                double length = x.applyAsDouble(Math.max(p.value(), 0)) - plotLeft;
                boolean tentative = PointStyle.tentative(p);
                Canvas.bar(g, theme, new Rectangle2D.Double(plotLeft, barTop + 0.5, length, barHeight - 1),
                        theme.color(spec.colour(s)), tentative);
                double end = plotLeft + length;
                double middle = barTop + barHeight / 2;
                if (labels) {
                    String text = PointStyle.label(p, format);
                    double baseline = barTop + barHeight / 2 + (fm.getAscent() - fm.getDescent()) / 2.0;
                    double textWidth = fm.stringWidth(text);
                    if (plotLeft + length + 6 + textWidth + markerRoom <= width - pad) {
                        g.setColor(theme.text());
                        g.drawString(text, (float) (plotLeft + length + 6), (float) baseline);
                        end = plotLeft + length + 6 + textWidth;
                    } else if (textWidth + 12 <= length) {
                        double left = plotLeft + length - 6 - textWidth;
                        if (tentative) {
                            g.setColor(theme.background());
                            g.fill(new Rectangle2D.Double(left - 2, baseline - fm.getAscent(), textWidth + 4,
                                    fm.getAscent() + fm.getDescent()));
                            g.setColor(theme.text());
                        } else {
                            g.setColor(Canvas.textOn(theme.color(spec.colour(s))));
                        }
                        g.drawString(text, (float) left, (float) baseline);
                    }
                }
                markers.put(s + ":" + c, new double[] {end + 4 + Canvas.markerRadius(fm), middle});
            }
        }
        // The value axis line at zero.
        g.setColor(theme.mutedText());
        g.draw(new Line2D.Double(plotLeft, top, plotLeft, bottom));
        for (int i = 0; i < spec.annotations().size(); i++) {
            int[] at = Canvas.target(spec, spec.annotations().get(i));
            double[] xy = at == null ? null : markers.get(at[0] + ":" + at[1]);
            if (xy != null) {
                Canvas.marker(g, theme, layout, i + 1, xy[0], xy[1]);
            }
        }
    }
}
