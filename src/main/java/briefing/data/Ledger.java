package briefing.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The desk's deal ledger: every deal declared once ({@code content/data/deals.yaml}), with the desk's sources
 * ({@code content/data/sources.yaml}) they name. Briefings refer to its deals by id ({@code deal: <id>}) and to their
 * figures in prose ({@code {{ deals.<id> }}}); the deal tracker and company pages count each deal once.
 *
 * @param deals   in file order
 * @param sources the desk's sources, in file order; every briefing may name them as if they were its own
 * @param unread  the ids of deals whose rows have mistakes (reported in the ledger), each with where its first
 *                mistake is: a reference to one follows from that mistake
 */
public record Ledger(List<LedgerDeal> deals, List<Source> sources,
                     java.util.Map<String, briefing.diagnostic.SourceLocation> unread) {

    /** The folder of the desk's data, under the content folder. */
    public static final String FOLDER = "data";
    public static final String DEALS_FILE = "deals.yaml";
    /** The first part of a ledger figure's key: {@code deals.<id>}. */
    public static final String FIGURES = "deals";

    public static final Ledger NONE = new Ledger(List.of(), List.of(), java.util.Map.of());

    public Ledger {
        deals = List.copyOf(deals);
        sources = List.copyOf(sources);
        unread = java.util.Map.copyOf(unread);
    }

    public Optional<LedgerDeal> find(String id) {
        return deals.stream().filter(d -> d.id().equals(id)).findFirst();
    }

    public List<String> ids() {
        return deals.stream().map(LedgerDeal::id).toList();
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /**
     * A briefing's list of sources with the desk's sources of {@code ids} added: the desk's first, in the desk's
     * order, then the briefing's own.
     */
    public List<Source> sourcesWith(List<Source> current, java.util.Set<String> ids) {
        java.util.Set<String> listed = new java.util.HashSet<>(ids);
        current.forEach(s -> listed.add(s.id()));
        List<Source> out = new java.util.ArrayList<>(sources.stream().filter(s -> listed.contains(s.id())).toList());
        current.stream().filter(s -> source(s.id()).isEmpty()).forEach(out::add);
        return out;
    }

    /**
     * The figures of the ledger, which every briefing's prose may name: {@code deals.<id>} for a deal's amount and
     * {@code deals.<id>.date} for its date, each with the deal's status and source.
     */
    public Map<String, Figure> figures() {
        Map<String, Figure> out = new LinkedHashMap<>();
        for (LedgerDeal d : deals) {
            List<String> about = java.util.stream.Stream.concat(d.investor().stream(), java.util.stream.Stream.of(d.company()))
                    .flatMap(c -> c.id().stream()).distinct().toList();
            d.amount().ifPresent(a -> out.put(d.figureKey(), new Figure(d.figureKey(), d.label(),
                    new FigureValue.OfMoney(a), Optional.of(d.status()), Optional.of(d.source()), d.date(), about,
                    d.where("amount"))));
            d.date().ifPresent(date -> out.put(d.figureKey() + ".date", new Figure(d.figureKey() + ".date",
                    d.label() + ": date", new FigureValue.OfDate(date), Optional.of(d.status()),
                    Optional.of(d.source()), Optional.of(date), about, d.where("date"))));
        }
        return out;
    }
}
