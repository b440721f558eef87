package briefing.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The dataset case end to end: a briefing whose data package holds one CSV resource of N rows (100,000 by default;
 * see {@link DatasetChartBench#write}), shown by a sorted, limited table directive, quoted by a figure reference and
 * drawn by two aggregated charts, built by {@code briefing build} in a fresh JVM through the launcher, as users run
 * it, with no chart cache and no earlier output. Prints each run's wall and CPU time (user + sys of the whole process, from /usr/bin/time) and the medians,
 * with the load average. Not a test: run it with {@code bash src/bench/dataset.sh [rows] [runs]}.
 *
 * <p>Arguments: {@code --launcher FILE} (target/briefing), {@code --templates DIR}, {@code --work DIR}, {@code --rows
 * N}, {@code --runs N} (5), {@code --jfr FILE} (one more run with a flight recording, for profiles).
 */
public final class DatasetBuildBench {

    public static void main(String[] args) throws Exception {
        Path launcher = Path.of("target/briefing");
        Path templates = Path.of("templates");
        Path work = null;
        Path jfr = null;
        int rows = 100_000;
        int runs = 5;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--launcher" -> launcher = Path.of(args[++i]);
                case "--templates" -> templates = Path.of(args[++i]);
                case "--work" -> work = Path.of(args[++i]);
                case "--rows" -> rows = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--jfr" -> jfr = Path.of(args[++i]).toAbsolutePath();
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        if (work == null) {
            work = Files.createTempDirectory("dataset-build-bench");
        }
        Path content = work.resolve("content");
        long bytes = site(content, rows);
        System.out.printf(Locale.ROOT, "%,d rows, %,d bytes of CSV; %d cores; load average %s%n", rows, bytes,
                Runtime.getRuntime().availableProcessors(), load());
        List<String> build = new ArrayList<>(List.of(launcher.toAbsolutePath().toString(), "build", "--quiet",
                "--content", content.toString(), "--templates", templates.toAbsolutePath().toString(),
                "--output", work.resolve("site").toString()));
        List<Double> walls = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            double[] t = timed(build, work, null);
            walls.add(t[0]);
            cpus.add(t[1]);
            System.out.printf(Locale.ROOT, "run %d: wall %.2f s, CPU %.2f s (user %.2f, sys %.2f), peak RSS %d MB; "
                    + "load average %s%n", run, t[0], t[1], t[2], t[3], (long) t[4] / 1024, load());
        }
        System.out.printf(Locale.ROOT, "median of %d: wall %.2f s, CPU %.2f s (target: under 2 s); load average %s%n",
                runs, median(walls), median(cpus), load());
        if (jfr != null) {
            double[] t = timed(build, work, "-XX:StartFlightRecording=filename=" + jfr + ",settings=profile");
            System.out.printf(Locale.ROOT, "with a flight recording (%s): wall %.2f s, CPU %.2f s%n", jfr, t[0], t[1]);
        }
    }

    /** A desk of one briefing over the data package {@link DatasetChartBench#write} makes. */
    static long site(Path content, int rows) throws IOException {
        Path folder = Files.createDirectories(content.resolve("briefings/big"));
        long bytes = DatasetChartBench.write(folder, rows);
        Files.writeString(content.resolve("site.yaml"), """
                title: Bench Desk
                description: A benchmark desk.
                base_url: https://example.org/
                publisher:
                  name: Bench Desk
                limits:
                  max_file_bytes: %d
                """.formatted(Math.max(4L << 20, bytes + 1024)));
        Files.writeString(folder.resolve("index.md"), """
                ---
                title: Spending by company and region
                date: 2026-02-27
                summary: "The first row: {{ spend.1.amount }}."
                ---
                ## The largest amounts

                ```table
                resource: spend
                columns: [id, company, region, year, amount, status]
                sort: -amount
                limit: 25
                caption: The 25 largest amounts
                ```

                ## Acme in 2020

                ```table
                resource: spend
                filter: {company: Acme, year: 2020}
                ```

                ## Charts

                ```chart
                by-company
                ```

                ```chart
                by-region
                ```
                """);
        return bytes;
    }

    /** Wall, CPU (user + sys), user, sys seconds and peak RSS (KB) of one run, which must succeed. */
    private static double[] timed(List<String> command, Path work, String javaOpts) throws Exception {
        Path times = Files.createTempFile(work, "time-", ".txt");
        Path out = Files.createTempFile(work, "out-", ".txt");
        List<String> full = new ArrayList<>(List.of("/usr/bin/time", "-f", "%e %U %S %M", "-o", times.toString()));
        full.addAll(command);
        ProcessBuilder pb = new ProcessBuilder(full).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(out.toFile());
        if (javaOpts != null) {
            pb.environment().put("BRIEFING_JAVA_OPTS", javaOpts);
        }
        // A first build: no output to keep files of, no chart cache (the charts are drawn from the rows every run).
        pb.environment().put("BRIEFING_CACHE", "off");
        deleteTree(work.resolve("site"));
        int exit = pb.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("briefing build exited with " + exit + ":\n" + Files.readString(out));
        }
        List<String> lines = Files.readAllLines(times);
        String[] f = lines.get(lines.size() - 1).trim().split(" ");
        double user = Double.parseDouble(f[1]);
        double sys = Double.parseDouble(f[2]);
        return new double[] {Double.parseDouble(f[0]), user + sys, user, sys, Double.parseDouble(f[3])};
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return String.format(Locale.ROOT, "%.2f",
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        }
    }
}
