package briefing.data;

import briefing.diagnostic.SourceLocation;

import java.util.List;

public record Faq(String id, String question, Prose answer, List<Ref> sources, SourceLocation location) {
}
