package briefing.hostile;

import briefing.cli.Main;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Runs {@code briefing build} for several sites in one forked JVM (start-up paid once):
 * {@code CONTENT TEMPLATES OUTPUT [CONTENT TEMPLATES OUTPUT ...]}. Exits with the first non-zero exit code.
 */
public final class BuildMany {

    private BuildMany() {
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        for (int i = 0; i + 2 < args.length; i += 3) {
            int code = Main.execute(new String[] {"build", "--quiet", "--content", args[i], "--templates", args[i + 1],
                    "--output", args[i + 2]}, out, err);
            if (code != 0) {
                System.exit(code);
            }
        }
        System.exit(0);
    }
}
