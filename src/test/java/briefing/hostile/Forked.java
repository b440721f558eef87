package briefing.hostile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a class of the test classpath in a fresh JVM, as a user's terminal would run the launcher. */
final class Forked {

    private Forked() {
    }

    record Result(int exit, String out, String err) {
        String all() {
            return out + err;
        }
    }

    static ProcessBuilder builder(Path workingDir, List<String> jvmOptions, String mainClass, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Djava.awt.headless=true");
        command.add("-Dfile.encoding=UTF-8");
        // As surefire does for the test JVM: the Nu checker's Saxon on the test classpath must not replace the
        // JDK's TransformerFactory (the shipped jar has no Saxon; SVG output would differ), and log4j stays quiet.
        for (String property : List.of("javax.xml.transform.TransformerFactory", "log4j.configuration")) {
            if (System.getProperty(property) != null) {
                command.add("-D" + property + "=" + System.getProperty(property));
            }
        }
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(mainClass);
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workingDir.toFile());
    }

    static Result run(Path workingDir, List<String> jvmOptions, String mainClass, String... args)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile("forked-out", ".txt");
        Path err = Files.createTempFile("forked-err", ".txt");
        try {
            Process p = builder(workingDir, jvmOptions, mainClass, args)
                    .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new AssertionError("forked " + mainClass + " did not finish in 120 s");
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
