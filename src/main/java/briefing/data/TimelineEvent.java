package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.Optional;

/** @param companies the companies the event is about, listed on their pages; empty without a company list */
public record TimelineEvent(
        String id,
        PartialDate date,
        String title,
        Optional<Prose> text,
        Optional<Status> status,
        Optional<Ref> source,
        java.util.List<CompanyRef> companies,
        SourceLocation location) {
}
