package briefing.chart;

import briefing.diagnostic.SourceLocation;
import briefing.engine.DiskCache;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Charts drawn by earlier builds, as entries of the engine's {@link DiskCache} (kind {@code charts}), so a build
 * draws only the charts whose spec changed. Drawing is most of a small site's build: the first chart starts AWT and
 * its fonts, and each chart is two SVGs and a PNG.
 *
 * <p>What goes into an entry's key is everything that decides its bytes: every component of the {@link ChartSpec}
 * (found by reflection, so a field added later is part of the key too; source positions excepted, since they are
 * never drawn), the site's locale, the font family in use, the Java runtime, the XML parser and serialiser the SVG
 * is written with, the code that draws (the size and time of the jar, or of every class file when run from folders)
 * and the font folders' times (as fontconfig's own cache); the disk cache adds the tool's version.
 * A hit therefore gives the bytes a fresh drawing would give. Not in the key, because drawing does not depend on
 * them (ChartRendererTest and ChartCacheBuildTest check it): the JVM's default locale and time zone, and whether
 * AWT is headless. Size, themes and palettes are constants of the drawing code, so its fingerprint covers them.
 */
public final class ChartCache {

    /**
     * Bump when what goes into a key changes, or when entries written before may hold bytes a fresh drawing no
     * longer gives. 2: pie shares in the site's locale. 3: the XML serialiser is part of the key. 4: charts are
     * drawn without their title (the caption carries it). 5: entries are kept by the engine's disk cache.
     */
    static final int FORMAT = 5;
    /** The kind of the disk cache's entries that are charts: their folder in the cache folder. */
    public static final String KIND = "charts";

    private final DiskCache disk;
    private volatile String environment;

    public ChartCache(DiskCache disk) {
        this.disk = disk;
    }

    /** The disk cache the charts are kept in (saved by the build once its site is published). */
    public DiskCache disk() {
        return disk;
    }

    /** Where the charts are: the {@code charts} folder of the disk cache. */
    public Path dir() {
        return disk.dir().resolve(KIND);
    }

    /**
     * The key of a chart drawn from {@code spec} in {@code locale} with the font family {@code fontFamily} asked
     * for (which family is drawn then depends on the installed fonts, also in the key), or null
     * when the drawing code or fonts cannot be told apart (then charts are drawn and not cached).
     */
    String key(ChartSpec spec, Locale locale, String fontFamily) {
        String environment = environment();
        if (environment.isEmpty()) {
            return null;
        }
        StringBuilder canonical = new StringBuilder("chart " + FORMAT + "\n" + environment + "\nlocale "
                + locale.toLanguageTag() + "\nfont " + fontFamily + "\nspec ");
        canonical(spec, canonical);
        return disk.key(KIND, canonical.toString());
    }

    /** The chart saved under {@code key}, if there is a sound entry. */
    Optional<RenderedChart> find(String key) {
        return disk.read(KIND, key).map(ChartCache::decode);
    }

    /** Notes a chart drawn under {@code key}, to be saved with the disk cache once the build is published. */
    void drawn(String key, RenderedChart chart) {
        disk.put(KIND, key, encode(chart));
    }

    /** A chart as an entry's value: the three lengths, then the bytes (the disk cache checks the whole). */
    static byte[] encode(RenderedChart chart) {
        byte[] light = chart.lightSvg();
        byte[] dark = chart.darkSvg();
        byte[] png = chart.png();
        return ByteBuffer.allocate(12 + light.length + dark.length + png.length).putInt(light.length)
                .putInt(dark.length).putInt(png.length).put(light).put(dark).put(png).array();
    }

    /** The chart in an entry's value; a value that is not one is a bug of the cache, not of the input. */
    static RenderedChart decode(byte[] value) {
        ByteBuffer in = ByteBuffer.wrap(value);
        int light = in.getInt();
        int dark = in.getInt();
        int png = in.getInt();
        if (light < 0 || dark < 0 || png < 0 || 12L + light + dark + png != value.length) {
            throw new IllegalStateException("not a chart entry");
        }
        byte[] lightSvg = new byte[light];
        byte[] darkSvg = new byte[dark];
        byte[] pngBytes = new byte[png];
        in.get(lightSvg).get(darkSvg).get(pngBytes);
        return new RenderedChart(lightSvg, darkSvg, pngBytes);
    }

    /**
     * A string that tells every value of a spec apart: each record component by name, strings with their length,
     * so no two specs share it. Source positions are left out: they are never drawn.
     */
    static void canonical(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null;");
        } else if (value instanceof SourceLocation) {
            out.append("location;");
        } else if (value instanceof String s) {
            out.append('s').append(s.length()).append(':').append(s).append(';');
        } else if (value instanceof Optional<?> o) {
            out.append("opt(");
            canonical(o.orElse(null), out);
            out.append(");");
        } else if (value instanceof Collection<?> c) {
            out.append("list").append(c.size()).append('(');
            for (Object item : c) {
                canonical(item, out);
            }
            out.append(");");
        } else if (value instanceof Record r) {
            out.append(r.getClass().getName()).append('{');
            for (RecordComponent component : r.getClass().getRecordComponents()) {
                out.append(component.getName()).append('=');
                try {
                    canonical(component.getAccessor().invoke(r), out);
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("cannot read " + component, e);
                }
            }
            out.append("};");
        } else if (value instanceof Enum<?> e) {
            out.append(e.getDeclaringClass().getName()).append('.').append(e.name()).append(';');
        } else if (value instanceof Double || value instanceof Float || value instanceof Number
                || value instanceof Boolean || value instanceof java.time.temporal.TemporalAccessor) {
            out.append(value.getClass().getSimpleName()).append(':').append(value).append(';');
        } else {
            throw new IllegalArgumentException("no canonical form for " + value.getClass().getName()
                    + "; add it to ChartCache.canonical");
        }
    }

    /** The runtime, the drawing code and the installed fonts: what a key shares with every other key. */
    private String environment() {
        String e = environment;
        if (e == null) {
            StringBuilder s = new StringBuilder();
            s.append("java ").append(System.getProperty("java.vendor")).append(' ')
                    .append(System.getProperty("java.vm.version")).append(' ').append(System.getProperty("os.arch"));
            // VectorGraphics2D writes the SVG through whichever XML parser and serialiser the class path provides
            // (a JVM with Saxon on it, as the tests', orders and spaces attributes otherwise): part of the bytes.
            s.append("\nxml ").append(javax.xml.parsers.DocumentBuilderFactory.newInstance().getClass().getName())
                    .append(' ').append(javax.xml.transform.TransformerFactory.newInstance().getClass().getName());
            for (Class<?> code : List.of(ChartCache.class, org.knowm.xchart.XYChart.class,
                    de.erichseifert.vectorgraphics2d.Document.class)) {
                String fingerprint = codeFingerprint(code);
                if (fingerprint == null) {
                    environment = "";
                    return "";
                }
                s.append("\ncode ").append(fingerprint);
            }
            String home = System.getProperty("user.home", "");
            for (String fonts : List.of("/etc/fonts", "/usr/share/fonts", "/usr/local/share/fonts",
                    home + "/.fonts", home + "/.local/share/fonts", System.getProperty("java.home") + "/lib/fonts",
                    "/System/Library/Fonts", "/Library/Fonts", home + "/Library/Fonts", "C:\\Windows\\Fonts")) {
                s.append("\nfonts ").append(folderTimes(Path.of(fonts)));
            }
            e = s.toString();
            environment = e;
        }
        return e;
    }

    /** The jar a class comes from (path, size, time), or every file of its classes folder; null if unknown. */
    private static String codeFingerprint(Class<?> code) {
        try {
            Path location = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
            BasicFileAttributes a = Files.readAttributes(location, BasicFileAttributes.class);
            if (!a.isDirectory()) {
                return location + " " + a.size() + " " + a.lastModifiedTime().toMillis();
            }
            StringBuilder s = new StringBuilder(location.toString());
            try (Stream<Path> walk = Files.walk(location)) {
                for (Path f : walk.filter(Files::isRegularFile).sorted().toList()) {
                    s.append(' ').append(location.relativize(f)).append(':').append(Files.size(f)).append(':')
                            .append(Files.getLastModifiedTime(f).toMillis());
                }
            }
            return s.toString();
        } catch (Exception e) {
            return null; // no code source to look at
        }
    }

    /** Every folder under {@code root} with its modification time: a font added or removed changes one. */
    private static String folderTimes(Path root) {
        if (!Files.isDirectory(root)) {
            return root + " none";
        }
        StringBuilder s = new StringBuilder();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path d : walk.filter(Files::isDirectory).sorted().toList()) {
                FileTime time = Files.getLastModifiedTime(d);
                s.append(d).append(':').append(time.toMillis()).append(' ');
            }
        } catch (IOException | RuntimeException e) {
            return root + " unreadable";
        }
        return s.toString();
    }

}
