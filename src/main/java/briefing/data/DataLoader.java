package briefing.data;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.dataset.BuiltInEntry;
import briefing.dataset.BuiltInTable;
import briefing.dataset.TableJsonSchema;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.YamlNode;
import briefing.source.YamlReader;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Reads the data files of one briefing folder into {@link BriefingData}. Every file is optional; a file that is
 * there must be complete and correct. All problems of all files are reported together.
 */
public final class DataLoader {

    public static final String SOURCES = "sources.yaml";
    public static final String INVESTMENTS = "investments.yaml";
    public static final String ROUND = "round.yaml";
    public static final String VALUATIONS = "valuations.yaml";
    public static final String WORKFORCE = "workforce.yaml";
    public static final String TIMELINE = "timeline.yaml";
    public static final String FAQS = "faqs.yaml";
    public static final List<String> FILES = List.of(SOURCES, INVESTMENTS, ROUND, VALUATIONS, WORKFORCE, TIMELINE, FAQS);
    /**
     * How each file's names are named among those a mistake can make missing (see Diagnostics#unavailable): its
     * figure keys ({@code round.amazon}), or for sources and FAQs their ids.
     */
    public static final String SOURCE = "source:";
    private static final Map<String, String> NAMES = Map.of(SOURCES, SOURCE, INVESTMENTS, "investments.",
            ROUND, "round.", VALUATIONS, "valuations.", WORKFORCE, "workforce.", TIMELINE, "timeline.", FAQS, "faq:");
    /**
     * The names a file defines besides its entries' ids, missing when the file as a whole fails: its file-level
     * figures and the data sets charts read ({@code dataset:round.participants}).
     */
    private static final Map<String, List<String>> FILE_NAMES = Map.of(
            ROUND, List.of("round.total", "round.date", "dataset:round.participants"),
            VALUATIONS, List.of("dataset:valuations"), WORKFORCE, List.of("dataset:workforce"));
    private static final Map<String, String> ENTRY_NAMES = Map.of("source", SOURCE, "participant", "round.",
            "valuation", "valuations.", "workforce change", "workforce.", "timeline event", "timeline.",
            "investment item", "investments.");
    /** Chart declarations live beside the data but are read by the chart stage. */
    public static final String CHARTS = "charts.yaml";
    /** Derived figures: sums, shares, differences, growth and counts over other figures (see DerivedFigures). */
    public static final String FIGURES = "figures.yaml";
    private static final List<String> KNOWN_FILES = Stream.of(FILES.stream(), Stream.of(CHARTS, FIGURES),
            Stream.of(briefing.dataset.DatasetLoader.YAML)).flatMap(s -> s).toList();
    /**
     * Names a dataset resource cannot take: a figure key {@code round.x} must mean the built-in file's figure, and
     * {@code companies} is the site's company list that foreign keys refer to; {@code deals} names the desk
     * ledger's figures ({@code deals.<id>}).
     */
    public static final List<String> RESERVED_RESOURCES = List.of("sources", "investments", "round", "valuations",
            "workforce", "timeline", "faqs", "charts", "companies", "derived", Ledger.FIGURES);

    private final SourceReader reader;
    private final YamlReader yaml;
    private final briefing.dataset.DatasetLoader datasets;

    public DataLoader(SourceReader reader, YamlReader yaml) {
        this.reader = reader;
        this.yaml = yaml;
        this.datasets = new briefing.dataset.DatasetLoader(reader, yaml);
    }

    /** @param companies the site's company list, which company fields must name (see {@link Companies}) */
    public BriefingData load(Path folder, Companies companies, Diagnostics problems) {
        return load(folder, companies, Ledger.NONE, Optional.empty(), problems);
    }

    /** @param ledger the desk's deals and sources (see {@link #load(Path, Companies, Ledger, Optional, Diagnostics)}) */
    public BriefingData load(Path folder, Companies companies, Ledger ledger, Diagnostics problems) {
        return load(folder, companies, ledger, Optional.empty(), problems);
    }

    /** @param desk the desk's data package (see {@link #load(Path, Companies, Ledger, Optional, Diagnostics)}) */
    public BriefingData load(Path folder, Companies companies, Optional<briefing.dataset.DataPackage> desk,
                             Diagnostics problems) {
        return load(folder, companies, Ledger.NONE, desk, problems);
    }

    /**
     * The desk's sources ({@code content/data/sources.yaml}), read like a briefing's {@code sources.yaml}.
     */
    public static List<Source> sources(YamlNode file, Diagnostics problems) {
        if (Fields.of(file, problems).isEmpty()) {
            return List.of();
        }
        return new Binder(problems, Companies.NONE, Ledger.NONE)
                .sources(BuiltInTable.readFile(BuiltInFiles.SOURCES, (YamlNode.Mapping) file, problems));
    }

    /**
     * The desk's data package ({@code content/data/datapackage.yaml}), which every briefing may refer to. Its
     * source columns are not checked here: sources belong to briefings.
     */
    public Optional<briefing.dataset.DataPackage> loadDesk(Path folder, Companies companies, Diagnostics problems) {
        Optional<briefing.dataset.DataPackage> desk = datasets.load(folder,
                new briefing.dataset.DatasetLoader.Known(companies.checkedIds(), Optional.empty(),
                        companies::causeOf), problems);
        desk.ifPresent(d -> reserved(d, problems));
        desk.ifPresent(d -> refuseSources(d, problems));
        rejectUnnamedCsv(folder, desk, problems);
        return desk;
    }

    /**
     * @param companies the site's company list, which company fields must name (see {@link Companies})
     * @param ledger    the desk's deals, which round participants and investments items may refer to
     *                  ({@code deal: <id>}), and the desk's sources, which the briefing may name as its own
     * @param desk      the desk's data package, whose resources the briefing's may not rename
     */
    public BriefingData load(Path folder, Companies companies, Ledger ledger,
                             Optional<briefing.dataset.DataPackage> desk, Diagnostics problems) {
        rejectUnknownFiles(folder, problems);
        Map<String, YamlNode.Mapping> files = new HashMap<>();
        for (String name : FILES) {
            Path file = folder.resolve(name);
            if (reader.isPresent(file)) {
                int mark = problems.mark();
                try {
                    SourceFile source = reader.read(file);
                    YamlNode node = yaml.read(source);
                    if (Fields.of(node, problems, () -> schema(name)).isPresent()) {
                        files.put(name, (YamlNode.Mapping) node);
                    }
                } catch (BuildFailedException e) {
                    problems.addAll(e.diagnostics());
                }
                if (!files.containsKey(name)) {
                    // A file that could not be read defines none of its names: references to them follow from it.
                    problems.unavailableSince(NAMES.get(name), mark);
                }
            }
        }
        Binder binder = new Binder(problems, companies, ledger);
        List<Source> ownSources = binder.optionalFile(SOURCES, files, binder::sources).orElse(List.of());
        // Sources first: every other file's references are checked as it is read, so a file with other
        // mistakes still gets its dangling references reported in the same run.
        Optional<Investments> investments = binder.optionalFile(INVESTMENTS, files, binder::investments);
        Optional<FundingRound> round = binder.optionalFile(ROUND, files, binder::round);
        Optional<Valuations> valuations = binder.optionalFile(VALUATIONS, files, binder::valuations);
        Optional<Workforce> workforce = binder.optionalFile(WORKFORCE, files, binder::workforce);
        List<TimelineEvent> timeline = binder.optionalFile(TIMELINE, files, binder::timeline).orElse(List.of());
        List<Faq> faqs = binder.optionalFile(FAQS, files, binder::faqs).orElse(List.of());

        Map<String, Source> sourceIndex = new LinkedHashMap<>();
        ledger.sources().forEach(s -> sourceIndex.put(s.id(), s));
        ownSources.forEach(s -> sourceIndex.put(s.id(), s));
        Optional<briefing.dataset.DataPackage> own = datasets.load(folder, new briefing.dataset.DatasetLoader.Known(
                companies.checkedIds(), Optional.of(new java.util.TreeSet<>(sourceIndex.keySet())), companies::causeOf),
                problems);
        own.ifPresent(p -> reserved(p, problems));
        rejectUnnamedCsv(folder, own, problems);
        own.ifPresent(p -> p.resources().forEach(r -> r.rows().forEach(row ->
                r.source(row).ifPresent(ref -> binder.useDeskSource(ref.id())))));
        // The desk's sources the data names come first, in the desk's order, then the briefing's own: the page
        // lists every source its figures link to.
        List<Source> sources = new ArrayList<>(binder.deskSourcesUsed());
        sources.addAll(ownSources);
        List<briefing.dataset.DataPackage> packages = new ArrayList<>();
        own.ifPresent(packages::add);
        desk.ifPresent(d -> {
            own.ifPresent(p -> p.resources().forEach(r -> d.resource(r.name()).ifPresent(other ->
                    problems.error(r.location(), "resource \"" + r.name() + "\" is also a resource of the desk's data package",
                            "the desk's is at " + other.location() + "; give one of them another name"))));
            packages.add(d);
        });
        FigureIndex builtIn = new FigureIndexer(sourceIndex, problems).index(investments, round, valuations, workforce, timeline);
        Map<String, Figure> written = new java.util.TreeMap<>(ledger.figures());
        written.putAll(builtIn.byKey());
        FigureMap all = new FigureMap(written);
        DatasetFigures datasetFigures = new DatasetFigures(sourceIndex, companies.enabled(), problems);
        own.ifPresent(p -> datasetFigures.index(p, all, true));
        desk.ifPresent(d -> datasetFigures.index(d, all, false));
        derive(folder.resolve(FIGURES), all, packages, sourceIndex, problems);
        FigureIndex figures = new FigureIndex(all);
        new CrossReferenceChecker(figures, problems).check(investments, timeline, faqs);
        List<TimelineEvent> sorted = timeline.stream()
                .sorted(java.util.Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::id))
                .toList();
        return new BriefingData(investments, round, valuations, workforce, sorted, faqs, sources, figures, packages);
    }

    /** Computes the derived figures of {@code figures.yaml} (if the folder has one) into {@code figures}. */
    private void derive(Path file, Map<String, Figure> figures, List<briefing.dataset.DataPackage> packages,
                        Map<String, Source> sources, Diagnostics problems) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Optional<Fields> fields;
        try {
            fields = Fields.of(yaml.read(reader.read(file)), problems);
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
            return;
        }
        if (fields.isEmpty()) {
            return;
        }
        DerivedFigures derived = new DerivedFigures(problems);
        List<DerivedFigures.Declaration> declarations = derived.read(fields.get());
        fields.get().rejectUnknown();
        java.util.Set<String> names = new java.util.TreeSet<>();
        packages.forEach(p -> names.addAll(p.resourceNames()));
        derived.compute(declarations, figures,
                name -> packages.stream().flatMap(p -> p.resource(name).stream()).findFirst(), names, sources);
    }

    /**
     * Sources are defined per briefing (their entries are on the briefing's page, which figures link to), so a desk
     * cell could name a source that the briefing showing it does not have: refused rather than shown without one.
     */
    private static void refuseSources(briefing.dataset.DataPackage desk, Diagnostics problems) {
        for (briefing.dataset.Resource r : desk.resources()) {
            r.source().ifPresent(s -> problems.error(s.location(),
                    "resource \"" + r.name() + "\": the desk's data package cannot name sources",
                    "sources are defined per briefing in sources.yaml; keep this table in the briefing's folder"));
            r.schema().fieldOfKind(briefing.dataset.Field.Kind.SOURCE).ifPresent(f -> problems.error(f.location(),
                    "field \"" + f.name() + "\": the desk's data package cannot name sources",
                    "sources are defined per briefing in sources.yaml; keep this table in the briefing's folder"));
        }
    }

    private static void reserved(briefing.dataset.DataPackage pack, Diagnostics problems) {
        for (briefing.dataset.Resource r : pack.resources()) {
            if (RESERVED_RESOURCES.contains(r.name())) {
                problems.error(r.location(), "resource name \"" + r.name() + "\" is taken by the built-in data",
                        "choose another name; reserved: " + String.join(", ", RESERVED_RESOURCES));
            }
        }
    }

    /** A CSV file that no resource names would be silently left out of the briefing: refused, like unknown YAML. */
    private void rejectUnnamedCsv(Path folder, Optional<briefing.dataset.DataPackage> pack, Diagnostics problems) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        java.util.Set<String> named = new java.util.TreeSet<>();
        pack.ifPresent(p -> p.resources().forEach(r -> r.path().ifPresent(named::add)));
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.toLowerCase(java.util.Locale.ROOT).endsWith(".csv"))
                    .filter(n -> !named.contains(n))
                    .sorted()
                    .forEach(n -> problems.error(SourceLocation.file(reader.displayPath(folder.resolve(n))),
                            "CSV file \"" + n + "\" is not named by a data package resource",
                            pack.isPresent() ? "add a resource with `path: " + n + "` to "
                                    + briefing.dataset.DatasetLoader.YAML + ", or remove the file"
                                    : "describe it in a " + briefing.dataset.DatasetLoader.YAML
                                    + " beside it (see docs/data.md, \"Datasets\"), or remove the file"));
        } catch (IOException e) {
            problems.error(SourceLocation.file(reader.displayPath(folder)), "cannot list folder: " + e.getMessage());
        }
    }

    /**
     * The JSON Schema of every data file, made from its built-in Table Schema (see {@link BuiltInFiles}), which the
     * loader reads it through: the schemas cannot drift from what the loader accepts.
     */
    public static Map<String, com.fasterxml.jackson.databind.node.ObjectNode> schemas() {
        Map<String, com.fasterxml.jackson.databind.node.ObjectNode> out = new LinkedHashMap<>();
        BuiltInFiles.ALL.forEach((file, schema) -> out.put(file, TableJsonSchema.entry(schema)));
        out.put(FIGURES, DerivedFigures.schema());
        return out;
    }

    /** The schema of one data file, asked for only to list its fields when the file is empty. */
    private static com.fasterxml.jackson.databind.node.ObjectNode schema(String file) {
        return schemas().get(file);
    }

    private void rejectUnknownFiles(Path folder, Diagnostics problems) {
        try (Stream<Path> entries = Files.list(folder)) {
            entries.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml"))
                    .filter(n -> !KNOWN_FILES.contains(n))
                    .sorted()
                    .forEach(n -> problems.error(SourceLocation.file(reader.displayPath(folder.resolve(n))),
                            "unknown data file \"" + n + "\"",
                            Optional.ofNullable(Suggestion.hint(n, KNOWN_FILES))
                                    .orElse("data files are: " + String.join(", ", KNOWN_FILES))));
        } catch (IOException e) {
            problems.error(SourceLocation.file(reader.displayPath(folder)), "cannot list folder: " + e.getMessage());
        }
    }

    /** Binds the files' trees to records. */
    private static final class Binder {
        private final Diagnostics problems;
        private final Companies companies;
        private final Ledger ledger;
        private final java.util.Set<String> sourceIds = new java.util.TreeSet<>();
        /** The desk's source ids the data names, for the briefing's list of sources. */
        private final java.util.Set<String> deskUsed = new java.util.HashSet<>();

        /** The name of the entry being read and the errors before it, so its own errors can be told apart. */
        private String entry;
        private int entryMark;
        private Optional<Diagnostic> entryCause = Optional.empty();
        /** The names of the entries of the file being read. */
        private final List<String> claimed = new ArrayList<>();

        Binder(Diagnostics problems, Companies companies, Ledger ledger) {
            this.problems = problems;
            this.companies = companies;
            this.ledger = ledger;
            ledger.sources().forEach(s -> sourceIds.add(s.id()));
        }

        /** The briefing names the desk's source (when it is one), so its page lists it. */
        void useDeskSource(String id) {
            if (ledger.source(id).isPresent()) {
                deskUsed.add(id);
            }
        }

        List<Source> deskSourcesUsed() {
            return ledger.sources().stream().filter(s -> deskUsed.contains(s.id())).toList();
        }

        /** Reads a data file through its built-in schema and binds it; empty when the file is not there. */
        <T> Optional<T> optionalFile(String name, Map<String, YamlNode.Mapping> files, Function<BuiltInEntry, T> bind) {
            YamlNode.Mapping file = files.get(name);
            if (file == null) {
                return Optional.empty();
            }
            int mark = problems.mark();
            claimed.clear();
            T value = bind.apply(BuiltInTable.readFile(BuiltInFiles.ALL.get(name), file, problems));
            endEntry();
            if (value == null) {
                // The file's mistake is why every name it declares is missing (its entries' ids are known: a
                // reference to another name is a mistake of its own).
                for (String missing : FILE_NAMES.getOrDefault(name, List.of())) {
                    problems.unavailableSince(missing, mark);
                }
                for (String id : claimed) {
                    problems.unavailableSince(id, mark);
                    problems.unavailableSince(id + ".", mark);
                }
            }
            return Optional.ofNullable(value);
        }

        List<Source> sources(BuiltInEntry f) {
            List<Source> out = new ArrayList<>();
            for (BuiltInEntry s : f.entries("sources")) {
                Optional<String> id = begin("source", s);
                Optional<Source> desk = id.flatMap(ledger::source);
                if (desk.isPresent()) {
                    problems.error(s.at("id"), "source `" + id.get() + "` is already a source of the desk, at "
                                    + desk.get().location(),
                            "remove it here: the briefing may name the desk's sources as its own");
                    id = Optional.empty();
                }
                // Known even when the entry has other mistakes, so references to it are not reported too.
                id.ifPresent(sourceIds::add);
                if (id.isPresent() && s.complete()) {
                    out.add(new Source(id.get(), s.value("name"), s.get("publisher"), s.get("date"),
                            s.<SourceKind>get("kind").orElse(SourceKind.OTHER), s.value("status"), s.get("url"),
                            s.get("note"), s.location()));
                }
            }
            return out;
        }

        Investments investments(BuiltInEntry f) {
            CompanyRef investor = company(f, "investor");
            List<Investment> rows = new ArrayList<>();
            for (BuiltInEntry r : f.entries("investments")) {
                Optional<String> id = begin("investment", r);
                CompanyRef company = company(r, "company");
                List<Investment.Item> current = items(r, "current");
                List<Investment.Item> potential = items(r, "potential");
                for (Investment.Item item : java.util.stream.Stream.concat(current.stream(), potential.stream()).toList()) {
                    item.deal().ifPresent(d -> parties(d, investor, company, item.location()));
                }
                if (id.isPresent() && company != null && r.complete()) {
                    rows.add(new Investment(id.get(), company, r.get("label"), current, potential, r.value("purpose"),
                            r.location()));
                }
            }
            return investor == null ? null : new Investments(investor, rows);
        }

        private List<Investment.Item> items(BuiltInEntry row, String key) {
            List<Investment.Item> out = new ArrayList<>();
            for (BuiltInEntry i : row.entries(key)) {
                Optional<String> id = i.get("id");
                if (id.isPresent()) {
                    begin("investment item", i);
                }
                Optional<String> text = i.get("text");
                Optional<Money> amount = i.get("amount");
                Optional<Ref> figure = ref(i, "figure");
                Optional<Status> status = i.get("status");
                Optional<Ref> source = sourceRef(i, "source");
                Optional<LedgerDeal> deal = deal(i);
                if (deal.isPresent()) {
                    LedgerDeal d = deal.get();
                    same(i, "amount", amount.map(Money::canonical), d, d.amount().map(Money::canonical));
                    same(i, "status", status.map(Status::id), d, Optional.of(d.status().id()));
                    same(i, "source", source.map(Ref::id), d, Optional.of(d.source().id()));
                    if (figure.isPresent()) {
                        problems.error(i.at("figure"), i.path("figure")
                                        + ": an item refers either to a deal or to a figure, not both",
                                "drop `figure`: the deal's amount is shown");
                    }
                    out.add(new Investment.Item(id.or(() -> Optional.of(d.id())), text.or(d::text), d.amount(),
                            Optional.empty(), Optional.of(d.status()),
                            Optional.of(new Ref(d.source().id(), d.where("source"))), deal, i.location()));
                    continue;
                }
                if (amount.isPresent() || i.has("amount")) {
                    if (figure.isPresent()) {
                        problems.error(i.at("figure"), i.path("figure")
                                        + ": an item has either its own amount or a figure reference, not both",
                                "keep the figure where it is defined and drop `amount`, or drop `figure`");
                    }
                    if (!i.has("id")) {
                        problems.error(i.location(), i.path("id") + ": an item with an amount needs an id",
                                "the id names the figure, e.g. `investments.<id>` in prose");
                    }
                    if (!i.has("status")) {
                        problems.error(i.location(), i.path("status") + ": an item with an amount needs a status",
                                "one of reported, confirmed, planned, estimated, denied");
                    }
                    if (!i.has("source")) {
                        problems.error(i.location(), i.path("source") + ": an item with an amount needs a source",
                                "name a source id from " + SOURCES);
                    }
                } else if (text.isEmpty() && figure.isEmpty() && !i.has("deal")) {
                    problems.error(i.location(), i.path("text") + ": an item needs text, an amount or a figure");
                }
                out.add(new Investment.Item(id, text, amount, figure, status, source, Optional.empty(), i.location()));
            }
            return out;
        }

        FundingRound round(BuiltInEntry f) {
            CompanyRef company = company(f, "company");
            String name = f.<String>get("name").orElse(company == null ? null : company.name() + " funding round");
            Optional<PartialDate> date = f.get("date");
            Optional<BuiltInEntry> total = f.get("total");
            Money totalAmount = total.flatMap(t -> t.<Money>get("amount")).orElse(null);
            Status totalStatus = total.flatMap(t -> t.<Status>get("status")).orElse(null);
            Ref totalSource = total.flatMap(t -> sourceRef(t, "source")).orElse(null);
            List<FundingRound.Participant> participants = new ArrayList<>();
            Map<FundingRound.Participant, String> paths = new HashMap<>();
            for (BuiltInEntry p : f.entries("participants")) {
                String id = begin("participant", p).orElse(null);
                Optional<LedgerDeal> deal = deal(p);
                boolean fromLedger = deal.isPresent() || p.has("deal");
                CompanyRef investor = p.<String>get("investor")
                        .map(t -> companies.resolve(t, p.at("investor"), p.path("investor"), problems))
                        .orElseGet(() -> deal.flatMap(LedgerDeal::investor).orElse(null));
                Optional<Money> amount = p.get("amount");
                Optional<String> stage = p.get("stage");
                // Required unless the participant refers to a ledger deal; the schema says optional, as it is then.
                Status status = p.<Status>get("status").orElse(null);
                Optional<Ref> source = sourceRef(p, "source");
                if (p.scalar("investor").filter(s -> s.text().isBlank()).isPresent()) {
                    problems.error(p.at("investor"), p.path("investor") + ": must not be empty");
                }
                for (String key : List.of("investor", "status", "source")) {
                    if (!fromLedger && !p.has(key)) {
                        problems.error(p.location(), p.path(key) + ": required field is missing",
                                "add `" + key + ":` to this entry, or refer to a ledger deal with `deal:`");
                    }
                }
                Optional<String> note = p.get("note");
                if (deal.isPresent()) {
                    LedgerDeal d = deal.get();
                    same(p, "amount", amount.map(Money::canonical), d, d.amount().map(Money::canonical));
                    same(p, "status", Optional.ofNullable(status).map(Status::id), d, Optional.of(d.status().id()));
                    same(p, "source", source.map(Ref::id), d, Optional.of(d.source().id()));
                    if (investor != null && p.has("investor")) {
                        same(p, "investor", Optional.of(investor.name()), d, d.investor().map(CompanyRef::name));
                    }
                    if (d.investor().isEmpty() && investor == null) {
                        problems.error(p.at("deal"), p.path("deal") + ": deal `" + d.id()
                                + "` names no investor", "name the investor here or in the ledger");
                    }
                    if (company != null && !d.company().equals(company)) {
                        problems.error(p.at("deal"), p.path("deal") + ": deal `" + d.id() + "` is in "
                                        + d.company().name() + " (" + d.where("company") + "), not in the round's company "
                                        + company.name(), "refer to a deal in " + company.name());
                    }
                    amount = d.amount();
                    status = d.status();
                    source = Optional.of(new Ref(d.source().id(), d.where("source")));
                }
                if (id != null && "total".equals(id)) {
                    problems.error(p.at("id"), p.path("id") + ": \"total\" is reserved for the round's total",
                            "choose another id");
                } else if (id != null && investor != null && status != null && source.isPresent()) {
                    FundingRound.Participant participant = new FundingRound.Participant(id, investor, amount, stage,
                            status, source.get(), note, deal, p.location());
                    participants.add(participant);
                    paths.put(participant, p.path("amount"));
                }
            }
            if (company == null || totalAmount == null || totalStatus == null || totalSource == null) {
                return null;
            }
            for (FundingRound.Participant p : participants) {
                if (p.amount().isPresent() && p.amount().get().amount().compareTo(totalAmount.amount()) > 0) {
                    problems.error(p.location(), paths.get(p) + ": " + p.amount().get().canonical() + " is more than the round's total "
                            + totalAmount.canonical(), "check both figures against the source");
                }
            }
            return new FundingRound(company, name, date, totalAmount, totalStatus, totalSource, participants,
                    f.location());
        }

        Valuations valuations(BuiltInEntry f) {
            CompanyRef company = company(f, "company");
            List<Valuation> out = new ArrayList<>();
            for (BuiltInEntry v : f.entries("valuations")) {
                Optional<String> id = begin("valuation", v);
                Optional<Ref> source = sourceRef(v, "source");
                if (id.isPresent() && v.complete()) {
                    out.add(new Valuation(id.get(), v.get("date"), v.value("amount"), v.value("event"),
                            v.value("status"), source.get(), v.location()));
                }
            }
            return company == null ? null : new Valuations(company, out);
        }

        Workforce workforce(BuiltInEntry f) {
            CompanyRef company = company(f, "company");
            List<WorkforceChange> out = new ArrayList<>();
            for (BuiltInEntry c : f.entries("changes")) {
                Optional<String> id = begin("workforce change", c);
                Optional<Ref> source = sourceRef(c, "source");
                if (id.isPresent() && c.complete()) {
                    WorkforceChange.Kind kind = c.<String>get("kind").map(k -> k.equals("hire")
                            ? WorkforceChange.Kind.HIRE : WorkforceChange.Kind.CUT).orElse(WorkforceChange.Kind.CUT);
                    out.add(new WorkforceChange(id.get(), c.get("date"), c.value("count"), kind, c.value("scope"),
                            c.value("status"), source.get(), c.get("note"), c.location()));
                }
            }
            return company == null ? null : new Workforce(company, out);
        }

        List<TimelineEvent> timeline(BuiltInEntry f) {
            List<TimelineEvent> out = new ArrayList<>();
            for (BuiltInEntry e : f.entries("events")) {
                Optional<String> id = begin("timeline event", e);
                Optional<Prose> text = prose(e, "text");
                Optional<Status> status = e.get("status");
                Optional<Ref> source = sourceRef(e, "source");
                List<CompanyRef> about = e.cells("companies").stream()
                        .map(c -> companies.resolve(c.text(), c.location(), e.path("companies"), problems))
                        .toList();
                if (!about.isEmpty() && !companies.enabled()) {
                    problems.error(e.at("companies"), e.path("companies")
                                    + ": the site has no company list to refer to",
                            "list the companies in content/" + CompanyLoader.FILE_NAME + ", or drop `companies`");
                }
                if (id.isPresent() && e.complete()) {
                    out.add(new TimelineEvent(id.get(), e.value("date"), e.value("title"), text, status, source,
                            about, e.location()));
                }
            }
            return out;
        }

        List<Faq> faqs(BuiltInEntry f) {
            List<Faq> out = new ArrayList<>();
            for (BuiltInEntry q : f.entries("faqs")) {
                Optional<String> id = begin("FAQ", q);
                Optional<Prose> answer = prose(q, "answer");
                List<Ref> refs = q.cells("sources").stream()
                        .map(c -> checkedSource(new Ref(c.text(), c.location()))).toList();
                if (id.isPresent() && q.complete() && answer.isPresent()) {
                    out.add(new Faq(id.get(), q.value("question"), answer.get(), refs, q.location()));
                }
            }
            return out;
        }

        /** An investments item's deal must be between the file's investor and the row's company. */
        private void parties(LedgerDeal d, CompanyRef investor, CompanyRef company, SourceLocation at) {
            if (investor != null && d.investor().isPresent() && !d.investor().get().equals(investor)) {
                problems.error(at, "deal `" + d.id() + "`: its investor is " + d.investor().get().name() + " ("
                                + d.where("investor") + "), the file's investor is " + investor.name(),
                        "refer to a deal of " + investor.name() + ", or correct the ledger");
            }
            if (company != null && !d.company().equals(company)) {
                problems.error(at, "deal `" + d.id() + "`: it is in " + d.company().name() + " ("
                                + d.where("company") + "), this row is about " + company.name(),
                        "move the item to the row about " + d.company().name() + ", or correct the ledger");
            }
        }

        /** The ledger deal an entry refers to ({@code deal: <id>}); a miss is reported with the nearest id. */
        private Optional<LedgerDeal> deal(BuiltInEntry f) {
            Optional<String> id = f.get("deal");
            if (id.isEmpty()) {
                return Optional.empty();
            }
            Optional<LedgerDeal> deal = ledger.find(id.get());
            if (deal.isEmpty() && ledger.unread().containsKey(id.get())) {
                // The deal's own mistakes are reported in the ledger; this entry, and what refers to its figures,
                // follows from them.
                problems.add(Diagnostic.error(f.at("deal"), f.path("deal") + ": deal `" + id.get()
                        + "` could not be read").because(ledger.unread().get(id.get())));
                return deal;
            }
            if (deal.isEmpty()) {
                problems.error(f.at("deal"), f.path("deal") + ": unknown deal `" + id.get() + "`",
                        Optional.ofNullable(Suggestion.hint(id.get(), ledger.ids())).orElse("declare it in content/"
                                + Ledger.FOLDER + "/" + Ledger.DEALS_FILE));
                return Optional.empty();
            }
            useDeskSource(deal.get().source().id());
            return deal;
        }

        /**
         * An entry that refers to a ledger deal takes the deal's value of {@code key}; writing it again is allowed
         * only when it is the same, so two places never disagree.
         */
        private void same(BuiltInEntry f, String key, Optional<String> written, LedgerDeal deal,
                          Optional<String> ledgered) {
            if (written.isPresent() && !written.equals(ledgered)) {
                problems.error(f.at(key), f.path(key) + ": " + written.get() + " differs from deal `" + deal.id()
                                + "`'s " + key + " " + ledgered.orElse("(none)") + " at " + deal.where(key),
                        "drop `" + key + "` here: a deal's " + key + " is written once, in the ledger");
            }
        }

        /** A required company field: an id from the company list, or free text when the site keeps none. */
        private CompanyRef company(BuiltInEntry f, String key) {
            return f.<String>get(key).map(text -> companies.resolve(text, f.at(key), f.path(key), problems))
                    .orElse(null);
        }

        private Optional<Ref> ref(BuiltInEntry f, String key) {
            return f.<String>get(key).map(text -> new Ref(text, f.at(key)));
        }

        private Optional<Ref> sourceRef(BuiltInEntry f, String key) {
            return ref(f, key).map(this::checkedSource);
        }

        private Ref checkedSource(Ref ref) {
            useDeskSource(ref.id());
            if (!sourceIds.contains(ref.id())) {
                problems.unresolved(SOURCE + ref.id(), ref.location(), "unknown source `" + ref.id() + "`",
                        Optional.ofNullable(Suggestion.hint(ref.id(), sourceIds)).orElse("define it in " + SOURCES));
            }
            return ref;
        }

        /**
         * An entry begins: until the next one, its mistakes (those its reading found, or else those found binding it)
         * are why the names under it (a figure {@code round.amazon} and {@code round.amazon.share}) may be missing.
         *
         * @return the entry's id, when it has a correct one
         */
        private Optional<String> begin(String what, BuiltInEntry e) {
            endEntry();
            Optional<String> id = e.get("id");
            String prefix = ENTRY_NAMES.get(what);
            if (id.isPresent() && prefix != null) {
                entry = prefix + id.get();
                entryMark = problems.mark();
                entryCause = e.mistakes().stream().min(java.util.Comparator.naturalOrder());
                claimed.add(entry);
            }
            return id;
        }

        private void endEntry() {
            if (entry != null) {
                Optional<Diagnostic> cause = entryCause.or(() -> problems.firstErrorSince(entryMark));
                cause.ifPresent(c -> {
                    problems.unavailable(entry, c);
                    problems.unavailable(entry + ".", c);
                });
                entry = null;
            }
        }

        private Optional<Prose> prose(BuiltInEntry f, String key) {
            return f.scalar(key).filter(s -> !s.text().isBlank())
                    .map(s -> new Prose(s.text().stripTrailing(), s.location(), s.indent()));
        }
    }
}
