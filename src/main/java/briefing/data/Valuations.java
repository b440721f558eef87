package briefing.data;

import java.util.List;

public record Valuations(CompanyRef company, List<Valuation> entries) {
}
