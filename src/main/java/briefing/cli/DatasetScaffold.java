package briefing.cli;

import briefing.config.SiteConfig;
import briefing.data.Companies;
import briefing.data.DataLoader;
import briefing.dataset.DatasetLoader;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.source.Fields;
import briefing.source.SourceReader;
import briefing.source.YamlReader;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code briefing new --dataset <name> <slug>}: an example dataset in a briefing's folder that passes
 * {@code check}: a {@code datapackage.yaml} with one resource whose Table Schema shows the standard types and our
 * kinds (money with currency and scale, status, source, company), and its CSV file with a header and one row.
 * An existing descriptor is left alone: the editor adds the resource to it.
 */
final class DatasetScaffold {

    /** A name that is a resource name and a CSV file name at once. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Path content;
    private final Path folder;
    private final String name;

    DatasetScaffold(Path content, Path folder, String name) {
        this.content = content;
        this.folder = folder;
        this.name = name;
    }

    int write(PrintWriter out, PrintWriter err) throws IOException {
        if (!NAME.matcher(name).matches()) {
            err.println("error: \"" + name + "\" cannot name a dataset");
            err.println("  hint: use lowercase letters, digits and dashes, e.g. capex");
            return ExitCode.USAGE;
        }
        if (DataLoader.RESERVED_RESOURCES.contains(name)) {
            err.println("error: dataset name \"" + name + "\" is taken by the built-in data");
            err.println("  hint: choose another name; reserved: " + String.join(", ", DataLoader.RESERVED_RESOURCES));
            return ExitCode.USAGE;
        }
        if (!Files.isDirectory(folder)) {
            err.println("error: " + folder + " does not exist");
            err.println("  hint: create the briefing first: briefing new " + folder.getFileName() + " --title \"...\"");
            return ExitCode.USAGE;
        }
        Optional<Path> descriptor = DatasetLoader.descriptor(folder);
        if (descriptor.isPresent()) {
            err.println("error: " + descriptor.get() + " already exists");
            err.println("  hint: add the resource to it by hand (see README: Datasets)");
            return ExitCode.USAGE;
        }
        Path csv = folder.resolve(name + ".csv");
        if (Files.exists(csv)) {
            err.println("error: " + csv + " already exists; choose another name");
            return ExitCode.USAGE;
        }
        Companies companies = NewCommand.companies(content);
        String company = companies.all().isEmpty() ? "example-co" : companies.all().get(0).id();
        Optional<String> source = firstSource(folder.resolve(DataLoader.SOURCES));
        Files.writeString(folder.resolve(DatasetLoader.YAML), descriptor(companies.enabled() && !companies.all().isEmpty(),
                source.isPresent()), StandardCharsets.UTF_8);
        Files.writeString(csv, "company,year,amount,status" + (source.isPresent() ? ",source" : "") + "\n"
                + company + ",2025,1.5,reported" + source.map(s -> "," + s).orElse("") + "\n", StandardCharsets.UTF_8);
        out.println("Created " + folder.resolve(DatasetLoader.YAML) + " and " + csv);
        out.println("Refer to a value in prose: {{ " + name + "." + company + ".2025.amount }}");
        return ExitCode.OK;
    }

    private String descriptor(boolean companyIds, boolean source) {
        return """
                # yaml-language-server: $schema=../../../schemas/datapackage.json
                # A data package (Frictionless Data): each resource is a CSV file described by a Table Schema.
                # Standard types: string, number, integer, boolean, date, year, yearmonth, ...; `kind` puts a column
                # in the briefing's value model (money, count, percent, date, status, qualifier, source, company).
                resources:
                  - name: %1$s
                    path: %1$s.csv
                    title: Example dataset (replace me)
                    schema:
                      fields:
                        - name: company
                          type: string
                %2$s        - name: year
                          type: year
                        - name: amount
                          type: number
                          kind: money
                          currency: USD
                          scale: billion      # the numbers are in billions: 1.5 is $1.5 billion
                          constraints: {minimum: 0}
                        - name: status
                          type: string
                          kind: status        # reported, confirmed, planned, estimated, denied
                %3$s      # A row is named by its key in figure references: {{ %1$s.<company>.<year>.amount }}
                      primaryKey: [company, year]
                """.formatted(name,
                companyIds ? "          kind: company       # a company id from companies.yaml\n" : "",
                source ? "        - name: source\n          type: string\n"
                        + "          kind: source        # a source id from sources.yaml\n" : "");
    }

    /** The briefing's first source id, for the example row; empty when it has none readable. */
    private static Optional<String> firstSource(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        long limit = SiteConfig.Limits.DEFAULT.maxFileBytes();
        try {
            Diagnostics ignored = new Diagnostics();
            return Fields.of(new YamlReader(limit).read(new SourceReader(Path.of(""), limit).read(file)), ignored)
                    .flatMap(f -> f.records("sources", false).stream().findFirst())
                    .flatMap(s -> s.text("id"));
        } catch (BuildFailedException e) {
            return Optional.empty();
        }
    }
}
