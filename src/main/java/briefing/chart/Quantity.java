package briefing.chart;

import briefing.data.Derivation;
import briefing.data.Figure;

import java.util.Optional;

/**
 * What a chart's values measure, beyond their kind: a valuation and a deal amount are both money, but a bar of one
 * beside a bar of the other reads as a comparison that means nothing. One axis shows one quantity, so a chart that
 * would mix two is an error at check time (the kind, money or count, is checked by its own rule).
 *
 * @param singular "a valuation", for the value that does not fit
 * @param plural   "valuations", for the axis it would join
 */
record Quantity(String id, String singular, String plural) {

    static final Quantity VALUATION = new Quantity("valuation", "a valuation", "valuations");
    static final Quantity AMOUNT = new Quantity("amount", "a deal or investment amount",
            "deal and investment amounts");
    static final Quantity WORKFORCE = new Quantity("workforce", "a workforce change", "workforce changes");

    /**
     * The quantity of a figure, by the data file it comes from ({@code valuations.*} are valuations; rounds,
     * investments and ledger deals are amounts; {@code workforce.*} job changes); a derived figure's is its inputs'
     * when they agree. Empty for what the key does not tell (a dataset figure, a value written in the chart).
     */
    static Optional<Quantity> of(Figure figure) {
        String key = figure.key();
        if (figure.derivation().isPresent()) {
            Derivation d = figure.derivation().get();
            if (d.operation() == Derivation.Operation.SHARE || d.operation() == Derivation.Operation.GROWTH
                    || d.operation() == Derivation.Operation.COUNT || d.inputs().isEmpty()) {
                return Optional.empty(); // a percent or a count of figures: its kind says what it is
            }
            Optional<Quantity> first = of(d.inputs().get(0).figure());
            return d.inputs().stream().allMatch(i -> of(i.figure()).equals(first)) ? first : Optional.empty();
        }
        if (key.startsWith("valuations.")) {
            return Optional.of(VALUATION);
        }
        if (key.startsWith("round.") || key.startsWith("investments.") || key.startsWith("deals.")) {
            return Optional.of(AMOUNT);
        }
        if (key.startsWith("workforce.")) {
            return Optional.of(WORKFORCE);
        }
        return Optional.empty();
    }

    /** The quantity of the rows of a built-in data file, by its name. */
    static Optional<Quantity> ofData(String from) {
        return switch (from) {
            case "valuations" -> Optional.of(VALUATION);
            case "round.participants" -> Optional.of(AMOUNT);
            case "workforce" -> Optional.of(WORKFORCE);
            default -> Optional.empty();
        };
    }
}
