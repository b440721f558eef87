package briefing.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The benchmark: whole-process timings of {@code briefing build} (cold JVM), its stage times, peak RSS, a second
 * build with nothing changed, and {@code serve}'s time from saving a data file to updated HTML on disk, for desks of
 * N synthetic briefings, beside Hugo on the same corpus, the real briefing, and the floor (JVM + headless AWT + one
 * XChart SVG). Not a test: run it with {@code bash src/bench/run.sh [options]} (see {@link #usage()}).
 */
public final class Bench {

    private static final Pattern BUILT = Pattern.compile(
            "Built (\\d+) pages, \\d+ charts \\([^)]*\\), (\\d+) files \\([^)]*\\) into .* in (\\d+) ms \\((.*)\\)");
    /** A build whose record showed nothing had changed: it loaded, rendered and wrote nothing. */
    private static final Pattern UP_TO_DATE = Pattern.compile(
            "Up to date: (\\d+) pages, \\d+ charts, (\\d+) files in .*\\(checked in (\\d+) ms\\)");
    private static final Pattern REBUILT = Pattern.compile("Rebuilt (\\d+) pages, .* in (\\d+) ms \\(");

    // ---------------------------------------------------------------- options

    static final class Options {
        List<Integer> sizes = List.of(10, 100, 1000, 10000);
        List<Integer> hugoSizes = List.of(100, 1000, 10000);
        int charts = 2;
        int chartsMaxN = 100;
        int serveMaxN = 1000;
        int serveEdits = 20;
        int maxReps = 5;
        long seed = DeskGenerator.DEFAULT_SEED;
        Path project = Path.of("").toAbsolutePath();
        Path jar = Path.of("target/briefing.jar").toAbsolutePath();
        Path benchClasses = Path.of("target/bench-classes").toAbsolutePath();
        /** Copied into the work folder first, so edits made elsewhere during the run don't change what is measured. */
        Path templates = Path.of("templates").toAbsolutePath();
        Path work;
        Path json;
        boolean hugo = true;
        boolean keep;
        /** Only serve's edit-to-HTML timing (no floors, cold or second builds): for comparing serve levers. */
        boolean serveOnly;
        /**
         * Run briefing as users do, through the launcher (target/briefing: its JVM settings and a class data sharing
         * archive made for the benchmark's copy of the jar) rather than plain {@code java -jar}.
         */
        boolean cds = true;
        /** Also time plain {@code java -jar} (no archive) cold builds up to this many briefings. */
        int plainMaxN = 1000;
        List<String> jvmArgs = List.of();
    }

    /** The options' help, kept in src/bench/usage.txt so run.sh can print it without building anything. */
    static final Path USAGE = Path.of("src/bench/usage.txt");

    static String usage() {
        try {
            return Files.readString(USAGE, StandardCharsets.UTF_8).stripTrailing();
        } catch (IOException e) {
            return "usage: bash src/bench/run.sh [options] (run from the project folder for the list: " + USAGE + ")";
        }
    }

    static Options parse(String[] args) {
        Options o = new Options();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--sizes" -> o.sizes = ints(args[++i]);
                case "--hugo-sizes" -> o.hugoSizes = ints(args[++i]);
                case "--no-hugo" -> o.hugo = false;
                case "--charts" -> o.charts = Integer.parseInt(args[++i]);
                case "--charts-max-n" -> o.chartsMaxN = Integer.parseInt(args[++i]);
                case "--serve-max-n" -> o.serveMaxN = Integer.parseInt(args[++i]);
                case "--serve-edits" -> o.serveEdits = Integer.parseInt(args[++i]);
                case "--max-reps" -> o.maxReps = Integer.parseInt(args[++i]);
                case "--seed" -> o.seed = Long.parseLong(args[++i]);
                case "--work" -> o.work = Path.of(args[++i]).toAbsolutePath();
                case "--json" -> o.json = Path.of(args[++i]).toAbsolutePath();
                case "--jar" -> o.jar = Path.of(args[++i]).toAbsolutePath();
                case "--bench-classes" -> o.benchClasses = Path.of(args[++i]).toAbsolutePath();
                case "--templates" -> o.templates = Path.of(args[++i]).toAbsolutePath();
                case "--keep" -> o.keep = true;
                case "--serve-only" -> o.serveOnly = true;
                case "--no-cds" -> o.cds = false;
                case "--plain-max-n" -> o.plainMaxN = Integer.parseInt(args[++i]);
                case "--jvm-args" -> o.jvmArgs = Arrays.stream(args[++i].trim().split("\\s+"))
                        .filter(s -> !s.isEmpty()).toList();
                case "-h", "--help" -> {
                    System.out.println(usage());
                    System.exit(0);
                }
                default -> {
                    System.err.println("unknown option " + a + "\n" + usage());
                    System.exit(2);
                }
            }
        }
        return o;
    }

    private static List<Integer> ints(String csv) {
        return csv.isBlank() ? List.of() : Arrays.stream(csv.split(",")).map(String::trim).map(Integer::parseInt)
                .toList();
    }

    // ---------------------------------------------------------------- results

    /** One process run. */
    record Run(int exit, double wallS, long rssKb, String stdout, String stderr) {
        Map<String, Long> stages() {
            Map<String, Long> m = new LinkedHashMap<>();
            Matcher matcher = BUILT.matcher(stdout);
            if (matcher.find()) {
                m.put("total", Long.parseLong(matcher.group(3)));
                for (String part : matcher.group(4).split(",\\s*")) {
                    String[] kv = part.trim().split("\\s+");
                    if (kv.length == 2) {
                        m.put(kv[0], Long.parseLong(kv[1]));
                    }
                }
            }
            Matcher same = UP_TO_DATE.matcher(stdout);
            if (m.isEmpty() && same.find()) {
                m.put("total", Long.parseLong(same.group(3)));
                m.put("verify", Long.parseLong(same.group(3)));
            }
            return m;
        }

        int files() {
            Matcher matcher = BUILT.matcher(stdout);
            if (matcher.find()) {
                return Integer.parseInt(matcher.group(2));
            }
            Matcher same = UP_TO_DATE.matcher(stdout);
            return same.find() ? Integer.parseInt(same.group(2)) : -1;
        }
    }

    /** One row of the table. */
    static final class Row {
        String name;
        String tool;
        int n;
        int charts;
        int reps;
        List<Double> walls = new ArrayList<>();
        double wallS = Double.NaN;
        double rssMb = Double.NaN;
        Map<String, Long> stages = new LinkedHashMap<>();
        int files = -1;
        int secondReps;
        double secondS = Double.NaN;
        int keptFiles = -1;
        int totalFiles = -1;
        int serveEdits;
        double serveMs = Double.NaN;
        double serveMinMs = Double.NaN;
        double serveMaxMs = Double.NaN;
        double serveRebuildMs = Double.NaN;
        /** One cold build with an empty chart cache (the other builds find the charts of the ones before). */
        double firstS = Double.NaN;

        Row(String name, String tool, int n, int charts) {
            this.name = name;
            this.tool = tool;
            this.n = n;
            this.charts = charts;
        }
    }

    private final Options o;
    private final List<Row> rows = new ArrayList<>();
    /** Bytes a search query transfers, per site and query (SearchBench). */
    private final List<SearchBench.Row> searchRows = new ArrayList<>();
    private String loadStart = "?";
    private final boolean haveTime = Files.isExecutable(Path.of("/usr/bin/time"));

    Bench(Options o) {
        this.o = o;
    }

    public static void main(String[] args) throws Exception {
        Options o = parse(args);
        if (o.work == null) {
            o.work = Files.createTempDirectory("briefing-bench-");
        }
        Files.createDirectories(o.work);
        Path templates = o.work.resolve("templates");
        copyTree(o.templates, templates);
        o.templates = templates;
        new Bench(o).runAll();
    }

    void runAll() throws Exception {
        log("work folder " + o.work + "; jar " + o.jar + "; machine: " + Runtime.getRuntime().availableProcessors()
                + " cores, " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version")
                + "; load average " + loadAverage());
        loadStart = loadAverage();
        if (o.hugo) {
            log("hugo: " + firstLine(run(List.of("hugo", "version"), o.work).stdout()));
        }

        if (o.cds) {
            makeArchive();
        }
        // Floors: the JVM alone (picocli --version), and JVM + headless AWT + one XChart SVG.
        if (!o.serveOnly) {
            floors();
        }

        // The real briefing, with all its charts.
        Path realContent = o.work.resolve("real/content");
        copyTree(o.project.resolve("content"), realContent);
        Row real = new Row("real briefing (content/)", "briefing", countBriefings(realContent), -1);
        briefingRow(real, realContent, o.work.resolve("real/out"),
                "briefings/amazon-openai-talks/investments.yaml", "briefings/amazon-openai-talks/index.html", true);
        add(real);
        if (!o.serveOnly) {
            searchRows.addAll(SearchBench.measure(real.name, real.n, o.work.resolve("real/out"),
                    SearchBench.REAL_QUERIES));
        }
        plainRow(real, realContent, o.work.resolve("real/out-plain"));

        for (int n : o.sizes) {
            int charts = n <= o.chartsMaxN ? o.charts : 0;
            boolean withHugo = o.hugo && !o.serveOnly && o.hugoSizes.contains(n);
            Path root = o.work.resolve("desk-" + n);
            deleteTree(root);
            long t0 = System.nanoTime();
            DeskGenerator.Desk desk = new DeskGenerator(o.seed).write(root, n, charts,
                    o.project.resolve("content"), o.project.resolve("src/bench/hugo"), withHugo);
            log(String.format(Locale.ROOT, "generated %d briefings (%d charts each%s) in %.1f s, %.1f MB", n,
                    charts, withHugo ? ", + Hugo corpus" : "", secs(t0), desk.bytes() / 1e6));
            String slug = DeskGenerator.Desk.slug(n / 2);
            Row row = new Row("desk " + n, "briefing", n, charts);
            briefingRow(row, desk.content(), root.resolve("out"), "briefings/" + slug + "/investments.yaml",
                    "briefings/" + slug + "/index.html", n <= o.serveMaxN);
            if (!o.serveOnly) {
                searchRows.addAll(SearchBench.measure(row.name, n, root.resolve("out"), SearchBench.DESK_QUERIES));
            }
            add(row);
            firstLoads(n, root.resolve("out"));
            if (n <= o.plainMaxN) {
                plainRow(row, desk.content(), root.resolve("out-plain"));
            }
            if (withHugo) {
                Row h = new Row("desk " + n, "hugo", n, 0);
                hugoRow(h, desk.hugo(), root.resolve("hugo-out"));
                add(h);
            }
            if (!o.keep) {
                deleteTree(root);
            }
        }
        printTable();
        printFirstLoads();
    }

    // ---------------------------------------------------------------- first load

    private final List<String> firstLoads = new ArrayList<>();

    /** The deal tracker's and the largest company page's first-load bytes in the desk just built (FirstLoad). */
    private void firstLoads(int n, Path out) throws IOException {
        if (o.serveOnly || !Files.isRegularFile(out.resolve("deals/index.html"))) {
            return;
        }
        List<String> pages = new ArrayList<>(List.of("deals/index.html"));
        String company = FirstLoad.largestCompanyPage(out);
        if (company != null) {
            pages.add(company);
            pages.add("companies/index.html");
        }
        for (String page : pages) {
            String line = String.format(Locale.ROOT, "desk %-6d %s", n, FirstLoad.of(out, page).line());
            log("  first load: " + line);
            firstLoads.add(line);
        }
    }

    private void printFirstLoads() {
        if (firstLoads.isEmpty()) {
            return;
        }
        System.out.printf("%nfirst load (HTML + CSS + JS + JSON fetched at load; the tracker's script fetches "
                + "none until a link is followed; gzip level 6; images left out):%n");
        firstLoads.forEach(System.out::println);
        System.out.flush();
    }

    private void floors() throws IOException {
        Row start = new Row("jvm start (empty main)", "java", 0, 0);
        measure(start, () -> run(java(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xshare:auto", "-cp",
                o.benchClasses.toString(), JvmStart.class.getName())), o.project));
        add(start);
        Row version = new Row("jvm + briefing --version", "briefing", 0, 0);
        measure(version, () -> run(briefing(List.of("--version"), o.cds), o.project));
        add(version);
        Row floor = new Row("floor: jvm + awt + 1 svg", "java", 0, 1);
        Path floorOut = o.work.resolve("floor");
        measure(floor, () -> run(java(List.of("-cp", o.benchClasses + ":" + o.jar, ChartFloor.class.getName(),
                floorOut.toString())), o.project));
        add(floor);
    }

    // ---------------------------------------------------------------- briefing

    private void briefingRow(Row row, Path content, Path out, String editRel, String htmlRel, boolean serve)
            throws Exception {
        if (o.serveOnly) {
            if (serve && o.serveEdits > 0) {
                serve(row, content, out, editRel, htmlRel);
            }
            return;
        }
        List<String> build = briefing(List.of("build", "--content", content.toString(),
                "--templates", o.templates.toString(), "--output", out.toString()), o.cds);
        // First, with an empty chart cache (beside the content folder): every chart is drawn.
        deleteTree(content.getParent().resolve(".briefing-cache"));
        deleteTree(out);
        row.firstS = check(run(build, o.project), row).wallS();
        log(String.format(Locale.ROOT, "  first build, empty chart cache: %.2f s", row.firstS));
        List<Run> cold = repeat(() -> {
            deleteTree(out);
            return check(run(build, o.project), row);
        });
        fill(row, cold);
        // Second build, nothing changed: time, and how many output files were left alone (same inode and mtime).
        Map<String, String> before = snapshot(out);
        List<Run> second = new ArrayList<>();
        second.add(check(run(build, o.project), row));
        Map<String, String> after = snapshot(out);
        row.totalFiles = after.size();
        row.keptFiles = (int) after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey())))
                .count();
        int more = reps(second.get(0).wallS()) - 1;
        for (int i = 0; i < more; i++) {
            second.add(check(run(build, o.project), row));
        }
        row.secondReps = second.size();
        row.secondS = median(second.stream().map(Run::wallS).toList());
        log(String.format(Locale.ROOT, "  second build: %.2f s (median of %d), %d of %d files kept", row.secondS,
                row.secondReps, row.keptFiles, row.totalFiles));
        if (serve && o.serveEdits > 0) {
            serve(row, content, out, editRel, htmlRel);
        }
    }

    private Run check(Run run, Row row) {
        if (run.exit() != 0 || run.stages().isEmpty()) {
            throw new IllegalStateException(row.name + ": build failed (exit " + run.exit() + ")\n" + run.stdout()
                    + run.stderr());
        }
        if (!run.stderr().isBlank()) {
            log("  warnings on stderr: " + firstLine(run.stderr()));
        }
        return run;
    }

    private void serve(Row row, Path content, Path out, String editRel, String htmlRel) throws Exception {
        Path serveOut = out.resolveSibling(out.getFileName() + "-serve");
        deleteTree(serveOut);
        List<String> cmd = briefing(List.of("serve", "--port", "0", "--content",
                content.toString(), "--templates", o.templates.toString(), "--output", serveOut.toString()), o.cds);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(o.project.toFile());
        Path errLog = o.work.resolve("serve-" + row.n + ".err");
        pb.redirectError(errLog.toFile());
        Process p = pb.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // process ended
            }
        }, "serve-stdout");
        reader.setDaemon(true);
        reader.start();
        try {
            awaitLine(lines, "Serving", 1800, p, errLog);
            Path edit = content.resolve(editRel);
            Path html = serveOut.resolve(htmlRel);
            String original = Files.readString(edit);
            List<Double> ms = new ArrayList<>();
            List<Double> rebuilds = new ArrayList<>();
            for (int e = 1; e <= o.serveEdits; e++) {
                String token = "benchrev" + e + "x";
                String edited = original.replaceFirst("(?m)^(\\s+purpose: .*)$", "$1 " + token);
                if (edited.equals(original)) {
                    throw new IllegalStateException("no purpose line to edit in " + edit);
                }
                long t0 = System.nanoTime();
                Files.writeString(edit, edited);
                while (true) {
                    if (Files.exists(html)) {
                        try {
                            if (Files.readString(html).contains(token)) {
                                break;
                            }
                        } catch (IOException ex) {
                            // swapped while reading: try again
                        }
                    }
                    if (secs(t0) > 600 || !p.isAlive()) {
                        throw new IllegalStateException("serve did not update " + html + " after edit " + e
                                + "\n" + Files.readString(errLog));
                    }
                    Thread.sleep(1);
                }
                ms.add((System.nanoTime() - t0) / 1e6);
                String built = awaitLine(lines, "Rebuilt", 600, p, errLog);
                Matcher m = REBUILT.matcher(built);
                if (m.find()) {
                    rebuilds.add(Double.parseDouble(m.group(2)));
                }
                // Let any trailing rebuild (a second burst of events) finish before the next edit.
                String extra;
                while ((extra = lines.poll(300, TimeUnit.MILLISECONDS)) != null) {
                    if (!extra.startsWith("Rebuilt")) {
                        log("  serve: " + extra);
                    }
                }
            }
            Files.writeString(edit, original);
            row.serveEdits = ms.size();
            row.serveMs = median(ms);
            row.serveMinMs = ms.stream().mapToDouble(d -> d).min().orElse(Double.NaN);
            row.serveMaxMs = ms.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
            row.serveRebuildMs = rebuilds.isEmpty() ? Double.NaN : median(rebuilds);
            log(String.format(Locale.ROOT, "  serve: edit -> HTML median %.0f ms (min %.0f, max %.0f, %d edits); "
                    + "its own rebuild median %.0f ms", row.serveMs, row.serveMinMs, row.serveMaxMs, ms.size(),
                    row.serveRebuildMs));
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) {
                p.destroyForcibly().waitFor();
            }
            deleteTree(serveOut);
        }
    }

    private static String awaitLine(BlockingQueue<String> lines, String prefix, int seconds, Process p, Path errLog)
            throws Exception {
        long t0 = System.nanoTime();
        while (secs(t0) < seconds) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith(prefix)) {
                return line;
            }
            if (line == null && !p.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new IllegalStateException("serve: no line starting with " + prefix + "\n" + Files.readString(errLog));
    }

    // ---------------------------------------------------------------- hugo

    private void hugoRow(Row row, Path source, Path out) throws Exception {
        List<String> cmd = List.of("hugo", "--quiet", "--source", source.toString(), "--destination",
                out.toString());
        List<Run> cold = repeat(() -> {
            deleteTree(out);
            Run r = run(cmd, source);
            if (r.exit() != 0) {
                throw new IllegalStateException("hugo failed\n" + r.stdout() + r.stderr());
            }
            return r;
        });
        fill(row, cold);
        row.files = (int) countFiles(out);
        Map<String, String> before = snapshot(out);
        List<Run> second = new ArrayList<>();
        second.add(run(cmd, source));
        Map<String, String> after = snapshot(out);
        row.totalFiles = after.size();
        row.keptFiles = (int) after.entrySet().stream().filter(e -> e.getValue().equals(before.get(e.getKey())))
                .count();
        int more = reps(second.get(0).wallS()) - 1;
        for (int i = 0; i < more; i++) {
            second.add(run(cmd, source));
        }
        row.secondReps = second.size();
        row.secondS = median(second.stream().map(Run::wallS).toList());
        log(String.format(Locale.ROOT, "  second build: %.2f s (median of %d), %d of %d files kept", row.secondS,
                row.secondReps, row.keptFiles, row.totalFiles));
    }

    // ---------------------------------------------------------------- measuring

    private void measure(Row row, Supplier<Run> one) {
        List<Run> runs = repeat(() -> {
            Run r = one.get();
            if (r.exit() != 0) {
                throw new IllegalStateException(row.name + " failed\n" + r.stdout() + r.stderr());
            }
            return r;
        });
        fill(row, runs);
    }

    private void fill(Row row, List<Run> runs) {
        row.reps = runs.size();
        row.walls = runs.stream().map(Run::wallS).toList();
        row.wallS = median(row.walls);
        row.rssMb = median(runs.stream().map(r -> r.rssKb() / 1024.0).toList());
        Map<String, List<Double>> byStage = new LinkedHashMap<>();
        for (Run r : runs) {
            r.stages().forEach((k, v) -> byStage.computeIfAbsent(k, x -> new ArrayList<>()).add(v.doubleValue()));
            if (r.files() >= 0) {
                row.files = r.files();
            }
        }
        byStage.forEach((k, v) -> row.stages.put(k, Math.round(median(v))));
        log(String.format(Locale.ROOT, "%s [%s]: %.2f s (median of %d: %s), RSS %.0f MB%s", row.name, row.tool,
                row.wallS, row.reps, row.walls.stream().map(w -> String.format(Locale.ROOT, "%.2f", w))
                        .collect(Collectors.joining(" ")), row.rssMb,
                row.stages.isEmpty() ? "" : ", stages " + row.stages));
    }

    /** Runs once; if that took under 5 s, up to max-reps times in all; under 30 s, 3 times; else once. */
    private List<Run> repeat(Supplier<Run> one) {
        List<Run> runs = new ArrayList<>();
        runs.add(one.get());
        int total = reps(runs.get(0).wallS());
        while (runs.size() < total) {
            runs.add(one.get());
        }
        return runs;
    }

    private int reps(double firstWallS) {
        return firstWallS < 5 ? o.maxReps : firstWallS < 30 ? Math.min(3, o.maxReps) : 1;
    }

    /** Beside the jar, where the launcher looks for it. */
    private Path archive() {
        return o.jar.resolveSibling("briefing.jsa");
    }

    /** The launcher beside the benchmark's jar and archive (run.sh copies target/briefing there). */
    private Path launcher() {
        return o.jar.resolveSibling("briefing");
    }

    /**
     * A briefing command line: the launcher (as users run it; this JVM's Java, extra JVM options through
     * BRIEFING_JAVA_OPTS), or plain {@code java -jar briefing.jar ARGS}.
     */
    private List<String> briefing(List<String> args, boolean launcher) {
        List<String> cmd = new ArrayList<>();
        if (launcher && Files.isRegularFile(launcher()) && Files.isRegularFile(archive())) {
            cmd.addAll(List.of("/usr/bin/env", "JAVA_HOME=" + System.getProperty("java.home"),
                    "BRIEFING_JAVA_OPTS=" + String.join(" ", o.jvmArgs), "/bin/sh", launcher().toString()));
            cmd.addAll(args);
            return cmd;
        }
        cmd.add("-jar");
        cmd.add(o.jar.toString());
        cmd.addAll(args);
        return java(cmd);
    }

    /**
     * The class data sharing archive for the benchmark's copy of the jar, made as {@code mvn package} makes
     * target/briefing.jsa: one build of the project's content with the chart cache off, recording its classes.
     */
    private void makeArchive() throws IOException {
        Files.deleteIfExists(archive());
        Path out = o.work.resolve("cds-training-site");
        List<String> cmd = java(List.of("-XX:ArchiveClassesAtExit=" + archive(), "-Xlog:cds=off,cds+dynamic=off",
                "-jar", o.jar.toString(), "build", "--quiet", "--content", o.project.resolve("content").toString(),
                "--templates", o.templates.toString(), "--output", out.toString()));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(o.project.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        pb.environment().put("BRIEFING_CACHE", "off");
        try {
            int exit = pb.start().waitFor();
            log("class data sharing archive " + archive() + (Files.isRegularFile(archive())
                    ? String.format(Locale.ROOT, ": %.1f MB", Files.size(archive()) / 1e6) : ": not made (exit " + exit
                    + "); running without"));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        deleteTree(out);
    }

    /** Cold builds with plain {@code java -jar}, no archive (when the other rows use one), chart cache as left. */
    private void plainRow(Row with, Path content, Path out) throws IOException {
        if (!o.cds || o.serveOnly || !Files.isRegularFile(archive())) {
            return;
        }
        Row row = new Row(with.name + ", plain java -jar", "briefing", with.n, with.charts);
        List<String> build = briefing(List.of("build", "--content", content.toString(), "--templates",
                o.templates.toString(), "--output", out.toString()), false);
        fill(row, repeat(() -> {
            deleteTree(out);
            return check(run(build, o.project), row);
        }));
        deleteTree(out);
        add(row);
    }

    private List<String> java(List<String> args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(o.jvmArgs);
        cmd.addAll(args);
        return cmd;
    }

    /** Runs a process to the end under /usr/bin/time (for its peak RSS); the wall time includes JVM start. */
    private Run run(List<String> cmd, Path cwd) {
        try {
            Path timeFile = Files.createTempFile(o.work, "time-", ".txt");
            Path outFile = Files.createTempFile(o.work, "out-", ".txt");
            Path errFile = Files.createTempFile(o.work, "err-", ".txt");
            List<String> full = new ArrayList<>();
            if (haveTime) {
                full.addAll(List.of("/usr/bin/time", "-f", "%M", "-o", timeFile.toString()));
            }
            full.addAll(cmd);
            ProcessBuilder pb = new ProcessBuilder(full).directory(cwd.toFile())
                    .redirectOutput(outFile.toFile()).redirectError(errFile.toFile());
            long t0 = System.nanoTime();
            Process p = pb.start();
            int exit = p.waitFor();
            double wall = secs(t0);
            long rss = -1;
            if (haveTime) {
                List<String> t = Files.readAllLines(timeFile);
                for (String line : t) {
                    if (line.trim().matches("\\d+")) {
                        rss = Long.parseLong(line.trim());
                    }
                }
            }
            Run r = new Run(exit, wall, rss, Files.readString(outFile), Files.readString(errFile));
            Files.delete(timeFile);
            Files.delete(outFile);
            Files.delete(errFile);
            return r;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    // ---------------------------------------------------------------- output

    private void add(Row row) throws IOException {
        rows.add(row);
        if (o.json != null) {
            writeJson(o.json);
        }
    }

    void printTable() {
        StringBuilder t = new StringBuilder();
        t.append(String.format(Locale.ROOT, "%n%-42s %-8s %6s %6s %4s %8s %8s %9s %7s %9s %13s %16s  %s%n",
                "case", "tool", "N", "charts", "reps", "wall s", "1st s", "ms/brief", "RSS MB", "2nd s", "2nd kept",
                "serve ms", "stages ms (load assemble charts render check write)"));
        for (Row r : rows) {
            String stages = r.stages.isEmpty() ? "-" : Stream.of("load", "assemble", "charts", "render", "check",
                    "write").map(s -> r.stages.containsKey(s) ? Long.toString(r.stages.get(s)) : "-")
                    .collect(Collectors.joining(" "));
            String serve = Double.isNaN(r.serveMs) ? "-" : String.format(Locale.ROOT, "%.0f (%d edits)", r.serveMs,
                    r.serveEdits);
            String kept = r.totalFiles < 0 ? "-" : r.keptFiles + "/" + r.totalFiles;
            t.append(String.format(Locale.ROOT, "%-42s %-8s %6s %6s %4d %8.2f %8s %9s %7.0f %9s %13s %16s  %s%n",
                    r.name, r.tool, r.n > 0 ? Integer.toString(r.n) : "-",
                    r.charts < 0 ? "all" : Integer.toString(r.charts), r.reps, r.wallS,
                    Double.isNaN(r.firstS) ? "-" : String.format(Locale.ROOT, "%.2f", r.firstS),
                    r.n > 0 ? String.format(Locale.ROOT, "%.2f", r.wallS * 1000 / r.n) : "-", r.rssMb,
                    Double.isNaN(r.secondS) ? "-" : String.format(Locale.ROOT, "%.2f", r.secondS), kept, serve,
                    stages));
        }
        t.append(String.format(Locale.ROOT, "%nwall: whole process, cold JVM, median of reps (chart cache as the "
                + "build before left it; %s); 1st: one such build with an empty chart cache; ms/brief = wall / N; ",
                o.cds ? "through the launcher (JVM settings, class data sharing archive) unless the case says plain "
                + "java -jar" : "plain java -jar"));
        t.append(String.format(Locale.ROOT, ""
                + "RSS: peak resident set (/usr/bin/time %%M); 2nd: build again with nothing changed (kept = output "
                + "files with the same inode and mtime); serve: save a data file -> updated HTML on disk, median; "
                + "%d cores; load average at start %s, now %s (other processes share the machine).%n",
                Runtime.getRuntime().availableProcessors(), loadStart, loadAverage()));
        if (!searchRows.isEmpty()) {
            t.append(SearchBench.table(searchRows));
        }
        System.out.print(t);
        System.out.flush();
    }

    void writeJson(Path file) throws IOException {
        StringBuilder j = new StringBuilder("{\n  \"machine\": {\"cores\": ")
                .append(Runtime.getRuntime().availableProcessors()).append(", \"java\": ")
                .append(str(System.getProperty("java.version"))).append(", \"os\": ")
                .append(str(System.getProperty("os.name") + " " + System.getProperty("os.arch")))
                .append(", \"load_average_start\": ").append(str(loadStart))
                .append(", \"load_average_now\": ").append(str(loadAverage()))
                .append("},\n  \"cds\": ").append(o.cds).append(",\n  \"seed\": ").append(o.seed).append(",\n  \"rows\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            j.append("    {\"case\": ").append(str(r.name)).append(", \"tool\": ").append(str(r.tool))
                    .append(", \"n\": ").append(r.n).append(", \"charts_per_briefing\": ").append(r.charts)
                    .append(", \"reps\": ").append(r.reps).append(", \"wall_s\": ").append(num(r.wallS))
                    .append(", \"first_build_empty_chart_cache_s\": ").append(num(r.firstS))
                    .append(", \"wall_s_all\": ").append(r.walls.stream().map(Bench::num)
                            .collect(Collectors.joining(", ", "[", "]")))
                    .append(", \"ms_per_briefing\": ").append(r.n > 0 ? num(r.wallS * 1000 / r.n) : "null")
                    .append(", \"rss_mb\": ").append(num(r.rssMb))
                    .append(", \"files\": ").append(r.files)
                    .append(", \"stages_ms\": ").append(r.stages.entrySet().stream()
                            .map(e -> str(e.getKey()) + ": " + e.getValue())
                            .collect(Collectors.joining(", ", "{", "}")))
                    .append(", \"second_build_s\": ").append(num(r.secondS))
                    .append(", \"second_build_reps\": ").append(r.secondReps)
                    .append(", \"second_build_files_kept\": ").append(r.keptFiles)
                    .append(", \"second_build_files_total\": ").append(r.totalFiles)
                    .append(", \"serve_edit_to_html_ms\": ").append(num(r.serveMs))
                    .append(", \"serve_edits\": ").append(r.serveEdits)
                    .append(", \"serve_min_ms\": ").append(num(r.serveMinMs))
                    .append(", \"serve_max_ms\": ").append(num(r.serveMaxMs))
                    .append(", \"serve_rebuild_ms\": ").append(num(r.serveRebuildMs))
                    .append(i < rows.size() - 1 ? "},\n" : "}\n");
        }
        j.append("  ],\n  \"search_query_transfer\": ").append(SearchBench.json(searchRows)).append("\n}\n");
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, j.toString());
    }

    private static String num(double d) {
        return Double.isNaN(d) ? "null" : String.format(Locale.ROOT, "%.4f", d);
    }

    private static String str(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------- files

    /** Output path -> "inode mtime" for every file. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        Map<String, String> m = new HashMap<>();
        if (!Files.exists(root)) {
            return m;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                m.put(root.relativize(p).toString(), a.fileKey() + " " + a.lastModifiedTime().toMillis());
            }
        }
        return m;
    }

    private static long countFiles(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).count();
        }
    }

    private static int countBriefings(Path content) throws IOException {
        try (Stream<Path> s = Files.list(content.resolve("briefings"))) {
            return (int) s.filter(Files::isDirectory).count();
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot delete " + root, e);
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        deleteTree(to);
        DeskGenerator.copyTree(from, to);
    }

    // ---------------------------------------------------------------- small helpers

    private static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> s = values.stream().sorted().toList();
        int n = s.size();
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2;
    }

    private static double secs(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static String firstLine(String s) {
        int i = s.indexOf('\n');
        return i < 0 ? s : s.substring(0, i);
    }

    private static void log(String s) {
        System.err.println("[bench] " + s);
        System.err.flush();
    }
}
