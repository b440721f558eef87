package briefing.content;

import briefing.config.SiteConfig;

import java.util.List;

/** Everything loaded from the content folder. Briefings are newest first. */
public record Content(SiteConfig config, List<Briefing> briefings, List<Page> pages,
                      List<briefing.diagnostic.Diagnostic> warnings) {
}
