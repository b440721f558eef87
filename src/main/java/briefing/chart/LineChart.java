package briefing.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Lines over time (or over categories, when the points have no dates). Points keep their true spacing; the time
 * axis is labelled in the data's own precision ({@link TimeAxis}), the first and the last tick included; the value
 * axis starts at zero. The segment leading to a value that is not firm is dashed and its point hollow, the last
 * point of each line carries its value as the text says it ("about $830B").
 */
final class LineChart implements ChartRenderer.Drawing {

    private final ChartSpec spec;
    private final ChartTheme theme;
    private final ChartLayout layout;
    private final Function<Double, String> format;
    private final TimeAxis time;

    LineChart(ChartSpec spec, ChartTheme theme, ChartLayout layout, Function<Double, String> format, TimeAxis time) {
        this.spec = spec;
        this.theme = theme;
        this.layout = layout;
        this.format = format;
        this.time = time;
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
        int n = spec.series().size();
        int count = spec.categories().size();

        double top = pad;
        top += Canvas.legend(g, theme, Canvas.entries(spec, theme, true), pad, top, width - pad);
        if (top > pad) {
            top += lh / 2;
        }
        double noted = Canvas.notes(g, theme, layout, spec.annotations(), pad, top, width - pad);
        top += noted > 0 ? noted + lh / 2 : 0;
        if (spec.yLabel().isPresent()) {
            g.setColor(theme.mutedText());
            g.drawString(Canvas.shorten(spec.yLabel().get(), fm, width - 2 * pad), (float) pad,
                    (float) (top + fm.getAscent()));
            top += lh;
        }
        // Room above the plot for the markers of annotated dates, and above the highest point for its marker.
        double plotTop = top + lh / 2 + 2 + (spec.annotations().isEmpty() ? 0 : 2 * Canvas.markerHalf(fm) + 6);
        double bottom = height - pad;
        if (spec.xLabel().isPresent()) {
            g.setColor(theme.mutedText());
            Canvas.centered(g, Canvas.shorten(spec.xLabel().get(), fm, width - 2 * pad), width / 2.0,
                    bottom - fm.getDescent());
            bottom -= lh + 4;
        }
        // Axis labels half a line below the plot, clear of the zero tick's label centred on the axis.
        double labelGap = lh / 2 + 2;
        double plotBottom = bottom - lh - labelGap;

        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (ChartSpec.Series s : spec.series()) {
            for (ChartSpec.Point p : s.points()) {
                if (p.value() != null) {
                    max = Math.max(max, p.value());
                    min = Math.min(min, p.value());
                }
            }
        }
        boolean log = spec.scale() == ChartSpec.Scale.LOG;
        double[] ticks = log ? Canvas.logTicks(min, max) : Canvas.ticks(max, layout.narrow() ? 3 : 5);
        double scaleMin = ticks[0];
        double scaleMax = ticks[ticks.length - 1];
        double plotLeft = pad + Canvas.widest(ticks, format, fm) + 8;

        // Room right of the plot for the value label at the end of each line.
        List<String> endLabels = new ArrayList<>();
        double endRoom = 0;
        for (ChartSpec.Series s : spec.series()) {
            ChartSpec.Point last = lastValue(s);
            String text = last == null ? "" : PointStyle.label(last, format);
            endLabels.add(text);
            endRoom = Math.max(endRoom, fm.stringWidth(text));
        }
        endRoom = Math.min(endRoom + 10, width * 0.34);
        // Half of the last axis label must fit too.
        double plotRight = width - pad - Math.max(endRoom, 0);

        double[] xs = new double[count];
        for (int j = 0; j < count; j++) {
            xs[j] = time != null ? time.position(time.dates().get(j)) : j;
        }
        double lo = count == 0 ? 0 : java.util.Arrays.stream(xs).min().orElse(0);
        double hi = count == 0 ? 1 : java.util.Arrays.stream(xs).max().orElse(1);
        if (hi <= lo) {
            lo -= 0.5;
            hi += 0.5;
        }
        double inset = (plotRight - plotLeft) * 0.03;
        double xLo = lo;
        double xHi = hi;
        double left = plotLeft + inset;
        double right = plotRight - inset;
        java.util.function.DoubleUnaryOperator xAt = v -> left + (right - left) * (v - xLo) / (xHi - xLo);
        java.util.function.DoubleUnaryOperator y = log
                ? v -> plotBottom - (plotBottom - plotTop) * (Math.log10(v) - Math.log10(scaleMin))
                / (Math.log10(scaleMax) - Math.log10(scaleMin))
                : v -> plotBottom - (plotBottom - plotTop) * v / scaleMax;

        Canvas.valueGrid(g, theme, ticks, y, format, plotLeft, plotRight, plotLeft - 8);

        // The x axis: every labelled tick in range, the first and the last among them.
        g.setColor(theme.mutedText());
        double baseline = plotBottom + labelGap + fm.getAscent();
        List<TimeAxis.Tick> axis = time != null
                ? time.ticks(fm, right - left)
                : categoryTicks(fm, right - left);
        for (TimeAxis.Tick tick : axis) {
            double x = xAt.applyAsDouble(tick.position());
            // Keep the first and last labels on the canvas.
            double half = fm.stringWidth(tick.label()) / 2.0;
            double cx = Math.max(pad + half, Math.min(width - pad - half, x));
            Canvas.centered(g, tick.label(), cx, baseline);
            g.setColor(theme.grid());
            g.draw(new Line2D.Double(x, plotBottom, x, plotBottom + 4));
            g.setColor(theme.mutedText());
        }

        // Lines, points, end labels.
        double radius = layout.narrow() ? 3.5 : 4.5;
        List<double[]> ends = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            List<ChartSpec.Point> points = spec.series().get(s).points();
            java.awt.Color colour = theme.color(spec.colour(s));
            double px = Double.NaN;
            double py = Double.NaN;
            for (int j = 0; j < Math.min(points.size(), count); j++) {
                ChartSpec.Point p = points.get(j);
                if (p.value() == null) {
                    px = Double.NaN; // a gap: never pulled to zero
                    continue;
                }
                double x = xAt.applyAsDouble(xs[j]);
                double yy = y.applyAsDouble(p.value());
                if (!Double.isNaN(px)) {
                    g.setColor(colour);
                    g.setStroke(PointStyle.tentative(p) ? Canvas.dashed(3f)
                            : new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                    g.draw(new Line2D.Double(px, py, x, yy));
                }
                px = x;
                py = yy;
            }
            for (int j = 0; j < Math.min(points.size(), count); j++) {
                ChartSpec.Point p = points.get(j);
                if (p.value() != null) {
                    Canvas.marker(g, theme, colour, xAt.applyAsDouble(xs[j]), y.applyAsDouble(p.value()), radius,
                            PointStyle.tentative(p));
                }
            }
            int lastIndex = lastIndex(points, count);
            if (lastIndex >= 0) {
                ends.add(new double[] {s, xAt.applyAsDouble(xs[lastIndex]),
                        y.applyAsDouble(points.get(lastIndex).value())});
            }
        }
        // Annotations: a dated one as a dashed rule across the plot with its marker above; a value's above its point.
        for (int i = 0; i < spec.annotations().size(); i++) {
            ChartSpec.Annotation a = spec.annotations().get(i);
            int[] at = Canvas.target(spec, a);
            if (at == null && a.date().isPresent() && time != null) {
                double x = xAt.applyAsDouble(time.position(a.date().get()));
                g.setColor(theme.mutedText());
                g.setStroke(Canvas.dashed(1.5f));
                g.draw(new Line2D.Double(x, plotTop, x, plotBottom));
                Canvas.marker(g, theme, layout, i + 1, x, plotTop - Canvas.markerHalf(fm) - 2);
            } else if (at != null && at[1] >= 0 && at[1] < count) {
                ChartSpec.Point p = spec.series().get(at[0]).points().get(at[1]);
                if (p.value() != null) {
                    Canvas.marker(g, theme, layout, i + 1, xAt.applyAsDouble(xs[at[1]]),
                            y.applyAsDouble(p.value()) - radius - 3 - Canvas.markerHalf(fm));
                }
            }
        }
        // End labels, nudged apart so that two lines ending close together keep both legible.
        ends.sort(java.util.Comparator.comparingDouble(e -> e[2]));
        double previous = Double.NEGATIVE_INFINITY;
        double[] centres = new double[ends.size()];
        for (int i = 0; i < ends.size(); i++) {
            centres[i] = Math.max(ends.get(i)[2], previous + lh);
            previous = centres[i];
        }
        double overflow = centres.length == 0 ? 0 : centres[centres.length - 1] - (plotBottom - fm.getDescent());
        for (int i = centres.length - 1; i >= 0 && overflow > 0; i--) {
            double limit = i == centres.length - 1 ? plotBottom - fm.getDescent() : centres[i + 1] - lh;
            centres[i] = Math.min(centres[i], limit);
        }
        for (int i = 0; i < ends.size(); i++) {
            int s = (int) ends.get(i)[0];
            String text = Canvas.shorten(endLabels.get(s), fm, width - pad - ends.get(i)[1] - 8);
            g.setColor(theme.text());
            g.drawString(text, (float) (ends.get(i)[1] + radius + 5),
                    (float) (centres[i] + (fm.getAscent() - fm.getDescent()) / 2.0));
        }
    }

    private List<TimeAxis.Tick> categoryTicks(FontMetrics fm, double width) {
        List<TimeAxis.Tick> ticks = new ArrayList<>();
        int count = spec.categories().size();
        double widest = spec.categories().stream().mapToDouble(fm::stringWidth).max().orElse(0) + 12;
        int every = (int) Math.max(1, Math.ceil(widest / (width / Math.max(count - 1, 1))));
        for (int j = 0; j < count; j += every) {
            ticks.add(new TimeAxis.Tick(j, spec.categories().get(j)));
        }
        return TimeAxis.withLast(ticks, new TimeAxis.Tick(count - 1, count == 0 ? "" : spec.categories().get(count - 1)),
                every);
    }

    private static ChartSpec.Point lastValue(ChartSpec.Series s) {
        for (int j = s.points().size() - 1; j >= 0; j--) {
            if (s.points().get(j).value() != null) {
                return s.points().get(j);
            }
        }
        return null;
    }

    private static int lastIndex(List<ChartSpec.Point> points, int count) {
        for (int j = Math.min(points.size(), count) - 1; j >= 0; j--) {
            if (points.get(j).value() != null) {
                return j;
            }
        }
        return -1;
    }
}
