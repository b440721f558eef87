package briefing.output;

import briefing.diagnostic.BuildFailedException;
import briefing.render.OutputFile;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.LinkOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rendered files into a fresh staging folder next to the output folder and then swaps it in with
 * renames, so readers of the output never see a half-written site and a failed or killed build leaves the previous
 * site exactly as it was. Nothing is written outside the staging folder: every path is checked.
 *
 * <p>{@code serve} publishes its rebuilds with {@link #update}: once this writer has published a complete site, a
 * rebuild replaces just the files that changed, each atomically (written beside it, then renamed over it), and
 * removes the files that are gone, instead of staging and swapping thousands of files for one edit.
 *
 * <p>Every write and update first asks the {@link OutputGuard} whether the output folder may be replaced, so no
 * publish path skips the check, and publishes into the folder as resolved through links. Every site written
 * carries the guard's marker file; leftover staging and retired folders are only removed when they carry it too (or
 * are empty). Folders are made rwxr-xr-x and files rw-r--r--, whatever the umask.
 */
public final class SiteWriter {

    private static final String STAGING_PREFIX = ".staging-";
    private static final String RETIRED_PREFIX = ".retired-";

    /** The output folder as given (relative to the working directory, say), for the guard to resolve each time. */
    private final Path given;
    /** The output folder as the user typed it, for messages. */
    private final String shown;
    private final OutputGuard guard;
    /** The output folder as the guard last resolved it: where this writer publishes. */
    private Path output;
    /**
     * The files this writer published last, by path: their bytes and the published file's attributes then. A file
     * whose bytes are equal and whose published file still has those attributes is linked without reading it.
     */
    private Map<String, Published> published = Map.of();
    /**
     * The output folder as this writer left it (file key and modification time, which changes whenever an entry is
     * added, removed or renamed in it), for {@link #update} to notice a folder replaced by another build.
     */
    private List<Object> publishedFolder;

    private record Published(byte[] bytes, Object fileKey, long size, FileTime modified) {
    }

    private static final Set<PosixFilePermission> FOLDER_MODE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE_MODE = PosixFilePermissions.fromString("rw-r--r--");
    private static final byte[] MARKER_TEXT = OutputGuard.MARKER_FILE.bytes();

    /**
     * @param output where to publish, as given (resolved through links at every write)
     * @param shown  the output folder as the user typed it, for messages
     */
    public SiteWriter(Path output, String shown, OutputGuard guard) {
        this.given = output;
        this.shown = shown.isEmpty() ? "." : shown;
        this.guard = guard;
        this.output = output.toAbsolutePath().normalize();
    }

    /** A writer guarded as for a project in the working directory with no inputs of its own (tests, tools). */
    public SiteWriter(Path output) {
        this(output, output.toString(), new OutputGuard(List.of(Path.of("")), List.of(),
                Path.of(System.getProperty("user.home", "/")), false));
    }

    /**
     * Refuses an output folder whose replacement would destroy something that is not a site this tool wrote (see
     * {@link OutputGuard}). Every write and update runs it first; callers may run it earlier, to refuse before
     * doing any work.
     */
    public synchronized void check() throws BuildFailedException {
        Path real = guard.check(given, shown);
        if (!real.equals(output)) {
            output = real;
            published = Map.of(); // another folder: nothing of it was published by this writer
            publishedFolder = null;
        }
    }

    /** How many files a write changed, and how many it kept as they were (same bytes, same file, same time). */
    public record Written(int changed, int unchanged) {
        public int total() {
            return changed + unchanged;
        }
    }

    /**
     * Writes all files and swaps them in. A file whose bytes equal the published one is hard-linked from it
     * instead of written, so an unchanged file keeps its modification time and costs no write.
     */
    public synchronized Written write(List<OutputFile> files) throws IOException, BuildFailedException {
        check();
        return replace(files);
    }

    private Written replace(List<OutputFile> files) throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        cleanLeftovers(parent);
        Path staging = Files.createTempDirectory(parent, STAGING_PREFIX + output.getFileName() + "-");
        // Marked first, so a killed build's staging folder is recognised as ours and cleaned up.
        setMode(staging, FOLDER_MODE);
        writeFile(staging.resolve(OutputGuard.MARKER), MARKER_TEXT);
        Map<String, Published> before = published;
        Map<String, Published> now = new java.util.concurrent.ConcurrentHashMap<>();
        Set<Path> folders = new HashSet<>();
        published = Map.of(); // until this write is complete
        try {
            // The folders first, one by one; then the files on both cores: the kernel's work for one file overlaps
            // another's (a 10,000-briefing site is 10,000 files). Were a path given twice, its last file wins, as
            // when they were written in order.
            Map<String, Integer> last = new HashMap<>();
            List<Path> targets = new java.util.ArrayList<>(files.size());
            for (int i = 0; i < files.size(); i++) {
                Path target = target(staging, files.get(i).path());
                if (folders.add(target.getParent())) {
                    createFolders(staging, target.getParent());
                }
                targets.add(target);
                last.put(files.get(i).path(), i);
            }
            java.util.concurrent.atomic.AtomicInteger changed = new java.util.concurrent.atomic.AtomicInteger();
            // The marker is written already, with its one text: counted as an unchanged file when it is one of them.
            java.util.stream.IntStream.range(0, files.size()).parallel()
                    .filter(i -> last.get(files.get(i).path()) == i && !files.get(i).path().equals(OutputGuard.MARKER))
                    .forEach(i -> {
                        OutputFile file = files.get(i);
                        Path target = targets.get(i);
                        try {
                            BasicFileAttributes kept = linkUnchanged(output.resolve(file.path()).normalize(), target,
                                    file.bytes(), before.get(file.path()));
                            if (kept == null) {
                                writeFile(target, file.bytes());
                                changed.incrementAndGet();
                                kept = attributes(target);
                            } else {
                                setMode(target, FILE_MODE); // published by an older version, perhaps under umask 077
                            }
                            if (kept != null) {
                                now.put(file.path(), new Published(file.bytes(), kept.fileKey(), kept.size(),
                                        kept.lastModifiedTime()));
                            }
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    });
            swap(staging, parent);
            published = now;
            publishedFolder = folderState();
            return new Written(changed.get(), last.size() - changed.get());
        } catch (java.io.UncheckedIOException e) {
            deleteTree(staging);
            throw e.getCause();
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
    }

    /**
     * Publishes a rebuild in place, for {@code serve}: writes only the files whose bytes changed, each into a
     * temporary file beside it that is then renamed over it (readers see the old file or the new one, never half
     * of one), and deletes the files the previous write published that are no longer part of the site. The site as
     * a whole changes file by file, not at once.
     *
     * <p>Falls back to {@link #write}, the staged swap, when this writer has not yet published the output folder
     * completely (the first build of a server, or after a failed write), when the folder was replaced or removed
     * since (another build), and when updating in place fails (a folder where a file must go, say): that write
     * replaces the whole folder, so the output ends up exactly as a full build leaves it.
     */
    public synchronized Written update(List<OutputFile> files) throws IOException, BuildFailedException {
        check();
        List<Object> folder = folderState();
        if (published.isEmpty() || folder == null || !folder.equals(publishedFolder)) {
            return replace(files);
        }
        List<Path> targets = new java.util.ArrayList<>(files.size());
        for (OutputFile file : files) {
            targets.add(target(output, file.path()));
        }
        Map<String, Published> before = published;
        published = Map.of(); // until this update is complete: a failure makes the next write a full one
        try {
            Written written = updateInPlace(files, targets, before);
            publishedFolder = folderState();
            return written;
        } catch (IOException | RuntimeException e) {
            return replace(files);
        }
    }

    private Written updateInPlace(List<OutputFile> files, List<Path> targets, Map<String, Published> before)
            throws IOException {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        for (String gone : before.keySet()) {
            if (!paths.contains(gone)) {
                Path old = target(output, gone);
                Files.deleteIfExists(old);
                deleteEmptyFolders(old.getParent());
            }
        }
        if (!OutputGuard.marked(output)) {
            Path temporary = output.resolve(OutputGuard.MARKER + ".briefing-new");
            writeFile(temporary, MARKER_TEXT);
            move(temporary, output.resolve(OutputGuard.MARKER));
        }
        Map<String, Published> now = new HashMap<>();
        Set<Path> folders = new HashSet<>();
        int changed = 0;
        for (int i = 0; i < files.size(); i++) {
            OutputFile file = files.get(i);
            Path target = targets.get(i);
            BasicFileAttributes a = attributes(target);
            if (!unchanged(a, file.bytes(), before.get(file.path()), target)) {
                if (folders.add(target.getParent())) {
                    createFolders(output, target.getParent());
                }
                Path temporary = target.resolveSibling("." + target.getFileName() + ".briefing-new");
                writeFile(temporary, file.bytes());
                move(temporary, target);
                changed++;
                a = attributes(target);
            }
            if (a != null) {
                now.put(file.path(), new Published(file.bytes(), a.fileKey(), a.size(), a.lastModifiedTime()));
            }
        }
        published = now;
        return new Written(changed, files.size() - changed);
    }

    /** The output folder's file key and modification time, or null when it is not a folder we can identify. */
    private List<Object> folderState() {
        BasicFileAttributes a = attributes(output);
        return a == null || !a.isDirectory() || a.fileKey() == null ? null : List.of(a.fileKey(), a.lastModifiedTime());
    }

    /** Whether the file at {@code target}, with attributes {@code a}, already holds {@code bytes}. */
    private static boolean unchanged(BasicFileAttributes a, byte[] bytes, Published last, Path target) {
        if (a == null || !a.isRegularFile() || a.size() != bytes.length) {
            return false;
        }
        if (last != null && a.fileKey() != null && a.fileKey().equals(last.fileKey())
                && a.lastModifiedTime().equals(last.modified())) {
            return last.bytes() == bytes || java.util.Arrays.equals(last.bytes(), bytes);
        }
        try {
            return java.util.Arrays.equals(Files.readAllBytes(target), bytes);
        } catch (IOException e) {
            return false;
        }
    }

    /** Removes {@code folder} and its parents up to the output folder while they are empty. */
    private void deleteEmptyFolders(Path folder) {
        for (Path f = folder; f != null && f.startsWith(output) && !f.equals(output); f = f.getParent()) {
            try {
                Files.deleteIfExists(f);
            } catch (IOException e) {
                return; // not empty (or not ours to remove): the folders above are not empty either
            }
        }
    }

    /** {@code root/path}, refusing paths that lead outside {@code root}. */
    private static Path target(Path root, String path) {
        Path target = root.resolve(path).normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalStateException("output path escapes the site: " + path);
        }
        return target;
    }

    /**
     * Hard-links the published file into the staging folder when its bytes equal {@code bytes}: known without
     * reading it when this writer published those bytes and the file still has the same key, size and time.
     *
     * @return the published file's attributes when linked, else null
     */
    private BasicFileAttributes linkUnchanged(Path published, Path target, byte[] bytes, Published last) {
        try {
            if (!published.startsWith(output)) {
                return null;
            }
            BasicFileAttributes a = attributes(published);
            if (a == null || !a.isRegularFile() || a.size() != bytes.length) {
                return null;
            }
            boolean same = last != null && a.fileKey() != null && a.fileKey().equals(last.fileKey())
                    && a.size() == last.size() && a.lastModifiedTime().equals(last.modified())
                    && (last.bytes() == bytes || java.util.Arrays.equals(last.bytes(), bytes));
            if (same || java.util.Arrays.equals(Files.readAllBytes(published), bytes)) {
                Files.createLink(target, published);
                return a;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // No hard links here (another file system, say): write the file instead.
        }
        return null;
    }

    private static BasicFileAttributes attributes(Path file) {
        try {
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return null;
        }
    }

    private void swap(Path staging, Path parent) throws IOException {
        Path retired = null;
        if (Files.exists(output)) {
            retired = parent.resolve(RETIRED_PREFIX + output.getFileName() + "-" + staging.getFileName());
            move(output, retired);
        }
        try {
            move(staging, output);
        } catch (IOException e) {
            if (retired != null) {
                move(retired, output);
            }
            throw e;
        }
        if (retired != null) {
            deleteTree(retired);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    /**
     * A killed build leaves its staging folder behind, or, if killed between the two renames, the previous site
     * retired and no output: put that back, then remove the leftovers. Only folders this writer made (marked, or
     * still empty) count as leftovers: a folder someone else named like one is left alone.
     */
    private void cleanLeftovers(Path parent) throws IOException {
        String name = output.getFileName().toString();
        List<Path> leftovers;
        try (var entries = Files.list(parent)) {
            leftovers = entries.filter(p -> {
                String n = p.getFileName().toString();
                return (n.startsWith(STAGING_PREFIX + name + "-") || n.startsWith(RETIRED_PREFIX + name + "-"))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS) && ours(p);
            }).sorted().toList();
        }
        for (Path p : leftovers) {
            if (!Files.exists(output) && p.getFileName().toString().startsWith(RETIRED_PREFIX)) {
                move(p, output);
            } else {
                deleteTree(p);
            }
        }
    }

    private static boolean ours(Path folder) {
        if (OutputGuard.marked(folder)) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }


    /**
     * Creates {@code folder} and the missing folders between it and {@code root}, each rwxr-xr-x: a web server
     * running as another user must be able to read the site, whatever the umask of the build.
     */
    private static void createFolders(Path root, Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.getParent();
        if (parent != null && !parent.equals(root) && parent.startsWith(root)) {
            createFolders(root, parent);
        }
        try {
            Files.createDirectory(folder);
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(folder)) {
                throw e;
            }
            return; // made meanwhile by another thread
        }
        setMode(folder, FOLDER_MODE);
    }

    /** Writes a file readable by all (rw-r--r--), whatever the umask. */
    private static void writeFile(Path file, byte[] bytes) throws IOException {
        Files.write(file, bytes);
        setMode(file, FILE_MODE);
    }

    private static void setMode(Path path, Set<PosixFilePermission> mode) throws IOException {
        try {
            Files.setPosixFilePermissions(path, mode);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): files there inherit their folder's access rules.
        }
    }
}
