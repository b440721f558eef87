package briefing;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import briefing.cli.Main;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
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
 *   <li>A content example ({@code yaml}, {@code markdown}, {@code csv}) runs on a fresh copy of the project, as
 *       the comment on the line before its fence says: {@code <!-- doc-test: STEP; STEP -->}, or it is marked
 *       skip with the reason. The steps, in order: {@code file PATH} writes the block as that file; {@code merge
 *       PATH} merges the block's YAML into the file (maps key by key, lists of items with an {@code id} item by
 *       item, anything else replaced); {@code site NAME.txtar} puts the content of that test site
 *       (src/test/resources/sites/) in place of the project's; {@code append PATH} adds the block at the end of the file; {@code under KEY}
 *       before merge reads the block as the items of the list KEY; {@code front-matter PATH} merges it into the front matter of a Markdown file; {@code new SLUG} makes a draft briefing as
 *       {@code briefing new} does; {@code replace "OLD" "NEW" in PATH} edits a file (or every file of a folder; {@code \n} is a line break);
 *       {@code excerpt-of PATH} asserts that every line of the block is a line of that file. Then {@code check} (also
 *       when no step names it) must pass, drafts included; {@code expect "TEXT" in FILE} builds the site and
 *       finds TEXT in FILE of it. A {@code text} block with such a comment is the exact output of
 *       {@code briefing check} after its steps.</li>
 *   <li>Every relative link and image points at a file that exists, and at a heading of it that exists.</li>
 * </ul>
 */
class DocsExamplesTest {

    static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})\\s*([\\w-]*).*$");
    static final Pattern SKIP = Pattern.compile("<!-- doc-test: skip \\(.+\\) -->");
    static final Pattern DIRECTIVE = Pattern.compile("<!-- doc-test: (.+) -->");
    static final Set<String> CONTENT = Set.of("yaml", "markdown", "csv");
    static final Pattern SUMMARY_TIMES = Pattern.compile(" in \\d+ ms \\((\\w+ \\d+(, )?)+\\)$");
    static final Set<String> RUNNABLE = Set.of("build", "check", "new", "schema", "--version", "--help", "-V", "-h");

    /** {@code directive}: the steps of the {@code <!-- doc-test: ... -->} line before the fence, or null. */
    record Block(Path page, int line, String language, List<String> lines, boolean skipped, String directive) {
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
            Matcher steps = start > 0 ? DIRECTIVE.matcher(lines.get(start - 1).strip()) : null;
            String directive = !skipped && steps != null && steps.matches() ? steps.group(1) : null;
            blocks.add(new Block(page, start + 1, open.group(3), body, skipped, directive));
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
    void everyContentExampleRunsOnACopyOfTheProject() throws Exception {
        List<String> failures = new ArrayList<>();
        List<String> unmarked = failures;
        int ran = 0;
        for (Path page : pages()) {
            for (Block block : blocks(page)) {
                if (block.skipped()) {
                    continue;
                }
                if (block.directive() == null) {
                    if (CONTENT.contains(block.language())) {
                        unmarked.add(block.where() + ": say how this example runs with <!-- doc-test: STEPS --> on "
                                + "the line before it, or mark it <!-- doc-test: skip (why) -->");
                    }
                    continue;
                }
                try {
                    runExample(block);
                } catch (AssertionError e) {
                    unmarked.add(e.getMessage());
                }
                ran++;
            }
        }
        assertThat(unmarked).isEmpty();
        assertThat(ran).as("content examples run").isGreaterThanOrEqualTo(10);
    }

    @Test
    void anExampleThatNoLongerFitsTheToolFails() throws Exception {
        Path page = tmp.resolve("drift.md");
        Files.writeString(page, "<!-- doc-test: merge content/briefings/amazon-openai-talks/round.yaml -->\n"
                + "```yaml\ntotal:\n  amount: $110 bilion\n```\n");
        try {
            runExample(blocks(page).get(0));
            fail("a mistyped amount passed");
        } catch (AssertionError e) {
            assertThat(e.getMessage()).contains("drift.md:2: the example fails `briefing check`")
                    .contains("round.yaml").contains("found \"$110 bilion\"");
        }
        Files.writeString(page, "```yaml\ntotal: 1\n```\n");
        assertThat(blocks(page).get(0).directive()).isNull();
    }

    private int examples;

    /** Applies the block's steps to a fresh copy of the project, then checks (or builds and looks) as they say. */
    private void runExample(Block block) throws Exception {
        Path project = copyOfTheProject(Path.of("example-" + (++examples)));
        // One chart cache for all examples (its keys are the charts' inputs), so that each draws only what it changed.
        Path cache = Files.createDirectories(tmp.resolve("chart-cache"));
        try {
            Files.createSymbolicLink(project.resolve(".briefing-cache"), cache);
        } catch (UnsupportedOperationException | IOException e) {
            // no links here: each example draws its charts
        }
        String text = String.join("\n", block.lines()) + "\n";
        String under = null;
        List<String[]> expectations = new ArrayList<>();
        for (String step : block.directive().split(";")) {
            List<String> w = words(step.strip());
            if (w.isEmpty()) {
                continue;
            }
            switch (w.get(0)) {
                case "file" -> {
                    Path file = inside(project, w.get(1));
                    Files.createDirectories(file.getParent());
                    Files.writeString(file, text, StandardCharsets.UTF_8);
                }
                case "append" -> Files.writeString(inside(project, w.get(1)),
                        Files.readString(inside(project, w.get(1))) + "\n" + text, StandardCharsets.UTF_8);
                case "under" -> under = w.get(1);
                case "site" -> {
                    // A test site's content instead of the project's (its templates, if it has any, too).
                    deleteTree(project.resolve("content"));
                    briefing.pipeline.Txtar.resource(w.get(1)).writeInputs(project);
                }
                case "merge" -> merge(inside(project, w.get(1)), text, under);
                case "front-matter" -> {
                    // Merged into the YAML between the --- lines of a Markdown file.
                    Path file = inside(project, w.get(1));
                    String markdown = Files.readString(file);
                    int end = markdown.indexOf("\n---\n", 4);
                    assertThat(markdown.startsWith("---\n") && end > 0).as(w.get(1) + " has front matter").isTrue();
                    Path front = Files.writeString(project.resolve("front-matter.yaml"), markdown.substring(4, end + 1));
                    merge(front, text, under);
                    String yaml = Files.readString(front);
                    Files.delete(front);
                    Files.writeString(file, "---\n" + yaml.replaceFirst("^---\n", "") + markdown.substring(end + 1),
                            StandardCharsets.UTF_8);
                }
                case "new" -> {
                    // `new SLUG` makes a draft briefing; `new SLUG --dataset NAME` adds a dataset to a briefing.
                    List<String> args = new ArrayList<>(w);
                    if (!args.contains("--dataset")) {
                        args.addAll(List.of("--title", "Example"));
                    }
                    args.addAll(List.of("--content", project.resolve("content").toString()));
                    int code = Main.execute(args.toArray(String[]::new), new PrintWriter(new StringWriter()),
                            new PrintWriter(new StringWriter()));
                    assertThat(code).as(block.where() + ": briefing new " + w.get(1)).isZero();
                }
                case "replace" -> {
                    // In a file, or in every file of a folder.
                    Path at = inside(project, w.get(4));
                    List<Path> files;
                    try (Stream<Path> walk = Files.walk(at)) {
                        files = walk.filter(Files::isRegularFile).toList();
                    }
                    boolean found = false;
                    String from = w.get(1).replace("\\n", "\n");
                    String to = w.get(2).replace("\\n", "\n");
                    for (Path file : files) {
                        String before = Files.readString(file);
                        found |= before.contains(from);
                        Files.writeString(file, before.replace(from, to), StandardCharsets.UTF_8);
                    }
                    assertThat(found).as(block.where() + ": " + w.get(4) + " holds \"" + w.get(1) + "\"").isTrue();
                }
                case "excerpt-of" -> {
                    // The block shows part of a file: each of its lines is a line of that file.
                    List<String> file = Files.readAllLines(inside(project, w.get(1)));
                    assertThat(file).as(block.where() + ": the example is an excerpt of " + w.get(1))
                            .containsAll(block.lines());
                }
                case "check" -> {
                }
                case "expect" -> expectations.add(new String[] {w.get(1), w.get(3)});
                default -> fail(block.where() + ": unknown doc-test step `" + step.strip() + "`");
            }
        }
        if (!CONTENT.contains(block.language())) {
            // The block is what `briefing check` prints, run as a user would, from the project folder.
            Result result = run(block, "briefing check", project);
            assertThat(normalise(result.output())).as(block.where() + ": the output of `briefing check`")
                    .isEqualTo(normalise(text));
            return;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] inputs = {"--drafts", "--content", project.resolve("content").toString(), "--templates",
                project.resolve("templates").toString()};
        int code = Main.execute(concat(new String[] {"check"}, inputs), new PrintWriter(out), new PrintWriter(err));
        assertThat(code).as(block.where() + ": the example fails `briefing check`:\n" + out + err).isZero();
        if (!expectations.isEmpty()) {
            Path site = project.resolve("site");
            code = Main.execute(concat(new String[] {"build", "--quiet", "--output", site.toString()}, inputs),
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(code).as(block.where() + ": the example fails `briefing build`:\n" + out + err).isZero();
            for (String[] expected : expectations) {
                assertThat(Files.readString(inside(site, expected[1])))
                        .as(block.where() + ": " + expected[1] + " of the built site").contains(expected[0]);
            }
        }
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Path inside(Path root, String relative) {
        Path file = root.resolve(relative).normalize();
        assertThat(file.startsWith(root)).as(relative + " is inside the project").isTrue();
        return file;
    }

    /** Merges YAML into a file: maps key by key, lists of items with an id item by item, anything else replaced. */
    static void merge(Path file, String yaml, String under) throws IOException {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        com.fasterxml.jackson.databind.JsonNode change = mapper.readTree(yaml);
        if (under != null) {
            com.fasterxml.jackson.databind.node.ObjectNode wrapped = mapper.createObjectNode();
            wrapped.set(under, change);
            change = wrapped;
        }
        com.fasterxml.jackson.databind.JsonNode target = mapper.readTree(file.toFile());
        Files.writeString(file, mapper.writeValueAsString(merged(target, change)), StandardCharsets.UTF_8);
    }

    static com.fasterxml.jackson.databind.JsonNode merged(com.fasterxml.jackson.databind.JsonNode target,
            com.fasterxml.jackson.databind.JsonNode change) {
        if (target instanceof com.fasterxml.jackson.databind.node.ObjectNode map && change.isObject()) {
            change.properties().forEach(e -> map.set(e.getKey(),
                    map.has(e.getKey()) ? merged(map.get(e.getKey()), e.getValue()) : e.getValue()));
            return map;
        }
        if (target instanceof com.fasterxml.jackson.databind.node.ArrayNode list && change.isArray()
                && java.util.stream.StreamSupport.stream(change.spliterator(), false).allMatch(i -> i.has("id"))) {
            for (com.fasterxml.jackson.databind.JsonNode item : change) {
                int at = -1;
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i).path("id").equals(item.get("id"))) {
                        at = i;
                    }
                }
                if (at < 0) {
                    list.add(item);
                } else {
                    list.set(at, merged(list.get(at), item));
                }
            }
            return list;
        }
        return change;
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

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
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
