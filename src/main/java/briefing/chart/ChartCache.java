package briefing.chart;

import briefing.diagnostic.SourceLocation;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Charts drawn by earlier builds, kept in a folder (by default {@code .briefing-cache/charts/} beside the content
 * folder), so a build draws only the charts whose spec changed. Drawing is most of a small site's build: the first
 * chart starts AWT and its fonts, and each chart is two SVGs and a PNG.
 *
 * <p>An entry's name is the SHA-256 of everything that decides its bytes: every component of the {@link ChartSpec}
 * (found by reflection, so a field added later is part of the key too; source positions excepted, since they are
 * never drawn), the site's locale, the font family in use, the Java runtime, the XML parser and serialiser the SVG
 * is written with, the code that draws (the size and time of the jar, or of every class file when run from folders)
 * and the font folders' times (as fontconfig's own cache).
 * A hit therefore gives the bytes a fresh drawing would give. Not in the key, because drawing does not depend on
 * them (ChartRendererTest and ChartCacheBuildTest check it): the JVM's default locale and time zone, and whether
 * AWT is headless. Size, themes and palettes are constants of the drawing code, so its fingerprint covers them.
 *
 * <p>Safe when corrupt: an entry is read only if its header, lengths and SHA-256 checksum hold; anything else is a
 * miss and is drawn again. Entries are written only after a build was published ({@link #save()}), each to a
 * temporary file renamed into place, so a failed or killed build never leaves a half-written entry, and a build that
 * cannot write the cache still succeeds. Entries older than {@link #MAX_AGE} that the build did not use are removed
 * then. Delete the folder at any time.
 */
public final class ChartCache {

    /**
     * Bump when the entry format or what goes into a key changes, or when entries written before may hold bytes a
     * fresh drawing no longer gives. 2: format 1 entries may hold pie shares in the digits of the JVM's default
     * locale of the build that wrote them (drawn by XChart then, by ValueFormat in the site's locale now). 3: entries
     * written by a JVM with another XML serialiser on its class path (the tests') may hold other SVG bytes. 4: charts are drawn without their title (the caption carries it).
     */
    static final int FORMAT = 4;
    static final Duration MAX_AGE = Duration.ofDays(30);
    private static final byte[] MAGIC = "BRFCHART".getBytes(StandardCharsets.US_ASCII);
    private static final String SUFFIX = ".chart";
    private static final int HEADER = MAGIC.length + 4 + 3 * 4;
    private static final int CHECKSUM = 32;


    private final Path dir;
    private volatile String environment;
    /** Drawn by this pipeline and not yet saved, by key. */
    private final Map<String, RenderedChart> drawn = new ConcurrentHashMap<>();
    /** Keys read or drawn since the last save. */
    private final Set<String> used = ConcurrentHashMap.newKeySet();

    public ChartCache(Path dir) {
        this.dir = dir.toAbsolutePath().normalize();
    }

    public Path dir() {
        return dir;
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
        MessageDigest sha = sha256();
        sha.update(("briefing chart cache " + FORMAT + "\n" + environment + "\nlocale " + locale.toLanguageTag()
                + "\nfont " + fontFamily + "\nspec ").getBytes(StandardCharsets.UTF_8));
        StringBuilder canonical = new StringBuilder();
        canonical(spec, canonical);
        sha.update(canonical.toString().getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The chart saved under {@code key}, if there is a sound entry. */
    Optional<RenderedChart> find(String key) {
        used.add(key);
        RenderedChart pending = drawn.get(key);
        if (pending != null) {
            return Optional.of(pending);
        }
        try {
            return Optional.ofNullable(decode(Files.readAllBytes(dir.resolve(key + SUFFIX))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // missing or unreadable: draw it
        }
    }

    /** Notes a chart drawn under {@code key}, to be saved once the build is published. */
    void drawn(String key, RenderedChart chart) {
        used.add(key);
        drawn.put(key, chart);
    }

    /**
     * Writes the charts drawn since the last save and removes old entries no build used since. Best effort: a
     * folder that cannot be written just stays as it is.
     */
    public void save() {
        List<String> keys = new ArrayList<>(drawn.keySet());
        Set<String> keep = Set.copyOf(used);
        used.clear();
        if (!keys.isEmpty()) {
            try {
                Files.createDirectories(dir);
                for (String key : keys) {
                    RenderedChart chart = drawn.remove(key);
                    if (chart != null) {
                        write(key, chart);
                    }
                }
            } catch (IOException | RuntimeException e) {
                drawn.clear(); // cannot write here; drawing again next time is all it costs
            }
        }
        prune(keep);
    }

    private void write(String key, RenderedChart chart) throws IOException {
        Path target = dir.resolve(key + SUFFIX);
        Path temporary = dir.resolve("." + key + "." + ProcessHandle.current().pid() + "-" + Thread.currentThread().getId()
                + ".tmp");
        try {
            Files.write(temporary, encode(chart));
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void prune(Set<String> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant old = Instant.now().minus(MAX_AGE);
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path entry : entries.toList()) {
                String name = entry.getFileName().toString();
                boolean ours = name.endsWith(SUFFIX) || (name.startsWith(".") && name.endsWith(".tmp"));
                String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : "";
                if (ours && !keep.contains(key)) {
                    BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(old)) {
                        Files.deleteIfExists(entry);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping; try again after the next build
        }
    }

    static byte[] encode(RenderedChart chart) {
        byte[] light = chart.lightSvg();
        byte[] dark = chart.darkSvg();
        byte[] png = chart.png();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(HEADER + light.length + dark.length + png.length
                + CHECKSUM);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(FORMAT);
            out.writeInt(light.length);
            out.writeInt(dark.length);
            out.writeInt(png.length);
            out.write(light);
            out.write(dark);
            out.write(png);
            MessageDigest sha = sha256();
            sha.update(light);
            sha.update(dark);
            sha.update(png);
            out.write(sha.digest());
        } catch (IOException e) {
            throw new IllegalStateException(e); // in memory
        }
        return bytes.toByteArray();
    }

    /** The chart in an entry's bytes, or null when they are not a sound entry of this format. */
    static RenderedChart decode(byte[] entry) {
        if (entry.length < HEADER + CHECKSUM || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(entry, MAGIC.length, entry.length - MAGIC.length);
        if (in.getInt() != FORMAT) {
            return null;
        }
        long light = in.getInt();
        long dark = in.getInt();
        long png = in.getInt();
        if (light < 0 || dark < 0 || png < 0 || HEADER + light + dark + png + CHECKSUM != entry.length) {
            return null;
        }
        int from = HEADER;
        byte[] lightSvg = Arrays.copyOfRange(entry, from, from + (int) light);
        byte[] darkSvg = Arrays.copyOfRange(entry, from + (int) light, from + (int) (light + dark));
        byte[] pngBytes = Arrays.copyOfRange(entry, from + (int) (light + dark), from + (int) (light + dark + png));
        MessageDigest sha = sha256();
        sha.update(entry, HEADER, (int) (light + dark + png));
        if (!Arrays.equals(sha.digest(), 0, CHECKSUM, entry, entry.length - CHECKSUM, entry.length)) {
            return null;
        }
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
