package briefing.output;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.SourceLocation;
import briefing.render.OutputFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides whether a folder may be replaced by a published site. Publishing replaces the output folder as a whole,
 * so everything in it is lost: only a folder this tool made (it carries {@link #MARKER}), an empty folder or a
 * missing one may be replaced; never the project, its inputs, a folder that holds them, the user's home folder or
 * the root. Paths are compared as the file system resolves them (links followed), not as typed, so a link can't
 * smuggle the output into {@code content/}.
 */
public final class OutputGuard {

    /**
     * The file written into every published site, so a later build knows the folder is a generated site it may
     * replace. A plain dot file: GitHub Pages serves it like any other file (the site has {@code .nojekyll}); it is
     * not a page, so the link check never scans it and the sitemap, feed and search never list it.
     */
    public static final String MARKER = ".briefing-site";

    /** The marker's text: the same in every site, so builds stay byte-identical. */
    public static final OutputFile MARKER_FILE = new OutputFile(MARKER, ("This folder is a site built by briefing. "
            + "`briefing build` and `briefing serve` replace it as a whole; edit the content, not these files.\n")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));

    /** A folder to protect, with the name the message shows for it. */
    public record Input(Path path, String what) {
    }

    private final List<Path> projects;
    private final List<Input> inputs;
    private final Path home;
    private final boolean force;

    /**
     * @param projects folders to keep with all their ancestors (the working directory, the folders holding the
     *                 inputs); what is inside them may be replaced
     * @param inputs   folders to keep with their ancestors and everything inside them
     * @param home     the user's home folder, kept with its ancestors; null for none
     * @param force    whether a folder with files in it but no marker may be taken over
     */
    public OutputGuard(List<Path> projects, List<Input> inputs, Path home, boolean force) {
        this.projects = List.copyOf(projects);
        this.inputs = List.copyOf(inputs);
        this.home = home;
        this.force = force;
    }

    /**
     * The guard for a project: the working directories, the content and templates folders and the folders that
     * hold them, and the home folder of the user running this.
     */
    public static OutputGuard forProject(Path workingDir, Path contentDir, Path templatesDir, boolean force) {
        List<Path> projects = new ArrayList<>(List.of(workingDir, Path.of("")));
        for (Path input : List.of(contentDir, templatesDir)) {
            Optional.ofNullable(input.toAbsolutePath().normalize().getParent()).ifPresent(projects::add);
        }
        String home = System.getProperty("user.home");
        return new OutputGuard(projects, List.of(new Input(contentDir, "the content folder"),
                new Input(templatesDir, "the templates folder")), home == null || home.isBlank() ? null : Path.of(home),
                force);
    }

    /**
     * Checks {@code output} and returns it resolved through links: the folder publishing may replace.
     *
     * @param shown the output folder as the user typed it, for the message
     */
    public Path check(Path output, String shown) throws BuildFailedException {
        Path real = resolve(output);
        if (real.getParent() == null) {
            throw refuse(shown, "it is the root of the file system");
        }
        for (Path project : projects) {
            if (real.equals(resolve(project))) {
                throw refuse(shown, "it is the project folder");
            }
        }
        for (Input input : inputs) {
            Path in = resolve(input.path());
            if (real.equals(in)) {
                throw refuse(shown, "it is " + input.what());
            }
            if (real.startsWith(in)) {
                throw refuse(shown, "it is inside " + input.what() + " " + input.path());
            }
        }
        for (Path project : projects) {
            if (resolve(project).startsWith(real)) {
                throw refuse(shown, "it contains the project folder");
            }
        }
        for (Input input : inputs) {
            if (resolve(input.path()).startsWith(real)) {
                throw refuse(shown, "it contains " + input.what() + " " + input.path());
            }
        }
        if (home != null) {
            Path h = resolve(home);
            if (real.equals(h)) {
                throw refuse(shown, "it is your home folder");
            }
            if (h.startsWith(real)) {
                throw refuse(shown, "it contains your home folder");
            }
        }
        if (Files.exists(real, LinkOption.NOFOLLOW_LINKS) && !Files.exists(real)) {
            throw refuse(shown, "it is a link to something that does not exist");
        }
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw refuse(shown, "it is a file, not a folder");
        }
        if (Files.exists(real.resolve(".git"), LinkOption.NOFOLLOW_LINKS)) {
            throw refuse(shown, "it is a git repository");
        }
        if (!force && !replaceable(real)) {
            throw new BuildFailedException(Diagnostic.error(SourceLocation.file(shown),
                    "refusing to replace the output folder: it has files in it and is not a site briefing built "
                            + "(no " + MARKER + " file)",
                    "choose a new or empty folder with --output, or pass --force to replace the folder and "
                            + "everything in it"));
        }
        return real;
    }

    /** Whether the folder is missing, empty or marked as a site we wrote. */
    static boolean replaceable(Path folder) {
        if (!Files.isDirectory(folder) || marked(folder)) {
            return true;
        }
        try (var entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the folder carries the marker (a regular file, not a link to one). */
    static boolean marked(Path folder) {
        return Files.isRegularFile(folder.resolve(MARKER), LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The path as the file system resolves it: the real path of the nearest part that exists (links followed,
     * {@code ..} applied after them, as the kernel does), then the rest.
     */
    static Path resolve(Path path) {
        Path absolute = path.toAbsolutePath();
        for (Path existing = absolute; existing != null; existing = existing.getParent()) {
            if (Files.exists(existing)) {
                try {
                    return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
                } catch (IOException e) {
                    break;
                }
            }
        }
        return absolute.normalize();
    }

    private BuildFailedException refuse(String shown, String why) {
        return new BuildFailedException(Diagnostic.error(SourceLocation.file(shown),
                "refusing to replace the output folder: " + why,
                (force ? "--force never replaces the project, its inputs, a folder that holds them, a file, a "
                        + "repository, your home folder or /; " : "")
                        + "choose a dedicated output folder such as site/ with --output"));
    }
}
