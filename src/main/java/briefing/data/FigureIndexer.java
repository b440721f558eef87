package briefing.data;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Names every figure the data defines with its key ({@code round.amazon}, {@code valuations.post-round.date}). */
final class FigureIndexer {

    private final Map<String, Source> sources;
    private final Diagnostics problems;
    private final Map<String, Figure> figures = new TreeMap<>();

    FigureIndexer(Map<String, Source> sources, Diagnostics problems) {
        this.sources = sources;
        this.problems = problems;
    }

    FigureIndex index(Optional<Investments> investments, Optional<FundingRound> round,
                      Optional<Valuations> valuations, Optional<Workforce> workforce,
                      java.util.List<TimelineEvent> timeline) {
        round.ifPresent(r -> {
            List<String> company = about(r.company());
            add("round.total", r.name() + ": total", new FigureValue.OfMoney(r.total()), Optional.of(r.totalStatus()),
                    Optional.of(r.totalSource()), r.date(), company, r.location());
            r.date().ifPresent(d -> date("round.date", r.name() + ": date", d, Optional.of(r.totalStatus()),
                    Optional.of(r.totalSource()), company, r.location()));
            for (FundingRound.Participant p : r.participants()) {
                List<String> deal = about(p.investor(), r.company());
                p.amount().ifPresent(amount -> {
                    // Its share of the round is not made here: a briefing declares it in figures.yaml.
                    add("round." + p.id(), p.investor().name() + " in " + r.name(), new FigureValue.OfMoney(amount),
                            Optional.of(p.status()), Optional.of(p.source()),
                            p.deal().flatMap(LedgerDeal::date).or(r::date), deal, p.location());
                });
            }
        });
        investments.ifPresent(inv -> inv.rows().forEach(row -> {
            for (Investment.Item item : concat(row)) {
                if (item.id().isPresent() && item.amount().isPresent()) {
                    add("investments." + item.id().get(),
                            item.text().orElse(inv.investor().name() + " in " + row.title()),
                            new FigureValue.OfMoney(item.amount().get()), item.status(), item.source(),
                            item.deal().flatMap(LedgerDeal::date), about(inv.investor(), row.company()),
                            item.location());
                }
            }
        }));
        valuations.ifPresent(v -> v.entries().forEach(e -> {
            List<String> company = about(v.company());
            add("valuations." + e.id(), v.company().name() + " valuation: " + e.event(),
                    new FigureValue.OfMoney(e.amount()), Optional.of(e.status()), Optional.of(e.source()), e.date(),
                    company, e.location());
            e.date().ifPresent(d -> date("valuations." + e.id() + ".date", e.event(), d, Optional.of(e.status()),
                    Optional.of(e.source()), company, e.location()));
        }));
        workforce.ifPresent(w -> w.changes().forEach(c -> {
            List<String> company = about(w.company());
            add("workforce." + c.id(), w.company().name() + ": " + c.kind().label().toLowerCase(java.util.Locale.ROOT)
                            + " (" + c.scope() + ")", new FigureValue.OfCount(c.count()), Optional.of(c.status()),
                    Optional.of(c.source()), c.date(), company, c.location());
            c.date().ifPresent(d -> date("workforce." + c.id() + ".date", c.scope(), d, Optional.of(c.status()),
                    Optional.of(c.source()), company, c.location()));
        }));
        for (TimelineEvent e : timeline) {
            date("timeline." + e.id(), e.title(), e.date(), e.status(), e.source(),
                    about(e.companies().toArray(CompanyRef[]::new)), e.location());
        }
        return new FigureIndex(figures);
    }

    private static java.util.List<Investment.Item> concat(Investment row) {
        java.util.List<Investment.Item> all = new java.util.ArrayList<>(row.current());
        all.addAll(row.potential());
        return all;
    }

    /** The distinct ids of the companies, in the order given; names without an id (no company list) drop out. */
    private static List<String> about(CompanyRef... companies) {
        return java.util.Arrays.stream(companies).flatMap(c -> c.id().stream()).distinct().toList();
    }

    private void date(String key, String label, PartialDate date, Optional<Status> status, Optional<Ref> source,
                      List<String> about, SourceLocation at) {
        add(key, label, new FigureValue.OfDate(date), status, source, Optional.of(date), about, at);
    }

    private void add(String key, String label, FigureValue value, Optional<Status> status, Optional<Ref> source,
                     List<String> about, SourceLocation at) {
        add(key, label, value, status, source, Optional.empty(), about, at);
    }

    private void add(String key, String label, FigureValue value, Optional<Status> status, Optional<Ref> source,
                     Optional<PartialDate> date, List<String> about, SourceLocation at) {
        Figure previous = figures.get(key);
        if (previous != null) {
            problems.error(at, "figure `" + key + "` is defined twice",
                    "the other is at " + previous.location() + "; give one of them another id");
            return;
        }
        figures.put(key, new Figure(key, label, value, status, source.map(Ref::id).map(sources::get), date, about, at));
    }
}
