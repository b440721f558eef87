package briefing.data;

import java.util.List;

public record Workforce(String company, List<WorkforceChange> changes) {
}
