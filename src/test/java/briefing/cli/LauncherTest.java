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
 * The launcher, src/main/sh/briefing (copied to target/briefing by mvn package), run against a stand-in Java that
 * prints the arguments it was given: the settings it chooses per command, and where it finds the jar and archive.
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

    /** The launcher in a folder of its own, with a stand-in Java under JAVA_HOME that prints its arguments. */
    private Path installed() throws IOException {
        Path target = Files.createDirectories(dir.resolve("target"));
        Files.copy(LAUNCHER, target.resolve("briefing"));
        Path bin = Files.createDirectories(dir.resolve("jdk/bin"));
        Path java = bin.resolve("java");
        Files.writeString(java, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n",
                StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        return target;
    }

    private List<String> run(Path launcher, Map<String, String> env, String... args) throws Exception {
        return run(launcher, env, dir, args);
    }

    private List<String> run(Path launcher, Map<String, String> env, Path cwd, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("/bin/sh", launcher.toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectErrorStream(true);
        pb.environment().put("JAVA_HOME", dir.resolve("jdk").toString());
        pb.environment().remove("BRIEFING_JAVA_OPTS");
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out.lines().toList();
    }
}
