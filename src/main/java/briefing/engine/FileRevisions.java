package briefing.engine;

import org.apache.commons.codec.digest.MurmurHash3;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revisions of files and folders: content hashes. A file's bytes are read and hashed again only when its
 * attributes (size, modification time, file key) differ from when it was last hashed, or when it was modified so
 * shortly before that hashing that a later save could have kept its time and size (the file system's clock is
 * coarse: the "racy" case, as git calls it). Anything that is not a plain file or folder (a link, a FIFO, a device)
 * and anything unreadable gets a revision of its own every time, so whatever read it is always computed again and
 * the loader reports the problem itself.
 *
 * <p>The table of what was hashed can be carried to the next process ({@link #export}, {@link #restore}), as git
 * keeps its index: a later run then takes the revision of an unchanged tree from file attributes alone.
 */
final class FileRevisions {

    /**
     * Files modified this close to their hashing are hashed again next time, whatever their attributes say, on a
     * file system whose times are whole seconds (FAT keeps 2 s, HFS+ and ext3 1 s).
     */
    static final long RACY_MILLIS = 2_000;
    /**
     * The same on a file system whose times have a fraction of a second: more than the clock tick file times are
     * taken from (Linux stamps files from its coarse clock, at most 10 ms a tick; NTFS and APFS are finer).
     */
    static final long FINE_RACY_MILLIS = 100;
    private static final int TABLE_FORMAT = 2;
    /** A folder with this many entries is listed on every core. */
    private static final int PARALLEL_ENTRIES = 32;
    /** Files bigger than this are not read here (the loaders refuse them); their revision is new every time. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private record Seen(long size, long modifiedNanos, String fileKey, long hashedAtMillis, ContentHash hash) {

        /** Whether a save after the hashing could have left the attributes as they were (see the racy windows). */
        boolean racy() {
            boolean wholeSeconds = modifiedNanos % 1_000_000_000L == 0;
            long window = wholeSeconds ? RACY_MILLIS : FINE_RACY_MILLIS;
            return Math.floorDiv(modifiedNanos, 1_000_000L) >= hashedAtMillis - window;
        }
    }

    /** By absolute path, as text: a table restored from the last process is looked up without parsing paths. */
    private final Map<String, Seen> seen = new ConcurrentHashMap<>();
    /** How many times a file's bytes were read and hashed (not taken from its attributes). */
    private final java.util.concurrent.atomic.AtomicLong hashed = new java.util.concurrent.atomic.AtomicLong();

    /** The revision of a file, or of a folder and everything under it. */
    ContentHash revision(Path path, boolean folder) {
        try {
            if (!folder) {
                BasicFileAttributes a = attributes(path);
                if (a == null) {
                    return hash("absent".getBytes(StandardCharsets.UTF_8));
                }
                return a.isRegularFile() ? file(path, a) : unique();
            }
            StringBuilder listing = new StringBuilder();
            return list(path, "", listing) ? hash(listing.toString().getBytes(StandardCharsets.UTF_8)) : unique();
        } catch (IOException | RuntimeException e) {
            return unique();
        }
    }

    /** How many times a file was read and hashed since this table was made. */
    long hashed() {
        return hashed.get();
    }

    /** Forgets the attributes of files not under these paths. */
    void retain(Collection<Path> paths) {
        Set<Path> keep = new HashSet<>(paths);
        seen.keySet().removeIf(p -> {
            for (Path at = Path.of(p); at != null; at = at.getParent()) {
                if (keep.contains(at)) {
                    return false;
                }
            }
            return true;
        });
    }

    /**
     * Appends every entry under {@code folder}, sorted by name; false when one is not a plain file or folder. A big
     * folder's entries are looked at on every core (a desk's briefings, a site's pages), each into its own text, so
     * the listing is the same whatever the scheduling.
     */
    private boolean list(Path folder, String prefix, StringBuilder out) throws IOException {
        BasicFileAttributes self = attributes(folder);
        if (self == null) {
            out.append("absent\n");
            return true;
        }
        if (!self.isDirectory()) {
            return false;
        }
        List<Path> children = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            entries.forEach(children::add);
        }
        children.sort(Comparator.comparing(p -> p.getFileName().toString()));
        List<String> listed = (children.size() >= PARALLEL_ENTRIES ? children.parallelStream() : children.stream())
                .map(child -> entry(child, prefix)).toList();
        for (String entry : listed) {
            if (entry == null) {
                return false;
            }
            out.append(entry);
        }
        return true;
    }

    /** One entry of a listing with everything under it, or null when it is not a plain file or folder. */
    private String entry(Path child, String prefix) {
        try {
            String name = prefix + child.getFileName();
            BasicFileAttributes a = attributes(child);
            if (a == null) {
                return null; // removed while listed: look again next time
            }
            StringBuilder out = new StringBuilder();
            if (a.isDirectory()) {
                out.append("d ").append(name.length()).append(':').append(name).append('\n');
                return list(child, name + "/", out) ? out.toString() : null;
            }
            if (a.isRegularFile()) {
                return out.append("f ").append(name.length()).append(':').append(name).append(' ')
                        .append(file(child, a)).append('\n').toString();
            }
            return null;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // revision() makes it a revision of its own
        }
    }

    private ContentHash file(Path file, BasicFileAttributes a) throws IOException {
        if (a.size() > MAX_BYTES) {
            return unique();
        }
        String key = file.toAbsolutePath().normalize().toString();
        long modified = a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
        String fileKey = a.fileKey() == null ? "" : a.fileKey().toString();
        Seen before = seen.get(key);
        if (before != null && before.size() == a.size() && before.modifiedNanos() == modified
                && before.fileKey().equals(fileKey) && !before.racy()) {
            return before.hash();
        }
        long now = System.currentTimeMillis();
        hashed.incrementAndGet();
        ContentHash hash = hash(Files.readAllBytes(file));
        seen.put(key, new Seen(a.size(), modified, fileKey, now, hash));
        return hash;
    }

    /**
     * The table of files hashed under {@code roots}, in a form {@link #restore} reads: paths are absolute, so it is
     * only meant for the same machine (a table from elsewhere just never matches a file's attributes).
     */
    byte[] export(Collection<Path> roots) {
        List<String> under = roots.stream().map(r -> r.toAbsolutePath().normalize().toString()).toList();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            List<Map.Entry<String, Seen>> rows = seen.entrySet().stream()
                    .filter(e -> under.stream().anyMatch(r -> e.getKey().startsWith(r)
                            && (e.getKey().length() == r.length() || e.getKey().startsWith(File.separator, r.length()))))
                    .sorted(Map.Entry.comparingByKey()).toList();
            out.writeInt(TABLE_FORMAT);
            out.writeInt(rows.size());
            for (Map.Entry<String, Seen> row : rows) {
                Seen s = row.getValue();
                out.writeUTF(row.getKey());
                out.writeLong(s.size());
                out.writeLong(s.modifiedNanos());
                out.writeUTF(s.fileKey());
                out.writeLong(s.hashedAtMillis());
                out.writeUTF(s.hash().hex());
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // in memory: cannot happen
        }
        return bytes.toByteArray();
    }

    /** Takes in a table {@link #export} made; one it cannot read is ignored (files are then hashed again). */
    void restore(byte[] table) {
        Map<String, Seen> rows = new java.util.HashMap<>();
        try (DataInputStream in = new DataInputStream(new java.io.ByteArrayInputStream(table))) {
            if (in.readInt() != TABLE_FORMAT) {
                return;
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                rows.put(in.readUTF(), new Seen(in.readLong(), in.readLong(), in.readUTF(), in.readLong(),
                        new ContentHash(in.readUTF())));
            }
        } catch (IOException | RuntimeException e) {
            return;
        }
        rows.forEach(seen::putIfAbsent);
    }



    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    /**
     * A file's or a listing's revision: MurmurHash3's 128 bits, in hex. Change detection, not a defence against a
     * crafted collision (an editor's own files decide the build anyway), and fast under any compiler: SHA-256 runs
     * 27 times slower under the launcher's quick compiler (C1 has no intrinsic for it), and hashing every file of
     * a 10,000-briefing desk with it took over a second.
     */
    static ContentHash hash(byte[] bytes) {
        long[] h = MurmurHash3.hash128x64(bytes, 0, bytes.length, 0);
        return new ContentHash(HexFormat.of().toHexDigits(h[0]) + HexFormat.of().toHexDigits(h[1]));
    }

    private static ContentHash unique() {
        return ContentHash.of("volatile " + UUID.randomUUID());
    }
}
