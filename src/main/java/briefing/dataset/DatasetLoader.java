package briefing.dataset;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.ValueParser;
import briefing.source.ValueSyntax;
import briefing.source.YamlNode;
import briefing.source.YamlReader;
import briefing.value.Scale;
import briefing.value.Status;
import briefing.value.ValueFormatException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads the data package of a folder ({@code datapackage.yaml} or {@code datapackage.json}) into a
 * {@link DataPackage}: the descriptor, its CSV files (confined to the folder, read by the project's SourceReader)
 * and inline rows, every value typed and checked against its field, primary and foreign keys checked. Every
 * problem of the package is reported in one run.
 */
public final class DatasetLoader {

    public static final String YAML = "datapackage.yaml";
    public static final String JSON = "datapackage.json";
    public static final List<String> DESCRIPTORS = List.of(YAML, JSON);

    /** The spec's resource name pattern. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9._-]+");
    private static final int SHOWN = 40;

    private static final ValueParser<Field.Type> TYPE = ValueSyntax.oneOf(DatasetLoader::type,
            ValueSyntax.words(Field.Type.class, Field.Type::id), "A Table Schema field type");
    private static final ValueParser<Field.Kind> KIND = ValueSyntax.oneOf(DatasetLoader::kind,
            ValueSyntax.words(Field.Kind.class, Field.Kind::id), "What the column's values are in the briefing's value model");

    /**
     * What references in the data may name, passed in by the data stage.
     *
     * @param companies the site's company ids; empty when the site keeps no company list (then company columns
     *                  hold free text)
     * @param sources   the briefing's source ids; empty when they are not checked here (the desk's package)
     * @param missingCompany where the mistake is that a company id is missing because of (an entry of
     *                  companies.yaml that could not be read), so a reference to it follows from that mistake
     */
    public record Known(Optional<Set<String>> companies, Optional<Set<String>> sources,
                        java.util.function.Function<String, Optional<briefing.diagnostic.SourceLocation>> missingCompany) {
        public static final Known NOTHING = new Known(Optional.empty(), Optional.empty());

        public Known(Optional<Set<String>> companies, Optional<Set<String>> sources) {
            this(companies, sources, id -> Optional.empty());
        }
    }

    private final SourceReader reader;
    private final YamlReader yaml;

    public DatasetLoader(SourceReader reader, YamlReader yaml) {
        this.reader = reader;
        this.yaml = yaml;
    }

    /** The folder's descriptor file, if it has one; both at once is an error reported by {@link #load}. */
    public static Optional<Path> descriptor(Path folder) {
        return DESCRIPTORS.stream().map(folder::resolve).filter(Files::isRegularFile).findFirst();
    }

    /** The folder's data package, or empty when it has no descriptor (or the descriptor cannot be read). */
    public Optional<DataPackage> load(Path folder, Known known, Diagnostics problems) {
        Optional<Path> file = descriptor(folder);
        if (file.isEmpty()) {
            return Optional.empty();
        }
        if (Files.isRegularFile(folder.resolve(YAML)) && Files.isRegularFile(folder.resolve(JSON))) {
            problems.error(SourceLocation.file(reader.displayPath(folder.resolve(JSON))),
                    "a folder holds one data package descriptor; found both " + YAML + " and " + JSON,
                    "keep one of them");
        }
        try {
            SourceFile source = reader.read(file.get());
            Optional<Fields> root = Fields.of(yaml.read(source), problems);
            if (root.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Reading(folder, source.displayPath(), known, problems).pack(root.get()));
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    /**
     * The JSON Schema of a descriptor ({@code datapackage.yaml}), recorded by running the descriptor's binding code
     * on a probe, like every other file's schema: it cannot drift from what the loader accepts.
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode schema() {
        Fields probe = Fields.schemaProbe();
        new DatasetLoader(null, null).new Reading(Path.of("."), "schema", Known.NOTHING, new Diagnostics()).pack(probe);
        com.fasterxml.jackson.databind.node.ObjectNode schema = probe.schema();
        // Bounds are written like the field's values (a number, a date, a year): any scalar.
        var constraints = (com.fasterxml.jackson.databind.node.ObjectNode) schema.at(
                "/properties/resources/items/properties/schema/properties/fields/items/properties/constraints/properties");
        for (String bound : List.of("minimum", "maximum")) {
            constraints.set(bound, com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode());
        }
        return schema;
    }

    private static Field.Type type(String text) throws ValueFormatException {
        for (Field.Type t : Field.Type.values()) {
            if (t.id().equals(text)) {
                return t;
            }
        }
        throw new ValueFormatException("a Table Schema type (" + String.join(", ",
                ValueSyntax.words(Field.Type.class, Field.Type::id)) + ")", text);
    }

    private static Field.Kind kind(String text) throws ValueFormatException {
        for (Field.Kind k : Field.Kind.values()) {
            if (k.id().equals(text)) {
                return k;
            }
        }
        throw new ValueFormatException("a kind (" + String.join(", ",
                ValueSyntax.words(Field.Kind.class, Field.Kind::id)) + ")", text);
    }

    static String cut(String text) {
        return text.length() <= SHOWN ? text : text.substring(0, SHOWN) + "…";
    }

    /** One descriptor being read. */
    private final class Reading {
        private final Path folder;
        private final String descriptor;
        private final Known known;
        private final Diagnostics problems;

        Reading(Path folder, String descriptor, Known known, Diagnostics problems) {
            this.folder = folder;
            this.descriptor = descriptor;
            this.known = known;
            this.problems = problems;
        }

        DataPackage pack(Fields f) {
            Optional<String> name = f.text("name");
            Optional<String> title = f.text("title");
            Optional<String> description = f.text("description");
            // Standard properties we do not use, accepted so a standard package loads as it is.
            for (String key : List.of("$schema", "profile", "id", "homepage", "version", "created", "keywords",
                    "image", "sources")) {
                f.has(key);
            }
            // Published with a table's structured data; other properties of theirs are the standard's, not checked.
            List<DataPackage.License> licenses = new ArrayList<>();
            for (Fields l : f.records("licenses", false)) {
                licenses.add(new DataPackage.License(l.text("name"), l.text("path"), l.text("title")));
            }
            List<DataPackage.Contributor> contributors = new ArrayList<>();
            for (Fields c : f.records("contributors", false)) {
                String who = c.requiredText("title");
                Optional<String> path = c.text("path");
                Optional<String> email = c.text("email");
                Optional<String> role = c.text("role");
                Optional<String> organization = c.text("organization");
                if (who != null) {
                    contributors.add(new DataPackage.Contributor(who, path, email, role, organization));
                }
            }
            List<Resource> resources = new ArrayList<>();
            Map<String, SourceLocation> names = new HashMap<>();
            List<Fields> declared = f.records("resources", true);
            if (declared.isEmpty() && f.has("resources")) {
                problems.error(f.location("resources"), "resources: a data package needs at least one resource");
            }
            for (Fields r : declared) {
                resource(r, names).ifPresent(resources::add);
            }
            f.rejectUnknown();
            new KeyChecker(known, problems).check(resources);
            return new DataPackage(name, title, description, resources, SourceLocation.file(descriptor), licenses,
                    contributors);
        }

        private Optional<Resource> resource(Fields r, Map<String, SourceLocation> names) {
            String name = r.requiredText("name");
            if (name != null && !NAME.matcher(name).matches()) {
                problems.error(r.location("name"), r.path("name") + ": \"" + name
                                + "\" is not a resource name", "use lowercase letters, digits, \"-\", \"_\" and \".\"");
                name = null;
            } else if (name != null) {
                SourceLocation first = names.putIfAbsent(name, r.location("name"));
                if (first != null) {
                    problems.error(r.location("name"), r.path("name") + ": duplicate resource name \"" + name + "\"",
                            "the first is at line " + first.line() + "; resource names must be unique");
                    name = null;
                }
            }
            Optional<String> title = r.text("title");
            Optional<String> description = r.text("description");
            for (String key : List.of("$schema", "profile", "format", "mediatype", "bytes", "hash", "licenses",
                    "sources", "homepage")) {
                r.has(key);
            }
            r.optional("encoding", ValueParser.described(text -> {
                if (!text.equalsIgnoreCase("utf-8") && !text.equalsIgnoreCase("utf8")) {
                    throw new ValueFormatException("utf-8 (the only encoding read)", text);
                }
                return text;
            }, () -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "string")));
            Optional<Status> status = r.optional("status", ValueSyntax.STATUS);
            Optional<Resource.Reference> source = r.text("source")
                    .map(id -> new Resource.Reference(id, r.location("source")));
            source.ifPresent(s -> checkSource(s.id(), s.location()));
            char delimiter = ',';
            char quote = '"';
            boolean header = true;
            Optional<Fields> dialect = r.record("dialect", false);
            if (dialect.isPresent()) {
                Fields d = dialect.get();
                delimiter = oneChar(d, "delimiter", ',');
                quote = oneChar(d, "quoteChar", '"');
                header = d.flag("header", true);
                for (String key : List.of("$schema", "lineTerminator", "doubleQuote", "skipInitialSpace",
                        "caseSensitiveHeader", "csvddfVersion")) {
                    d.has(key);
                }
                d.rejectUnknown();
            }
            TableSchema schema = r.record("schema", true).map(this::schema).orElse(null);
            Optional<String> path = r.text("path");
            Optional<YamlNode> data = r.node("data");
            if (r.has("path") && path.isEmpty() && r.node("path").orElse(null) instanceof YamlNode.Scalar) {
                problems.error(r.location("path"), r.path("path") + ": must not be empty",
                        "name one CSV file, e.g. `path: capex.csv`");
            }
            if (path.isPresent() && data.isPresent()) {
                problems.error(r.location("data"), r.path("data") + ": a resource has either `path` or `data`, not both");
            } else if (path.isEmpty() && data.isEmpty() && !r.has("path")) {
                problems.error(r.location(), r.path("path") + ": a resource needs `path` (a CSV file) or `data` (inline rows)",
                        "e.g. `path: capex.csv` beside " + DESCRIPTORS.get(0));
            }
            r.rejectUnknown();
            if (schema == null) {
                return Optional.empty();
            }
            TableReader table = new TableReader(schema, problems);
            List<Row> rows = List.of();
            if (path.isPresent() && data.isEmpty()) {
                rows = csv(r, path.get(), delimiter, quote, header, table);
            } else if (data.isPresent()) {
                rows = table.inline(data.get(), r.path("data"));
            }
            if (name == null) {
                return Optional.empty();
            }
            return Optional.of(new Resource(name, title, description, path, schema, rows, status, source,
                    r.location()));
        }

        private char oneChar(Fields d, String key, char fallback) {
            Optional<String> text = d.text(key);
            if (text.isPresent() && text.get().length() != 1) {
                problems.error(d.location(key), d.path(key) + ": expected one character, found \"" + text.get() + "\"");
                return fallback;
            }
            return text.map(t -> t.charAt(0)).orElse(fallback);
        }

        private List<Row> csv(Fields r, String path, char delimiter, char quote, boolean header, TableReader table) {
            SourceLocation at = r.location("path");
            if (path.contains("://")) {
                problems.error(at, r.path("path") + ": remote data (" + cut(path) + ") is not read",
                        "download the file into the briefing's folder and name it here");
                return List.of();
            }
            Path base = folder.toAbsolutePath().normalize();
            Path file = base.resolve(path).normalize();
            if (Path.of(path).isAbsolute() || !file.startsWith(base) || !file.getParent().equals(base)) {
                problems.error(at, r.path("path") + ": \"" + path + "\" is outside the data package's folder",
                        "put the CSV file beside " + descriptor.substring(descriptor.lastIndexOf('/') + 1)
                                + " and name it without a folder");
                return List.of();
            }
            if (!path.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                problems.error(at, r.path("path") + ": \"" + path + "\" is not a CSV file",
                        "resources are CSV files (ending in .csv) or inline `data`");
                return List.of();
            }
            if (!Files.isRegularFile(file)) {
                problems.error(at, r.path("path") + ": file \"" + path + "\" does not exist",
                        Optional.ofNullable(Suggestion.hint(path, csvFiles())).orElse("put it beside the descriptor"));
                return List.of();
            }
            try {
                SourceFile source = reader.read(file);
                CsvTable csv = CsvTable.read(source, delimiter, quote, problems);
                return table.csv(csv, header, source.displayPath());
            } catch (BuildFailedException e) {
                problems.addAll(e.diagnostics());
                return List.of();
            }
        }

        private List<String> csvFiles() {
            try (var entries = Files.list(folder)) {
                return entries.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
            } catch (java.io.IOException e) {
                return List.of();
            }
        }

        private void checkSource(String id, SourceLocation at) {
            known.sources().ifPresent(ids -> {
                if (!ids.contains(id)) {
                    problems.error(at, "unknown source `" + id + "`",
                            Optional.ofNullable(Suggestion.hint(id, ids)).orElse("define it in sources.yaml"));
                }
            });
        }

        private TableSchema schema(Fields s) {
            List<String> missing = s.has("missingValues")
                    ? s.scalars("missingValues").stream().map(YamlNode.Scalar::text).toList() : List.of("");
            List<Field> fields = new ArrayList<>();
            Map<String, SourceLocation> names = new HashMap<>();
            for (Fields f : s.records("fields", true)) {
                Field field = field(f);
                if (field != null) {
                    SourceLocation first = names.putIfAbsent(field.name(), field.location());
                    if (first != null) {
                        problems.error(f.location("name"), f.path("name") + ": duplicate field name \""
                                + field.name() + "\"", "the first is at line " + first.line());
                    } else {
                        fields.add(field);
                    }
                }
            }
            Set<String> fieldNames = new TreeSet<>(names.keySet());
            List<String> primaryKey = fieldList(s, "primaryKey", fieldNames);
            List<ForeignKey> foreignKeys = new ArrayList<>();
            for (Fields k : s.records("foreignKeys", false)) {
                List<String> own = fieldList(k, "fields", fieldNames);
                Optional<Fields> reference = k.record("reference", true);
                String resource = reference.map(ref -> ref.has("resource") ? ref.text("resource").orElse("")
                        : requiredResource(ref)).orElse(null);
                List<String> theirs = reference.map(ref -> fieldList(ref, "fields", null)).orElse(List.of());
                reference.ifPresent(Fields::rejectUnknown);
                k.rejectUnknown();
                if (resource != null && own.size() != theirs.size() && !own.isEmpty() && !theirs.isEmpty()) {
                    problems.error(k.location("fields"), k.path("fields") + ": " + own.size()
                            + " fields refer to " + theirs.size() + " reference fields", "name as many on each side");
                } else if (resource != null && !own.isEmpty() && !theirs.isEmpty()) {
                    SourceLocation at = reference.get().location(resource.isEmpty() ? "fields" : "resource");
                    foreignKeys.add(new ForeignKey(own, resource, theirs, at));
                }
            }
            s.has("$schema");
            s.rejectUnknown();
            return new TableSchema(fields, primaryKey, foreignKeys, missing);
        }

        private String requiredResource(Fields ref) {
            ref.requiredText("resource");
            return null;
        }

        /** A field name or a list of them; each must be a field of the schema when {@code fieldNames} is given. */
        private List<String> fieldList(Fields f, String key, Collection<String> fieldNames) {
            List<String> out = new ArrayList<>();
            for (YamlNode.Scalar s : f.scalars(key)) {
                if (fieldNames != null && !fieldNames.contains(s.text())) {
                    problems.error(s.location(), f.path(key) + ": unknown field \"" + s.text() + "\"",
                            Suggestion.hint(s.text(), fieldNames));
                } else {
                    out.add(s.text());
                }
            }
            return out;
        }

        private Field field(Fields f) {
            String name = f.requiredText("name");
            Field.Type type = f.optional("type", TYPE).orElse(f.has("type") ? null : Field.Type.STRING);
            String format = f.text("format").orElse("default");
            Optional<String> title = f.text("title");
            Optional<String> description = f.text("description");
            for (String key : List.of("example", "rdfType", "$schema")) {
                f.has(key);
            }
            Field.Lexical lexical = lexical(f);
            Optional<Field.Kind> kind = f.optional("kind", KIND);
            Optional<String> currency = f.optional("currency", ValueParser.described(DatasetLoader::currency,
                    () -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("type", "string").put("description", "An ISO 4217 currency code, e.g. USD")));
            int scale = f.optional("scale", ValueParser.described(DatasetLoader::scale,
                    () -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode()
                            .put("type", "string").put("description", "thousand, million, billion or trillion")))
                    .orElse(0);
            if (f.isSchemaProbe()) {
                // A probe names no field; its constraints are still read, to record their schema.
                f.record("constraints", false).ifPresent(c -> constraints(c, Field.Type.STRING, "", lexical));
                return null;
            }
            if (type == null || name == null) {
                f.record("constraints", false).ifPresent(c -> {
                    c.has("required");
                    c.rejectUnknown();
                });
                f.rejectUnknown();
                return null;
            }
            if (type != Field.Type.DATE && type != Field.Type.TIME && type != Field.Type.DATETIME
                    && !format.equals("default") && !validFormat(type, format)) {
                problems.error(f.location("format"), f.path("format") + ": unknown format \"" + format + "\" for type "
                        + type.id(), formatHint(type));
                format = "default";
            } else if (format.contains("%")) {
                String bad = ValueReader.checkPattern(format);
                if (bad != null) {
                    problems.error(f.location("format"), f.path("format") + ": unknown date directive " + bad,
                            "known: %Y %y %m %d %e %H %I %M %S %f %p %b %B %a %A %j %z %%");
                    format = "default";
                }
            } else if (!format.equals("default") && !format.equals("any") && (type == Field.Type.DATE
                    || type == Field.Type.TIME || type == Field.Type.DATETIME)) {
                problems.error(f.location("format"), f.path("format") + ": unknown format \"" + format + "\" for type "
                        + type.id(), "default, any, or a pattern like %d/%m/%Y");
                format = "default";
            }
            kind.ifPresent(k -> checkKind(f, k, type, currency));
            if (currency.isPresent() && kind.orElse(null) != Field.Kind.MONEY) {
                problems.error(f.location("currency"), f.path("currency") + ": only a `kind: money` field has a currency");
            }
            if (scale != 0 && !(kind.orElse(null) == Field.Kind.MONEY || kind.orElse(null) == Field.Kind.COUNT)
                    || scale != 0 && type == Field.Type.STRING) {
                problems.error(f.location("scale"), f.path("scale")
                        + ": only a number column of `kind: money` or `kind: count` has a scale");
            }
            Field.Constraints constraints = f.record("constraints", false)
                    .map(c -> constraints(c, type, name, lexical)).orElse(Field.Constraints.NONE);
            f.rejectUnknown();
            return new Field(name, type, format, title, description, constraints, lexical, kind, currency, scale,
                    f.location());
        }

        private void checkKind(Fields f, Field.Kind kind, Field.Type type, Optional<String> currency) {
            boolean numeric = type == Field.Type.NUMBER || type == Field.Type.INTEGER;
            boolean ok = switch (kind) {
                case MONEY, COUNT, PERCENT -> numeric || type == Field.Type.STRING;
                case DATE -> type == Field.Type.STRING || type == Field.Type.DATE || type == Field.Type.YEAR
                        || type == Field.Type.YEARMONTH;
                case STATUS, QUALIFIER, SOURCE, COMPANY -> type == Field.Type.STRING;
            };
            if (!ok) {
                problems.error(f.location("kind"), f.path("kind") + ": a " + kind.id() + " column cannot be of type "
                        + type.id(), switch (kind) {
                    case MONEY, COUNT, PERCENT -> "use type number or integer (or string, for values like \"$50B\")";
                    case DATE -> "use type string (for 2026, 2026-Q1, 2026-02), date, year or yearmonth";
                    default -> "use type string";
                });
            } else if (kind == Field.Kind.MONEY && numeric && currency.isEmpty()) {
                problems.error(f.location("kind"), f.path("currency")
                                + ": a money column of numbers needs a currency",
                        "add `currency: USD` (and `scale: billion` when the numbers are in billions)");
            }
        }

        private Field.Lexical lexical(Fields f) {
            Field.Lexical d = Field.Lexical.DEFAULT;
            String decimal = f.text("decimalChar").orElse(d.decimalChar());
            String group = f.has("groupChar") ? f.scalar("groupChar").map(YamlNode.Scalar::text).orElse("") : "";
            boolean bare = f.flag("bareNumber", d.bareNumber());
            List<String> trueValues = f.has("trueValues")
                    ? f.scalars("trueValues").stream().map(YamlNode.Scalar::text).toList() : d.trueValues();
            List<String> falseValues = f.has("falseValues")
                    ? f.scalars("falseValues").stream().map(YamlNode.Scalar::text).toList() : d.falseValues();
            return new Field.Lexical(decimal, group, bare, trueValues, falseValues);
        }

        private Field.Constraints constraints(Fields c, Field.Type type, String name, Field.Lexical lexical) {
            boolean required = c.flag("required", false);
            boolean unique = c.flag("unique", false);
            Optional<Object> minimum = bound(c, "minimum", type, lexical);
            Optional<Object> maximum = bound(c, "maximum", type, lexical);
            Optional<Integer> minLength = length(c, "minLength");
            Optional<Integer> maxLength = length(c, "maxLength");
            List<Object> values = new ArrayList<>();
            for (YamlNode.Scalar s : c.scalars("enum")) {
                try {
                    values.add(ValueReader.constraint(type, "default", lexical, s.text()));
                } catch (ValueFormatException e) {
                    problems.error(s.location(), c.path("enum") + ": " + e.getMessage(),
                            "enum values are written like the field's values (type " + type.id() + ")");
                }
            }
            Optional<Pattern> pattern = c.text("pattern").flatMap(p -> {
                try {
                    return Optional.of(Pattern.compile(p));
                } catch (PatternSyntaxException e) {
                    problems.error(c.location("pattern"), c.path("pattern") + ": not a regular expression: "
                            + e.getDescription(), "the pattern must match the whole value, e.g. \"[A-Z]{2,5}\"");
                    return Optional.empty();
                }
            });
            c.rejectUnknown();
            return new Field.Constraints(required, unique, minimum, maximum, minLength, maxLength, values, pattern);
        }

        private Optional<Object> bound(Fields c, String key, Field.Type type, Field.Lexical lexical) {
            Optional<YamlNode.Scalar> s = c.scalar(key);
            if (s.isEmpty()) {
                return Optional.empty();
            }
            if (!Set.of(Field.Type.NUMBER, Field.Type.INTEGER, Field.Type.DATE, Field.Type.TIME, Field.Type.DATETIME,
                    Field.Type.YEAR, Field.Type.YEARMONTH, Field.Type.DURATION).contains(type)) {
                problems.error(s.get().location(), c.path(key) + ": a " + type.id() + " field has no " + key,
                        "minimum and maximum apply to numbers, integers, dates, times, years and year-months");
                return Optional.empty();
            }
            try {
                return Optional.of(ValueReader.constraint(type, "default", lexical, s.get().text().strip()));
            } catch (ValueFormatException e) {
                problems.error(s.get().location(), c.path(key) + ": " + e.getMessage(),
                        "write the bound like the field's values (type " + type.id() + ")");
                return Optional.empty();
            }
        }

        private Optional<Integer> length(Fields c, String key) {
            return c.optional(key, ValueParser.described(text -> {
                try {
                    int n = Integer.parseInt(text);
                    if (n >= 0) {
                        return n;
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
                throw new ValueFormatException("a whole number of characters, 0 or more", text);
            }, () -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "integer")));
        }
    }

    private static boolean validFormat(Field.Type type, String format) {
        return switch (type) {
            case STRING -> Set.of("email", "uri", "binary", "uuid").contains(format);
            case GEOPOINT -> Set.of("array", "object").contains(format);
            case GEOJSON -> format.equals("topojson");
            default -> false;
        };
    }

    private static String formatHint(Field.Type type) {
        return switch (type) {
            case STRING -> "a string's format is default, email, uri, binary or uuid";
            case GEOPOINT -> "a geopoint's format is default (\"lon, lat\"), array or object";
            default -> "a " + type.id() + " field takes no format";
        };
    }

    private static String currency(String text) throws ValueFormatException {
        String upper = text.toUpperCase(Locale.ROOT);
        try {
            if (upper.length() == 3 && java.util.Currency.getInstance(upper).getCurrencyCode().equals(upper)) {
                return upper;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new ValueFormatException("an ISO 4217 currency code like USD or EUR", text);
    }

    private static Integer scale(String text) throws ValueFormatException {
        return Scale.named(text).filter(s -> s.word().equals(text.strip().toLowerCase(Locale.ROOT)))
                .map(Scale::exponent)
                .orElseThrow(() -> new ValueFormatException("thousand, million, billion or trillion", text));
    }
}
