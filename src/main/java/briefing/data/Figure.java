package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Status;

import java.util.Optional;

/**
 * A number or date that lives in the data exactly once and that prose, key-figure cards and tables refer to by
 * key (e.g. {@code round.amazon}). It carries its status and source so no page can show it without them.
 *
 * @param label    what the figure is, for cards and tooltips ("Amazon's potential investment")
 * @param location where the value is written, for "defined here" hints
 * @param date     when the figure applies (the round's date, the valuation's date), for charts over time
 * @param about    ids of the companies the figure is about (investor and target of a deal), for company pages;
 *                 empty when the site keeps no company list
 * @param derivation for a derived figure ({@code derived.<id>}, declared in {@code figures.yaml}): how it is
 *                 computed and from which figures; such a figure has no source of its own
 */
public record Figure(
        String key,
        String label,
        FigureValue value,
        Optional<Status> status,
        Optional<Source> source,
        Optional<briefing.value.PartialDate> date,
        java.util.List<String> about,
        SourceLocation location,
        Optional<Derivation> derivation) {

    /** A figure written in the data (not derived). */
    public Figure(String key, String label, FigureValue value, Optional<Status> status, Optional<Source> source,
                  Optional<briefing.value.PartialDate> date, java.util.List<String> about, SourceLocation location) {
        this(key, label, value, status, source, date, about, location, Optional.empty());
    }
}
