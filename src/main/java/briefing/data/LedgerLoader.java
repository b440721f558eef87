package briefing.data;

import briefing.dataset.BuiltInTable;
import briefing.dataset.Cell;
import briefing.dataset.DatasetLoader;
import briefing.dataset.Field;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.dataset.TableSchema;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.YamlNode;
import briefing.source.YamlReader;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads the desk's ledger from {@code content/data/}: {@code sources.yaml} (the desk's sources, written like a
 * briefing's) and {@code deals.yaml} (a list of deals). The deals go through the dataset machinery with a built-in
 * Table Schema ({@link #SCHEMA}): the editor writes only rows, and every value is typed, checked and located like a
 * data package's. Both files are optional; without them the ledger is empty.
 */
public final class LedgerLoader {

    /** The deal kinds as written. */
    static final List<String> KINDS = java.util.Arrays.stream(LedgerDeal.Kind.values()).map(LedgerDeal.Kind::id)
            .toList();

    /** The built-in Table Schema of {@code deals.yaml}; its primary key is {@code id}. */
    public static final TableSchema SCHEMA = new TableSchema(List.of(
            BuiltInTable.field("id", Optional.empty(), Field.Constraints.NONE,
                    "The deal's id: lowercase letters, digits and dashes"),
            BuiltInTable.field("date", Optional.of(Field.Kind.DATE), Field.Constraints.NONE,
                    "When the deal was made or reported: 2026, 2026-Q1, 2026-02 or 2026-02-27; leave it out when the "
                            + "source gives no date"),
            BuiltInTable.field("kind", Optional.empty(), constraints(List.copyOf(KINDS)),
                    "investment, round or commitment (an investor's part in a round)"),
            BuiltInTable.field("investor", Optional.of(Field.Kind.COMPANY), Field.Constraints.NONE,
                    "Who puts the money in: a company id of companies.yaml; a round may leave it out"),
            BuiltInTable.field("company", Optional.of(Field.Kind.COMPANY), Field.Constraints.NONE,
                    "Who receives the money: a company id of companies.yaml"),
            BuiltInTable.field("amount", Optional.of(Field.Kind.MONEY), Field.Constraints.NONE,
                    "How much, with its qualifier: \"up to $50 billion\", \"about $8 billion\"; leave it out when "
                            + "no amount is known"),
            BuiltInTable.field("status", Optional.of(Field.Kind.STATUS), Field.Constraints.NONE,
                    "reported, confirmed, planned, estimated or denied"),
            BuiltInTable.field("source", Optional.of(Field.Kind.SOURCE), Field.Constraints.NONE,
                    "A source id of content/data/sources.yaml"),
            BuiltInTable.field("text", Optional.empty(), Field.Constraints.NONE,
                    "What the deal is, as tables show it")),
            List.of("id"), List.of(), List.of(""));

    private final SourceReader reader;
    private final YamlReader yaml;

    public LedgerLoader(SourceReader reader, YamlReader yaml) {
        this.reader = reader;
        this.yaml = yaml;
    }

    /**
     * The fields every deal needs. Checked here rather than as the schema's {@code required} constraints, so that
     * a miss reads like any other file's ({@code deals[2].status: required field is missing}): the editor of a
     * built-in file wrote no constraints to be pointed at. {@code id}, the primary key, is required by the schema.
     */
    static final List<String> REQUIRED = List.of("kind", "company", "status", "source");

    private static Field.Constraints constraints(List<Object> values) {
        return new Field.Constraints(false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), values, Optional.empty());
    }

    /**
     * The JSON Schema of {@code deals.yaml}, made from {@link #SCHEMA}: each field with the form its kind takes (the
     * same parsers' descriptions as every other file's), required fields, closed words and the id pattern.
     */
    public static com.fasterxml.jackson.databind.node.ObjectNode schema() {
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance;
        var row = json.objectNode().put("type", "object");
        var properties = row.putObject("properties");
        var required = json.arrayNode();
        for (Field f : SCHEMA.fields()) {
            var value = f.kind().map(k -> switch (k) {
                case MONEY -> briefing.source.ValueSyntax.MONEY.schema();
                case DATE -> briefing.source.ValueSyntax.DATE.schema();
                case STATUS -> briefing.source.ValueSyntax.STATUS.schema();
                default -> json.objectNode().put("type", "string");
            }).orElseGet(() -> json.objectNode().put("type", "string"));
            f.description().ifPresent(d -> value.put("description", d));
            if (f.name().equals("id")) {
                value.setAll(briefing.source.ValueSyntax.ID.schema());
            }
            if (!f.constraints().enumValues().isEmpty()) {
                var words = value.putArray("enum");
                f.constraints().enumValues().forEach(w -> words.add(String.valueOf(w)));
            }
            properties.set(f.name(), value);
            if (REQUIRED.contains(f.name()) || SCHEMA.primaryKey().contains(f.name())) {
                required.add(f.name());
            }
        }
        row.set("required", required);
        row.put("additionalProperties", false);
        var root = json.objectNode().put("type", "object");
        root.putObject("properties").putObject("deals").put("type", "array").set("items", row);
        root.putArray("required").add("deals");
        root.put("additionalProperties", false);
        return root;
    }

    public Ledger load(Path contentDir, Companies companies, Diagnostics problems) {
        Path folder = contentDir.resolve(Ledger.FOLDER);
        List<Source> sources = node(folder.resolve(DataLoader.SOURCES), problems)
                .map(f -> DataLoader.sources(f, problems)).orElse(List.of());
        Optional<Fields> deals = node(folder.resolve(Ledger.DEALS_FILE), problems).flatMap(n -> Fields.of(n, problems));
        if (deals.isEmpty()) {
            return new Ledger(List.of(), sources, java.util.Map.of());
        }
        Fields f = deals.get();
        Optional<YamlNode> rows = f.node("deals");
        if (rows.isEmpty()) {
            f.requiredText("deals"); // reports it missing, as every required field is
            f.rejectUnknown();
            return new Ledger(List.of(), sources, java.util.Map.of());
        }
        f.rejectUnknown();
        Set<String> sourceIds = new TreeSet<>();
        sources.forEach(s -> sourceIds.add(s.id()));
        int mark = problems.mark();
        Resource table = BuiltInTable.read(Ledger.FIGURES, SCHEMA, rows.get(), "deals", "deal", f.location("deals"),
                new DatasetLoader.Known(companies.checkedIds(), Optional.of(sourceIds), companies::causeOf), problems);
        List<LedgerDeal> out = new ArrayList<>();
        java.util.Map<String, briefing.diagnostic.SourceLocation> unread = new java.util.TreeMap<>();
        List<Row> all = table.rows();
        for (int i = 0; i < all.size(); i++) {
            Row row = all.get(i);
            int index = i;
            // A row with a refused cell is no deal (a missing amount would be shown as "no amount reported"), but
            // its other mistakes are still reported in the same run.
            Optional<briefing.diagnostic.SourceLocation> refused = firstMistake(problems.since(mark), all, i);
            Optional<LedgerDeal> deal = deal(table, row, companies, sources, problems)
                    .filter(d -> refused.isEmpty());
            deal.ifPresent(out::add);
            if (deal.isEmpty()) {
                briefing.diagnostic.SourceLocation cause = refused
                        .or(() -> firstMistake(problems.since(mark), all, index)).orElse(row.location());
                table.cell(row, "id").filter(c -> !c.text().isEmpty()).ifPresent(c -> unread.put(c.text(), cause));
            }
        }
        return new Ledger(out, sources, unread);
    }

    /** The first mistake among {@code found} that lies in row {@code i}'s lines of the ledger. */
    private static Optional<briefing.diagnostic.SourceLocation> firstMistake(
            List<briefing.diagnostic.Diagnostic> found, List<Row> rows, int i) {
        Row row = rows.get(i);
        int from = row.location().line();
        int to = i + 1 < rows.size() ? rows.get(i + 1).location().line() : Integer.MAX_VALUE;
        // A mistake that itself follows from another (a company of a list that could not be read) passes on its
        // cause, so what refers to the deal is folded into the root.
        return found.stream()
                .filter(d -> d.location().path().equals(row.location().path()) && d.location().line() >= from
                        && d.location().line() < to)
                .min(java.util.Comparator.naturalOrder())
                .map(d -> d.isConsequence() ? d.cause() : d.location());
    }

    private Optional<YamlNode> node(Path file, Diagnostics problems) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            SourceFile source = reader.read(file);
            return Optional.of(yaml.read(source));
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    /** One row as a deal; empty when a value it needs is missing or wrong (already reported). */
    private static Optional<LedgerDeal> deal(Resource table, Row row, Companies companies, List<Source> sources,
                                             Diagnostics problems) {
        Map<String, SourceLocation> at = new HashMap<>();
        Map<String, Object> values = new HashMap<>();
        for (Field field : table.schema().fields()) {
            Cell cell = table.cell(row, field.name()).orElseThrow();
            if (!cell.text().isEmpty()) {
                at.put(field.name(), cell.location());
            }
            if (!cell.isMissing()) {
                values.put(field.name(), cell.value());
            }
        }
        String path = "deals[" + (row.number() - 1) + "]";
        for (String field : REQUIRED) {
            if (!at.containsKey(field)) {
                problems.error(row.location(), path + "." + field + ": required field is missing",
                        "add `" + field + ":` to this deal");
            }
        }
        String id = (String) values.get("id");
        if (id != null) {
            try {
                briefing.source.ValueSyntax.ID.parse(id);
            } catch (briefing.value.ValueFormatException e) {
                problems.error(at.get("id"), path + ".id: " + e.getMessage(),
                        "briefings refer to the deal by its id: `deal: " + id.toLowerCase(Locale.ROOT)
                                .replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "") + "`");
                id = null;
            }
        }
        String kindText = (String) values.get("kind");
        String company = (String) values.get("company");
        Status status = (Status) values.get("status");
        Optional<Source> source = Optional.ofNullable((String) values.get("source")).flatMap(s ->
                sources.stream().filter(x -> x.id().equals(s)).findFirst());
        Optional<String> investor = Optional.ofNullable((String) values.get("investor"));
        LedgerDeal.Kind kind = kindText == null ? null : LedgerDeal.Kind.valueOf(kindText.toUpperCase(Locale.ROOT));
        if (kind != null && kind != LedgerDeal.Kind.ROUND && investor.isEmpty() && !at.containsKey("investor")) {
            problems.error(row.location(), path + ".investor: " + (kind == LedgerDeal.Kind
                            .INVESTMENT ? "an investment" : "a commitment") + " needs an investor",
                    "name who puts the money in; only a round may leave it out");
            return Optional.empty();
        }
        if (id == null || kind == null || company == null || status == null || source.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LedgerDeal(id, kind, Optional.ofNullable((PartialDate) values.get("date")),
                investor.map(i -> ref(i, companies)), ref(company, companies),
                Optional.ofNullable((Money) values.get("amount")), status, source.get(),
                Optional.ofNullable((String) values.get("text")), at, row.location()));
    }

    /** A company the ledger names (already checked against the company list, when the site has one). */
    private static CompanyRef ref(String text, Companies companies) {
        return companies.find(text).map(CompanyRef::of).orElse(CompanyRef.named(text));
    }
}
