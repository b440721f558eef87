package briefing.chart;

import briefing.diagnostic.SourceLocation;
import briefing.engine.DiskCache;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The chart cache (charts in the engine's disk cache) gives exactly what drawing gives, never trusts a damaged
 * entry, and writes only when saved.
 */
class ChartCacheTest {

    @TempDir
    Path tmp;

    private final ChartSpec spec = ChartRendererTest.spec(ChartType.BAR, 1);
    private final RenderedChart fresh = new ChartRenderer(Locale.US, null).render(spec);

    /** A chart cache in the disk cache at {@code root}: its entries are in {@code root/charts}. */
    private static ChartCache cacheIn(Path root) {
        return new ChartCache(new DiskCache(root, "test"));
    }

    private List<Path> entries(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aSavedChartIsReadBackByteForByteAndNothingIsWrittenBeforeTheSave() throws Exception {
        Path root = tmp.resolve("cache");
        Path dir = root.resolve("charts");
        ChartCache cache = cacheIn(root);
        assertThat(new ChartRenderer(Locale.US, cache).render(spec)).isEqualTo(fresh);
        assertThat(entries(dir)).as("nothing written until the build is published").isEmpty();
        cache.disk().save();
        assertThat(entries(dir)).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).matches("[0-9a-f]{64}\\.entry"));

        ChartCache later = cacheIn(root);
        String key = later.key(spec, Locale.US, ChartRenderer.cacheFont(ChartLayout.WIDE));
        assertThat(later.find(key)).contains(fresh);
        assertThat(new ChartRenderer(Locale.US, later).render(spec)).isEqualTo(fresh);
    }

    @Test
    void aSoundEntryIsUsedAsItIsWithoutDrawing() throws Exception {
        ChartCache cache = cacheIn(tmp);
        String key = cache.key(spec, Locale.US, ChartRenderer.cacheFont(ChartLayout.WIDE));
        RenderedChart planted = new RenderedChart("<svg>light</svg>".getBytes(StandardCharsets.UTF_8),
                "<svg>dark</svg>".getBytes(StandardCharsets.UTF_8), new byte[] {1, 2, 3});
        DiskCache disk = new DiskCache(tmp, "test");
        disk.put(ChartCache.KIND, key, ChartCache.encode(planted));
        disk.save();
        assertThat(new ChartRenderer(Locale.US, cacheIn(tmp)).render(spec)).isEqualTo(planted);
    }

    @Test
    void aDamagedEntryIsDrawnAgainAndReplacedWhenSaved() throws Exception {
        Path dir = tmp.resolve("charts");
        ChartCache first = cacheIn(tmp);
        new ChartRenderer(Locale.US, first).render(spec);
        first.disk().save();
        Path entry = entries(dir).get(0);
        byte[] sound = Files.readAllBytes(entry);

        List<byte[]> damaged = new java.util.ArrayList<>();
        damaged.add(new byte[0]);
        damaged.add(java.util.Arrays.copyOf(sound, sound.length / 2));
        damaged.add(java.util.Arrays.copyOf(sound, sound.length + 1));
        byte[] flipped = sound.clone();
        flipped[sound.length / 2] ^= 0x20;
        damaged.add(flipped);
        byte[] otherFormat = sound.clone();
        otherFormat[11] = 99;
        damaged.add(otherFormat);
        byte[] hugeLength = sound.clone();
        hugeLength[12] = (byte) 0x7f;
        damaged.add(hugeLength);
        damaged.add("not a chart at all".getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes : damaged) {
            Files.write(entry, bytes);
            ChartCache cache = cacheIn(tmp);
            assertThat(new ChartRenderer(Locale.US, cache).render(spec)).isEqualTo(fresh);
            cache.disk().save();
            assertThat(Files.readAllBytes(entry)).isEqualTo(sound);
        }
        Files.delete(entry);
        Files.createDirectories(entry); // a folder where the entry should be
        ChartCache cache = cacheIn(tmp);
        assertThat(new ChartRenderer(Locale.US, cache).render(spec)).isEqualTo(fresh);
        cache.disk().save(); // cannot replace a folder: the build goes on regardless
    }

    @Test
    void aCacheThatCannotBeWrittenOnlyCostsDrawing() throws Exception {
        Path file = Files.writeString(tmp.resolve("a-file"), "not a folder");
        ChartCache cache = cacheIn(file.resolve("cache"));
        assertThat(new ChartRenderer(Locale.US, cache).render(spec)).isEqualTo(fresh);
        cache.disk().save();
        assertThat(Files.readString(file)).isEqualTo("not a folder");
    }

    @Test
    void theKeyChangesWithEveryPartOfTheSpecAndTheLocaleButNotWithTheSourcePosition() {
        ChartCache cache = cacheIn(tmp);
        String base = cache.key(spec, Locale.US, "DejaVu Sans");
        ChartSpec.Point p = spec.series().get(0).points().get(0);
        ChartSpec.Point changedValue = new ChartSpec.Point(p.category(), p.value() + 1, p.display(),
                p.shortDisplay(), p.qualified(), p.status(), p.date());
        ChartSpec.Point changedStatus = new ChartSpec.Point(p.category(), p.value(), p.display(), p.shortDisplay(),
                p.qualified(), Optional.of("reported"), p.date());
        List<ChartSpec> variants = List.of(
                with(spec, "title", "Another title"),
                with(spec, "subtitle", Optional.of("A subtitle")),
                with(spec, "type", ChartType.LINE),
                with(spec, "categories", List.of("Cloud", "Devices", "Ads & search", "Other")),
                with(spec, "series", List.of(new ChartSpec.Series("Revenue", replaceFirst(changedValue)))),
                with(spec, "series", List.of(new ChartSpec.Series("Revenue", replaceFirst(changedStatus)))),
                with(spec, "series", List.of(new ChartSpec.Series("Income", spec.series().get(0).points()))),
                with(spec, "currency", Optional.of("EUR")),
                with(spec, "source", Optional.of(new ChartSpec.SourceRef("x", "X"))));
        Set<String> keys = new HashSet<>(Set.of(base));
        for (ChartSpec variant : variants) {
            assertThat(keys.add(cache.key(variant, Locale.US, "DejaVu Sans"))).as(variant.toString()).isTrue();
        }
        assertThat(keys.add(cache.key(spec, Locale.GERMANY, "DejaVu Sans"))).isTrue();
        assertThat(keys.add(cache.key(spec, Locale.US, "SansSerif"))).isTrue();
        assertThat(cache.key(with(spec, "location", new SourceLocation("elsewhere.yaml", 40, 2)), Locale.US,
                "DejaVu Sans")).isEqualTo(base);
    }

    @Test
    void theKeyNamesTheXmlSerialiserTheSvgIsWrittenWith() {
        // VectorGraphics2D serialises the SVG with the class path's JAXP implementation; the tests' class path has
        // Saxon (from the HTML validator) beside the JDK's own, and the two write attributes differently.
        String property = "javax.xml.transform.TransformerFactory";
        String before = System.getProperty(property);
        try {
            System.setProperty(property, "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl");
            String jdk = cacheIn(tmp).key(spec, Locale.US, "DejaVu Sans");
            System.setProperty(property, "net.sf.saxon.TransformerFactoryImpl");
            String saxon = cacheIn(tmp).key(spec, Locale.US, "DejaVu Sans");
            assertThat(saxon).isNotEqualTo(jdk);
        } finally {
            if (before == null) {
                System.clearProperty(property);
            } else {
                System.setProperty(property, before);
            }
        }
    }

    @Test
    void theCanonicalFormTellsApartStringsThatPrintAlike() {
        StringBuilder a = new StringBuilder();
        StringBuilder b = new StringBuilder();
        ChartCache.canonical(List.of("a;", "b"), a);
        ChartCache.canonical(List.of("a", ";b"), b);
        assertThat(a.toString()).isNotEqualTo(b.toString());
        a.setLength(0);
        b.setLength(0);
        ChartCache.canonical(Optional.of("null;"), a);
        ChartCache.canonical(Optional.empty(), b);
        assertThat(a.toString()).isNotEqualTo(b.toString());
    }

    @Test
    void oldEntriesNoBuildUsedAreRemovedWhenSaving() throws Exception {
        Path dir = tmp.resolve("charts");
        ChartCache first = cacheIn(tmp);
        new ChartRenderer(Locale.US, first).render(spec);
        first.disk().save();
        Path used = entries(dir).get(0);
        Path oldUnused = Files.write(dir.resolve("0".repeat(64) + ".entry"), new byte[] {1});
        Path newUnused = Files.write(dir.resolve("1".repeat(64) + ".entry"), new byte[] {1});
        Path notOurs = Files.write(dir.resolve("notes.txt"), new byte[] {1});
        FileTime old = FileTime.from(Instant.now().minus(DiskCache.MAX_AGE).minus(1, ChronoUnit.DAYS));
        for (Path p : List.of(used, oldUnused, notOurs)) {
            Files.setLastModifiedTime(p, old);
        }

        ChartCache later = cacheIn(tmp);
        new ChartRenderer(Locale.US, later).render(spec);
        later.disk().save();

        assertThat(entries(dir)).containsExactlyInAnyOrder(used, newUnused, notOurs);
    }

    private static List<ChartSpec.Point> replaceFirst(ChartSpec.Point first) {
        List<ChartSpec.Point> points = new java.util.ArrayList<>(ChartRendererTest.spec(ChartType.BAR, 1).series()
                .get(0).points());
        points.set(0, first);
        return points;
    }

    /** A copy of the spec with one component replaced, by name. */
    private static ChartSpec with(ChartSpec spec, String component, Object value) {
        try {
            var components = ChartSpec.class.getRecordComponents();
            Object[] args = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                args[i] = components[i].getName().equals(component) ? value
                        : components[i].getAccessor().invoke(spec);
            }
            return ChartSpec.class.getDeclaredConstructor(types).newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
