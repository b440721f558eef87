package briefing.data;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.Suggestion;

import java.util.List;
import java.util.Optional;

/**
 * Checks that every figure key written in the data names a figure. Runs once all files are read, because figures
 * come from several files; source ids are checked while reading.
 */
final class CrossReferenceChecker {

    private final FigureIndex figures;
    private final Diagnostics problems;

    CrossReferenceChecker(FigureIndex figures, Diagnostics problems) {
        this.figures = figures;
        this.problems = problems;
    }

    void check(Optional<Investments> investments, List<TimelineEvent> timeline, List<Faq> faqs) {
        investments.ifPresent(inv -> inv.rows().forEach(row -> {
            row.current().forEach(item -> item.figure().ifPresent(this::figure));
            row.potential().forEach(item -> item.figure().ifPresent(this::figure));
        }));
        for (TimelineEvent e : timeline) {
            e.text().ifPresent(text -> FigureReferences.check(text, figures, problems));
        }
        for (Faq faq : faqs) {
            FigureReferences.check(faq.answer(), figures, problems);
        }
    }

    void figure(Ref ref) {
        if (figures.find(ref.id()).isEmpty()) {
            problems.unresolved(ref.id(), ref.location(), "unknown figure `" + ref.id() + "`",
                    Suggestion.hint(ref.id(), figures.keys()));
        }
    }
}
