package briefing.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * What the painted charts ({@link ColumnChart}, {@link HorizontalBarChart}, {@link LineChart}) draw alike: the
 * legend and status key above the plot, wrapped and shortened labels, hatched marks for values that are not firm,
 * and value ticks from zero. Text is drawn with {@code drawString}, so it stays {@code <text>} in the SVG.
 */
final class Canvas {

    static final String ELLIPSIS = "\u2026";

    private Canvas() {
    }

    // --- text ------------------------------------------------------------------------------------------------

    /**
     * {@code text} in at most {@code maxLines} lines no wider than {@code maxWidth}, broken at spaces; what does not
     * fit ends in an ellipsis (the data table keeps the full text).
     */
    static List<String> wrap(String text, FontMetrics fm, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        String[] words = text.strip().split("\\s+");
        StringBuilder line = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (fm.stringWidth(candidate) <= maxWidth || line.isEmpty() && lines.size() == maxLines - 1) {
                line.setLength(0);
                line.append(candidate);
                i++;
            } else if (line.isEmpty()) {
                line.append(words[i]); // one word wider than the line: shortened below
                i++;
            } else {
                lines.add(line.toString());
                line.setLength(0);
                if (lines.size() == maxLines - 1) {
                    // The last line takes the rest, shortened.
                    line.append(String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length)));
                    i = words.length;
                }
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        List<String> fitted = new ArrayList<>();
        for (String l : lines) {
            fitted.add(shorten(l, fm, maxWidth));
        }
        return fitted;
    }

    /** {@code text}, or as much of it as fits in {@code maxWidth} followed by an ellipsis. */
    static String shorten(String text, FontMetrics fm, double maxWidth) {
        if (fm.stringWidth(text) <= maxWidth) {
            return text;
        }
        for (int end = text.length() - 1; end > 0; end--) {
            String candidate = text.substring(0, end).stripTrailing() + ELLIPSIS;
            if (fm.stringWidth(candidate) <= maxWidth) {
                return candidate;
            }
        }
        return ELLIPSIS;
    }

    static void centered(Graphics2D g, String text, double x, double baseline) {
        g.drawString(text, (float) (x - g.getFontMetrics().stringWidth(text) / 2.0), (float) baseline);
    }

    static void rightAligned(Graphics2D g, String text, double right, double baseline) {
        g.drawString(text, (float) (right - g.getFontMetrics().stringWidth(text)), (float) baseline);
    }

    /** The height of a line of text: the font's ascent and descent, plus a little air. */
    static double lineHeight(FontMetrics fm) {
        return fm.getAscent() + fm.getDescent() + 2;
    }

    // --- legend and key ----------------------------------------------------------------------------------------

    /** A legend entry: a series colour, or a status style (solid or hatched swatch, solid or dashed line). */
    record Entry(String label, Color color, boolean tentative, boolean line) {
    }

    /** The legend entries of a chart: its series (when there are several), then the status key, if needed. */
    static List<Entry> entries(ChartSpec spec, ChartTheme theme, boolean line) {
        List<Entry> entries = new ArrayList<>();
        if (spec.series().size() > 1) {
            for (int i = 0; i < spec.series().size(); i++) {
                entries.add(new Entry(spec.series().get(i).name(), theme.color(spec.colour(i)), false, line));
            }
        }
        PointStyle.key(spec).ifPresent(key -> {
            Color neutral = theme.mutedText();
            key.firm().ifPresent(f -> entries.add(new Entry(f, neutral, false, line)));
            entries.add(new Entry(key.tentative(), neutral, true, line));
        });
        return entries;
    }

    /**
     * Draws the legend in rows from ({@code left}, {@code top}), wrapping to a new row where an entry would pass
     * {@code right}; returns the height it took (0 for no entries).
     */
    static double legend(Graphics2D g, ChartTheme theme, List<Entry> entries, double left, double top, double right) {
        if (entries.isEmpty()) {
            return 0;
        }
        FontMetrics fm = g.getFontMetrics();
        double lh = lineHeight(fm);
        double swatch = Math.round(fm.getAscent() * 0.75);
        double gap = Math.round(fm.getAscent() * 0.9);
        double x = left;
        double rowTop = top;
        for (Entry e : entries) {
            double markWidth = e.line() ? swatch * 2 : swatch;
            String label = shorten(e.label(), fm, right - left - markWidth - 6);
            double width = markWidth + 6 + fm.stringWidth(label);
            if (x > left && x + width > right) {
                x = left;
                rowTop += lh;
            }
            double baseline = rowTop + fm.getAscent();
            double markTop = baseline - swatch;
            if (e.line()) {
                double y = markTop + swatch / 2;
                g.setColor(e.color());
                g.setStroke(e.tentative() ? dashed(2.5f) : new BasicStroke(2.5f));
                g.draw(new Line2D.Double(x, y, x + markWidth, y));
                marker(g, theme, e.color(), x + markWidth / 2, y, swatch * 0.42, e.tentative());
            } else {
                bar(g, theme, new Rectangle2D.Double(x, markTop, swatch, swatch), e.color(), e.tentative());
            }
            g.setColor(theme.text());
            g.drawString(label, (float) (x + markWidth + 6), (float) baseline);
            x += width + gap;
        }
        return rowTop + lh - top;
    }

    // --- annotations -------------------------------------------------------------------------------------------

    /**
     * The editor's notes, numbered, above the plot: one row each (wrapped in up to three lines), so no note ever
     * lies over another text or a mark; the mark itself carries its number ({@link #marker(Graphics2D, ChartTheme,
     * int, double, double)}). Returns the height taken (0 for none).
     */
    static double notes(Graphics2D g, ChartTheme theme, ChartLayout layout, List<ChartSpec.Annotation> notes,
                        double left, double top, double right) {
        if (notes.isEmpty()) {
            return 0;
        }
        java.awt.Font plain = g.getFont();
        FontMetrics fm = g.getFontMetrics();
        double lh = lineHeight(fm);
        double radius = markerRadius(fm);
        double y = top;
        for (int i = 0; i < notes.size(); i++) {
            double textLeft = left + 2 * radius + 6;
            List<String> lines = wrap(notes.get(i).note(), fm, right - textLeft, 3);
            double baseline = y + fm.getAscent();
            marker(g, theme, layout, i + 1, left + radius, baseline - (fm.getAscent() - fm.getDescent()) / 2.0);
            g.setFont(plain);
            g.setColor(theme.text());
            for (String line : lines) {
                g.drawString(line, (float) textLeft, (float) baseline);
                baseline += lh;
            }
            y += lines.size() * lh + 2;
        }
        return y - top;
    }

    /** The radius of an annotation's numbered marker: a ring around one digit. */
    static double markerRadius(FontMetrics fm) {
        return Math.ceil(fm.getAscent() * 0.62);
    }

    /**
     * Half the height a marker takes, its number's text box included (ascent and descent, as a browser lays the
     * text out): what must stay clear above and below its centre.
     */
    static double markerHalf(FontMetrics fm) {
        return Math.max(markerRadius(fm), (fm.getAscent() + fm.getDescent()) / 2.0) + 1;
    }

    /** Annotation {@code number}'s marker centred on ({@code cx}, {@code cy}): the number, bold, in a ring. */
    static void marker(Graphics2D g, ChartTheme theme, ChartLayout layout, int number, double cx, double cy) {
        java.awt.Font plain = g.getFont();
        FontMetrics fm = g.getFontMetrics();
        double radius = markerRadius(fm);
        Ellipse2D ring = new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius);
        g.setColor(theme.background());
        g.fill(ring);
        g.setColor(theme.text());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(ring);
        g.setFont(layout.bold());
        FontMetrics bold = g.getFontMetrics();
        centered(g, Integer.toString(number), cx, cy + (bold.getAscent() - bold.getDescent()) / 2.0);
        g.setFont(plain);
    }

    /** The series and category index an annotation of a value marks, or null for one of a date. */
    static int[] target(ChartSpec spec, ChartSpec.Annotation a) {
        if (a.label().isEmpty()) {
            return null;
        }
        int series = 0;
        if (a.series().isPresent()) {
            for (int i = 0; i < spec.series().size(); i++) {
                if (spec.series().get(i).name().equals(a.series().get())) {
                    series = i;
                }
            }
        }
        return new int[] {series, spec.categories().indexOf(a.label().get())};
    }

    // --- marks -------------------------------------------------------------------------------------------------

    /** A bar: solid when firm; outlined and hatched when not (an upper bound, an estimate, a plan). */
    static void bar(Graphics2D g, ChartTheme theme, Rectangle2D r, Color color, boolean tentative) {
        if (r.getWidth() <= 0 || r.getHeight() <= 0) {
            return;
        }
        g.setColor(color);
        if (!tentative) {
            g.fill(r);
            return;
        }
        g.setColor(theme.background());
        g.fill(r);
        Shape clip = g.getClip();
        g.clip(r);
        g.setColor(color);
        g.setStroke(new BasicStroke(1.5f));
        // One path of all the strokes: one SVG element per bar, not one per stroke (a tall bar has a hundred).
        double step = 5;
        java.awt.geom.Path2D.Double hatch = new java.awt.geom.Path2D.Double();
        for (double d = -r.getHeight(); d < r.getWidth(); d += step) {
            hatch.moveTo(Math.rint((r.getX() + d) * 10) / 10, r.getMaxY());
            hatch.lineTo(Math.rint((r.getX() + d + r.getHeight()) * 10) / 10, r.getY());
        }
        g.draw(hatch);
        g.setClip(clip);
        g.setStroke(new BasicStroke(2f));
        double inset = Math.min(1, Math.min(r.getWidth(), r.getHeight()) / 2);
        g.draw(new Rectangle2D.Double(r.getX() + inset, r.getY() + inset, r.getWidth() - 2 * inset,
                r.getHeight() - 2 * inset));
    }

    /** A point of a line: filled when firm, hollow (a ring) when not. */
    static void marker(Graphics2D g, ChartTheme theme, Color color, double x, double y, double radius,
                       boolean tentative) {
        Ellipse2D dot = new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
        g.setColor(tentative ? theme.background() : color);
        g.fill(dot);
        if (tentative) {
            g.setColor(color);
            g.setStroke(new BasicStroke(2f));
            g.draw(dot);
        }
    }

    static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {width * 2.4f, width * 1.6f}, 0f);
    }

    /** White or near-black, whichever reads on {@code fill}. */
    static Color textOn(Color fill) {
        return ChartTheme.contrast(fill, Color.WHITE) >= 4.5 ? Color.WHITE : ChartTheme.LIGHT.text();
    }

    // --- value scale --------------------------------------------------------------------------------------------

    /**
     * Ticks 0, step, 2·step ... covering {@code max} in about {@code target} steps, with a step of 1, 2, 2.5 or 5
     * times a power of ten: a value axis of bars starts at zero.
     */
    static double[] ticks(double max, int target) {
        if (!(max > 0)) {
            max = 1;
        }
        double rough = max / Math.max(target, 1);
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double step = magnitude * 10;
        for (double m : new double[] {1, 2, 2.5, 5, 10}) {
            if (m * magnitude >= rough - 1e-12 * rough) {
                step = m * magnitude;
                break;
            }
        }
        int count = (int) Math.ceil(max / step - 1e-9);
        double[] ticks = new double[count + 1];
        for (int i = 0; i <= count; i++) {
            ticks[i] = i * step;
        }
        return ticks;
    }

    /**
     * Ticks of a log scale covering {@code min} to {@code max}: the powers of ten, and within a single decade its
     * 2 and 5 as well, so that the axis has at least three labelled ticks.
     */
    static double[] logTicks(double min, double max) {
        int lo = (int) Math.floor(Math.log10(min) + 1e-9);
        int hi = (int) Math.ceil(Math.log10(max) - 1e-9);
        if (hi <= lo) {
            hi = lo + 1;
        }
        List<Double> ticks = new ArrayList<>();
        for (int e = lo; e <= hi; e++) {
            double decade = Math.pow(10, e);
            ticks.add(decade);
            if (hi - lo == 1 && e < hi) {
                ticks.add(2 * decade);
                ticks.add(5 * decade);
            }
        }
        return ticks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** Horizontal grid lines with their labels left of the plot, right-aligned at {@code labelRight}. */
    static void valueGrid(Graphics2D g, ChartTheme theme, double[] ticks, java.util.function.DoubleUnaryOperator y,
                          java.util.function.Function<Double, String> format, double plotLeft, double plotRight,
                          double labelRight) {
        FontMetrics fm = g.getFontMetrics();
        double middle = (fm.getAscent() - fm.getDescent()) / 2.0;
        for (double tick : ticks) {
            double at = y.applyAsDouble(tick);
            g.setColor(tick == 0 ? theme.mutedText() : theme.grid());
            g.setStroke(new BasicStroke(1f));
            g.draw(new Line2D.Double(plotLeft, at, plotRight, at));
            g.setColor(theme.mutedText());
            rightAligned(g, format.apply(tick), labelRight, at + middle);
        }
    }

    /** The widest of the tick labels. */
    static double widest(double[] ticks, java.util.function.Function<Double, String> format, FontMetrics fm) {
        double widest = 0;
        for (double t : ticks) {
            widest = Math.max(widest, fm.stringWidth(format.apply(t)));
        }
        return widest;
    }
}
