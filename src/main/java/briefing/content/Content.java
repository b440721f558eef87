package briefing.content;

import briefing.config.SiteConfig;
import briefing.data.Companies;
import briefing.data.Ledger;

import java.util.List;

/**
 * Everything loaded from the content folder. Briefings are newest first.
 *
 * @param companies the company list of {@code companies.yaml}, {@link Companies#NONE} without one
 * @param ledger    the desk's deals and sources ({@code data/deals.yaml}, {@code data/sources.yaml}),
 *                  {@link Ledger#NONE} without them
 */
public record Content(SiteConfig config, Companies companies, Ledger ledger, List<Briefing> briefings,
                      List<Page> pages, List<briefing.diagnostic.Diagnostic> warnings) {
}
