package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.Status;

import java.util.List;
import java.util.Optional;

/**
 * One row of the investments table: what an investor holds in a company now, what it may add, and why.
 *
 * @param label what the row is called when it is not simply the company ("Amazon's own AI development")
 */
public record Investment(
        String id,
        CompanyRef company,
        Optional<String> label,
        List<Item> current,
        List<Item> potential,
        String purpose,
        SourceLocation location) {

    /** The row's heading: its label, or the company's name. */
    public String title() {
        return label.orElse(company.name());
    }

    /**
     * One entry in a cell: a label, and either an amount of its own or a pointer to a figure defined in another
     * file (so the same number is never typed twice).
     *
     * @param deal the desk ledger's deal the item refers to ({@code deal: <id>}), whose amount, status and source
     *             it takes
     */
    public record Item(
            Optional<String> id,
            Optional<String> text,
            Optional<Money> amount,
            Optional<Ref> figure,
            Optional<Status> status,
            Optional<Ref> source,
            Optional<LedgerDeal> deal,
            SourceLocation location) {
    }
}
