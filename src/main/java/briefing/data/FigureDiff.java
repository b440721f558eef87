package briefing.data;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The figures that differ between two versions of one briefing's data, compared by key, in key order. Values are
 * compared as values ({@code $50B} and {@code $50 billion} are equal), so rewording a figure's input is no change.
 */
public record FigureDiff(List<FigureChange> changes) {

    public FigureDiff {
        changes = List.copyOf(changes);
    }

    public static FigureDiff between(FigureIndex before, FigureIndex after) {
        TreeSet<String> keys = new TreeSet<>(before.keys());
        keys.addAll(after.keys());
        List<FigureChange> changes = new ArrayList<>();
        for (String key : keys) {
            Optional<Figure> was = before.find(key);
            Optional<Figure> now = after.find(key);
            FigureChange change = new FigureChange(key, was, now);
            if (change.differs()) {
                changes.add(change);
            }
        }
        return new FigureDiff(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
