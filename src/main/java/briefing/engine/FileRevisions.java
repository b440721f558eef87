package briefing.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The revisions of files and folders: content hashes. A file's bytes are read and hashed again only when its
 * attributes (size, modification time, file key) differ from when it was last hashed, or when it was modified so
 * shortly before that hashing that a later save could have kept its time and size (the file system's clock is
 * coarse: the "racy" case, as git calls it). Anything that is not a plain file or folder (a link, a FIFO, a device)
 * and anything unreadable gets a revision of its own every time, so whatever read it is always computed again and
 * the loader reports the problem itself.
 */
final class FileRevisions {

    /** Files modified this close to their hashing are hashed again next time, whatever their attributes say. */
    static final long RACY_MILLIS = 2_000;
    /** Files bigger than this are not read here (the loaders refuse them); their revision is new every time. */
    static final long MAX_BYTES = 256L * 1024 * 1024;

    private record Seen(long size, long modifiedMillis, Object fileKey, long hashedAtMillis, ContentHash hash) {
    }

    private final Map<Path, Seen> seen = new ConcurrentHashMap<>();

    /** The revision of a file, or of a folder and everything under it. */
    ContentHash revision(Path path, boolean folder) {
        try {
            if (!folder) {
                BasicFileAttributes a = attributes(path);
                if (a == null) {
                    return ContentHash.of("absent");
                }
                return a.isRegularFile() ? file(path, a) : unique();
            }
            StringBuilder listing = new StringBuilder();
            return list(path, "", listing) ? ContentHash.of(listing.toString()) : unique();
        } catch (IOException | RuntimeException e) {
            return unique();
        }
    }

    /** Forgets the attributes of files not under these paths. */
    void retain(Collection<Path> paths) {
        Set<Path> keep = new HashSet<>(paths);
        seen.keySet().removeIf(p -> {
            for (Path at = p; at != null; at = at.getParent()) {
                if (keep.contains(at)) {
                    return false;
                }
            }
            return true;
        });
    }

    /** Appends every entry under {@code folder}, sorted by name; false when one is not a plain file or folder. */
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
        for (Path child : children) {
            String name = prefix + child.getFileName();
            BasicFileAttributes a = attributes(child);
            if (a == null) {
                return false; // removed while listed: look again next time
            }
            if (a.isDirectory()) {
                out.append("d ").append(name.length()).append(':').append(name).append('\n');
                if (!list(child, name + "/", out)) {
                    return false;
                }
            } else if (a.isRegularFile()) {
                out.append("f ").append(name.length()).append(':').append(name).append(' ').append(file(child, a))
                        .append('\n');
            } else {
                return false;
            }
        }
        return true;
    }

    private ContentHash file(Path file, BasicFileAttributes a) throws IOException {
        if (a.size() > MAX_BYTES) {
            return unique();
        }
        Path key = file.toAbsolutePath().normalize();
        long modified = a.lastModifiedTime().toMillis();
        Object fileKey = a.fileKey() == null ? "" : a.fileKey();
        Seen before = seen.get(key);
        if (before != null && before.size() == a.size() && before.modifiedMillis() == modified
                && before.fileKey().equals(fileKey) && modified < before.hashedAtMillis() - RACY_MILLIS) {
            return before.hash();
        }
        long now = System.currentTimeMillis();
        MessageDigest sha = ContentHash.sha256();
        sha.update(Files.readAllBytes(file));
        ContentHash hash = new ContentHash(java.util.HexFormat.of().formatHex(sha.digest()));
        seen.put(key, new Seen(a.size(), modified, fileKey, now, hash));
        return hash;
    }

    private static BasicFileAttributes attributes(Path path) throws IOException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (java.nio.file.NoSuchFileException e) {
            return null;
        }
    }

    private static ContentHash unique() {
        return ContentHash.of("volatile " + UUID.randomUUID());
    }
}
