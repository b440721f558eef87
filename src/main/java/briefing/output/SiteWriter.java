package briefing.output;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.SourceLocation;
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
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes the rendered files into a fresh staging folder next to the output folder and then swaps it in with
 * renames, so readers of the output never see a half-written site and a failed or killed build leaves the previous
 * site exactly as it was. Nothing is written outside the staging folder: every path is checked.
 */
public final class SiteWriter {

    private static final String STAGING_PREFIX = ".staging-";
    private static final String RETIRED_PREFIX = ".retired-";

    private final Path output;
    /**
     * The files this writer published last, by path: their bytes and the published file's attributes then. A file
     * whose bytes are equal and whose published file still has those attributes is linked without reading it.
     */
    private Map<String, Published> published = Map.of();

    private record Published(byte[] bytes, Object fileKey, long size, FileTime modified) {
    }

    public SiteWriter(Path output) {
        this.output = output.toAbsolutePath().normalize();
    }

    /**
     * Refuses output folders whose replacement would destroy something that is not a generated site: a folder
     * that holds the inputs, the working directory or a repository.
     */
    public void checkSafe(String shownOutput, Collection<Path> inputs) throws BuildFailedException {
        Path cwd = Path.of("").toAbsolutePath().normalize();
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(output)) {
                throw refuse(shownOutput, "the output folder contains the input folder " + input);
            }
            if (output.startsWith(in)) {
                throw refuse(shownOutput, "the output folder is inside the input folder " + input);
            }
        }
        if (cwd.startsWith(output)) {
            throw refuse(shownOutput, "the output folder contains the working directory");
        }
        if (Files.exists(output.resolve(".git")) || Files.exists(output.resolve("pom.xml"))) {
            throw refuse(shownOutput, "the output folder looks like a project, not a generated site");
        }
    }

    private static BuildFailedException refuse(String shownOutput, String why) {
        return new BuildFailedException(Diagnostic.error(SourceLocation.file(shownOutput),
                "refusing to replace the output folder: " + why,
                "choose a dedicated output folder such as site/ with --output"));
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
    public synchronized Written write(List<OutputFile> files) throws IOException {
        Path parent = output.getParent();
        Files.createDirectories(parent);
        cleanLeftovers(parent);
        Path staging = Files.createTempDirectory(parent, STAGING_PREFIX + output.getFileName() + "-");
        int changed = 0;
        Map<String, Published> before = published;
        Map<String, Published> now = new HashMap<>();
        Set<Path> folders = new HashSet<>();
        published = Map.of(); // until this write is complete
        try {
            for (OutputFile file : files) {
                Path target = staging.resolve(file.path()).normalize();
                if (!target.startsWith(staging) || target.equals(staging)) {
                    throw new IllegalStateException("output path escapes the site: " + file.path());
                }
                if (folders.add(target.getParent())) {
                    Files.createDirectories(target.getParent());
                }
                BasicFileAttributes kept = linkUnchanged(output.resolve(file.path()).normalize(), target, file.bytes(),
                        before.get(file.path()));
                if (kept == null) {
                    Files.write(target, file.bytes());
                    changed++;
                    kept = attributes(target);
                }
                if (kept != null) {
                    now.put(file.path(), new Published(file.bytes(), kept.fileKey(), kept.size(),
                            kept.lastModifiedTime()));
                }
            }
            swap(staging, parent);
            published = now;
            return new Written(changed, files.size() - changed);
        } catch (IOException | RuntimeException e) {
            deleteTree(staging);
            throw e;
        }
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
     * retired and no output: put that back, then remove the leftovers.
     */
    private void cleanLeftovers(Path parent) throws IOException {
        String name = output.getFileName().toString();
        List<Path> leftovers;
        try (var entries = Files.list(parent)) {
            leftovers = entries.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(STAGING_PREFIX + name + "-") || n.startsWith(RETIRED_PREFIX + name + "-");
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

}
