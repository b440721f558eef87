package briefing.chart;

import java.awt.Font;
import java.util.Locale;

/**
 * The two shapes every chart is drawn in, chosen by the browser with {@code <picture>} and a media query
 * ({@code templates/partials/chart.ftlh}): a wide one for columns of about 600 px and more, and a narrow, taller one
 * for phones, with fewer ticks, labels wrapped or set above their bars, and the legend above the plot.
 *
 * <p>Text is sized for the smallest width CSS gives the image in each shape ({@link #minShownWidth}): a text of
 * {@link #textSize} units is shown {@code textSize * shown / width} CSS px wide, at least 13 px in the narrow shape
 * at a 390 px viewport (the column less its padding and the image's border) and at least 12 px in the wide one,
 * which starts at the {@link #BREAKPOINT_PX} viewport. {@code ChartTextBoxTest} and the browser test hold the
 * numbers to that.
 *
 * @param width         the SVG's viewBox width
 * @param height        the SVG's viewBox height
 * @param textSize      every chart text, in viewBox units
 * @param minShownWidth the narrowest the CSS shows an image of this shape, in CSS px
 * @param suffix        added to the chart's file names ({@code round.svg}, {@code round-narrow.svg})
 */
public record ChartLayout(String id, int width, int height, float textSize, int minShownWidth, String suffix) {

    /** The viewport width in CSS px at and below which the browser picks the narrow shape. */
    public static final int BREAKPOINT_PX = 640;

    /** The chart column from {@link #BREAKPOINT_PX} up: 640 px less 2 × 16 px padding and a 1 px border each side. */
    public static final ChartLayout WIDE = new ChartLayout("wide", 720, 420, 16f, BREAKPOINT_PX - 34, "");

    /** A 390 px phone: 390 px less 2 × 16 px padding and the border. */
    public static final ChartLayout NARROW = new ChartLayout("narrow", 360, 440, 14f, 390 - 34, "-narrow");

    /** The chart text font at this layout's size. */
    Font font() {
        return ChartFonts.TEXT.deriveFont(textSize);
    }

    /** Bold, for value labels. */
    Font bold() {
        return ChartFonts.TEXT.deriveFont(Font.BOLD, textSize);
    }

    boolean narrow() {
        return this == NARROW || id.equals(NARROW.id);
    }

    /** The CSS px size of a text of {@code size} units when the chart is shown {@code shownWidth} CSS px wide. */
    public double cssPx(double size, double shownWidth) {
        return size * shownWidth / width;
    }

    @Override
    public String toString() {
        return id.toLowerCase(Locale.ROOT) + " " + width + "x" + height;
    }
}
