package briefing.hostile;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.BuildResult;
import briefing.pipeline.TestSite;
import briefing.cli.Main;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.serve.DevServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Output folders (README "Safe builds"): {@code build} and {@code serve} publish through one guarded path and refuse
 * every folder whose replacement would lose something that is not a site briefing wrote: the project, its inputs,
 * the folders holding them and inside them, other folders with files, files, and paths that lead there through a
 * link. Each refusal is checked on a copy of a project, and the whole tree is compared by checksum before and after.
 */
class OutputSafetyTest {

    @TempDir
    Path dir;
    Path project;
    Path user;

    @BeforeEach
    void layOut() throws Exception {
        project = TestSite.of("/hostile/base.txtar", dir.resolve("project")).dir();
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, project.resolve("templates"));
        Files.writeString(project.resolve("README.md"), "# The project\n");
        Files.createDirectories(project.resolve("src"));
        Files.writeString(project.resolve("src/Main.java"), "class Main {}\n");
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/notes.md"), "Notes that exist nowhere else.\n");
        Files.createSymbolicLink(project.resolve("clink"), project.resolve("content"));
        user = Files.createDirectories(dir.resolve("user-folder"));
        Files.writeString(user.resolve("letter.txt"), "A user's own file.\n");
    }

    private BuildOptions options(Path output, boolean force) {
        return new BuildOptions(project.resolve("content"), project.resolve("templates"), output, Optional.empty(),
                false, force);
    }

    /** The output as typed in the case table: relative to the project, or the user's folder. */
    private Path output(String typed) {
        return typed.equals("USER") ? user : project.resolve(typed);
    }

    private String expected(Path output, String reason) {
        return output + ": error: refusing to replace the output folder: " + reason
                .replace("{content}", project.resolve("content").toString())
                .replace("{templates}", project.resolve("templates").toString());
    }

    static final String UNMARKED = "it has files in it and is not a site briefing built (no .briefing-site file)";

    @ParameterizedTest(name = "build --output {0}")
    @CsvSource(delimiter = '|', value = {
            ".                | it is the project folder",
            "..               | it contains the project folder",
            "content          | it is the content folder",
            "content/briefings| it is inside the content folder {content}",
            "templates/assets | it is inside the templates folder {templates}",
            "src              | " + UNMARKED,
            "docs             | " + UNMARKED,
            "USER             | " + UNMARKED,
            "README.md        | it is a file, not a folder",
            "clink/site       | it is inside the content folder {content}",
    })
    void buildRefusesTheFolderAndChangesNothing(String typed, String reason) throws Exception {
        Path output = output(typed);
        Map<String, String> before = tree(dir);
        Run run = run("build", "--content", project.resolve("content").toString(), "--templates",
                project.resolve("templates").toString(), "--output", output.toString());
        assertThat(run.code()).as(run.err()).isEqualTo(1);
        assertThat(run.err().lines().findFirst()).contains(expected(output, reason));
        assertThat(run.err()).contains("  hint: ").doesNotContain("Exception");
        assertThat(tree(dir)).isEqualTo(before);
    }

    @ParameterizedTest(name = "serve --output {0}")
    @CsvSource(delimiter = '|', value = {
            ".                | it is the project folder",
            "..               | it contains the project folder",
            "content          | it is the content folder",
            "content/briefings| it is inside the content folder {content}",
            "templates/assets | it is inside the templates folder {templates}",
            "src              | " + UNMARKED,
            "USER             | " + UNMARKED,
            "README.md        | it is a file, not a folder",
            "clink/site       | it is inside the content folder {content}",
    })
    void serveRefusesTheFolderBeforeItsFirstPublishAndChangesNothing(String typed, String reason) throws Exception {
        Path output = output(typed);
        Map<String, String> before = tree(dir);
        List<String> events = new CopyOnWriteArrayList<>();
        try (DevServer server = new DevServer(project, options(output, false), new InetSocketAddress("127.0.0.1", 0),
                listener(events))) {
            assertThatThrownBy(server::start).isInstanceOf(BuildFailedException.class)
                    .hasMessageStartingWith(expected(output, reason));
        }
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void serveChecksTheOutputAgainOnEveryRebuild() throws Exception {
        List<String> events = new CopyOnWriteArrayList<>();
        Path site = project.resolve("site");
        try (DevServer server = new DevServer(project, options(site, false), new InetSocketAddress("127.0.0.1", 0),
                listener(events))) {
            server.start();
            assertThat(site.resolve("index.html")).exists();
            // Someone puts a folder of their own where the site was.
            Path notes = project.resolve("notes");
            Files.createDirectories(notes);
            Files.writeString(notes.resolve("mine.txt"), "mine\n");
            Files.move(site, project.resolve("old-site"));
            Files.move(notes, site);
            Map<String, String> before = tree(dir);
            long version = server.version();
            Files.writeString(project.resolve("content/about.md"), "---\ntitle: About\n---\nEdited again.\n");
            long deadline = System.currentTimeMillis() + 10_000;
            while (server.version() <= version && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(events).contains("failed: " + expected(site, UNMARKED));
            Map<String, String> after = tree(dir);
            before.remove("project/content/about.md");
            after.remove("project/content/about.md");
            assertThat(after).isEqualTo(before);
            assertThat(Files.readString(site.resolve("mine.txt"))).isEqualTo("mine\n");
        }
    }

    @Test
    void theRefusalShowsThePathAsTypedAndServeStopsWithTheSameExitCode() throws Exception {
        Map<String, String> before = tree(dir);
        Forked.Result dot = Forked.run(project, List.of(), "briefing.cli.Main", "build", "--output", ".");
        assertThat(dot.exit()).as(dot.all()).isEqualTo(1);
        assertThat(dot.err()).startsWith("""
                .: error: refusing to replace the output folder: it is the project folder
                  hint: choose a dedicated output folder such as site/ with --output
                """);
        Forked.Result link = Forked.run(project, List.of(), "briefing.cli.Main", "build", "--output", "clink/site");
        assertThat(link.err()).as(link.all()).startsWith(
                "clink/site: error: refusing to replace the output folder: it is inside the content folder content\n");
        Forked.Result serve = Forked.run(project, List.of(), "briefing.cli.Main", "serve", "--port", "0",
                "--output", "..");
        assertThat(serve.exit()).as(serve.all()).isEqualTo(1);
        assertThat(serve.err()).startsWith(
                "..: error: refusing to replace the output folder: it contains the project folder\n")
                .contains("not serving; .. was left unchanged");
        assertThat(tree(dir)).isEqualTo(before);
    }

    @Test
    void leftoversBesideTheOutputAreRemovedOnlyWhenTheyCarryTheMarker() throws Exception {
        Path foreign = Files.createDirectories(project.resolve(".retired-site-x"));
        Files.writeString(foreign.resolve("keep.txt"), "not ours\n");
        Path foreignStaging = Files.createDirectories(project.resolve(".staging-site-y"));
        Files.writeString(foreignStaging.resolve("keep.txt"), "not ours either\n");
        Path ours = Files.createDirectories(project.resolve(".retired-site-z"));
        Files.writeString(ours.resolve("index.html"), "an old site\n");
        Files.writeString(ours.resolve(".briefing-site"), "");
        Path empty = Files.createDirectories(project.resolve(".staging-site-w"));

        new BuildPipeline(project).build(options(project.resolve("site"), false));

        assertThat(Files.readString(foreign.resolve("keep.txt"))).isEqualTo("not ours\n");
        assertThat(Files.readString(foreignStaging.resolve("keep.txt"))).isEqualTo("not ours either\n");
        assertThat(ours).doesNotExist();
        assertThat(empty).doesNotExist();
        assertThat(project.resolve("site/.briefing-site")).isRegularFile();
    }

    @Test
    void forceTakesOverAFolderWithFilesButNeverAProtectedOne() throws Exception {
        Run refused = run("build", "--content", project.resolve("content").toString(), "--templates",
                project.resolve("templates").toString(), "--output", project.resolve("docs").toString());
        assertThat(refused.err()).contains("or pass --force to replace the folder and everything in it");

        for (String typed : List.of(".", "..", "content", "content/briefings", "templates", "templates/assets",
                "README.md", "clink/site")) {
            Map<String, String> before = tree(dir);
            Run run = run("build", "--force", "--content", project.resolve("content").toString(), "--templates",
                    project.resolve("templates").toString(), "--output", project.resolve(typed).toString());
            assertThat(run.code()).as("--force --output %s: %s", typed, run.err()).isEqualTo(1);
            assertThat(run.err()).as(typed).contains("refusing to replace the output folder: ",
                    "hint: --force never replaces the project, its inputs");
            assertThat(tree(dir)).as(typed).isEqualTo(before);
        }

        Run forced = run("build", "--force", "--content", project.resolve("content").toString(), "--templates",
                project.resolve("templates").toString(), "--output", project.resolve("docs").toString());
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(project.resolve("docs/index.html")).isRegularFile();
        assertThat(project.resolve("docs/.briefing-site")).isRegularFile();
        assertThat(project.resolve("docs/notes.md")).doesNotExist();

        // Now a site: later builds need no --force, and serve takes it over too.
        Run again = run("build", "--content", project.resolve("content").toString(), "--templates",
                project.resolve("templates").toString(), "--output", project.resolve("docs").toString());
        assertThat(again.code()).as(again.err()).isZero();
        Files.writeString(user.resolve("second.txt"), "also mine\n");
        List<String> events = new CopyOnWriteArrayList<>();
        try (DevServer server = new DevServer(project, options(user, true), new InetSocketAddress("127.0.0.1", 0),
                listener(events))) {
            server.start();
        }
        assertThat(events).containsExactly("built");
        assertThat(user.resolve("index.html")).isRegularFile();
        assertThat(user.resolve("letter.txt")).doesNotExist();
    }

    @Test
    void buildsIntoAMissingAnEmptyOrAMarkedSiteFolder() throws Exception {
        BuildPipeline pipeline = new BuildPipeline(project);
        pipeline.build(options(project.resolve("site"), false));
        assertThat(project.resolve("site/.briefing-site")).isRegularFile();
        // Another pipeline (a new process) sees the marker and replaces the site.
        new BuildPipeline(project).build(options(project.resolve("site"), false));
        assertThat(project.resolve("site/index.html")).isRegularFile();
        Files.createDirectories(project.resolve("empty"));
        new BuildPipeline(project).build(options(project.resolve("empty"), false));
        assertThat(project.resolve("empty/index.html")).isRegularFile();
        List<String> events = new CopyOnWriteArrayList<>();
        try (DevServer server = new DevServer(project, options(project.resolve("site"), false),
                new InetSocketAddress("127.0.0.1", 0), listener(events))) {
            server.start();
        }
        assertThat(events).containsExactly("built");
    }

    @Test
    void thePublishedTreeIsReadableByAllUnderUmask077() throws Exception {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 077; exec \"$0\" \"$@\""));
        command.addAll(Forked.builder(project, List.of("-XX:TieredStopAtLevel=1"), "briefing.cli.Main", "build",
                "--quiet").command());
        Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor()).as(output).isZero();
        Map<String, String> modes = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(project.resolve("site"))) {
            for (Path p : walk.toList()) {
                modes.put(project.relativize(p).toString(),
                        PosixFilePermissions.toString(Files.getPosixFilePermissions(p, LinkOption.NOFOLLOW_LINKS)));
            }
        }
        assertThat(modes).hasSizeGreaterThan(10);
        modes.forEach((path, mode) -> assertThat(mode).as(path)
                .isEqualTo(Files.isDirectory(project.resolve(path)) ? "rwxr-xr-x" : "rw-r--r--"));
    }

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static DevServer.Listener listener(List<String> events) {
        return new DevServer.Listener() {
            @Override
            public void built(BuildResult result) {
                events.add("built");
            }

            @Override
            public void failed(List<Diagnostic> problems) {
                events.add("failed: " + problems.get(0).headline());
            }

            @Override
            public void crashed(Throwable bug) {
                events.add("crashed: " + bug);
            }
        };
    }

    /**
     * Every entry under root: a file's SHA-256, a link's target, "folder" for a folder, so a folder created,
     * removed or replaced shows as well as a changed file.
     */
    static Map<String, String> tree(Path root) throws Exception {
        Map<String, String> out = new TreeMap<>();
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (Files.isSymbolicLink(f)) {
                    out.put(rel, "link to " + Files.readSymbolicLink(f));
                } else if (Files.isDirectory(f)) {
                    out.put(rel, "folder");
                } else {
                    out.put(rel, HexFormat.of().formatHex(sha.digest(Files.readAllBytes(f))));
                }
            }
        }
        return out;
    }
}
