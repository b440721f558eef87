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
 * @param palette        series colours in order, the same in both themes so a company's colour is one colour: the
 *                       Okabe–Ito blue, vermillion, bluish green and reddish purple, then a violet, a crimson, a
 *                       lilac and a magenta, chosen so that every one has a contrast of at least 3:1 with the light
 *                       and the dark background, and any two stay apart under simulated protanopia, deuteranopia and
 *                       tritanopia ({@code ChartPaletteTest} measures both)
 */
public record ChartTheme(String name, Color background, Color plotBackground, Color text, Color mutedText, Color grid,
                         List<Color> palette) {

    /** The categorical palette, for light and dark pages alike. */
    public static final List<Color> PALETTE = List.of(rgb(0x0072B2), rgb(0xD55E00), rgb(0x009E73), rgb(0xCC79A7),
            rgb(0x8811FF), rgb(0xDD0044), rgb(0xBB55FF), rgb(0xEE22CC));

    /** Light pages. */
    public static final ChartTheme LIGHT = new ChartTheme("light",
            rgb(0xffffff), rgb(0xffffff), rgb(0x1b1d21), rgb(0x545a64), rgb(0xd3d7de), PALETTE);

    /** Dark pages. */
    public static final ChartTheme DARK = new ChartTheme("dark",
            rgb(0x15171b), rgb(0x15171b), rgb(0xe7e9ed), rgb(0xa7adb7), rgb(0x3a3f48), PALETTE);

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
