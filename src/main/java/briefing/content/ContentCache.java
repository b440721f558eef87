package briefing.content;

import briefing.diagnostic.Diagnostic;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Briefings and pages loaded by earlier builds of one pipeline (as in {@code serve}), so a save reloads only the
 * briefing or page it touched. An entry is reused only while its settings (the site configuration, which sets
 * locale, limits and links) are equal and every file it could have read is as it was: same names, kinds, sizes,
 * modification times and file keys. Loaded values are immutable records, safe to share between builds.
 *
 * <p>Exact, not heuristic: a file modified so recently that a later change could keep its time and size (the file
 * system's clock is coarse) is not remembered, and neither is anything behind a symbolic link or a load with errors.
 * Those are simply loaded again, so an incremental build always equals a build from scratch.
 */
public final class ContentCache {

    /** Newer files than this are "racy": a second save could give the same size and time, so they are re-read. */
    static final long RACY_MILLIS = 2_000;

    private record Entry(List<Object> settings, List<Object> fingerprint, Object value, List<Diagnostic> problems) {
    }

    /** A load's value and its own findings. */
    record Result<T>(T value, List<Diagnostic> problems) {
    }

    private final Map<Path, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong loads = new AtomicLong();

    /** How many briefings and pages were loaded from disk (not reused) since this cache was made. */
    public long loads() {
        return loads.get();
    }

    /**
     * The value for {@code path} (a briefing folder or a page file), reused when nothing it depends on changed,
     * else loaded.
     */
    @SuppressWarnings("unchecked")
    <T> Result<T> get(Path path, boolean folder, List<Object> settings, Supplier<Result<T>> load) {
        Path key = path.toAbsolutePath().normalize();
        long now = System.currentTimeMillis();
        // Taken before the load reads anything: a save during the load gives a newer fingerprint next time.
        Fingerprint fingerprint = fingerprint(key, folder);
        Entry entry = entries.get(key);
        if (fingerprint != null && entry != null && entry.settings().equals(settings)
                && entry.fingerprint().equals(fingerprint.parts())) {
            return new Result<>((T) entry.value(), entry.problems());
        }
        loads.incrementAndGet();
        Result<T> result = load.get();
        boolean failed = result.problems().stream().anyMatch(Diagnostic::isError);
        if (fingerprint == null || failed || fingerprint.newestMillis() > now - RACY_MILLIS) {
            entries.remove(key);
        } else {
            entries.put(key, new Entry(List.copyOf(settings), fingerprint.parts(), result.value(),
                    List.copyOf(result.problems())));
        }
        return result;
    }

    /** Forgets everything but these paths (the briefings and pages that still exist). */
    void retain(Collection<Path> paths) {
        Set<Path> keep = new java.util.HashSet<>();
        paths.forEach(p -> keep.add(p.toAbsolutePath().normalize()));
        entries.keySet().retainAll(keep);
    }

    private record Fingerprint(List<Object> parts, long newestMillis) {
    }

    /** Every file the load could read, by its attributes; null when a symbolic link is involved. */
    private static Fingerprint fingerprint(Path path, boolean folder) {
        try {
            BasicFileAttributes self = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (self.isSymbolicLink()) {
                return null;
            }
            List<Object> parts = new ArrayList<>();
            long newest = Long.MIN_VALUE;
            if (!folder) {
                parts.add(attributes(path.getFileName().toString(), self));
                newest = self.lastModifiedTime().toMillis();
            } else {
                List<Path> children = new ArrayList<>();
                try (DirectoryStream<Path> list = Files.newDirectoryStream(path)) {
                    list.forEach(children::add);
                }
                children.sort(Comparator.comparing(p -> p.getFileName().toString()));
                for (Path child : children) {
                    BasicFileAttributes a = Files.readAttributes(child, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (a.isSymbolicLink()) {
                        return null;
                    }
                    parts.add(attributes(child.getFileName().toString(), a));
                    newest = Math.max(newest, a.lastModifiedTime().toMillis());
                }
            }
            return new Fingerprint(List.copyOf(parts), newest);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable now: load it, and let the loader report why
        }
    }

    private static List<Object> attributes(String name, BasicFileAttributes a) {
        Object fileKey = a.fileKey();
        return List.of(name, a.isDirectory(), a.isRegularFile(), a.size(), a.lastModifiedTime(),
                fileKey == null ? "" : fileKey);
    }
}
