package briefing.data;

import java.util.Objects;
import java.util.Optional;

/**
 * How one figure differs between two versions of a briefing's data: added, removed, or changed in what readers are
 * shown with it (value with its qualifier, status, source). A new label alone is not a change of the figure.
 *
 * @param before the figure in the older version, absent if it was added
 * @param after  the figure in the newer version, absent if it was removed
 */
public record FigureChange(String key, Optional<Figure> before, Optional<Figure> after) {

    public enum Kind { ADDED, REMOVED, CHANGED }

    public FigureChange {
        Objects.requireNonNull(key, "key");
        if (before.isEmpty() && after.isEmpty()) {
            throw new IllegalArgumentException("a change needs a figure before or after: " + key);
        }
    }

    public Kind kind() {
        return before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    }

    /** The figure as it is now, or as it was if it was removed: for its label. */
    public Figure latest() {
        return after.or(() -> before).orElseThrow();
    }

    public boolean valueChanged() {
        return kind() == Kind.CHANGED && !before.get().value().equals(after.get().value());
    }

    public boolean statusChanged() {
        return kind() == Kind.CHANGED && !before.get().status().equals(after.get().status());
    }

    public boolean sourceChanged() {
        return kind() == Kind.CHANGED && !sourceId(before.get()).equals(sourceId(after.get()));
    }

    /** Whether readers see a difference; a figure whose every shown part is equal is no change at all. */
    boolean differs() {
        return kind() != Kind.CHANGED || valueChanged() || statusChanged() || sourceChanged();
    }

    private static Optional<String> sourceId(Figure figure) {
        return figure.source().map(Source::id);
    }
}
