package briefing.data;

import briefing.dataset.BuiltInSchema;
import briefing.dataset.BuiltInTable;
import briefing.dataset.Field;
import briefing.dataset.TableSchema;
import briefing.source.ValueParser;
import briefing.source.ValueSyntax;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The built-in preset: the seven data files of a briefing as built-in Table Schemas of the dataset machinery. The
 * loader reads a file through its schema ({@link BuiltInTable#readFile}) and only builds its records and checks what
 * spans files (sources, companies, ledger deals); the files' JSON Schemas are made from the same schemas.
 */
final class BuiltInFiles {

    private static final String DATE = "When: 2026, 2026-Q1, 2026-02 or 2026-02-27";
    private static final String STATUS = "reported, confirmed, planned, estimated or denied";
    private static final String SOURCE = "A source id of sources.yaml or of the desk's content/data/sources.yaml";
    private static final String COMPANY = "A company id of content/companies.yaml (or a name, without a company list)";
    private static final ValueParser<SourceKind> SOURCE_KIND = ValueSyntax.oneOf(SourceKind::parse,
            ValueSyntax.words(SourceKind.class, SourceKind::id), "What kind of document the source is");

    static final BuiltInSchema SOURCES = file(DataLoader.SOURCES, List.of("sources"),
            list("sources", "The sources the briefing's figures name", entries("source", List.of("name", "status"),
                    id("The source's id, which figures name: source: press-report"),
                    text("name", "The source as readers see it, e.g. the report's title"),
                    text("publisher", "Who published it"),
                    kind("date", Field.Kind.DATE, DATE),
                    syntax("kind", SOURCE_KIND, "What kind of document the source is (other unless given)"),
                    kind("status", Field.Kind.STATUS, "How firm the source is: " + STATUS),
                    syntax("url", ValueSyntax.WEB_URL, "Where readers can find it: an absolute http(s) address"),
                    text("note", "A note shown with the source"))));

    private static final Member ITEM = entries("investment item", List.of(),
            syntax("id", ValueSyntax.ID, "The item's id, which names its figure: investments.<id> (needed with an amount)"),
            text("text", "What the item is, as the table shows it"),
            kind("amount", Field.Kind.MONEY, "The item's own amount, with its qualifier (then id, status and source too)"),
            text("figure", "A figure defined in another file, shown instead of an amount: round.amazon"),
            kind("status", Field.Kind.STATUS, STATUS),
            kind("source", Field.Kind.SOURCE, SOURCE),
            text("deal", "A deal of the desk's ledger, whose amount, status and source the item takes"));

    static final BuiltInSchema INVESTMENTS = file(DataLoader.INVESTMENTS, List.of("investor", "investments"),
            text("investor", COMPANY),
            list("investments", "The investor's holdings, one row per company", entries("investment", List.of("company", "purpose"),
                    id("The row's id"),
                    text("company", COMPANY),
                    text("label", "What the row is called when it is not simply the company"),
                    ITEM.named("current", "What the investor holds now"),
                    ITEM.named("potential", "What the investor may add"),
                    text("purpose", "Why the investor holds it"))));

    static final BuiltInSchema ROUND = file(DataLoader.ROUND, List.of("company", "total", "participants"),
            text("company", COMPANY),
            text("name", "The round's name (the company's name and \"funding round\" unless given)"),
            kind("date", Field.Kind.DATE, DATE),
            new Member(part("total", Field.Type.OBJECT, "The round's reported total"), new BuiltInSchema.Part(
                    BuiltInSchema.Shape.ENTRY, schema("total", List.of("amount", "status", "source"),
                    kind("amount", Field.Kind.MONEY, "The total, with its qualifier: \"up to $100 billion\""),
                    kind("status", Field.Kind.STATUS, STATUS),
                    kind("source", Field.Kind.SOURCE, SOURCE)))),
            list("participants", "Who is said to take part, and with how much", entries("participant", List.of(),
                    id("The participant's id, which names its figure: round.<id>"),
                    text("deal", "A deal of the desk's ledger, whose investor, amount, status and source it takes"),
                    text("investor", COMPANY + "; needed unless it comes from the deal"),
                    kind("amount", Field.Kind.MONEY, "What the participant is said to put in, with its qualifier"),
                    text("stage", "How far it has gone, e.g. In advanced talks"),
                    kind("status", Field.Kind.STATUS, STATUS + "; needed unless it comes from the deal"),
                    kind("source", Field.Kind.SOURCE, SOURCE + "; needed unless it comes from the deal"),
                    text("note", "A note shown with the participant"))));

    static final BuiltInSchema VALUATIONS = file(DataLoader.VALUATIONS, List.of("company", "valuations"),
            text("company", COMPANY),
            list("valuations", "The company's valuations", entries("valuation", List.of("amount", "event", "status", "source"),
                    id("The valuation's id, which names its figure: valuations.<id>"),
                    kind("date", Field.Kind.DATE, DATE),
                    kind("amount", Field.Kind.MONEY, "The valuation, with its qualifier: \"about $830 billion\""),
                    text("event", "What the valuation comes from, e.g. a share sale or a funding round"),
                    kind("status", Field.Kind.STATUS, STATUS),
                    kind("source", Field.Kind.SOURCE, SOURCE))));

    static final BuiltInSchema WORKFORCE = file(DataLoader.WORKFORCE, List.of("company", "changes"),
            text("company", COMPANY),
            list("changes", "Jobs cut or added", entries("workforce change", List.of("count", "scope", "status", "source"),
                    id("The change's id, which names its figure: workforce.<id>"),
                    kind("date", Field.Kind.DATE, DATE),
                    kind("count", Field.Kind.COUNT, "How many jobs, optionally qualified: \"about 16,000\""),
                    new Member(BuiltInTable.field("kind", Optional.empty(), new Field.Constraints(false, false,
                            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                            List.of("cut", "hire"), Optional.empty()), "Jobs cut or added: cut (the default) or hire"),
                            null),
                    text("scope", "Who is affected, as tables show it"),
                    kind("status", Field.Kind.STATUS, STATUS),
                    kind("source", Field.Kind.SOURCE, SOURCE),
                    text("note", "A note shown with the change"))));

    static final BuiltInSchema TIMELINE = file(DataLoader.TIMELINE, List.of("events"),
            list("events", "What happened when, in any order (pages sort them by date)", entries("timeline event", List.of("date", "title"),
                    id("The event's id, which names its figure: timeline.<id> (its date)"),
                    kind("date", Field.Kind.DATE, DATE),
                    text("title", "What happened, in one line"),
                    text("text", "More about it, in Markdown; may refer to figures: {{ round.total }}"),
                    kind("status", Field.Kind.STATUS, STATUS),
                    kind("source", Field.Kind.SOURCE, SOURCE),
                    values("companies", kind("company", Field.Kind.COMPANY, COMPANY),
                            "The companies the event is about, listed on their pages"))));

    static final BuiltInSchema FAQS = file(DataLoader.FAQS, List.of("faqs"),
            list("faqs", "Questions and their answers", entries("FAQ", List.of("question", "answer"),
                    id("The question's id, its anchor on the page"),
                    text("question", "The question, as readers ask it"),
                    text("answer", "The answer, in Markdown; may refer to figures: {{ round.total }}"),
                    values("sources", kind("source", Field.Kind.SOURCE, SOURCE),
                            "The sources the answer rests on"))));

    /** The built-in schema of each data file, in {@link DataLoader#FILES} order. */
    static final Map<String, BuiltInSchema> ALL = all();

    private BuiltInFiles() {
    }

    private static Map<String, BuiltInSchema> all() {
        Map<String, BuiltInSchema> all = new LinkedHashMap<>();
        for (BuiltInSchema s : List.of(SOURCES, INVESTMENTS, ROUND, VALUATIONS, WORKFORCE, TIMELINE, FAQS)) {
            all.put(s.what(), s);
        }
        return all;
    }

    /**
     * A field of a schema; the part it holds when it holds entries or values; its syntax when it has one; whether
     * it is the entries' id (their primary key).
     */
    private record Member(Field field, BuiltInSchema.Part part, ValueParser<?> syntax, boolean key) {
        Member(Field field, BuiltInSchema.Part part) {
            this(field, part, null, false);
        }

        /** The same entries under another name. */
        Member named(String name, String description) {
            return new Member(BuiltInFiles.part(name, Field.Type.ARRAY, description), part);
        }
    }

    private static BuiltInSchema file(String name, List<String> required, Member... members) {
        return schema(name, required, members);
    }

    private static BuiltInSchema schema(String what, List<String> required, Member... members) {
        List<Field> fields = new ArrayList<>();
        List<String> key = new ArrayList<>();
        Map<String, ValueParser<?>> syntax = new LinkedHashMap<>();
        Map<String, BuiltInSchema.Part> parts = new LinkedHashMap<>();
        for (Member m : members) {
            fields.add(m.field());
            if (m.key()) {
                key.add(m.field().name());
            }
            if (m.part() != null) {
                parts.put(m.field().name(), m.part());
            }
            if (m.syntax() != null) {
                syntax.put(m.field().name(), m.syntax());
            }
        }
        return new BuiltInSchema(what, new TableSchema(fields, key, List.of(), List.of("")), required, syntax, parts);
    }

    /** A list of entries, each described by the members; named by {@link #list} or {@link Member#named}. */
    private static Member entries(String what, List<String> required, Member... members) {
        return new Member(part("entries", Field.Type.ARRAY, what),
                new BuiltInSchema.Part(BuiltInSchema.Shape.ENTRIES, schema(what, required, members)));
    }

    private static Member list(String name, String description, Member entries) {
        return new Member(part(name, Field.Type.ARRAY, description), entries.part());
    }

    private static Member values(String name, Member item, String description) {
        return new Member(part(name, Field.Type.ARRAY, description), new BuiltInSchema.Part(BuiltInSchema.Shape.VALUES,
                schema(item.field().name(), List.of(), item)));
    }

    /** An entry's id: lowercase letters, digits and dashes, unique in its list. */
    private static Member id(String description) {
        return new Member(BuiltInTable.field("id", Optional.empty(), Field.Constraints.NONE, description), null,
                ValueSyntax.ID, true);
    }

    private static Member text(String name, String description) {
        return new Member(BuiltInTable.field(name, Optional.empty(), Field.Constraints.NONE, description), null);
    }

    private static Member kind(String name, Field.Kind kind, String description) {
        return new Member(BuiltInTable.field(name, Optional.of(kind), Field.Constraints.NONE, description), null);
    }

    private static Member syntax(String name, ValueParser<?> parser, String description) {
        return new Member(BuiltInTable.field(name, Optional.empty(), Field.Constraints.NONE, description), null,
                parser, false);
    }

    private static Field part(String name, Field.Type type, String description) {
        return new Field(name, type, "default", Optional.empty(), Optional.of(description), Field.Constraints.NONE,
                Field.Lexical.DEFAULT, Optional.empty(), Optional.empty(), 0,
                briefing.diagnostic.SourceLocation.file("built-in"));
    }
}
