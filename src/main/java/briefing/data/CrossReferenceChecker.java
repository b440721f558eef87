package briefing.data;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.Suggestion;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks that every source id and figure key written in the data names something that exists. */
final class CrossReferenceChecker {

    private final Map<String, Source> sources;
    private final FigureIndex figures;
    private final Diagnostics problems;

    CrossReferenceChecker(Map<String, Source> sources, FigureIndex figures, Diagnostics problems) {
        this.sources = sources;
        this.figures = figures;
        this.problems = problems;
    }

    void check(Optional<Investments> investments, Optional<FundingRound> round, Optional<Valuations> valuations,
               Optional<Workforce> workforce, List<TimelineEvent> timeline, List<Faq> faqs) {
        investments.ifPresent(inv -> inv.rows().forEach(row -> {
            row.current().forEach(this::item);
            row.potential().forEach(this::item);
        }));
        round.ifPresent(r -> {
            source(r.totalSource());
            r.participants().forEach(p -> source(p.source()));
        });
        valuations.ifPresent(v -> v.entries().forEach(e -> source(e.source())));
        workforce.ifPresent(w -> w.changes().forEach(c -> source(c.source())));
        for (TimelineEvent e : timeline) {
            e.source().ifPresent(this::source);
            e.text().ifPresent(text -> FigureReferences.check(text, figures, problems));
        }
        for (Faq faq : faqs) {
            faq.sources().forEach(this::source);
            FigureReferences.check(faq.answer(), figures, problems);
        }
    }

    private void item(Investment.Item item) {
        item.source().ifPresent(this::source);
        item.figure().ifPresent(this::figure);
    }

    void source(Ref ref) {
        if (!sources.containsKey(ref.id())) {
            problems.error(ref.location(), "unknown source `" + ref.id() + "`",
                    Optional.ofNullable(Suggestion.hint(ref.id(), sources.keySet()))
                            .orElse("define it in " + DataLoader.SOURCES));
        }
    }

    void figure(Ref ref) {
        if (figures.find(ref.id()).isEmpty()) {
            problems.error(ref.location(), "unknown figure `" + ref.id() + "`",
                    Suggestion.hint(ref.id(), figures.keys()));
        }
    }
}
