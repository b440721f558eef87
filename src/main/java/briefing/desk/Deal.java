package briefing.desk;

import briefing.content.Briefing;
import briefing.data.CompanyRef;
import briefing.data.Source;
import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.List;
import java.util.Optional;

/**
 * One deal with an amount, counted once: a deal of the desk's ledger (however many briefings cover it), or a round
 * participant or investments item with an amount of its own that refers to no ledger deal.
 *
 * @param id       the ledger deal's id; empty for a deal only a briefing declares
 * @param text     what the deal is (the ledger's text, the round's name or the item's label); may be empty
 * @param date     the ledger's date, or the round's date; investments items of a briefing have none
 * @param coverage the briefings that cover the deal, newest first; empty for a ledger deal no briefing refers to
 * @param location where the deal is declared: its ledger row, or the briefing's entry
 */
public record Deal(Optional<String> id, CompanyRef investor, CompanyRef target, String text, Money amount,
                   Status status, Optional<PartialDate> date, Optional<Source> source, List<Coverage> coverage,
                   SourceLocation location) {

    public Deal {
        coverage = List.copyOf(coverage);
    }

    /**
     * A briefing that covers the deal.
     *
     * @param figure the key of the briefing's figure that holds the amount ({@code round.amazon}), for links to
     *               where the briefing shows it
     * @param text   what the briefing calls the deal (the round's name or the item's label)
     */
    public record Coverage(Briefing briefing, String figure, String text) {
    }

    /** The first (newest) briefing that covers the deal: where its source is listed and its search entry links. */
    public Optional<Briefing> briefing() {
        return coverage.stream().findFirst().map(Coverage::briefing);
    }

    public List<Briefing> briefings() {
        return coverage.stream().map(Coverage::briefing).toList();
    }
}
