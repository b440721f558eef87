package briefing.chart;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.PathIterator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recognizes text that XChart has turned into outlines. XChart never calls {@code drawString}: it builds a
 * {@code TextLayout} and fills {@code getOutline(transform)}. Given the strings a chart can show and the fonts it
 * uses, this catalog computes each string's outline once and matches filled shapes against them (same path
 * commands, same coordinates up to a translation and a rotation), so the shape can be written as a
 * {@code <text>} element instead. A shape that matches nothing stays a shape: nothing is ever lost.
 */
final class TextCatalog {

    /** A recognized string: drawn with {@code font} at baseline origin ({@code x}, {@code y}) rotated by {@code angle}. */
    record Match(String text, Font font, double x, double y, double angle) {
    }

    private record Outline(String text, Font font, double[] coords, int far) {
    }

    private static final double TOLERANCE = 0.02;

    private final List<Font> fonts;
    private final Set<String> texts = new LinkedHashSet<>();
    private final List<String> pending = new ArrayList<>();
    private final Map<String, List<Outline>> byCommands = new HashMap<>();
    private static final List<FontRenderContext> CONTEXTS = List.of(
            new FontRenderContext(null, true, true), new FontRenderContext(null, true, false),
            new FontRenderContext(null, false, true), new FontRenderContext(null, false, false));

    TextCatalog(List<Font> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** A string the chart may draw; blank strings have no outline and are ignored. */
    void add(String text) {
        if (text != null && !text.isBlank() && texts.add(text)) {
            pending.add(text);
        }
    }

    void addAll(Iterable<String> strings) {
        strings.forEach(this::add);
    }

    /**
     * The text {@code shape} is the outline of, or {@code null}. XChart may lay text out under other rendering hints
     * than those in force when it fills the outline, so outlines are computed for all four combinations of
     * antialiasing and fractional metrics (they move glyphs by up to a pixel).
     */
    Match match(Shape shape) {
        for (String text : pending) {
            for (FontRenderContext frc : CONTEXTS) {
                for (Font font : fonts) {
                    Path path = Path.of(new TextLayout(text, font, frc).getOutline(null));
                    if (path.coords.length >= 2) {
                        byCommands.computeIfAbsent(path.commands, k -> new ArrayList<>())
                                .add(new Outline(text, font, path.coords, farthest(path.coords)));
                    }
                }
            }
        }
        pending.clear();
        Path path = Path.of(shape);
        List<Outline> candidates = byCommands.get(path.commands);
        if (candidates == null) {
            return null;
        }
        for (Outline candidate : candidates) {
            Match match = match(candidate, path.coords);
            if (match != null) {
                return match;
            }
        }
        return null;
    }

    private static Match match(Outline candidate, double[] c) {
        double[] d = candidate.coords;
        if (c.length != d.length) {
            return null;
        }
        int k = candidate.far;
        double dx = d[k] - d[0];
        double dy = d[k + 1] - d[1];
        double cx = c[k] - c[0];
        double cy = c[k + 1] - c[1];
        double angle = Math.atan2(cy, cx) - Math.atan2(dy, dx);
        double degrees = Math.toDegrees(angle);
        if (Math.abs(degrees - Math.rint(degrees)) < 1e-3) {
            angle = Math.toRadians(Math.rint(degrees)); // 0, ±90: keep the SVG free of rounding noise
        }
        angle = Math.IEEEremainder(angle, 2 * Math.PI);
        if (Math.abs(angle) < 1e-9) {
            angle = 0;
        }
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        for (int i = 0; i < d.length; i += 2) {
            double rx = d[i] - d[0];
            double ry = d[i + 1] - d[1];
            double ex = cos * rx - sin * ry;
            double ey = sin * rx + cos * ry;
            if (Math.abs(ex - (c[i] - c[0])) > TOLERANCE || Math.abs(ey - (c[i + 1] - c[1])) > TOLERANCE) {
                return null;
            }
        }
        double originX = c[0] - (cos * d[0] - sin * d[1]);
        double originY = c[1] - (sin * d[0] + cos * d[1]);
        return new Match(candidate.text, candidate.font, originX, originY, angle);
    }

    /** The index of the x coordinate farthest from the first point: the most precise angle. */
    private static int farthest(double[] coords) {
        int best = 0;
        double bestDistance = -1;
        for (int i = 0; i < coords.length; i += 2) {
            double distance = Math.hypot(coords[i] - coords[0], coords[i + 1] - coords[1]);
            if (distance > bestDistance) {
                bestDistance = distance;
                best = i;
            }
        }
        return best;
    }

    /** A path as its command letters and all its coordinates in order. */
    private record Path(String commands, double[] coords) {

        static Path of(Shape shape) {
            StringBuilder commands = new StringBuilder();
            double[] coords = new double[64];
            int n = 0;
            double[] segment = new double[6];
            for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
                int type = it.currentSegment(segment);
                commands.append((char) ('0' + type));
                int count = switch (type) {
                    case PathIterator.SEG_MOVETO, PathIterator.SEG_LINETO -> 2;
                    case PathIterator.SEG_QUADTO -> 4;
                    case PathIterator.SEG_CUBICTO -> 6;
                    default -> 0;
                };
                if (n + count > coords.length) {
                    coords = java.util.Arrays.copyOf(coords, Math.max(coords.length * 2, n + count));
                }
                System.arraycopy(segment, 0, coords, n, count);
                n += count;
            }
            return new Path(commands.toString(), java.util.Arrays.copyOf(coords, n));
        }
    }
}
