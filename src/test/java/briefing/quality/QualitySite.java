package briefing.quality;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The real {@code content/} built once per JVM, as it is published: base URL {@code https://example.github.io/briefing/},
 * so every internal link starts with {@code /briefing/}. Shared by the crawler and the browser tests.
 */
final class QualitySite {

    static final URI BASE_URL = URI.create("https://example.github.io/briefing/");

    private static Path site;

    private QualitySite() {
    }

    /** The folder holding the built site (deleted when the JVM exits). */
    static synchronized Path built() throws Exception {
        if (site == null) {
            Path tmp = Files.createTempDirectory("briefing-quality-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tmp)));
            Path out = tmp.resolve("site");
            new BuildPipeline(Path.of("")).build(new BuildOptions(Path.of("content"), Path.of("templates"), out,
                    Optional.of(BASE_URL), false));
            site = out;
        }
        return site;
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
