package briefing.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The content folder as it was at a git revision, copied out of the repository's object store into a temporary
 * folder with the repository's layout (so {@code content/briefings/x/round.yaml} is at the same relative path), and
 * deleted on {@link #close}. The working tree, the index and the refs are only read.
 */
public final class RevisionContent implements AutoCloseable {

    private final Path root;
    private final Path contentDir;
    private final String commit;

    private RevisionContent(Path root, Path contentDir, String commit) {
        this.root = root;
        this.contentDir = contentDir;
        this.commit = commit;
    }

    /** The temporary folder standing for the repository's top folder. */
    public Path root() {
        return root;
    }

    /** The content folder at the revision, inside {@link #root()}. */
    public Path contentDir() {
        return contentDir;
    }

    /** The full commit id the revision named. */
    public String commit() {
        return commit;
    }

    /**
     * Copies out the folder that is {@code contentDir} in the working tree, as it was at {@code revision}.
     *
     * @throws RevisionException when git is missing, {@code contentDir} is not in a repository, the revision does
     *                           not name a commit, or the folder did not exist in it
     * @throws IOException       when the temporary folder cannot be written
     */
    public static RevisionContent extract(Path contentDir, String revision) throws RevisionException, IOException {
        if (revision.isBlank() || revision.startsWith("-")) {
            // A leading dash would be read by git as an option.
            throw new RevisionException("\"" + revision + "\" is not a revision",
                    "give a commit, branch or tag, e.g. HEAD~1, main or a commit id from git log --oneline");
        }
        Git here = new Git(contentDir);
        Git.Result where = here.run("rev-parse", "--show-toplevel", "--show-prefix");
        if (where.exitCode() != 0) {
            throw new RevisionException(contentDir + " is not in a git repository (" + where.firstErrorLine() + ")",
                    "briefing diff compares with the history of a git clone; run it in one");
        }
        List<String> lines = where.text().lines().toList();
        Path top = Path.of(lines.get(0));
        String prefix = lines.size() > 1 ? lines.get(1) : "";
        Git.Result resolved = here.run("rev-parse", "--verify", "--quiet", revision + "^{commit}");
        if (resolved.exitCode() != 0) {
            throw new RevisionException("unknown revision \"" + revision + "\"",
                    "give a commit, branch or tag, e.g. HEAD~1, main or a commit id from git log --oneline");
        }
        String commit = resolved.text().strip();
        Git repository = new Git(top);
        List<String> listing = new ArrayList<>(List.of("ls-tree", "-r", "-z", commit));
        if (!prefix.isEmpty()) {
            listing.add("--");
            listing.add(prefix);
        }
        Git.Result tree = repository.run(listing, new byte[0]);
        if (tree.exitCode() != 0) {
            throw new RevisionException("cannot list " + revision + ": " + tree.firstErrorLine(), null);
        }
        // "<mode> <type> <id>\t<path>\0" per file. Links and submodules are left out: only files are content.
        Map<String, String> files = new LinkedHashMap<>();
        for (String entry : tree.text().split("\0")) {
            int tab = entry.indexOf('\t');
            if (tab < 0) {
                continue;
            }
            String[] meta = entry.substring(0, tab).split(" ");
            if (meta.length == 3 && meta[1].equals("blob") && !meta[0].equals("120000")) {
                files.put(entry.substring(tab + 1), meta[2]);
            }
        }
        String shownFolder = prefix.isEmpty() ? "the repository" : prefix;
        if (files.isEmpty()) {
            throw new RevisionException(shownFolder + " did not exist at " + revision,
                    "choose a revision that has the content folder (git log --oneline -- " + shownFolder + ")");
        }
        Map<String, byte[]> blobs = repository.blobs(List.copyOf(new LinkedHashSet<>(files.values())));
        // Real path: the source reader refuses files whose real path leaves the folder (e.g. /tmp as a link).
        Path root = Files.createTempDirectory("briefing-diff-").toRealPath();
        RevisionContent content = new RevisionContent(root, root.resolve(prefix).normalize(), commit);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path target = root.resolve(file.getKey()).normalize();
                if (!target.startsWith(root)) {
                    throw new RevisionException("git listed a path outside the repository: " + file.getKey(), null);
                }
                Files.createDirectories(target.getParent());
                Files.write(target, blobs.get(file.getValue()));
            }
        } catch (IOException | RevisionException | RuntimeException e) {
            content.close();
            throw e;
        }
        return content;
    }

    /** Deletes the temporary folder; what cannot be deleted is left to the system's temporary-file cleaning. */
    @Override
    public void close() {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            // best effort: nothing of the user's is in there
        }
    }
}
