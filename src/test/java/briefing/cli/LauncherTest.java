package briefing.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The launcher, src/main/sh/briefing (copied to target/briefing by mvn package, and to bin/briefing in the release
 * archive), run against a stand-in Java that prints the arguments it was given: the settings it chooses per command,
 * where it finds the jar and archive, and what it says when Java is missing or too old.
 */
@DisabledOnOs(OS.WINDOWS)
class LauncherTest {

    private static final Path LAUNCHER = Path.of("src/main/sh/briefing").toAbsolutePath();

    @TempDir
    Path dir;

    @Test
    void aBuildRunsTheJarWithTheArchiveTheQuickCompilerAndTheSerialCollector() throws Exception {
        Path target = installed();
        List<String> args = run(target.resolve("briefing"), Map.of(), "build", "--output", "my site");
        assertThat(args).containsExactly("-Djava.awt.headless=true",
                "-XX:SharedArchiveFile=" + target.toRealPath().resolve("briefing.jsa"),
                "-Xlog:cds=off,cds+dynamic=off", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC",
                "-jar", target.toRealPath().resolve("briefing.jar").toString(), "build", "--output", "my site");
    }

    @Test
    void serveKeepsTheJvmDefaultsButTheArchive() throws Exception {
        Path target = installed();
        List<String> args = run(target.resolve("briefing"), Map.of(), "serve", "--port", "0");
        assertThat(args).doesNotContain("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC")
                .contains("-XX:SharedArchiveFile=" + target.toRealPath().resolve("briefing.jsa"))
                .endsWith("serve", "--port", "0");
    }

    @Test
    void extraJvmOptionsComeBeforeTheJarAndItIsFoundFromAnotherFolder() throws Exception {
        Path target = installed();
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));
        List<String> args = run(target.resolve("briefing"), Map.of("BRIEFING_JAVA_OPTS", "-Xmx1g -Dx=y"),
                elsewhere, "check");
        int jar = args.indexOf("-jar");
        assertThat(args.subList(0, jar)).contains("-Xmx1g", "-Dx=y");
        assertThat(args.get(jar + 1)).isEqualTo(target.toRealPath().resolve("briefing.jar").toString());
    }

    @Test
    void inTheReleaseLayoutTheJarIsInLibAndALinkToTheLauncherStillFindsIt() throws Exception {
        Path home = Files.createDirectories(dir.resolve("briefing-1.0"));
        Files.createDirectories(home.resolve("bin"));
        Files.createDirectories(home.resolve("lib"));
        Files.createFile(home.resolve("lib/briefing.jar"));
        Files.copy(LAUNCHER, home.resolve("bin/briefing"));
        standInJava("17.0.12");
        Path links = Files.createDirectories(dir.resolve("local/bin"));
        Files.createSymbolicLink(links.resolve("briefing"), Path.of("../../briefing-1.0/bin/briefing"));
        List<String> args = run(links.resolve("briefing"), Map.of(), "check");
        Path lib = home.toRealPath().resolve("lib");
        assertThat(args).contains("-XX:SharedArchiveFile=" + lib.resolve("briefing.jsa"))
                .containsSubsequence("-jar", lib.resolve("briefing.jar").toString(), "check");
    }

    @Test
    void aJavaOlderThan17IsRefusedWithASentenceNotAClassVersionError() throws Exception {
        Path target = installed();
        standInJava("11.0.2");
        Outcome outcome = launch(target.resolve("briefing"), Map.of(), dir, "build");
        assertThat(outcome.code()).isEqualTo(69);
        assertThat(outcome.output()).isEqualTo("error: briefing needs Java 17 or newer; " + dir.resolve("jdk/bin/java")
                + " is Java 11.0.2\n" + "  hint: " + NEED + "\n");
    }

    @Test
    void aJavaWithoutAReleaseFileIsAskedItsVersion() throws Exception {
        Path target = installed();
        Files.delete(dir.resolve("jdk/release"));
        Path java = dir.resolve("jdk/bin/java");
        Files.writeString(java, "#!/bin/sh\n[ \"$1\" = -version ] && { echo 'openjdk version \"1.8.0_412\"' >&2; "
                + "exit 0; }\necho ran\n", StandardCharsets.UTF_8);
        Outcome outcome = launch(target.resolve("briefing"), Map.of(), dir, "build");
        assertThat(outcome.code()).isEqualTo(69);
        assertThat(outcome.output()).isEqualTo("error: briefing needs Java 17 or newer; " + java + " is Java 1.8.0_412\n"
                + "  hint: " + NEED + "\n");
    }

    @Test
    void noJavaAnywhereSaysWhatToInstall() throws Exception {
        Path target = installed();
        Map<String, String> env = new java.util.HashMap<>(Map.of("PATH", dir.resolve("empty").toString()));
        env.put("JAVA_HOME", null);
        Outcome outcome = launch(target.resolve("briefing"), env, dir, "--version");
        assertThat(outcome.code()).isEqualTo(69);
        assertThat(outcome.output()).isEqualTo("error: briefing needs Java 17 or newer, and no java is on PATH\n"
                + "  hint: " + NEED + "\n");
    }

    @Test
    void aJavaHomeWithoutJavaIsNamed() throws Exception {
        Path target = installed();
        Outcome outcome = launch(target.resolve("briefing"), Map.of("JAVA_HOME", dir.resolve("nowhere").toString()),
                dir, "--version");
        assertThat(outcome.code()).isEqualTo(69);
        assertThat(outcome.output()).isEqualTo("error: JAVA_HOME is " + dir.resolve("nowhere")
                + ", but it has no bin/java\n" + "  hint: " + NEED + "\n");
    }

    private static final String NEED = "install Java 17 or newer (e.g. Eclipse Temurin 17) and put its bin folder on "
            + "PATH, or set JAVA_HOME to it";

    /** The launcher in a folder of its own, with a stand-in Java 17 under JAVA_HOME that prints its arguments. */
    private Path installed() throws IOException {
        Path target = Files.createDirectories(dir.resolve("target"));
        Files.copy(LAUNCHER, target.resolve("briefing"));
        standInJava("17.0.2");
        return target;
    }

    /** dir/jdk: a bin/java that prints its arguments, and the release file a real runtime has. */
    private void standInJava(String version) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(dir.resolve("jdk/release"), "IMPLEMENTOR=\"Stand-in\"\nJAVA_VERSION=\"" + version
                + "\"\nJAVA_VERSION_DATE=\"2026-01-20\"\n", StandardCharsets.UTF_8);
    }

    private List<String> run(Path launcher, Map<String, String> env, String... args) throws Exception {
        return run(launcher, env, dir, args);
    }

    private List<String> run(Path launcher, Map<String, String> env, Path cwd, String... args) throws Exception {
        Outcome outcome = launch(launcher, env, cwd, args);
        assertThat(outcome.code()).as(outcome.output()).isZero();
        return outcome.output().lines().toList();
    }

    record Outcome(int code, String output) {
    }

    /** Runs the launcher; a null value in env removes that variable. */
    private Outcome launch(Path launcher, Map<String, String> env, Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("BRIEFING_JAVA_OPTS");
        env.forEach((name, value) -> {
            if (value == null) {
                pb.environment().remove(name);
            } else {
                pb.environment().put(name, value);
            }
        });
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Outcome(p.waitFor(), out);
    }
}
