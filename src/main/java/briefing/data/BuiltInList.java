package briefing.data;

import briefing.dataset.BuiltInTable;
import briefing.dataset.Field;
import briefing.dataset.TableSchema;

import java.util.List;
import java.util.Optional;

/**
 * A list of entries in a built-in data file ({@code valuations:} in {@code valuations.yaml}), described by a built-in
 * Table Schema: the entries are the rows of a table read through the dataset machinery, which types every value and
 * checks the primary key ({@code id}); the loader only builds its records from the typed rows.
 *
 * @param file     the data file, e.g. {@code valuations.yaml}
 * @param key      the list's key in the file, which messages name ({@code valuations[2].amount})
 * @param schema   the entries' Table Schema; its primary key is {@code id}
 * @param required the fields every entry needs besides its id. Checked by {@link BuiltInRows} rather than as the
 *                 schema's {@code required} constraints, so a miss reads like any other file's ({@code
 *                 valuations[2].status: required field is missing}): the editor of a built-in file wrote no
 *                 constraints to be pointed at
 * @param prefix   how the entries' names start among the names a mistake can make missing ({@code valuations.})
 */
public record BuiltInList(String file, String key, TableSchema schema, List<String> required, String prefix) {

    public BuiltInList {
        required = List.copyOf(required);
    }

    /** What messages call the table: the file's name without {@code .yaml} ({@code resource "workforce"}). */
    public String resource() {
        return file.substring(0, file.lastIndexOf('.'));
    }

    /** The entries of {@code valuations.yaml}. */
    public static final BuiltInList VALUATIONS = new BuiltInList(DataLoader.VALUATIONS, "valuations", schema(
            id("The valuation's id, which names its figure: valuations.<id>"),
            kind("date", Field.Kind.DATE, "When: 2026, 2026-Q1, 2026-02 or 2026-02-27"),
            kind("amount", Field.Kind.MONEY, "The valuation, with its qualifier: \"about $830 billion\""),
            text("event", "What the valuation comes from, e.g. a share sale or a funding round"),
            kind("status", Field.Kind.STATUS, "reported, confirmed, planned, estimated or denied"),
            kind("source", Field.Kind.SOURCE, "A source id of sources.yaml")),
            List.of("amount", "event", "status", "source"), "valuations.");

    /** The entries of {@code workforce.yaml}. */
    public static final BuiltInList WORKFORCE = new BuiltInList(DataLoader.WORKFORCE, "changes", schema(
            id("The change's id, which names its figure: workforce.<id>"),
            kind("date", Field.Kind.DATE, "When: 2026, 2026-Q1, 2026-02 or 2026-02-27"),
            kind("count", Field.Kind.COUNT, "How many jobs, optionally qualified: \"about 16,000\""),
            BuiltInTable.field("kind", Optional.empty(), new Field.Constraints(false, false, Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), List.of("cut", "hire"), Optional.empty()),
                    "Jobs cut or added: cut (the default) or hire"),
            text("scope", "Who is affected, as tables show it"),
            kind("status", Field.Kind.STATUS, "reported, confirmed, planned, estimated or denied"),
            kind("source", Field.Kind.SOURCE, "A source id of sources.yaml"),
            text("note", "A note shown with the change")),
            List.of("count", "scope", "status", "source"), "workforce.");

    /** Every built-in list, in file order. */
    public static final List<BuiltInList> ALL = List.of(VALUATIONS, WORKFORCE);

    private static TableSchema schema(Field... fields) {
        return new TableSchema(List.of(fields), List.of("id"), List.of(), List.of(""));
    }

    private static Field id(String description) {
        return text("id", description);
    }

    private static Field text(String name, String description) {
        return BuiltInTable.field(name, Optional.empty(), Field.Constraints.NONE, description);
    }

    private static Field kind(String name, Field.Kind kind, String description) {
        return BuiltInTable.field(name, Optional.of(kind), Field.Constraints.NONE, description);
    }
}
