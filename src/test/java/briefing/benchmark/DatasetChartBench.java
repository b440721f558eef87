package briefing.benchmark;

import briefing.chart.ChartLoader;
import briefing.chart.ChartRenderer;
import briefing.chart.ChartSpec;
import briefing.data.BriefingData;
import briefing.data.Companies;
import briefing.data.DataLoader;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.ValueFormat;

import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Times a dataset of N rows (100,000 by default) from CSV to chart: the data package is loaded and validated (types,
 * constraints, primary key, figures of every cell), then two charts aggregate it ({@code aggregate: sum}: a line per
 * company over 25 years; a donut of 40 regions with {@code top: 7} and the rest as "Other") and are drawn. Not a
 * test: run {@code java -cp target/classes:target/test-classes:<deps> briefing.benchmark.DatasetChartBench [rows]
 * [runs]}; the first run is a cold JVM's, later ones warm. The machine is shared: the load average is printed.
 */
public final class DatasetChartBench {

    private static final String[] COMPANIES = {"Acme", "Borealis", "Cobalt", "Delta", "Ember", "Fjord", "Granite",
        "Helix"};

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        Path dir = Files.createTempDirectory("dataset-bench");
        Path folder = Files.createDirectories(dir.resolve("content/briefings/big"));
        long bytes = write(folder, rows);
        System.out.printf(Locale.ROOT, "%,d rows, %,d bytes of CSV; load average %.2f on %d cores%n", rows, bytes,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (int run = 1; run <= runs; run++) {
            java.lang.management.ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SourceReader reader = new SourceReader(dir, 512L * 1024 * 1024);
            YamlReader yaml = new YamlReader(1_000_000);
            Diagnostics problems = new Diagnostics();
            BriefingData data = new DataLoader(reader, yaml).load(folder, Companies.NONE, problems);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            List<ChartSpec> charts = new ChartLoader(reader, yaml, new ValueFormat(Locale.US)).load(folder, data,
                    problems);
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            if (problems.hasErrors() || charts.size() != 2) {
                throw new IllegalStateException("the benchmark's data should load: " + problems.sorted());
            }
            ChartRenderer renderer = new ChartRenderer(Locale.US, null);
            charts.forEach(renderer::render);
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            // Wall time on a shared machine mostly measures the neighbours; this thread's CPU time is the work.
            System.out.printf(Locale.ROOT, "run %d: load+validate %d ms (CPU %d), charts from the rows %d ms (CPU %d), "
                            + "drawing %d ms (CPU %d), total %d ms (CPU %d; %,d figures)%n", run,
                    (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (t2 - t1) / 1_000_000, (c2 - c1) / 1_000_000,
                    (t3 - t2) / 1_000_000, (c3 - c2) / 1_000_000, (t3 - t0) / 1_000_000, (c3 - c0) / 1_000_000,
                    data.figures().keys().size());
        }
    }

    /** A data package of {@code rows} spending rows, deterministic; returns the CSV's size. */
    static long write(Path folder, int rows) throws IOException {
        Files.writeString(folder.resolve("sources.yaml"), """
                sources:
                  - id: filings
                    name: Filings
                    status: confirmed
                """);
        Files.writeString(folder.resolve("datapackage.yaml"), """
                resources:
                  - name: spend
                    path: spend.csv
                    schema:
                      fields:
                        - {name: id, type: integer, constraints: {required: true, unique: true}}
                        - {name: company, type: string, constraints: {required: true}}
                        - {name: region, type: string}
                        - {name: year, type: year}
                        - {name: amount, type: number, kind: money, currency: USD, scale: million, constraints: {minimum: 0}}
                        - {name: status, kind: status}
                        - {name: source, kind: source}
                      primaryKey: [id]
                """);
        Files.writeString(folder.resolve("charts.yaml"), """
                charts:
                  - id: by-company
                    type: line
                    title: Spending by company
                    data: {from: spend, label: year, value: amount, series: company, aggregate: sum}
                  - id: by-region
                    type: donut
                    title: Spending by region
                    data: {from: spend, label: region, value: amount, aggregate: sum, top: 7}
                """);
        SplittableRandom random = new SplittableRandom(DeskGenerator.DEFAULT_SEED);
        Path csv = folder.resolve("spend.csv");
        try (Writer out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("id,company,region,year,amount,status,source\n");
            for (int i = 1; i <= rows; i++) {
                out.write(i + "," + COMPANIES[random.nextInt(COMPANIES.length)] + ",Region " + (1 + random.nextInt(40))
                        + "," + (2000 + random.nextInt(25)) + "," + random.nextInt(1, 100_000) / 100.0 + ","
                        + (random.nextInt(4) == 0 ? "estimated" : "reported") + ",filings\n");
            }
        }
        return Files.size(csv);
    }
}
