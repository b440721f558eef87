package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.Optional;

/** A company valuation at a point in time or projected ({@code valuations.yaml}). */
public record Valuation(
        String id,
        Optional<PartialDate> date,
        Money amount,
        String event,
        Status status,
        Ref source,
        SourceLocation location) {
}
