package briefing.desk;

import briefing.chart.ChartSpec;

import java.util.List;
import java.util.Optional;

/**
 * The site across briefings.
 *
 * @param deals          every deal of every briefing, newest first
 * @param dealsByQuarter the deal tracker's chart of dated deal value by quarter, when a deal has a date
 * @param companies      one profile per company of {@code companies.yaml}, in file order; empty without the file
 */
public record Desk(List<Deal> deals, Optional<ChartSpec> dealsByQuarter, List<CompanyProfile> companies) {
}
