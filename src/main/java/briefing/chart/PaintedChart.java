package briefing.chart;

import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.util.function.Function;

/**
 * What the charts painted here rather than by XChart ({@link ColumnChart}, {@link HorizontalBarChart},
 * {@link LineChart}, {@link SliceChart}) share: the chart, theme, layout and value format they draw with, and the
 * start of every painting (antialiasing, background, font) and of its top (legend and status key, then the
 * editor's notes), so each chart only lays out its own plot.
 */
abstract class PaintedChart implements ChartRenderer.Drawing {

    final ChartSpec spec;
    final ChartTheme theme;
    final ChartLayout layout;
    final Function<Double, String> format;

    PaintedChart(ChartSpec spec, ChartTheme theme, ChartLayout layout, Function<Double, String> format) {
        this.spec = spec;
        this.theme = theme;
        this.layout = layout;
        this.format = format;
    }

    @Override
    public final void paint(Graphics2D g, int width, int height) {
        FontMetrics fm = Canvas.begin(g, theme, layout, width, height);
        paint(g, width, height, fm, Canvas.lineHeight(fm), Canvas.pad(layout));
    }

    /** Paints the chart on its background, in the layout's font (measured by {@code fm}). */
    abstract void paint(Graphics2D g, int width, int height, FontMetrics fm, double lh, double pad);

    /**
     * Draws the legend with the status key ({@code line} marks for a line chart) and the annotations' notes from the
     * top of the canvas; returns where the chart's own content starts.
     */
    double header(Graphics2D g, int width, double lh, double pad, boolean line) {
        double top = pad;
        top += Canvas.legend(g, theme, Canvas.entries(spec, theme, line), pad, top, width - pad);
        if (top > pad) {
            top += lh / 2;
        }
        double noted = Canvas.notes(g, theme, layout, spec.annotations(), pad, top, width - pad);
        return top + (noted > 0 ? noted + lh / 2 : 0);
    }
}
