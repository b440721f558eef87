package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One deal of the desk's ledger ({@code content/data/deals.yaml}), declared once however many briefings cover it.
 *
 * @param date     when the deal was made or reported, to the precision the source gives; empty when it gives none
 * @param investor who puts the money in; empty only for a round (its participants are deals of their own)
 * @param company  who receives it
 * @param amount   empty when no amount is known (a participant "exploring" a round): such a deal has no figure
 * @param text     what the deal is, as tables show it ("Equity investment in Anthropic")
 * @param at       where each field's value is written, by field name, for messages that name both places
 * @param location where the deal's row starts
 */
public record LedgerDeal(
        String id,
        Kind kind,
        Optional<PartialDate> date,
        Optional<CompanyRef> investor,
        CompanyRef company,
        Optional<Money> amount,
        Status status,
        Source source,
        Optional<String> text,
        Map<String, SourceLocation> at,
        SourceLocation location) {

    public LedgerDeal {
        at = Map.copyOf(at);
    }

    /** What a deal is: money put into a company, a company's funding round, or an investor's part in a round. */
    public enum Kind {
        INVESTMENT, ROUND, COMMITMENT;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where the field's value is written, or the row when the field is not written. */
    public SourceLocation where(String field) {
        return at.getOrDefault(field, location);
    }

    /** The key prose uses for the deal's amount: {@code deals.<id>}; {@code .date} for its date. */
    public String figureKey() {
        return Ledger.FIGURES + "." + id;
    }

    /** What the deal is, for tables and figure labels: its text, or "investor in company". */
    public String label() {
        return text.orElseGet(() -> investor.map(i -> i.name() + " in " + company.name())
                .orElse(company.name() + " funding round"));
    }
}
