package briefing.desk;

import briefing.content.Briefing;
import briefing.data.BriefingData;
import briefing.data.FundingRound;
import briefing.data.Investment;
import briefing.data.Ledger;
import briefing.data.LedgerDeal;
import briefing.data.Ref;
import briefing.data.Source;
import briefing.value.PartialDate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the deals of the desk, each once: the ledger's deals, each with the briefings that refer to it, and the
 * deals briefings declare on their own (a participant or item with an amount and no {@code deal:}). Sorted by date,
 * newest first and undated last, then by the first covering briefing's slug, then by investor, so the tracker and
 * its downloads never depend on folder or load order.
 */
final class DealFinder {

    static final Comparator<Deal> ORDER = Comparator
            .<Deal, PartialDate>comparing(d -> d.date().orElse(null),
                    Comparator.nullsLast(Comparator.<PartialDate>naturalOrder().reversed()))
            .thenComparing(d -> d.briefing().map(Briefing::slug).orElse(""))
            .thenComparing(d -> d.investor().name())
            .thenComparing(d -> d.id().orElse(d.coverage().isEmpty() ? "" : d.coverage().get(0).figure()));

    private DealFinder() {
    }

    /** @param briefings newest first, as the content lists them: each deal's coverage keeps that order */
    static List<Deal> deals(Ledger ledger, List<Briefing> briefings) {
        Map<String, List<Deal.Coverage>> covered = new LinkedHashMap<>();
        List<Deal> out = new ArrayList<>();
        for (Briefing b : briefings) {
            deals(b, covered, out);
        }
        for (LedgerDeal d : ledger.deals()) {
            // A round's total is not a deal between two parties: its participants are, and are counted instead.
            if (d.kind() == LedgerDeal.Kind.ROUND || d.amount().isEmpty() || d.investor().isEmpty()) {
                continue;
            }
            List<Deal.Coverage> coverage = covered.getOrDefault(d.id(), List.of());
            String text = d.text().orElse(coverage.isEmpty() ? d.label() : coverage.get(0).text());
            out.add(new Deal(Optional.of(d.id()), d.investor().get(), d.company(), text, d.amount().get(), d.status(),
                    d.date(), Optional.of(d.source()), coverage, d.location()));
        }
        return out.stream().sorted(ORDER).toList();
    }

    private static void deals(Briefing b, Map<String, List<Deal.Coverage>> covered, List<Deal> out) {
        BriefingData data = b.data();
        data.round().ifPresent(r -> {
            for (FundingRound.Participant p : r.participants()) {
                Deal.Coverage here = new Deal.Coverage(b, "round." + p.id(), r.name());
                if (p.deal().isPresent()) {
                    cover(covered, p.deal().get(), here);
                } else {
                    p.amount().ifPresent(a -> out.add(new Deal(Optional.empty(), p.investor(), r.company(), r.name(),
                            a, p.status(), r.date(), source(data, Optional.of(p.source())), List.of(here),
                            p.location())));
                }
            }
        });
        data.investments().ifPresent(inv -> {
            for (Investment row : inv.rows()) {
                for (Investment.Item item : Stream.concat(row.current().stream(), row.potential().stream()).toList()) {
                    if (item.id().isEmpty()) {
                        continue;
                    }
                    Deal.Coverage here = new Deal.Coverage(b, "investments." + item.id().get(),
                            item.text().orElse(""));
                    if (item.deal().isPresent()) {
                        cover(covered, item.deal().get(), here);
                    } else if (item.amount().isPresent() && item.status().isPresent()) {
                        out.add(new Deal(Optional.empty(), inv.investor(), row.company(), item.text().orElse(""),
                                item.amount().get(), item.status().get(), Optional.empty(),
                                source(data, item.source()), List.of(here), item.location()));
                    }
                }
            }
        });
    }

    /** A briefing covers a deal once, however many of its entries refer to it (its first entry is linked). */
    private static void cover(Map<String, List<Deal.Coverage>> covered, LedgerDeal deal, Deal.Coverage here) {
        List<Deal.Coverage> list = covered.computeIfAbsent(deal.id(), id -> new ArrayList<>());
        if (list.stream().noneMatch(c -> c.briefing() == here.briefing())) {
            list.add(here);
        }
    }

    private static Optional<Source> source(BriefingData data, Optional<Ref> ref) {
        return ref.flatMap(r -> data.source(r.id()));
    }
}
