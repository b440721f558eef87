package briefing.chart;

import java.util.Arrays;
import java.util.Objects;

/**
 * One chart drawn three ways: an SVG for light pages, one for dark pages (both with text kept as {@code <text>},
 * a {@code <title>}/{@code <desc>} and ids prefixed {@code chart-<id>-}), and a PNG fallback at twice the logical
 * size in the light theme. The arrays are copied in and out, so a rendered chart cannot be changed afterwards.
 */
public record RenderedChart(byte[] lightSvg, byte[] darkSvg, byte[] png) {

    public RenderedChart {
        lightSvg = Objects.requireNonNull(lightSvg, "lightSvg").clone();
        darkSvg = Objects.requireNonNull(darkSvg, "darkSvg").clone();
        png = Objects.requireNonNull(png, "png").clone();
    }

    @Override
    public byte[] lightSvg() {
        return lightSvg.clone();
    }

    @Override
    public byte[] darkSvg() {
        return darkSvg.clone();
    }

    @Override
    public byte[] png() {
        return png.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RenderedChart other && Arrays.equals(lightSvg, other.lightSvg)
                && Arrays.equals(darkSvg, other.darkSvg) && Arrays.equals(png, other.png);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(lightSvg), Arrays.hashCode(darkSvg), Arrays.hashCode(png));
    }

    @Override
    public String toString() {
        return "RenderedChart[lightSvg=" + lightSvg.length + " B, darkSvg=" + darkSvg.length + " B, png="
                + png.length + " B]";
    }
}
