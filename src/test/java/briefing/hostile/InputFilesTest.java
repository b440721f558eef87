package briefing.hostile;

import briefing.pipeline.BuildPipeline;
import briefing.pipeline.TestSite;
import briefing.cli.ExitCode;
import briefing.cli.Main;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.DiagnosticPrinter;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Input files that are not what they seem (README "Reliability"): links out of the content folder, whatever the
 * working directory; broken links, FIFOs, devices and folders in a data file's place. Each is an error at its
 * path, never silently skipped, and no message ever shows a line of a file it refused. The txtar catalogue cannot
 * hold links or special files, so these sites are laid out in a temporary folder.
 */
class InputFilesTest {

    /** The lines of the outside file: none may appear in anything the build prints. */
    static final List<String> SECRET = List.of("API_KEY=SECRET-7f3a-first-line", "PASSWORD=SECRET-9b1c-second-line");

    @TempDir
    Path dir;

    private TestSite site() {
        return TestSite.of("/hostile/base.txtar", dir.resolve("project"));
    }

    private Path secretOutside() throws IOException {
        Path file = Files.createDirectories(dir.resolve("outside")).resolve("secret.env");
        return Files.writeString(file, String.join("\n", SECRET) + "\n");
    }

    private static void assertNoSecret(String text) {
        for (String line : SECRET) {
            assertThat(text).doesNotContain(line).doesNotContain(line.substring(line.indexOf('=') + 1));
        }
    }

    private static String all(List<Diagnostic> problems) {
        StringBuilder out = new StringBuilder();
        problems.forEach(d -> out.append(d.headline()).append('\n').append(d.hint()).append('\n'));
        return out.toString();
    }

    private record Run(int code, String out, String err) {
    }

    private static Run cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void aDataFileLinkedOutsideIsRefusedWhenTheBuildRunsFromAnotherWorkingDirectory() throws Exception {
        TestSite site = site();
        Path link = site.dir().resolve("content/briefings/deal/faqs.yaml");
        Files.createSymbolicLink(link, secretOutside());
        Path elsewhere = Files.createDirectories(dir.resolve("elsewhere"));

        BuildFailedException e = catchThrowableOfType(
                () -> new BuildPipeline(elsewhere).render(site.options()), BuildFailedException.class);

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).extracting(Diagnostic::headline).contains(link.toAbsolutePath().normalize()
                + ": error: file is a link to a file outside the content folder");
        assertNoSecret(all(e.diagnostics()));
    }

    @Test
    void checkWithAnAbsoluteContentPathElsewherePrintsNoLineOfTheLinkedFile() throws Exception {
        // The test JVM's working directory is the project, not the site: `briefing check --content /elsewhere`.
        TestSite site = site();
        Path content = site.dir().resolve("content");
        Files.createSymbolicLink(content.resolve("briefings/deal/faqs.yaml"), secretOutside());
        Files.createSymbolicLink(content.resolve("leak.md"), secretOutside());

        Run run = cli("check", "--content", content.toString(), "--templates", TestSite.PROJECT_TEMPLATES.toString());

        assertThat(run.code()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains(
                content.resolve("briefings/deal/faqs.yaml")
                        + ": error: file is a link to a file outside the content folder",
                content.resolve("leak.md") + ": error: file is a link to a file outside the content folder");
        assertNoSecret(run.out() + run.err());
    }

    @Test
    void fromTheProjectRootALinkToAFileBesideTheContentFolderIsRefused() throws Exception {
        TestSite site = site();
        Files.writeString(site.dir().resolve("secret.env"), String.join("\n", SECRET) + "\n");
        Path siteYaml = site.dir().resolve("content/site.yaml");
        Files.delete(siteYaml);
        Files.createSymbolicLink(siteYaml, Path.of("../secret.env"));

        // A fresh JVM started in the project folder, as a user's terminal runs `briefing check`.
        Forked.Result run = Forked.run(site.dir(), List.of(), Main.class.getName(), "check", "--templates",
                TestSite.PROJECT_TEMPLATES.toString());

        assertThat(run.exit()).isEqualTo(ExitCode.CONTENT_ERROR);
        assertThat(run.err()).contains("content/site.yaml: error: file is a link to a file outside the content folder");
        assertNoSecret(run.all());
    }

    @Test
    void aDataFileThatIsABrokenLinkIsAnErrorNotAMissingSection() throws Exception {
        TestSite site = site();
        Files.createSymbolicLink(site.dir().resolve("content/briefings/deal/faqs.yaml"), Path.of("faqs-old.yaml"));

        assertThat(site.errors()).containsExactly("content/briefings/deal/faqs.yaml: error: file is a broken "
                + "symbolic link: its target (faqs-old.yaml) does not exist");
    }

    @Test
    void aDataFileThatIsAFifoIsAnErrorAndTheBuildDoesNotHang() throws Exception {
        TestSite site = site();
        Path fifo = site.dir().resolve("content/briefings/deal/faqs.yaml");
        Assumptions.assumeTrue(run("mkfifo", fifo.toString()) == 0, "mkfifo is needed");

        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(60), site::errors);

        assertThat(errors).containsExactly(
                "content/briefings/deal/faqs.yaml: error: file is a FIFO (named pipe), not a regular file");
    }

    @Test
    void aDataFileThatIsADeviceIsAnError() throws Exception {
        TestSite site = site();
        Path device = site.dir().resolve("content/briefings/deal/faqs.yaml");
        Assumptions.assumeTrue(run("mknod", device.toString(), "c", "1", "5") == 0, "creating a device needs root");

        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(60), site::errors);

        assertThat(errors).containsExactly(
                "content/briefings/deal/faqs.yaml: error: file is a character device, not a regular file");
    }

    @Test
    void aDataFileLinkedToADeviceIsRefusedAsOutside() throws Exception {
        TestSite site = site();
        Files.createSymbolicLink(site.dir().resolve("content/briefings/deal/faqs.yaml"), Path.of("/dev/zero"));

        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(60), site::errors);

        assertThat(errors).containsExactly(
                "content/briefings/deal/faqs.yaml: error: file is a link to a file outside the content folder");
    }

    @Test
    void aFolderInADataFilesPlaceIsAnError() throws Exception {
        TestSite site = site();
        Files.createDirectories(site.dir().resolve("content/briefings/deal/faqs.yaml"));

        assertThat(site.errors()).containsExactly(
                "content/briefings/deal/faqs.yaml: error: a folder is where a file is expected");
    }

    @Test
    void aPageThatIsABrokenLinkIsAnError() throws Exception {
        TestSite site = site();
        Files.createSymbolicLink(site.dir().resolve("content/old.md"), Path.of("drafts/old.md"));

        assertThat(site.errors()).containsExactly(
                "content/old.md: error: file is a broken symbolic link: its target (drafts/old.md) does not exist");
    }

    @Test
    void aCompanyListThatIsABrokenLinkIsAnError() throws Exception {
        TestSite site = site();
        Files.createSymbolicLink(site.dir().resolve("content/companies.yaml"), Path.of("../companies.yaml"));

        // The data's company names follow from the list that could not be read: they are folded into its error.
        BuildFailedException e = catchThrowableOfType(site::render, BuildFailedException.class);
        assertThat(DiagnosticPrinter.causesFirst(e.diagnostics())).extracting(Diagnostic::headline)
                .containsExactly("content/companies.yaml: error: file is a broken symbolic link: "
                        + "its target (../companies.yaml) does not exist");
        assertThat(e.diagnostics()).filteredOn(Diagnostic::isConsequence).extracting(Diagnostic::message)
                .containsExactly("company: unknown company `Target`", "participants[0].investor: unknown company `Acme`");
    }

    @Test
    void linksThatStayInsideTheContentFolderAreFine() throws Exception {
        TestSite site = site();
        Path content = site.dir().resolve("content");
        Files.move(content.resolve("briefings/deal/sources.yaml"), content.resolve("shared-sources.yaml"));
        Files.createSymbolicLink(content.resolve("briefings/deal/sources.yaml"), Path.of("../../shared-sources.yaml"));

        assertThat(site.render().files()).containsKey("briefings/deal/index.html");
    }

    @Test
    void anAssetThatIsAFifoOrABrokenLinkIsAnError() throws Exception {
        TestSite site = site();
        Path templates = site.dir().resolve("templates");
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, templates);
        Assumptions.assumeTrue(run("mkfifo", templates.resolve("assets/pipe.css").toString()) == 0, "mkfifo is needed");
        Files.createSymbolicLink(templates.resolve("assets/logo.svg"), Path.of("../../logo.svg"));

        List<String> errors = assertTimeoutPreemptively(Duration.ofSeconds(60), site::errors);

        assertThat(errors).containsExactly(
                "templates/assets/logo.svg: error: file is a broken symbolic link: its target (../../logo.svg) "
                        + "does not exist",
                "templates/assets/pipe.css: error: file is a FIFO (named pipe), not a regular file");
    }

    @Test
    void anAssetLinkedOutsideIsRefusedFromAnotherWorkingDirectory() throws Exception {
        TestSite site = site();
        Path templates = site.dir().resolve("templates");
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, templates);
        Path link = Files.createSymbolicLink(templates.resolve("assets/secret.txt"), secretOutside());

        BuildFailedException e = catchThrowableOfType(
                () -> new BuildPipeline(Files.createDirectories(dir.resolve("elsewhere"))).render(site.options()),
                BuildFailedException.class);

        assertThat(e).isNotNull();
        assertThat(e.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                link.toAbsolutePath().normalize() + ": error: file is a link to a file outside the templates folder");
        assertNoSecret(all(e.diagnostics()));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
