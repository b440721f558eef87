package briefing.content;

import briefing.config.SiteConfig;
import briefing.data.Companies;

import java.util.List;

/**
 * Everything loaded from the content folder. Briefings are newest first.
 *
 * @param companies the company list of {@code companies.yaml}, {@link Companies#NONE} without one
 */
public record Content(SiteConfig config, Companies companies, List<Briefing> briefings, List<Page> pages,
                      List<briefing.diagnostic.Diagnostic> warnings) {
}
