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
        FigureIndex figures) {

    public static BriefingData empty() {
        return new BriefingData(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                List.of(), List.of(), new FigureIndex(java.util.Map.of()));
    }

    /** The same data with another list of sources (the desk's that its prose names added). */
    public BriefingData withSources(List<Source> sources) {
        return new BriefingData(investments, round, valuations, workforce, timeline, faqs, sources, figures);
    }

    public Optional<Source> source(String id) {
        return sources.stream().filter(s -> s.id().equals(id)).findFirst();
    }
}
