package briefing.data;

import java.util.List;

/** The investments table of {@code investments.yaml}. */
public record Investments(CompanyRef investor, List<Investment> rows) {
}
