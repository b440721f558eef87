package briefing.chart;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.Arrays;
import java.util.Locale;

/**
 * The fonts charts are drawn in. A class of its own so that AWT and its font list start only when a chart is
 * drawn: a build whose charts all come from the {@link ChartCache} never starts them (about a tenth of a second of
 * a cold build). The cache key names {@link #WANTED} and the installed fonts, which decide {@link #FAMILY}.
 */
final class ChartFonts {

    /** Pinned so output does not depend on which fonts a machine has. */
    static final String WANTED = "DejaVu Sans";
    /** {@link #WANTED} when installed, else the logical sans-serif font. */
    static final String FAMILY = family();

    /** The base font; {@link ChartLayout#font()} derives each layout's size from it. */
    static final Font TEXT = new Font(FAMILY, Font.PLAIN, 1).deriveFont(ChartLayout.WIDE.textSize());

    private ChartFonts() {
    }

    private static String family() {
        String[] families = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT);
        return Arrays.asList(families).contains(WANTED) ? WANTED : Font.SANS_SERIF;
    }
}
