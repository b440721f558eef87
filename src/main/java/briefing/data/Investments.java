package briefing.data;

import java.util.List;

/** The investments table of {@code investments.yaml}. */
public record Investments(String investor, List<Investment> rows) {
}
