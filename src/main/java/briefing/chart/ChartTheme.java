package briefing.chart;

import java.awt.Color;
import java.util.List;
import java.util.Objects;

/**
 * The colours a chart is drawn in, matching {@code templates/assets/style.css}.
 *
 * @param background     the page background ({@code --bg})
 * @param plotBackground the plot area ({@code --bg}: charts sit on the page, not in a box)
 * @param text           titles, labels and legend ({@code --fg})
 * @param mutedText      tick labels and axis titles ({@code --muted})
 * @param grid           grid lines, axes and borders ({@code --border})
 * @param palette        series colours in order: Okabe–Ito colour-blind-safe hues, ordered so the first ones have
 *                       at least 3:1 contrast with the background
 */
public record ChartTheme(String name, Color background, Color plotBackground, Color text, Color mutedText, Color grid,
                         List<Color> palette) {

    /** Light pages: Okabe–Ito, the five with at least 3:1 on white first (blue, vermillion, bluish green, reddish purple, black). */
    public static final ChartTheme LIGHT = new ChartTheme("light",
            rgb(0xffffff), rgb(0xffffff), rgb(0x1b1d21), rgb(0x545a64), rgb(0xd3d7de),
            List.of(rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0xCC79A7), rgb(0x000000), rgb(0xE69F00),
                    rgb(0x56B4E9), rgb(0x999999)));

    /** Dark pages: Okabe–Ito again, all at least 3:1 on {@code #15171b}; sky blue and orange lead instead of blue and vermillion. */
    public static final ChartTheme DARK = new ChartTheme("dark",
            rgb(0x15171b), rgb(0x15171b), rgb(0xe7e9ed), rgb(0xa7adb7), rgb(0x3a3f48),
            List.of(rgb(0x56B4E9), rgb(0xE69F00), rgb(0x009E73), rgb(0xCC79A7), rgb(0xF0E442), rgb(0xD55E00),
                    rgb(0x999999), rgb(0x0072B2)));

    public ChartTheme {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(plotBackground, "plotBackground");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(mutedText, "mutedText");
        Objects.requireNonNull(grid, "grid");
        palette = List.copyOf(palette);
        if (palette.isEmpty()) {
            throw new IllegalArgumentException("a theme needs at least one series colour");
        }
    }

    /** The colour of series {@code index}, cycling through the palette. */
    public Color color(int index) {
        return palette.get(Math.floorMod(index, palette.size()));
    }

    /** WCAG 2 contrast ratio of two colours (1 to 21). */
    public static double contrast(Color a, Color b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(Color c) {
        return 0.2126 * channel(c.getRed()) + 0.7152 * channel(c.getGreen()) + 0.0722 * channel(c.getBlue());
    }

    private static double channel(int value) {
        double s = value / 255.0;
        return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    private static Color rgb(int rgb) {
        return new Color(rgb);
    }
}
