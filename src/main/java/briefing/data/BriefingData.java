package briefing.data;

import java.util.List;
import java.util.Optional;

/** All data files of one briefing, typed, cross-checked, with the figures they define. */
public record BriefingData(
        Optional<Investments> investments,
        Optional<FundingRound> round,
        Optional<Valuations> valuations,
        Optional<Workforce> workforce,
        List<TimelineEvent> timeline,
        List<Faq> faqs,
        List<Source> sources,
        FigureIndex figures,
        List<briefing.dataset.DataPackage> datasets) {

    /** @param datasets the briefing's own data package (if any) first, then the desk's */
    public BriefingData {
        datasets = List.copyOf(datasets);
    }

    public BriefingData(Optional<Investments> investments, Optional<FundingRound> round,
                        Optional<Valuations> valuations, Optional<Workforce> workforce, List<TimelineEvent> timeline,
                        List<Faq> faqs, List<Source> sources, FigureIndex figures) {
        this(investments, round, valuations, workforce, timeline, faqs, sources, figures, List.of());
    }

    /** The dataset resource of that name, from the briefing's package or the desk's. */
    public Optional<briefing.dataset.Resource> resource(String name) {
        return datasets.stream().flatMap(d -> d.resource(name).stream()).findFirst();
    }

    public static BriefingData empty() {
        return new BriefingData(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), new FigureIndex(java.util.Map.of()));
    }

    /** The same data with another list of sources (the desk's that its prose names added). */
    public BriefingData withSources(List<Source> sources) {
        return new BriefingData(investments, round, valuations, workforce, timeline, faqs, sources, figures, datasets);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
