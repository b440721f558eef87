package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.Optional;

public record TimelineEvent(
        String id,
        PartialDate date,
        String title,
        Optional<Prose> text,
        Optional<Status> status,
        Optional<Ref> source,
        SourceLocation location) {
}
