package briefing.chart;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.VectorHints;

import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.AffineTransform;

/**
 * A VectorGraphics2D that writes text as text. With {@link VectorHints#KEY_TEXT} set to
 * {@link VectorHints#VALUE_TEXT_DEFAULT}, {@code drawString} becomes an SVG {@code <text>} element (the
 * {@code VALUE_TEXT_VECTOR} alternative outlines it). XChart, though, fills text outlines rather than calling
 * {@code drawString}; {@link #fill} recognizes those outlines with a {@link TextCatalog} and draws the string
 * instead. {@code create()} clones, so derived graphics are of this class too and share the catalog.
 */
final class TextKeepingGraphics extends VectorGraphics2D {

    private final TextCatalog catalog;

    TextKeepingGraphics(TextCatalog catalog) {
        this.catalog = catalog;
        setRenderingHint(VectorHints.KEY_TEXT, VectorHints.VALUE_TEXT_DEFAULT);
    }

    /** Widths as a browser measures the text (see {@link FractionalMetrics}), so what is laid out fits on the page. */
    @Override
    public java.awt.FontMetrics getFontMetrics(Font f) {
        return new FractionalMetrics(super.getFontMetrics(f));
    }

    @Override
    public java.awt.FontMetrics getFontMetrics() {
        return getFontMetrics(getFont());
    }

    @Override
    public void fill(Shape shape) {
        TextCatalog.Match match = catalog == null ? null : catalog.match(shape);
        if (match == null) {
            super.fill(shape);
            return;
        }
        AffineTransform savedTransform = getTransform();
        Font savedFont = getFont();
        translate(match.x(), match.y());
        if (match.angle() != 0) {
            rotate(match.angle());
        }
        setFont(match.font());
        drawString(match.text(), 0f, 0f);
        setFont(savedFont);
        setTransform(savedTransform);
    }
}
