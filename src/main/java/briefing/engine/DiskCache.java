package briefing.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.CRC32C;

/**
 * The one cache between processes: values too costly to compute again in every run (drawn charts), in a folder
 * (by default {@code .briefing-cache/} beside the content folder), one file per entry under a folder per kind. An
 * entry's key is the SHA-256 of the tool's version, the kind and the content of everything the value is computed
 * from ({@link #key}), so a hit gives the bytes computing would give, and moving the cache to another machine or
 * CI runner (the Pages workflow restores it) is safe.
 *
 * <p>Safe when corrupt: an entry is read only if its header, length and CRC-32C checksum hold; anything else is a
 * miss. Entries are written only by {@link #save()}, which a build calls once its site is published, each to a
 * temporary file renamed into place, so a failed or killed build never leaves a half-written entry, and a build that
 * cannot write the cache still succeeds. Entries older than {@link #MAX_AGE} that no build used since the last save
 * are removed then. Delete the folder at any time.
 */
public final class DiskCache {

    /**
     * Bump when the entry format changes. 2: the checksum is CRC-32C (it guards against a torn or damaged file,
     * which a CRC always catches for short bursts; SHA-256 was 27 times slower under the launcher's quick compiler).
     */
    static final int FORMAT = 2;
    public static final Duration MAX_AGE = Duration.ofDays(30);
    private static final byte[] MAGIC = "BRFCACHE".getBytes(StandardCharsets.US_ASCII);
    static final String SUFFIX = ".entry";
    private static final int HEADER = MAGIC.length + 4 + 4;
    private static final int CHECKSUM = 4;

    private final Path dir;
    private final String toolVersion;
    /** Values put since the last save, by kind and key: written by the save. */
    private final Map<List<String>, byte[]> pending = new ConcurrentHashMap<>();
    /** Entries read or put since the last save, by kind and key: kept by the save's pruning. */
    private final Set<List<String>> used = ConcurrentHashMap.newKeySet();

    /** @param toolVersion part of every key: another version of the tool never reads this one's entries */
    public DiskCache(Path dir, String toolVersion) {
        this.dir = dir.toAbsolutePath().normalize();
        this.toolVersion = toolVersion;
    }

    /** A cache for the running tool's version (see {@link #toolVersion()}). */
    public DiskCache(Path dir) {
        this(dir, toolVersion());
    }

    public Path dir() {
        return dir;
    }

    /**
     * The key of a value of {@code kind} computed from {@code content}: a text that tells every input apart (the
     * caller's canonical form of them).
     */
    public String key(String kind, String content) {
        MessageDigest sha = ContentHash.sha256();
        sha.update(("briefing cache " + FORMAT + "\nversion " + toolVersion + "\nkind " + kind + "\n")
                .getBytes(StandardCharsets.UTF_8));
        sha.update(content.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(sha.digest());
    }

    /** The value saved under {@code key}, if there is a sound entry (or one put since the last save). */
    public Optional<byte[]> read(String kind, String key) {
        List<String> id = List.of(kind, key);
        used.add(id);
        byte[] waiting = pending.get(id);
        if (waiting != null) {
            return Optional.of(waiting);
        }
        try {
            return Optional.ofNullable(decode(Files.readAllBytes(entry(kind, key))));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // missing or unreadable: compute it
        }
    }

    /** Notes a value computed under {@code key}, to be written by the next {@link #save()}. */
    public void put(String kind, String key, byte[] value) {
        entry(kind, key); // refuses a key this cache did not make before it names a file
        List<String> id = List.of(kind, key);
        used.add(id);
        pending.put(id, value);
    }

    /**
     * Writes the values put since the last save and removes old entries no build used since. Best effort: a
     * folder that cannot be written just stays as it is.
     */
    public synchronized void save() {
        List<List<String>> ids = new ArrayList<>(pending.keySet());
        Set<List<String>> keep = Set.copyOf(used);
        used.clear();
        try {
            for (List<String> id : ids) {
                byte[] value = pending.remove(id);
                if (value != null) {
                    Files.createDirectories(dir.resolve(id.get(0)));
                    write(entry(id.get(0), id.get(1)), encode(value));
                }
            }
        } catch (IOException | RuntimeException e) {
            pending.clear(); // cannot write here; computing again next time is all it costs
        }
        prune(keep);
    }

    private Path entry(String kind, String key) {
        if (!key.matches("[0-9a-f]{64}") || !kind.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("not a cache key: " + kind + "/" + key);
        }
        return dir.resolve(kind).resolve(key + SUFFIX);
    }

    private static void write(Path target, byte[] bytes) throws IOException {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + "-"
                + Thread.currentThread().getId() + ".tmp");
        try {
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private void prune(Set<List<String>> keep) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        Instant old = Instant.now().minus(MAX_AGE);
        try (Stream<Path> kinds = Files.list(dir)) {
            for (Path kind : kinds.filter(Files::isDirectory).toList()) {
                try (Stream<Path> entries = Files.list(kind)) {
                    for (Path entry : entries.toList()) {
                        String name = entry.getFileName().toString();
                        boolean ours = name.endsWith(SUFFIX) || (name.startsWith(".") && name.endsWith(".tmp"));
                        String key = name.endsWith(SUFFIX) ? name.substring(0, name.length() - SUFFIX.length()) : "";
                        if (ours && !keep.contains(List.of(kind.getFileName().toString(), key))) {
                            BasicFileAttributes a = Files.readAttributes(entry, BasicFileAttributes.class,
                                    LinkOption.NOFOLLOW_LINKS);
                            if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(old)) {
                                Files.deleteIfExists(entry);
                            }
                        }
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // pruning is housekeeping; try again after the next build
        }
    }

    static byte[] encode(byte[] value) {
        ByteBuffer out = ByteBuffer.allocate(HEADER + value.length + CHECKSUM);
        out.put(MAGIC).putInt(FORMAT).putInt(value.length).put(value).putInt(crc(value, 0, value.length));
        return out.array();
    }

    /** The value in an entry's bytes, or null when they are not a sound entry of this format. */
    static byte[] decode(byte[] entry) {
        if (entry.length < HEADER + CHECKSUM || !Arrays.equals(entry, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            return null;
        }
        ByteBuffer in = ByteBuffer.wrap(entry, MAGIC.length, entry.length - MAGIC.length);
        if (in.getInt() != FORMAT) {
            return null;
        }
        long length = in.getInt();
        if (length < 0 || HEADER + length + CHECKSUM != entry.length) {
            return null;
        }
        if (ByteBuffer.wrap(entry, entry.length - CHECKSUM, CHECKSUM).getInt() != crc(entry, HEADER, (int) length)) {
            return null;
        }
        return Arrays.copyOfRange(entry, HEADER, HEADER + (int) length);
    }

    private static int crc(byte[] bytes, int from, int length) {
        CRC32C crc = new CRC32C();
        crc.update(bytes, from, length);
        return (int) crc.getValue();
    }

    /** The version Maven wrote into the jar (or the classes folder), or "unknown". */
    public static String toolVersion() {
        Properties p = new Properties();
        try (InputStream in = DiskCache.class.getResourceAsStream("/briefing/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no version to tell
        }
        return p.getProperty("version", "unknown");
    }
}
