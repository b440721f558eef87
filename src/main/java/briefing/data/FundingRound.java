package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.List;
import java.util.Optional;

/** A funding round ({@code round.yaml}): its reported total and who is said to take part. */
public record FundingRound(
        CompanyRef company,
        String name,
        Optional<PartialDate> date,
        Money total,
        Status totalStatus,
        Ref totalSource,
        List<Participant> participants,
        SourceLocation location) {

    /** @param deal the desk ledger's deal the participant refers to, whose amount, status and source it takes */
    public record Participant(
            String id,
            CompanyRef investor,
            Optional<Money> amount,
            Optional<String> stage,
            Status status,
            Ref source,
            Optional<String> note,
            Optional<LedgerDeal> deal,
            SourceLocation location) {
    }
}
