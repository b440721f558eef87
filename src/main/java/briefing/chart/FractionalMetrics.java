package briefing.chart;

import java.awt.FontMetrics;
import java.awt.Graphics;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;

/**
 * Font metrics whose widths are the font's fractional advances, as a browser lays out an SVG's text, and not the
 * whole-pixel ones VectorGraphics2D measures with: over a long label those are off by a few percent (272 against
 * 284 units for a 36-character name at 16 units), enough for a right-aligned name to run into the axis beside it
 * on the page. Heights are those of the metrics wrapped.
 */
final class FractionalMetrics extends FontMetrics {

    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final FontMetrics base;

    FractionalMetrics(FontMetrics base) {
        super(base.getFont());
        this.base = base;
    }

    @Override
    public int stringWidth(String text) {
        return (int) Math.ceil(font.getStringBounds(text, FRC).getWidth());
    }

    @Override
    public int charWidth(char c) {
        return stringWidth(String.valueOf(c));
    }

    @Override
    public int charsWidth(char[] data, int off, int len) {
        return stringWidth(new String(data, off, len));
    }

    @Override
    public Rectangle2D getStringBounds(String text, Graphics context) {
        return font.getStringBounds(text, FRC);
    }

    @Override
    public FontRenderContext getFontRenderContext() {
        return FRC;
    }

    @Override
    public int getAscent() {
        return base.getAscent();
    }

    @Override
    public int getDescent() {
        return base.getDescent();
    }

    @Override
    public int getLeading() {
        return base.getLeading();
    }

    @Override
    public int getMaxAscent() {
        return base.getMaxAscent();
    }

    @Override
    public int getMaxDescent() {
        return base.getMaxDescent();
    }

    @Override
    public int getHeight() {
        return base.getHeight();
    }
}
