package briefing.source;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SourceReaderTest {

    @TempDir
    Path base;

    private Path write(String path, byte[] bytes) throws IOException {
        Path file = base.resolve(path);
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        return file;
    }

    private static byte[] bytes(Object... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Object part : parts) {
            if (part instanceof String s) {
                out.writeBytes(s.getBytes(StandardCharsets.UTF_8));
            } else {
                out.write((Integer) part);
            }
        }
        return out.toByteArray();
    }

    private Diagnostic failure(SourceReader reader, Path file) {
        BuildFailedException e = catchThrowableOfType(() -> reader.read(file), BuildFailedException.class);
        assertThat(e).as("expected the read to fail").isNotNull();
        assertThat(e.diagnostics()).hasSize(1);
        return e.diagnostics().get(0);
    }

    @Test
    void readsUtf8TextAndShowsThePathRelativeToTheBaseDir() throws Exception {
        Path file = write("briefings/x/faqs.yaml", bytes("faqs: []\nq: Zürich\n"));

        SourceFile source = new SourceReader(base, 1_000_000).read(file);

        assertThat(source.displayPath()).isEqualTo("briefings/x/faqs.yaml");
        assertThat(source.text()).isEqualTo("faqs: []\nq: Zürich\n");
        assertThat(source.path()).isEqualTo(file);
    }

    @Test
    void dropsAByteOrderMark() throws Exception {
        Path file = write("a.yaml", bytes(0xEF, 0xBB, 0xBF, "title: x\n"));

        assertThat(new SourceReader(base, 1_000_000).read(file).text()).isEqualTo("title: x\n");
    }

    @Test
    void turnsCrlfAndLoneCrIntoLf() throws Exception {
        Path file = write("a.yaml", bytes("a: 1\r\nb: 2\rc: 3\r\n"));

        assertThat(new SourceReader(base, 1_000_000).read(file).text()).isEqualTo("a: 1\nb: 2\nc: 3\n");
    }

    @Test
    void reportsInvalidUtf8AtTheLineAndColumnOfTheBadByte() throws Exception {
        Path file = write("briefings/x/round.yaml", bytes("company: OpenAI\nname: Caf", 0xE9, " round\n"));

        Diagnostic d = failure(new SourceReader(base, 1_000_000), file);

        assertThat(d.headline()).isEqualTo("briefings/x/round.yaml:2:10: error: file is not valid UTF-8");
        assertThat(d.hint()).isEqualTo("save the file as UTF-8 in your editor");
    }

    @Test
    void countsAMultiByteCharacterAsOneColumnBeforeTheBadByte() throws Exception {
        Path file = write("a.yaml", bytes("é", 0xFF));

        assertThat(failure(new SourceReader(base, 1_000_000), file).headline())
                .isEqualTo("a.yaml:1:2: error: file is not valid UTF-8");
    }

    @Test
    void countsColumnsAfterAByteOrderMarkFromTheFirstCharacter() throws Exception {
        Path file = write("a.yaml", bytes(0xEF, 0xBB, 0xBF, "ab", 0xC3));

        assertThat(failure(new SourceReader(base, 1_000_000), file).headline())
                .isEqualTo("a.yaml:1:3: error: file is not valid UTF-8");
    }

    @Test
    void refusesAFileOverTheSizeLimitBeforeReadingIt() throws Exception {
        Path file = write("big.md", bytes("x".repeat(101)));

        Diagnostic d = failure(new SourceReader(base, 100), file);

        assertThat(d.headline()).isEqualTo("big.md: error: file is 101 bytes, over the limit of 100");
        assertThat(d.hint()).isEqualTo("split the file, or raise limits.max_file_bytes in site.yaml");
    }

    @Test
    void acceptsAFileExactlyAtTheSizeLimit() throws Exception {
        Path file = write("ok.md", bytes("x".repeat(100)));

        assertThat(new SourceReader(base, 100).read(file).text()).hasSize(100);
    }

    @Test
    void reportsAMissingFile() {
        Diagnostic d = failure(new SourceReader(base, 100), base.resolve("nope.md"));

        assertThat(d.headline()).isEqualTo("nope.md: error: file not found");
    }

    @Test
    void showsAFileOutsideTheBaseDirWithItsAbsolutePath(@TempDir Path elsewhere) {
        Path outside = elsewhere.resolve("x.md");

        assertThat(new SourceReader(base, 100).displayPath(outside))
                .isEqualTo(outside.toAbsolutePath().normalize().toString().replace('\\', '/'));
    }
}
