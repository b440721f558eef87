package briefing.pipeline;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.render.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A test site laid out in a temporary folder from a txtar file, built with the project's real templates unless the
 * txtar brings its own {@code templates/}.
 */
public final class TestSite {

    public static final Path PROJECT_TEMPLATES = Path.of("templates").toAbsolutePath();

    private final Path dir;
    private final Txtar txtar;

    private TestSite(Path dir, Txtar txtar) {
        this.dir = dir;
        this.txtar = txtar;
    }

    public static TestSite of(String resource, Path dir) {
        Txtar txtar = Txtar.resource(resource);
        txtar.writeInputs(dir);
        return new TestSite(dir, txtar);
    }

    public Txtar txtar() {
        return txtar;
    }

    public Path dir() {
        return dir;
    }

    public BuildOptions options() {
        Path templates = Files.isDirectory(dir.resolve("templates")) ? dir.resolve("templates") : PROJECT_TEMPLATES;
        return new BuildOptions(dir.resolve("content"), templates, dir.resolve("site"), Optional.empty(), false);
    }

    public Built render() throws BuildFailedException, IOException {
        return render(options());
    }

    public Built render(BuildOptions options) throws BuildFailedException, IOException {
        BuildPipeline.Rendered rendered = new BuildPipeline(dir).render(options);
        return new Built(rendered.files().stream()
                .collect(Collectors.toMap(OutputFile::path, f -> new String(f.bytes(), StandardCharsets.UTF_8))),
                rendered.warnings());
    }

    /** The build's errors as headlines; fails if the build succeeds. */
    public List<String> errors() throws IOException {
        try {
            render();
        } catch (BuildFailedException e) {
            return e.diagnostics().stream().map(Diagnostic::headline).toList();
        }
        throw new AssertionError("expected the build of " + dir + " to fail");
    }

    /** Copies a folder tree (content, templates) into place for a test. */
    public static void copyTree(Path from, Path to) throws IOException {
        try (java.util.stream.Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The rendered site: output path to text. */
    public record Built(Map<String, String> files, List<Diagnostic> warnings) {
        public String text(String path) {
            String text = files.get(path);
            if (text == null) {
                throw new AssertionError("no output " + path + "; have " + files.keySet().stream().sorted().toList());
            }
            return text;
        }

        public Document html(String path) {
            return Jsoup.parse(text(path));
        }
    }
}
