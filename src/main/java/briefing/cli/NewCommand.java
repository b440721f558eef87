package briefing.cli;

import briefing.pipeline.SchemaCatalog;
import briefing.config.SiteConfig;
import briefing.data.Companies;
import briefing.data.Company;
import briefing.data.CompanyLoader;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.English;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code briefing new <slug>}: a new briefing folder with an index.md and commented example data files that pass
 * {@code check}. It is a draft until the editor removes {@code draft: true}, so examples are never published.
 * {@code briefing new --dataset <name> <slug>} adds an example dataset to a briefing instead: a data package
 * descriptor with one resource and its CSV file.
 */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Creates content/briefings/<slug>/ with index.md and example data files (a draft).",
                "With --dataset NAME, adds an example dataset to the briefing: datapackage.yaml and NAME.csv."})
public final class NewCommand implements Callable<Integer> {

    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SLUG", description = "Folder and URL name: lowercase letters, digits and dashes.")
    String slug;

    @Option(names = "--title", paramLabel = "TEXT", description = "The briefing's headline (required for a new briefing).")
    String title;

    @Option(names = "--dataset", paramLabel = "NAME",
            description = "Add an example dataset NAME (a resource and NAME.csv) to the existing briefing SLUG.")
    String dataset;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "Content folder (default: ${DEFAULT-VALUE}).")
    Path content;

    /** Tests set the date; editors get today's. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (!SLUG.matcher(slug).matches()) {
            err.println("error: \"" + slug + "\" cannot be part of a URL");
            err.println("  hint: use lowercase letters, digits and dashes, e.g. amazon-openai-talks");
            return ExitCode.USAGE;
        }
        Path folder = content.resolve("briefings").resolve(slug);
        if (dataset != null) {
            return new DatasetScaffold(content, folder, dataset).write(spec.commandLine().getOut(), err);
        }
        if (title == null) {
            err.println("error: a new briefing needs --title");
            err.println("  hint: briefing new " + slug + " --title \"The headline\"");
            return ExitCode.USAGE;
        }
        if (Files.exists(folder)) {
            err.println("error: " + folder + " already exists; choose another slug");
            return ExitCode.USAGE;
        }
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files(LocalDate.now(clock), companies(content)).entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("Created " + folder + " (a draft: build with --drafts to preview it)");
        out.println("Next: edit the files, run `briefing check`, and remove `draft: true` to publish.");
        // The files' schema lines point at <project>/schemas/, beside the content folder.
        if (!Files.isDirectory(content.toAbsolutePath().resolveSibling(SchemaCatalog.FOLDER))) {
            out.println("For completion in your editor, write the schemas once: briefing schema --output "
                    + content.toAbsolutePath().resolveSibling(SchemaCatalog.FOLDER).getFileName());
        }
        return ExitCode.OK;
    }

    /**
     * The site's company list, if it keeps one: the scaffold's data must then name companies by id. A list with
     * mistakes counts as none here; `briefing check` reports them.
     */
    static Companies companies(Path content) {
        Path file = content.resolve(CompanyLoader.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Companies.NONE;
        }
        SourceReader reader = new SourceReader(Path.of(""), SiteConfig.Limits.DEFAULT.maxFileBytes());
        return new CompanyLoader(reader, new YamlReader(SiteConfig.Limits.DEFAULT.maxFileBytes()))
                .load(content, new Diagnostics());
    }

    private Map<String, String> files(LocalDate today, Companies companies) {
        // With a company list, the example round is of its first company, with its second (or first) investing.
        List<Company> known = companies.all();
        String company = known.isEmpty() ? "Example Co" : known.get(0).id();
        String companyName = known.isEmpty() ? "Example Co" : known.get(0).name();
        String investor = known.isEmpty() ? "Example Investor" : known.get(Math.min(1, known.size() - 1)).id();
        String companyComment = known.isEmpty() ? "" : "  # a company id from companies.yaml";
        String schema = "# yaml-language-server: $schema=../../../" + SchemaCatalog.FOLDER;
        Map<String, String> files = new LinkedHashMap<>();
        files.put("index.md", """
                ---
                title: %s
                date: %s
                authors: [Briefing Desk]
                tags: []
                # One or two sentences; refer to figures by key instead of typing numbers.
                summary: "Example: a funding round reported at {{ round.total }}."
                key_figures: [round.total]
                # Drafts are built only with --drafts. Remove this line to publish.
                draft: true
                ---
                ## What is reported

                Write the briefing here. A figure from the data: {{ round.total }}, dated {{ round.date }}.
                """.formatted(yamlString(title), today));
        files.put("sources.yaml", schema + "sources.json\n" + """
                # Every figure names one of these sources by id.
                sources:
                  - id: example-report
                    name: Example news report (replace me)
                    kind: news-report       # news-report, company-statement, analyst-estimate, filing, other
                    status: reported        # reported, confirmed, planned, estimated, denied
                    note: Replace with the real source; add url only if the source has one.
                """);
        files.put("round.yaml", schema + "round.json\n" + """
                # A funding round. Money: "$100 billion", "up to $50B", "about EUR 3 million".
                company: %s%s
                name: %s
                date: %s
                total:
                  amount: $1 billion
                  status: reported
                  source: example-report
                participants:
                  - id: example-investor
                    investor: %s%s
                    amount: up to $500 million
                    stage: In talks
                    status: reported
                    source: example-report
                """.formatted(company, companyComment,
                yamlString(English.possessive(companyName, "'") + " funding round"),
                today.toString().substring(0, 7), investor, companyComment));
        files.put("timeline.yaml", schema + "timeline.json\n" + """
                # Dated events; dates can be "2015", "Q4 2026", "2026-02" or "2026-02-14".
                events:
                  - id: round-reported
                    date: %s
                    title: The round is reported
                    status: reported
                    source: example-report
                """.formatted(today.toString().substring(0, 7)));
        files.put("faqs.yaml", schema + "faqs.json\n" + """
                faqs:
                  - id: how-much
                    question: How much is being raised?
                    answer: |
                      The round is reported at {{ round.total }}.
                    sources: [example-report]
                """);
        return files;
    }

    /** A title as a double-quoted YAML string, so colons and quotes in it stay text. */
    static String yamlString(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
