package briefing.desk;

import briefing.content.Briefing;
import briefing.data.BriefingData;
import briefing.data.FundingRound;
import briefing.data.Investment;
import briefing.data.Ref;
import briefing.data.Source;
import briefing.value.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the deals of every briefing. Sorted by date, newest first and undated last, then by briefing slug, then by
 * investor, so the tracker and its downloads never depend on folder or load order.
 */
final class DealFinder {

    static final Comparator<Deal> ORDER = Comparator
            .<Deal, PartialDate>comparing(d -> d.date().orElse(null),
                    Comparator.nullsLast(Comparator.<PartialDate>naturalOrder().reversed()))
            .thenComparing(d -> d.briefing().slug())
            .thenComparing(d -> d.investor().name())
            .thenComparing(Deal::figure);

    private DealFinder() {
    }

    static List<Deal> deals(List<Briefing> briefings) {
        return briefings.stream().flatMap(DealFinder::deals).sorted(ORDER).toList();
    }

    private static Stream<Deal> deals(Briefing b) {
        BriefingData data = b.data();
        List<Deal> out = new ArrayList<>();
        data.round().ifPresent(r -> {
            for (FundingRound.Participant p : r.participants()) {
                p.amount().ifPresent(a -> out.add(new Deal(b, p.investor(), r.company(), r.name(), a, p.status(),
                        r.date(), source(data, Optional.of(p.source())), "round." + p.id())));
            }
        });
        data.investments().ifPresent(inv -> {
            for (Investment row : inv.rows()) {
                for (Investment.Item item : Stream.concat(row.current().stream(), row.potential().stream()).toList()) {
                    if (item.amount().isPresent() && item.status().isPresent() && item.id().isPresent()) {
                        out.add(new Deal(b, inv.investor(), row.company(), item.text().orElse(""),
                                item.amount().get(), item.status().get(), Optional.empty(),
                                source(data, item.source()), "investments." + item.id().get()));
                    }
                }
            }
        });
        return out.stream();
    }

    private static Optional<Source> source(BriefingData data, Optional<Ref> ref) {
        return ref.flatMap(r -> data.source(r.id()));
    }
}
