package briefing.data;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.ValueSyntax;
import briefing.source.YamlReader;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code companies.yaml} at the top of the content folder: the companies every briefing's data refers to by
 * id. The file is optional; without it companies are free text and the site has no company pages.
 */
public final class CompanyLoader {

    public static final String FILE_NAME = "companies.yaml";

    private final SourceReader reader;
    private final YamlReader yaml;

    public CompanyLoader(SourceReader reader, YamlReader yaml) {
        this.reader = reader;
        this.yaml = yaml;
    }

    public Companies load(Path contentDir, Diagnostics problems) {
        // Confined here too: `briefing new` reads the list without the content loader.
        SourceReader reader = this.reader.within(contentDir, "content folder");
        Path file = contentDir.resolve(FILE_NAME);
        if (!reader.isPresent(file)) {
            return Companies.NONE;
        }
        int mark = problems.mark();
        try {
            SourceFile source = reader.read(file);
            Optional<Companies> read = Fields.of(yaml.read(source), problems, CompanyLoader::schema).map(f -> {
                Companies companies = bind(f, problems);
                f.rejectUnknown();
                return companies;
            });
            if (read.isPresent()) {
                return read.get();
            }
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
        }
        // The list could not be read: every company the data names is missing because of that.
        return problems.firstErrorSince(mark)
                .map(cause -> new Companies(List.of(), Map.of("", cause.location())))
                .orElse(Companies.NONE);
    }

    /** The JSON Schema of companies.yaml, recorded from the binding code (see {@link Fields#schemaProbe()}). */
    public static com.fasterxml.jackson.databind.node.ObjectNode schema() {
        Fields probe = Fields.schemaProbe();
        bind(probe, new Diagnostics());
        return probe.schema();
    }

    private static Companies bind(Fields f, Diagnostics problems) {
        List<Company> out = new ArrayList<>();
        Map<String, SourceLocation> ids = new HashMap<>();
        // Names and aliases must point at one company each: search and the "did you mean the id" hint rely on it.
        Map<String, SourceLocation> names = new HashMap<>();
        Map<String, SourceLocation> failed = new HashMap<>();
        for (Fields c : f.records("companies", true)) {
            int mark = problems.mark();
            String id = c.required("id", ValueSyntax.ID);
            if (id != null) {
                SourceLocation first = ids.putIfAbsent(id, c.location("id"));
                if (first != null) {
                    problems.error(c.location("id"), "duplicate company id \"" + id + "\"",
                            "the first is at line " + first.line() + "; ids must be unique in a file");
                }
            }
            String name = c.requiredText("name");
            List<String> aliases = c.texts("aliases");
            String description = c.requiredText("description");
            Optional<URI> url = c.optional("url", ValueSyntax.WEB_URL);
            c.rejectUnknown();
            List<String> spellings = new ArrayList<>(aliases);
            if (name != null) {
                spellings.add(0, name);
            }
            for (String spelling : spellings) {
                SourceLocation first = names.putIfAbsent(spelling.strip().toLowerCase(Locale.ROOT), c.location());
                if (first != null) {
                    problems.error(c.location(spelling.equals(name) ? "name" : "aliases"),
                            "\"" + spelling + "\" already names the company at line " + first.line(),
                            "a name or alias must belong to one company");
                }
            }
            if (id != null && name != null && description != null) {
                out.add(new Company(id, name, aliases, description, url, c.location()));
            } else {
                // References to this company by its id (as typed, even when it is not a valid id), name or alias
                // fail because of this entry's mistake.
                problems.firstErrorSince(mark).ifPresent(cause -> {
                    c.scalar("id").map(s -> s.text().strip()).ifPresent(raw -> failed.putIfAbsent(raw, cause.location()));
                    spellings.forEach(s -> failed.putIfAbsent(s.strip().toLowerCase(Locale.ROOT), cause.location()));
                });
            }
        }
        return new Companies(out, failed);
    }
}
