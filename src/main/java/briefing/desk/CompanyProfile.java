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

    /** Deals on each page of a company's page. */
    public static final int DEALS_PER_PAGE = 50;
    /** Briefings whose figures each page of a company's page shows. */
    public static final int FIGURE_BRIEFINGS_PER_PAGE = 10;
    /** Timeline events on each page of a company's page. */
    public static final int EVENTS_PER_PAGE = 25;

    /**
     * How many pages the company's page takes: each page shows the next slice of its deals, of its figures (by
     * briefing) and of its events, so that no page grows with the desk. At least one.
     */
    public int pages() {
        return Math.max(1, Math.max(pages(deals.size(), DEALS_PER_PAGE), Math.max(
                pages(figureBriefings().size(), FIGURE_BRIEFINGS_PER_PAGE), pages(events.size(), EVENTS_PER_PAGE))));
    }

    /** Page {@code number} (from 1): the same company and charts, with that page's slice of each list. */
    public CompanyProfile page(int number) {
        List<Briefing> shown = slice(figureBriefings(), number, FIGURE_BRIEFINGS_PER_PAGE);
        java.util.Set<Briefing> on = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        on.addAll(shown);
        return new CompanyProfile(company, slice(deals, number, DEALS_PER_PAGE),
                figures.stream().filter(f -> on.contains(f.briefing())).toList(),
                slice(events, number, EVENTS_PER_PAGE), charts);
    }

    private static int pages(int size, int perPage) {
        return (size + perPage - 1) / perPage;
    }

    private static <T> List<T> slice(List<T> all, int number, int perPage) {
        int first = Math.min(all.size(), (number - 1) * perPage);
        return all.subList(first, Math.min(all.size(), first + perPage));
    }

    /** The briefings the figures come from, each once, in the figures' order. */
    private List<Briefing> figureBriefings() {
        List<Briefing> out = new java.util.ArrayList<>();
        for (BriefingFigure f : figures) {
            if (out.isEmpty() || out.get(out.size() - 1) != f.briefing()) {
                out.add(f.briefing());
            }
        }
        return out;
    }

    public record BriefingFigure(Briefing briefing, Figure figure) {
    }

    public record BriefingEvent(Briefing briefing, TimelineEvent event) {
    }
}
