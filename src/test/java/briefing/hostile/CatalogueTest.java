package briefing.hostile;

import briefing.pipeline.TestSite;
import briefing.pipeline.Txtar;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.DiagnosticPrinter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The catalogue of bad input (README "Reliability"): every {@code src/test/resources/hostile/catalogue/*.txtar}
 * overlays the valid site {@code hostile/base.txtar} and names, in its comment, the error it must produce. A case
 * passes only if the build fails with a typed error (never another exception) whose headline starts with each
 * expected {@code path:line:column: error:} prefix.
 *
 * <p>Directives in a case's comment lines:
 * <ul>
 *   <li>{@code expect: PREFIX}: some error headline starts with PREFIX (repeatable);
 *       {@code expect: ok}: the build succeeds</li>
 *   <li>{@code causes: N}: exactly N errors stand on their own (the others follow from one of them and are not
 *       counted, as the CLI prints them); {@code first: PREFIX}: the first of those, as printed, starts with
 *       PREFIX</li>
 *   <li>{@code delete: PATH}: removes a file of the base site</li>
 *   <li>{@code crlf: PATH}, {@code bom: PATH}: rewrites the file with CRLF line ends / a UTF-8 byte-order mark</li>
 *   <li>{@code bytes: PATH}: turns {@code \xNN} in the file into raw bytes (invalid UTF-8, Latin-1)</li>
 * </ul>
 * A case that brings any {@code templates/} file gets a copy of the project's templates with its files laid over.
 */
class CatalogueTest {

    static final String FOLDER = "/hostile/catalogue/";

    static Stream<String> cases() throws IOException, URISyntaxException {
        Path dir = Path.of(CatalogueTest.class.getResource(FOLDER).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txtar"))
                    .map(n -> n.substring(0, n.length() - ".txtar".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputIsAnErrorAtItsPlace(String name, @TempDir Path dir) throws Exception {
        TestSite site = TestSite.of("/hostile/base.txtar", dir);
        Txtar overlay = Txtar.resource(FOLDER + name + ".txtar");
        List<String> expected = new ArrayList<>();
        Integer causes = null;
        String first = null;
        if (overlay.files().keySet().stream().anyMatch(f -> f.startsWith("templates/"))) {
            TestSite.copyTree(TestSite.PROJECT_TEMPLATES, dir.resolve("templates"));
        }
        overlay.writeInputs(dir);
        for (String line : overlay.comment().split("\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).strip();
            String value = line.substring(colon + 1).strip();
            switch (key) {
                case "expect" -> expected.add(value);
                case "causes" -> causes = Integer.valueOf(value);
                case "first" -> first = value;
                case "delete" -> Files.delete(dir.resolve(value));
                case "crlf" -> Files.writeString(dir.resolve(value),
                        Files.readString(dir.resolve(value)).replace("\n", "\r\n"));
                case "bom" -> {
                    byte[] text = Files.readAllBytes(dir.resolve(value));
                    byte[] out = new byte[text.length + 3];
                    out[0] = (byte) 0xEF;
                    out[1] = (byte) 0xBB;
                    out[2] = (byte) 0xBF;
                    System.arraycopy(text, 0, out, 3, text.length);
                    Files.write(dir.resolve(value), out);
                }
                case "bytes" -> Files.write(dir.resolve(value), unescape(Files.readString(dir.resolve(value))));
                default -> {
                }
            }
        }
        assertThat(expected).as("case %s names what it expects", name).isNotEmpty();

        List<String> headlines;
        List<String> standAlone = List.of();
        try {
            site.render();
            headlines = List.of();
        } catch (BuildFailedException e) {
            headlines = e.diagnostics().stream().map(Diagnostic::headline).toList();
            standAlone = DiagnosticPrinter.causesFirst(e.diagnostics()).stream().filter(Diagnostic::isError)
                    .map(Diagnostic::headline).toList();
        } catch (RuntimeException | StackOverflowError e) {
            throw new AssertionError("case " + name + " crashed the build instead of reporting an error", e);
        }
        if (expected.equals(List.of("ok"))) {
            assertThat(headlines).as("case %s must build", name).isEmpty();
            return;
        }
        if (headlines.isEmpty()) {
            fail("case %s: expected the build to fail with %s", name, expected);
        }
        if (causes != null) {
            assertThat(standAlone).as("case %s: the errors that stand on their own", name).hasSize(causes);
        }
        if (first != null) {
            assertThat(standAlone.get(0)).as("case %s: the first error printed", name).startsWith(first);
        }
        for (String prefix : expected) {
            assertThat(headlines).as("case %s: an error starting with %s", name, prefix)
                    .anySatisfy(h -> assertThat(h).startsWith(prefix));
        }
        // Every error is in the compiler format with a file, and none echoes a Java exception.
        assertThat(headlines).allSatisfy(h -> assertThat(h)
                .matches("(content|templates)/[^:]+(:\\d+:\\d+)?: error: .+")
                .doesNotContain("Exception").doesNotContain("java."));
    }

    private static byte[] unescape(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            if (text.startsWith("\\x", i) && i + 4 <= text.length()) {
                out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                byte[] b = String.valueOf(text.charAt(i)).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toByteArray();
    }
}
