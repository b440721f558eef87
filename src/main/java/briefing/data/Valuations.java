package briefing.data;

import java.util.List;

public record Valuations(String company, List<Valuation> entries) {
}
