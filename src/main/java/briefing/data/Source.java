package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.PartialDate;
import briefing.value.Status;

import java.net.URI;
import java.util.Optional;

/** Where figures come from; every figure names one, so readers can weigh it. */
public record Source(
        String id,
        String name,
        Optional<String> publisher,
        Optional<PartialDate> date,
        SourceKind kind,
        Status status,
        Optional<URI> url,
        Optional<String> note,
        SourceLocation location) {
}
