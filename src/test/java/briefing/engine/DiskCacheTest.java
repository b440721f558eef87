package briefing.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The one cache between processes: keyed by version and content, written only when saved, never trusting damage. */
class DiskCacheTest {

    @TempDir
    Path dir;

    private static final byte[] VALUE = "a value".getBytes(StandardCharsets.UTF_8);

    private List<Path> entries(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.sorted().toList();
        }
    }

    @Test
    void aValueIsWrittenOnlyBySaveAndReadBackByAnotherProcessOfTheSameVersion() throws Exception {
        DiskCache cache = new DiskCache(dir, "1.0");
        String key = cache.key("charts", "spec 1");
        cache.put("charts", key, VALUE);
        assertThat(cache.read("charts", key)).contains(VALUE);
        assertThat(entries(dir.resolve("charts"))).as("nothing before the save").isEmpty();
        cache.save();
        assertThat(entries(dir.resolve("charts"))).singleElement()
                .satisfies(p -> assertThat(p.getFileName().toString()).isEqualTo(key + ".entry"));
        assertThat(new DiskCache(dir, "1.0").read("charts", key)).contains(VALUE);
    }

    @Test
    void theKeyIsTheVersionTheKindAndTheContent() {
        String key = new DiskCache(dir, "1.0").key("charts", "spec 1");
        assertThat(key).matches("[0-9a-f]{64}").isEqualTo(new DiskCache(dir.resolve("elsewhere"), "1.0")
                .key("charts", "spec 1"));
        assertThat(new DiskCache(dir, "1.1").key("charts", "spec 1")).isNotEqualTo(key);
        assertThat(new DiskCache(dir, "1.0").key("pages", "spec 1")).isNotEqualTo(key);
        assertThat(new DiskCache(dir, "1.0").key("charts", "spec 2")).isNotEqualTo(key);
    }

    @Test
    void aDamagedEntryIsAMiss() throws Exception {
        DiskCache cache = new DiskCache(dir, "1.0");
        String key = cache.key("charts", "spec");
        cache.put("charts", key, VALUE);
        cache.save();
        Path entry = entries(dir.resolve("charts")).get(0);
        byte[] sound = Files.readAllBytes(entry);
        byte[] value = sound.clone();
        value[sound.length - 5] ^= 1; // the value's last byte, before the 4-byte checksum
        byte[] checksum = sound.clone();
        checksum[sound.length - 1] ^= 1;
        for (byte[] bytes : List.of(new byte[0], java.util.Arrays.copyOf(sound, sound.length - 1),
                java.util.Arrays.copyOf(sound, sound.length + 1), value, checksum,
                "junk".getBytes(StandardCharsets.UTF_8))) {
            Files.write(entry, bytes);
            assertThat(new DiskCache(dir, "1.0").read("charts", key)).isEmpty();
        }
    }

    @Test
    void onlyKeysItMadeNameFiles() {
        DiskCache cache = new DiskCache(dir, "1.0");
        assertThatThrownBy(() -> cache.put("charts", "../../etc/passwd", VALUE)).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> cache.put("../x", cache.key("charts", "a"), VALUE)).isInstanceOf(
                IllegalArgumentException.class);
    }
}
