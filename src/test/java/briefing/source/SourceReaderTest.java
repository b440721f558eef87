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

    // Confinement: the reader refuses, before reading, anything but a regular file under the confining folder's
    // real path, whatever its base folder (the working directory) is.

    static final String SECRET = "SECRET-line-of-an-outside-file";

    private SourceReader confined() {
        return new SourceReader(base, 1_000_000).within(base.resolve("content"), "content folder");
    }

    private Path outsideFile(Path elsewhere) throws IOException {
        return Files.writeString(elsewhere.resolve("secret.env"), SECRET + "\n");
    }

    @Test
    void refusesALinkLeavingTheContentFolderEvenWhenItStaysInTheBaseFolder() throws Exception {
        Path secret = write("secret.env", bytes(SECRET + "\n"));
        Path link = base.resolve("content/site.yaml");
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, Path.of("../secret.env"));

        Diagnostic d = failure(confined(), link);

        assertThat(d.headline()).isEqualTo("content/site.yaml: error: file is a link to a file outside the content folder");
        assertThat(d.hint()).isEqualTo("it resolves to " + secret.toRealPath()
                + "; copy the file into the content folder instead of linking to it");
        assertThat(d.headline() + d.hint()).doesNotContain(SECRET);
    }

    @Test
    void refusesALinkLeavingTheContentFolderWhenTheContentFolderIsOutsideTheBaseFolder(@TempDir Path elsewhere)
            throws Exception {
        Path content = Files.createDirectories(elsewhere.resolve("project/content/briefings/x"));
        Path link = Files.createSymbolicLink(content.resolve("faqs.yaml"), outsideFile(elsewhere));
        SourceReader reader = new SourceReader(base, 1_000_000).within(elsewhere.resolve("project/content"),
                "content folder");

        Diagnostic d = failure(reader, link);

        assertThat(d.headline()).isEqualTo(link.toAbsolutePath().normalize()
                + ": error: file is a link to a file outside the content folder");
    }

    @Test
    void refusesAFolderOnTheWayThatLinksOutside(@TempDir Path elsewhere) throws Exception {
        outsideFile(elsewhere);
        Files.createDirectories(base.resolve("content/briefings"));
        Files.createSymbolicLink(base.resolve("content/briefings/x"), elsewhere);

        Diagnostic d = failure(confined(), base.resolve("content/briefings/x/secret.env"));

        assertThat(d.headline()).isEqualTo(
                "content/briefings/x/secret.env: error: file is a link to a file outside the content folder");
    }

    @Test
    void acceptsALinkThatStaysInsideTheContentFolder() throws Exception {
        write("content/shared/faqs.yaml", bytes("faqs: []\n"));
        Files.createDirectories(base.resolve("content/briefings/x"));
        Path link = Files.createSymbolicLink(base.resolve("content/briefings/x/faqs.yaml"),
                Path.of("../../shared/faqs.yaml"));

        assertThat(confined().read(link).text()).isEqualTo("faqs: []\n");
    }

    @Test
    void acceptsAContentFolderThatIsItselfALink(@TempDir Path elsewhere) throws Exception {
        Files.writeString(Files.createDirectories(elsewhere.resolve("real")).resolve("site.yaml"), "title: x\n");
        Path content = Files.createSymbolicLink(base.resolve("content"), elsewhere.resolve("real"));

        assertThat(confined().read(content.resolve("site.yaml")).text()).isEqualTo("title: x\n");
    }

    @Test
    void refusesABrokenLinkAndSaysWhereItPoints() throws Exception {
        Files.createDirectories(base.resolve("content"));
        Path link = Files.createSymbolicLink(base.resolve("content/faqs.yaml"), Path.of("gone.yaml"));

        Diagnostic d = failure(confined(), link);

        assertThat(d.headline()).isEqualTo(
                "content/faqs.yaml: error: file is a broken symbolic link: its target (gone.yaml) does not exist");
        assertThat(d.hint()).isEqualTo("fix the link, or put the file itself in its place");
        assertThat(confined().isPresent(link)).as("a broken link is there, and reported when read").isTrue();
    }

    @Test
    void refusesAFolderInAFilesPlace() throws Exception {
        Path folder = Files.createDirectories(base.resolve("content/faqs.yaml"));

        Diagnostic d = failure(confined(), folder);

        assertThat(d.headline()).isEqualTo("content/faqs.yaml: error: a folder is where a file is expected");
    }

    @Test
    void refusesAFifoWithoutBlockingOnIt() throws Exception {
        Path fifo = base.resolve("content/round.yaml");
        Files.createDirectories(fifo.getParent());
        mkfifo(fifo);

        Diagnostic d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> failure(confined(), fifo));

        assertThat(d.headline()).isEqualTo("content/round.yaml: error: file is a FIFO (named pipe), not a regular file");
        assertThat(d.hint()).isEqualTo("replace it with an ordinary file");
    }

    @Test
    void refusesADeviceLinkedFromOutsideAsOutside() throws Exception {
        Files.createDirectories(base.resolve("content"));
        Path link = Files.createSymbolicLink(base.resolve("content/faqs.yaml"), Path.of("/dev/zero"));

        Diagnostic d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> failure(confined(), link));

        assertThat(d.headline()).isEqualTo("content/faqs.yaml: error: file is a link to a file outside the content folder");
    }

    @Test
    void refusesADeviceInsideTheContentFolder() throws Exception {
        Path device = base.resolve("content/faqs.yaml");
        Files.createDirectories(device.getParent());
        org.junit.jupiter.api.Assumptions.assumeTrue(run("mknod", device.toString(), "c", "1", "5") == 0,
                "creating a device needs root");

        Diagnostic d = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(10),
                () -> failure(confined(), device));

        assertThat(d.headline()).isEqualTo("content/faqs.yaml: error: file is a character device, not a regular file");
    }

    @Test
    void anUnconfinedReaderStillRefusesLinksLeavingItsBaseFolder(@TempDir Path elsewhere) throws Exception {
        Path link = Files.createSymbolicLink(base.resolve("faqs.yaml"), outsideFile(elsewhere));

        Diagnostic d = failure(new SourceReader(base, 1_000_000), link);

        assertThat(d.headline()).isEqualTo("faqs.yaml: error: file is a link to a file outside the working folder");
    }

    static void mkfifo(Path path) throws IOException, InterruptedException {
        if (run("mkfifo", path.toString()) != 0) {
            throw new IOException("mkfifo failed for " + path);
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
