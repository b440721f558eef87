package briefing.data;

import briefing.diagnostic.SourceLocation;

/** A reference an editor wrote (a source id, a figure key), kept with its position so a dangling one can be shown. */
public record Ref(String id, SourceLocation location) {
}
