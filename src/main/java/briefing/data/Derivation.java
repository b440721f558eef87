package briefing.data;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How a derived figure is computed: the operation and the figures it takes, each with its role, so the page can
 * list them with their values, statuses and sources. Computed on every load from the figures as they are then.
 *
 * @param selection for an operation over a dataset column: which cells it took; empty for a list of figures
 */
public record Derivation(Operation operation, List<Input> inputs, Optional<Selection> selection) {

    public Derivation {
        inputs = List.copyOf(inputs);
    }

    /** The operations of {@code figures.yaml}, by the key that declares them. */
    public enum Operation {
        SUM("Sum"),
        SHARE("Share"),
        DIFFERENCE("Difference"),
        GROWTH("Growth"),
        COUNT("Count");

        private final String label;

        Operation(String label) {
            this.label = label;
        }

        /** The key in {@code figures.yaml}: {@code sum}, {@code share}, ... */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String label() {
            return label;
        }
    }

    /** What an input is to the operation; a sum's or a count's inputs are all terms. */
    public enum Role {
        TERM(""),
        PART("Part"),
        WHOLE("Of"),
        FROM("From"),
        MINUS("Minus"),
        TO("To");

        private final String label;

        Role(String label) {
            this.label = label;
        }

        /** The word the page puts before the input ("Part", "Of"); empty for a term. */
        public String label() {
            return label;
        }
    }

    public record Input(Role role, Figure figure) {
    }

    /**
     * The cells of a dataset column an operation took.
     *
     * @param resource the resource's name
     * @param column   the field's name
     * @param where    the conditions, in the order written: field name and the values it may have
     */
    public record Selection(String resource, String column, List<Condition> where) {
        public Selection {
            where = List.copyOf(where);
        }
    }

    public record Condition(String field, List<String> values) {
        public Condition {
            values = List.copyOf(values);
        }
    }
}
