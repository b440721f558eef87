package briefing.pipeline;

import briefing.benchmark.DeskGenerator;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.render.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The engine's property: whatever the sequence of edits, an incremental build gives what a build from scratch
 * gives, byte for byte (or fails with the same errors). A generated desk (briefings with charts, companies, a
 * dataset briefing with a CSV, the project's templates) takes random edits: briefings added (copied under a new
 * slug and date), changed (body, summary, amounts, stages), renamed and deleted; the dataset's CSV changed, and the
 * dataset briefing removed and brought back; templates and assets changed (visibly, and by a comment that changes
 * no output); site.yaml and companies.yaml changed; files saved with the same bytes; a data file broken and fixed.
 * After each edit one pipeline renders again and a fresh pipeline renders from scratch.
 *
 * <p>Seeded: {@code -Dincremental.seed=N} replays a sequence, {@code -Dincremental.edits=N} makes it longer. A
 * failure names the seed and the edits so far.
 */
class IncrementalPropertyTest {

    private static final long SEED = Long.getLong("incremental.seed", 20260304L);
    private static final int EDITS = Integer.getInteger("incremental.edits", 40);
    private static final Instant PAST = Instant.parse("2025-01-01T00:00:00Z");
    private static final Pattern TOTAL = Pattern.compile("(total:\\n  amount: \\$)(\\d+)( billion)");
    private static final Pattern STAGE = Pattern.compile("stage: [^\\n]*");
    private static final Pattern DATE = Pattern.compile("(?m)^date: .*$");
    /**
     * The kinds of edit below, each as often as it is listed: edits to one briefing most, the whole desk's files
     * (site.yaml, companies.yaml, templates) less, a deletion seldom enough that the desk keeps growing.
     */
    private static final int[] KINDS = {0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 4, 5, 6, 7, 7, 8, 9, 9, 9, 10, 11, 12, 12, 13};
    private static final Pattern NUMBER = Pattern.compile("(?m)^(\\w+,\\d{4},)([0-9.]+)");

    @TempDir
    Path dir;
    private int saves;
    private final List<String> log = new ArrayList<>();

    @Test
    void incrementalBuildsEqualBuildsFromScratchAfterEveryEdit() throws Exception {
        new DeskGenerator(SEED).withCompanies().write(dir, 5, 1, Path.of("content").toAbsolutePath(), null, false);
        Txtar.resource("/sites/dataset-briefing.txtar").files().forEach((path, text) -> {
            if (path.startsWith("content/briefings/")) {
                write(path, text);
            }
        });
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, dir.resolve("templates"));
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                Files.setLastModifiedTime(p, FileTime.from(PAST));
            }
        }
        BuildOptions options = new BuildOptions(dir.resolve("content"), dir.resolve("templates"),
                dir.resolve("site"), Optional.empty(), false).withCacheDir(Optional.empty());
        BuildPipeline pipeline = new BuildPipeline(dir);
        SplittableRandom random = new SplittableRandom(SEED);
        String broken = null;
        String dataset = null;
        same(pipeline, options);
        for (int i = 0; i < EDITS; i++) {
            long loads = pipeline.contentLoads();
            int kind = -1;
            if (broken != null) {
                write(broken.substring(0, broken.indexOf('\n')), broken.substring(broken.indexOf('\n') + 1));
                log.add("fix " + broken.substring(0, broken.indexOf('\n')));
                broken = null;
            } else {
                kind = KINDS[random.nextInt(KINDS.length)];
                List<String> briefings = briefings();
                String b = "content/briefings/" + briefings.get(random.nextInt(briefings.size())) + "/";
                switch (kind) {
                    case 0 -> append(b + "index.md", "\nAn added sentence, number " + i + ".\n");
                    case 1 -> replace(b + "index.md", "summary: \"", "summary: \"Edit " + i + ". ");
                    case 2 -> replace(b + "round.yaml", TOTAL, m -> m.group(1) + (10 + random.nextInt(90)) + m.group(3));
                    case 3 -> replace(b + "round.yaml", STAGE, m -> "stage: Stage " + random.nextInt(5));
                    case 4 -> {
                        String slug = "added-" + i;
                        TestSite.copyTree(dir.resolve(b), dir.resolve("content/briefings/" + slug));
                        replace("content/briefings/" + slug + "/index.md", DATE, m -> "date: 20"
                                + (10 + random.nextInt(16)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10));
                        log.add("add " + slug + " from " + b);
                    }
                    case 5 -> {
                        Path to = dir.resolve("content/briefings/renamed-" + i);
                        Files.move(dir.resolve(b), to);
                        log.add("rename " + b + " to " + to.getFileName());
                    }
                    case 6 -> {
                        if (briefings.size() > 3) {
                            deleteTree(dir.resolve(b));
                            log.add("delete " + b);
                        }
                    }
                    case 7 -> {
                        if (Files.isDirectory(dir.resolve("content/briefings/ai-capex"))) {
                            replace("content/briefings/ai-capex/capex.csv", NUMBER,
                                    m -> m.group(1) + (1 + random.nextInt(300)));
                        }
                    }
                    case 8 -> {
                        Path capex = dir.resolve("content/briefings/ai-capex");
                        if (dataset == null && Files.isDirectory(capex)) {
                            dataset = dir.resolve("held-dataset").toString();
                            Files.move(capex, Path.of(dataset));
                            log.add("remove the dataset briefing");
                        } else if (dataset != null) {
                            Files.move(Path.of(dataset), capex);
                            dataset = null;
                            log.add("bring the dataset briefing back");
                        }
                    }
                    case 9 -> {
                        switch (random.nextInt(4)) {
                            case 0 -> replace("templates/briefing.ftlh", "<h1>${briefing.title}</h1>",
                                    "<h1>${briefing.title}</h1><p>Template edit " + i + "</p>");
                            case 1 -> append("templates/partials/timeline.ftlh", "<#-- no output " + i + " -->\n");
                            case 2 -> append("templates/assets/style.css", "/* edit " + i + " */\n");
                            default -> replace("templates/home.ftlh", "<h1>${site.title}</h1>",
                                    "<h1>${site.title}</h1><p>Home edit " + i + "</p>");
                        }
                    }
                    case 10 -> replace("content/site.yaml", "title: ", "title: Edited " + i + " ");
                    case 11 -> replace("content/companies.yaml", "a company of the synthetic desk",
                            "a company of the desk, edit " + i);
                    case 12 -> {
                        String file = b + "index.md";
                        write(file, read(file)); // the same bytes saved again
                        log.add("touch " + file);
                    }
                    default -> {
                        String file = b + "round.yaml";
                        if (has(file)) {
                            broken = file + "\n" + read(file);
                            replace(file, "participants:", "participants: [");
                        }
                    }
                }
            }
            same(pipeline, options);
            // Not by recomputing everything: one edited file loads its briefing again, a file saved with the same
            // bytes loads nothing.
            if (kind == 0 || kind == 1 || kind == 12) {
                assertThat(pipeline.contentLoads() - loads).as("briefings loaded after: " + log.get(log.size() - 1))
                        .isLessThanOrEqualTo(kind == 12 ? 0 : 1);
            }
        }
    }

    /** Renders incrementally and from scratch: the same files with the same bytes, or the same errors. */
    private void same(BuildPipeline pipeline, BuildOptions options) throws IOException {
        Object incremental = outcome(pipeline, options);
        Object scratch = outcome(new BuildPipeline(dir), options);
        String context = "seed " + SEED + ", edits: " + String.join("; ", log);
        if (scratch instanceof List<?> errors) {
            assertThat(incremental).as(context).isEqualTo(errors);
            return;
        }
        assertThat(incremental).as(context).isInstanceOf(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, String> got = (Map<String, String>) incremental;
        @SuppressWarnings("unchecked")
        Map<String, String> want = (Map<String, String>) scratch;
        assertThat(got.keySet()).as(context).containsExactlyElementsOf(want.keySet());
        want.forEach((path, text) -> assertThat(got.get(path)).as(path + " after " + context).isEqualTo(text));
    }

    /** Every output file with its bytes (as Latin-1 text: byte for byte, and readable in a failure) and warnings. */
    private static Object outcome(BuildPipeline pipeline, BuildOptions options) throws IOException {
        try {
            BuildPipeline.Rendered rendered = pipeline.render(options);
            Map<String, String> files = new TreeMap<>();
            for (OutputFile f : rendered.files()) {
                files.put(f.path(), new String(f.bytes(), StandardCharsets.ISO_8859_1));
            }
            files.put("(warnings)", rendered.warnings().stream().map(Diagnostic::toString).toList().toString());
            return files;
        } catch (BuildFailedException e) {
            return e.diagnostics().stream().map(Diagnostic::toString).toList();
        }
    }

    private List<String> briefings() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve("content/briefings"))) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String read(String path) throws IOException {
        return Files.readString(dir.resolve(path));
    }

    /** Edits apply to the files a briefing has: the dataset briefing has no round.yaml, say. */
    private boolean has(String path) {
        return Files.isRegularFile(dir.resolve(path));
    }

    private void append(String path, String text) throws IOException {
        if (has(path)) {
            write(path, read(path) + text);
            log.add("append to " + path);
        }
    }

    private void replace(String path, String from, String to) throws IOException {
        if (has(path) && read(path).contains(from)) {
            write(path, read(path).replaceFirst(Pattern.quote(from), Matcher.quoteReplacement(to)));
            log.add("edit " + path);
        }
    }

    private void replace(String path, Pattern pattern, java.util.function.Function<Matcher, String> to)
            throws IOException {
        if (!has(path)) {
            return;
        }
        String text = read(path);
        Matcher m = pattern.matcher(text);
        if (m.find()) {
            write(path, text.substring(0, m.start()) + to.apply(m) + text.substring(m.end()));
            log.add("edit " + path);
        }
    }

    /** Saves a file with a time of its own in the past (a real save gets a newer time than the last one). */
    private void write(String path, String text) {
        try {
            Path file = dir.resolve(path);
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            Files.setLastModifiedTime(file, FileTime.from(PAST.plusSeconds(++saves)));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
