package briefing.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release archive as a user gets it (docs/install.md): unpacked with tar into an empty folder, run through
 * bin/briefing with a PATH that holds Java and a few basic tools but no Maven, and no JAVA_HOME. Failsafe runs this
 * after the package phase of {@code mvn verify}; the archive's path comes from the pom.
 */
@DisabledOnOs(OS.WINDOWS)
class InstallArchiveIT {

    @TempDir
    static Path tmp;

    static Path home;
    static Map<String, String> env;

    @BeforeAll
    static void unpack() throws Exception {
        Path archive = Path.of(System.getProperty("briefing.archive", "target/briefing-unknown.tar.gz"));
        assertThat(archive).as("the archive mvn package makes").exists();
        Path unpacked = Files.createDirectories(tmp.resolve("unpacked"));
        Process tar = new ProcessBuilder("tar", "-xzf", archive.toAbsolutePath().toString(), "-C", unpacked.toString())
                .redirectErrorStream(true).start();
        String out = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor()).as(out).isZero();
        home = unpacked.resolve("briefing-" + System.getProperty("briefing.version"));
        assertThat(home).isDirectory();

        // A user's PATH: java (as a link, like /usr/bin/java to the runtime) and the tools the launcher uses.
        Path bin = Files.createDirectories(tmp.resolve("path"));
        Files.createSymbolicLink(bin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("readlink", "sed")) {
            Path found = which(tool);
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        env = Map.of("PATH", bin.toString());
    }

    @Test
    void theArchiveHoldsTheLaunchersTheJarTheCompletionTheDocsAndASiteToStartFrom() throws IOException {
        assertThat(home.resolve("bin/briefing")).isExecutable();
        assertThat(home.resolve("lib/briefing.jar")).isRegularFile();
        assertThat(home.resolve("completion/briefing.bash")).isRegularFile();
        assertThat(home.resolve("README.md")).isRegularFile();
        assertThat(home.resolve("docs/install.md")).isRegularFile();
        assertThat(home.resolve("example/content/site.yaml")).isRegularFile();
        assertThat(home.resolve("example/templates/briefing.ftlh")).isRegularFile();
        assertThat(home.resolve("example/schemas/site.json")).isRegularFile();
        assertThat(Files.readString(home.resolve("bin/briefing.cmd"))).startsWith("@echo off\r\n")
                .doesNotContain("\r\r").doesNotContainPattern("[^\r]\n");
        assertThat(Files.readString(home.resolve("bin/briefing"))).startsWith("#!/bin/sh\n").doesNotContain("\r");
    }

    @Test
    void theZipHoldsTheSameFiles() throws Exception {
        TreeSet<String> tarFiles = new TreeSet<>();
        try (var walk = Files.walk(home.getParent())) {
            walk.filter(Files::isRegularFile).forEach(p -> tarFiles.add(home.getParent().relativize(p).toString()));
        }
        TreeSet<String> zipFiles = new TreeSet<>();
        try (ZipFile zip = new ZipFile(System.getProperty("briefing.zip"))) {
            Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory()).forEach(e -> zipFiles.add(e.getName()));
        }
        assertThat(zipFiles).isEqualTo(tarFiles);
    }

    @Test
    void versionRunsWithJavaFromPathAndNoMaven() throws Exception {
        Run run = run(home, "--version");
        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("briefing " + System.getProperty("briefing.version") + "\n")
                .contains("\nJava " + System.getProperty("java.version") + " ");
        Run mvn = shell(home, "command -v mvn || echo no maven");
        assertThat(mvn.output().strip()).isEqualTo("no maven");
    }

    @Test
    void theExampleSiteBuilds() throws Exception {
        Path project = tmp.resolve("my-briefings");
        copy(home.resolve("example"), project);
        Run run = run(project, "build");
        assertThat(run.code()).as(run.output()).isZero();
        assertThat(run.output()).startsWith("Built ").contains(" into site in ");
        assertThat(project.resolve("site/index.html")).isRegularFile();
        assertThat(project.resolve("site/briefings/amazon-openai-talks/index.html")).isRegularFile();
    }

    @Test
    void theShippedCompletionIsWhatTheCommandPrints() throws Exception {
        Run run = run(home, "completion", "bash");
        assertThat(run.code()).isZero();
        assertThat(run.output()).isEqualTo(Files.readString(home.resolve("completion/briefing.bash")));
    }

    record Run(int code, String output) {
    }

    private static Run run(Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(home.resolve("bin/briefing").toString()));
        command.addAll(List.of(args));
        return start(cwd, command);
    }

    private static Run shell(Path cwd, String script) throws Exception {
        return start(cwd, List.of("/bin/sh", "-c", script));
    }

    private static Run start(Path cwd, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().clear();
        pb.environment().putAll(env);
        pb.environment().put("HOME", tmp.toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("finished").isTrue();
        return new Run(p.exitValue(), out);
    }

    private static Path which(String tool) {
        for (String folder : System.getenv("PATH").split(":")) {
            Path candidate = Path.of(folder, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " is not on PATH");
    }

    private static void copy(Path from, Path to) throws IOException {
        try (var walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
    }
}
