package briefing.chart;

import java.awt.BasicStroke;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.util.ArrayList;
import java.util.List;

/**
 * A pie or a donut: one series as parts of a whole, clockwise from twelve o'clock in the data's order. Painted here
 * rather than by XChart, whose slices take one colour and no other style: a slice whose value is not firm is hatched
 * and outlined like a bar (see {@link PointStyle}), with the status key under the legend. Each slice shows its
 * share where it fits; the legend names each slice with its value as the text says it ("Amazon (up to $50B)"),
 * beside the pie when wide and under it when narrow.
 */
final class SliceChart extends PaintedChart {

    private final List<String> shares;

    /** @param shares each point's share as the text says it ("50%"), in the site's locale; blank for no slice */
    SliceChart(ChartSpec spec, ChartTheme theme, ChartLayout layout, java.util.function.Function<Double, String> format,
               List<String> shares) {
        super(spec, theme, layout, format);
        this.shares = shares;
    }

    @Override
    void paint(Graphics2D g, int width, int height, FontMetrics fm, double lh, double pad) {
        List<ChartSpec.Point> points = spec.series().get(0).points();
        double total = points.stream().filter(p -> p.value() != null && p.value() > 0)
                .mapToDouble(ChartSpec.Point::value).sum();

        // The legend: one entry a slice, then the status key; beside the pie (wide) or under it (narrow).
        List<Canvas.Entry> entries = new ArrayList<>();
        List<Integer> indices = new ArrayList<>();
        for (int j = 0; j < points.size(); j++) {
            ChartSpec.Point p = points.get(j);
            if (p.value() != null && p.value() > 0) {
                entries.add(new Canvas.Entry(p.category() + " (" + p.shortDisplay() + ")",
                        theme.color(spec.colour(j)), PointStyle.tentative(p), false));
                indices.add(j);
            }
        }
        List<Canvas.Entry> key = Canvas.entries(spec, theme, false);
        double swatch = Math.round(fm.getAscent() * 0.75);
        double widest = 0;
        for (Canvas.Entry e : entries) {
            widest = Math.max(widest, fm.stringWidth(e.label()));
        }
        for (Canvas.Entry e : key) {
            widest = Math.max(widest, fm.stringWidth(e.label()));
        }
        boolean beside = !layout.narrow();
        double legendWidth = beside ? Math.min(widest + swatch + 6, width * 0.45) : width - 2 * pad;
        List<List<String>> lines = new ArrayList<>();
        double legendHeight = 0;
        for (Canvas.Entry e : entries) {
            List<String> wrapped = Canvas.wrap(e.label(), fm, legendWidth - swatch - 6, 2);
            lines.add(wrapped);
            legendHeight += wrapped.size() * lh + 2;
        }
        List<List<String>> keyLines = new ArrayList<>();
        for (Canvas.Entry e : key) {
            List<String> wrapped = Canvas.wrap(e.label(), fm, legendWidth - swatch - 6, 2);
            keyLines.add(wrapped);
            legendHeight += wrapped.size() * lh + 2;
        }
        if (!key.isEmpty()) {
            legendHeight += lh / 2;
        }

        double areaLeft = pad;
        double areaTop = pad;
        double areaRight = beside ? width - pad - legendWidth - 16 : width - pad;
        double areaBottom = beside ? height - pad : height - pad - legendHeight - lh / 2;
        double diameter = Math.max(10, Math.min(areaRight - areaLeft, areaBottom - areaTop));
        double cx = (areaLeft + areaRight) / 2;
        double cy = (areaTop + areaBottom) / 2;
        double outer = diameter / 2;
        boolean donut = spec.type() == ChartType.DONUT;
        double inner = donut ? outer * 0.55 : 0;

        // Slices, clockwise from twelve o'clock; each outlined in the background so neighbours stay apart.
        double angle = 90;
        List<double[]> labels = new ArrayList<>();
        for (int k = 0; k < indices.size(); k++) {
            int j = indices.get(k);
            ChartSpec.Point p = points.get(j);
            double extent = -360 * p.value() / total;
            Area slice = new Area(new Arc2D.Double(cx - outer, cy - outer, 2 * outer, 2 * outer, angle, extent,
                    Arc2D.PIE));
            if (donut) {
                slice.subtract(new Area(new Ellipse2D.Double(cx - inner, cy - inner, 2 * inner, 2 * inner)));
            }
            boolean tentative = PointStyle.tentative(p);
            Canvas.mark(g, theme, slice, theme.color(spec.colour(j)), tentative);
            if (!tentative) {
                // A solid slice is set apart from its neighbours by a gap; a hatched one by its own outline.
                g.setColor(theme.background());
                g.setStroke(new BasicStroke(2f));
                g.draw(slice);
            }
            double middle = Math.toRadians(angle + extent / 2);
            double at = donut ? (outer + inner) / 2 : outer * 0.64;
            labels.add(new double[] {j, cx + at * Math.cos(middle), cy - at * Math.sin(middle), Math.abs(extent),
                    at, tentative ? 1 : 0});
            angle += extent;
        }
        // Shares inside their slices, where the arc has room for the text.
        for (double[] l : labels) {
            int j = (int) l[0];
            String share = shares.get(j);
            double textWidth = fm.stringWidth(share);
            double arc = Math.toRadians(l[3]) * l[4];
            double thickness = donut ? outer - inner : outer;
            if (share.isBlank() || arc < textWidth + 8 || thickness < lh + 4) {
                continue;
            }
            double baseline = l[2] + (fm.getAscent() - fm.getDescent()) / 2.0;
            if (l[5] > 0) {
                g.setColor(theme.background());
                g.fill(new java.awt.geom.Rectangle2D.Double(l[1] - textWidth / 2 - 3, baseline - fm.getAscent(),
                        textWidth + 6, fm.getAscent() + fm.getDescent()));
                g.setColor(theme.text());
            } else {
                g.setColor(Canvas.textOn(theme.color(spec.colour(j))));
            }
            Canvas.centered(g, share, l[1], baseline);
        }

        // The legend, its entries each on their own line(s), vertically centred beside the pie or under it.
        double x = beside ? width - pad - legendWidth : pad;
        double y = beside ? Math.max(pad, cy - legendHeight / 2) : areaBottom + lh / 2;
        for (int k = 0; k < entries.size(); k++) {
            y = entry(g, entries.get(k), lines.get(k), x, y, swatch, fm, lh);
        }
        if (!key.isEmpty()) {
            y += lh / 2;
            for (int k = 0; k < key.size(); k++) {
                y = entry(g, key.get(k), keyLines.get(k), x, y, swatch, fm, lh);
            }
        }
    }

    private double entry(Graphics2D g, Canvas.Entry e, List<String> lines, double x, double y, double swatch,
                         FontMetrics fm, double lh) {
        double baseline = y + fm.getAscent();
        Canvas.swatch(g, theme, e, x, baseline - swatch, swatch);
        g.setColor(theme.text());
        for (String line : lines) {
            g.drawString(line, (float) (x + swatch + 6), (float) baseline);
            baseline += lh;
        }
        return y + lines.size() * lh + 2;
    }
}
