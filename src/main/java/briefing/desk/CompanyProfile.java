package briefing.desk;

import briefing.chart.ChartSpec;
import briefing.content.Briefing;
import briefing.data.Company;
import briefing.data.Figure;
import briefing.data.TimelineEvent;

import java.util.List;
import java.util.Optional;

/**
 * Everything the site knows about one company, across briefings: the page at {@code /companies/<id>/}.
 *
 * @param deals   the deals it invests in or receives, in the tracker's order
 * @param figures every figure about it, by briefing (newest briefing first) and key
 * @param events  the timeline events about it, oldest first
 * @param charts  its dated amounts over time, when it has any: deal amounts, then valuations, each on its own axis
 */
public record CompanyProfile(Company company, List<Deal> deals, List<BriefingFigure> figures,
                             List<BriefingEvent> events, List<ChartSpec> charts) {

    /** The first of its charts, for its social card. */
    public Optional<ChartSpec> chart() {
        return charts.stream().findFirst();
    }

    /** The briefings that mention the company (in a deal, figure or event), each once, in the order first met. */
    public List<Briefing> briefings() {
        java.util.Set<Briefing> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Briefing> ordered = new java.util.ArrayList<>();
        java.util.stream.Stream.of(deals.stream().flatMap(d -> d.briefings().stream()), figures.stream().map(BriefingFigure::briefing),
                events.stream().map(BriefingEvent::briefing)).flatMap(s -> s).forEach(b -> {
                    if (out.add(b)) {
                        ordered.add(b);
                    }
                });
        return ordered;
    }

    public record BriefingFigure(Briefing briefing, Figure figure) {
    }

    public record BriefingEvent(Briefing briefing, TimelineEvent event) {
    }
}
