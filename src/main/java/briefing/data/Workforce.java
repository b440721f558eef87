package briefing.data;

import java.util.List;

public record Workforce(CompanyRef company, List<WorkforceChange> changes) {
}
