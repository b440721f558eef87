package briefing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The examples of README.md and docs/*.md cannot drift: they run here.
 *
 * <ul>
 *   <li>A {@code console} block is a session: each {@code $ command} line runs, in order, on one copy of the
 *       project per page, and the lines after it up to the next {@code $} are its exact output (standard output
 *       then standard error; the times of a build's summary line may differ).</li>
 *   <li>A {@code sh} block's lines are commands (comments dropped, {@code &&} splitting them); each runs on the
 *       page's copy and must succeed.</li>
 *   <li>Only {@code briefing} commands that finish by themselves and need no network run: build, check, new,
 *       schema, --version, --help. A block with any other command (serve, mvn, a server) must be marked, on the
 *       line before its fence, with {@code <!-- doc-test: skip (why) -->}; an unmarked one fails this test.</li>
 *   <li>{@code yaml} blocks must parse as YAML, and a {@code markdown} block's front matter too.</li>
 *   <li>Every relative link and image points at a file that exists, and at a heading of it that exists.</li>
 * </ul>
 */
class DocsExamplesTest {

    static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([\\w-]*).*$");
    static final Pattern SKIP = Pattern.compile("<!-- doc-test: skip \\(.+\\) -->");
    static final Pattern SUMMARY_TIMES = Pattern.compile(" in \\d+ ms \\((\\w+ \\d+(, )?)+\\)$");
    static final Set<String> RUNNABLE = Set.of("build", "check", "new", "schema", "--version", "--help", "-V", "-h");

    record Block(Path page, int line, String language, List<String> lines, boolean skipped) {
        String where() {
            return page + ":" + line;
        }
    }

    @TempDir
    Path tmp;

    static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    static List<Block> blocks(Path page) throws IOException {
        List<String> lines = Files.readAllLines(page, StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String indent = open.group(1);
            String fence = open.group(2);
            int start = i;
            List<String> body = new ArrayList<>();
            for (i++; i < lines.size() && !lines.get(i).strip().equals(fence); i++) {
                String line = lines.get(i);
                body.add(line.startsWith(indent) ? line.substring(indent.length()) : line.strip());
            }
            boolean skipped = start > 0 && SKIP.matcher(lines.get(start - 1)).find();
            blocks.add(new Block(page, start + 1, open.group(3), body, skipped));
        }
        return blocks;
    }

    @Test
    void everyCommandAndItsOutputIsWhatTheToolDoes() throws Exception {
        int ran = 0;
        for (Path page : pages()) {
            Path project = null;
            for (Block block : blocks(page)) {
                if (block.skipped() || !(block.language().equals("sh") || block.language().equals("console"))) {
                    continue;
                }
                if (project == null) {
                    project = copyOfTheProject(page);
                }
                ran += block.language().equals("sh") ? runScript(block, project) : runSession(block, project);
            }
        }
        assertThat(ran).as("commands run").isGreaterThanOrEqualTo(5);
    }

    @Test
    void contentExamplesParse() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        int parsed = 0;
        for (Path page : pages()) {
            for (Block block : blocks(page)) {
                String text = String.join("\n", block.lines()) + "\n";
                if (block.skipped()) {
                    continue;
                }
                if (block.language().equals("yaml") && !text.contains("...")) {
                    try {
                        yaml.readTree(text);
                    } catch (IOException e) {
                        fail(block.where() + ": the YAML example does not parse: " + e.getMessage());
                    }
                    parsed++;
                } else if (block.language().equals("markdown") && text.startsWith("---\n")) {
                    int end = text.indexOf("\n---\n", 4);
                    assertThat(end).as(block.where() + ": front matter closed by ---").isPositive();
                    try {
                        yaml.readTree(text.substring(4, end + 1));
                    } catch (IOException e) {
                        fail(block.where() + ": the front matter does not parse: " + e.getMessage());
                    }
                    parsed++;
                }
            }
        }
        assertThat(parsed).isGreaterThan(10);
    }

    @Test
    void everyRelativeLinkAndAnchorExists() throws Exception {
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        List<String> broken = new ArrayList<>();
        for (Path page : pages()) {
            // Links quoted as code (`[About](/about/)`) are examples, not links.
            String text = withoutCode(Files.readString(page)).replaceAll("`[^`\n]*`", "");
            Matcher m = link.matcher(text);
            while (m.find()) {
                String target = m.group(1);
                if (target.matches("^[a-z]+:.*")) {
                    continue; // https:, mailto:
                }
                int hash = target.indexOf('#');
                String file = hash < 0 ? target : target.substring(0, hash);
                Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
                if (!Files.exists(resolved)) {
                    broken.add(page + ": " + target + " (no such file)");
                } else if (hash >= 0 && !anchors(resolved).contains(target.substring(hash + 1))) {
                    broken.add(page + ": " + target + " (no such heading)");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    @Test
    void aBlockThatCannotRunMustSayWhy() throws Exception {
        Path page = tmp.resolve("page.md");
        Files.writeString(page, "```sh\ntarget/briefing serve\n```\n");
        Block block = blocks(page).get(0);
        try {
            runScript(block, tmp);
            fail("an unmarked serve ran");
        } catch (AssertionError e) {
            assertThat(e.getMessage()).contains("page.md:1: `target/briefing serve` cannot run here; mark the block "
                    + "with <!-- doc-test: skip (why) --> on the line before it");
        }
        Files.writeString(page, "<!-- doc-test: skip (runs until Ctrl-C) -->\n```sh\ntarget/briefing serve\n```\n");
        assertThat(blocks(page).get(0).skipped()).isTrue();
    }

    // ------------------------------------------------------------------------------------------------------

    private Path copyOfTheProject(Path page) throws IOException {
        Path project = Files.createDirectories(tmp.resolve(page.getFileName().toString()));
        for (String folder : List.of("content", "templates", "schemas")) {
            copy(Path.of(folder), project.resolve(folder));
        }
        return project;
    }

    private int runScript(Block block, Path project) throws Exception {
        int ran = 0;
        for (String line : block.lines()) {
            String command = line.replaceFirst("(^|\\s)#.*$", "").strip();
            if (command.isEmpty()) {
                continue;
            }
            for (String part : command.split("&&")) {
                Result result = run(block, part.strip(), project);
                assertThat(result.code()).as(block.where() + ": `" + part.strip() + "` failed:\n" + result.output())
                        .isZero();
                ran++;
            }
        }
        return ran;
    }

    private int runSession(Block block, Path project) throws Exception {
        int ran = 0;
        List<String> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ ")) {
                fail(block.where() + ": a console block starts each command with \"$ \"");
            }
            String command = lines.get(i).substring(2).strip();
            List<String> shown = new ArrayList<>();
            while (i + 1 < lines.size() && !lines.get(i + 1).startsWith("$ ")) {
                shown.add(lines.get(++i));
            }
            Result result = run(block, command, project);
            assertThat(normalise(result.output())).as(block.where() + ": the output of `" + command + "`")
                    .isEqualTo(normalise(String.join("\n", shown)));
            ran++;
        }
        return ran;
    }

    record Result(int code, String output) {
    }

    /** Runs a briefing command in its own JVM in the project copy, as a user would from the project folder. */
    private Result run(Block block, String command, Path project) throws Exception {
        List<String> words = words(command);
        boolean briefing = !words.isEmpty() && (words.get(0).equals("target/briefing") || words.get(0).equals("briefing"));
        if (!briefing || words.size() < 2 || !RUNNABLE.contains(words.get(1))) {
            fail(block.where() + ": `" + command + "` cannot run here; mark the block with "
                    + "<!-- doc-test: skip (why) --> on the line before it");
        }
        List<String> java = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", // the test classpath holds log4j, which FreeMarker would pick and warn about; the jar has none
                "-Dorg.freemarker.loggerLibrary=JUL", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-cp",
                System.getProperty("java.class.path"), "briefing.cli.Main"));
        java.addAll(words.subList(1, words.size()));
        Path stdout = Files.createTempFile(tmp, "out", ".txt");
        Path stderr = Files.createTempFile(tmp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(java).directory(project.toFile())
                .redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Map<String, String> env = builder.environment();
        env.remove("CI"); // no progress lines in the output compared
        env.remove("BRIEFING_CACHE");
        Process process = builder.start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail(block.where() + ": `" + command + "` did not finish in 120 s");
        }
        return new Result(process.exitValue(), Files.readString(stdout) + Files.readString(stderr));
    }

    /** Shell-like words: double quotes group, nothing else is special (the examples need no more). */
    static List<String> words(String command) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(command);
        while (m.find()) {
            words.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return words;
    }

    /** A build's times differ from run to run; nothing else may. */
    static String normalise(String output) {
        List<String> lines = new ArrayList<>();
        for (String line : output.strip().split("\\R")) {
            lines.add(SUMMARY_TIMES.matcher(line.stripTrailing()).replaceFirst(" in … ms (…)"));
        }
        return String.join("\n", lines);
    }

    /** GitHub's heading anchors of a Markdown file (outside code blocks). */
    static Set<String> anchors(Path file) throws IOException {
        Set<String> anchors = new HashSet<>();
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (String line : withoutCode(Files.readString(file)).split("\n")) {
            Matcher h = Pattern.compile("^#{1,6} (.*)$").matcher(line);
            if (h.matches()) {
                String slug = h.group(1).strip().toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}_\\- ]", "").replace(' ', '-');
                int n = seen.merge(slug, 1, Integer::sum) - 1;
                anchors.add(n == 0 ? slug : slug + "-" + n);
            }
        }
        return anchors;
    }

    /** The text with fenced code blocks blanked out (their lines kept empty, so nothing in them counts). */
    static String withoutCode(String text) {
        StringBuilder out = new StringBuilder();
        String fence = null;
        for (String line : text.split("\n", -1)) {
            Matcher m = FENCE.matcher(line);
            if (fence == null && m.matches()) {
                fence = m.group(2);
                out.append('\n');
            } else if (fence != null) {
                if (line.strip().equals(fence)) {
                    fence = null;
                }
                out.append('\n');
            } else {
                out.append(line).append('\n');
            }
        }
        return out.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
