package briefing.desk;

import briefing.content.Briefing;
import briefing.data.CompanyRef;
import briefing.data.Source;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.Optional;

/**
 * One deal with an amount, from a briefing's data: a round participant, or an investments item with an amount of
 * its own.
 *
 * @param text  what the deal is (the round's name or the item's label); may be empty
 * @param date  the round's date; investments items have none
 * @param figure the key of the figure that holds the amount, for links to where the briefing shows it
 */
public record Deal(Briefing briefing, CompanyRef investor, CompanyRef target, String text, Money amount,
                   Status status, Optional<PartialDate> date, Optional<Source> source, String figure) {
}
