package briefing.data;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every figure of one briefing by key. */
public record FigureIndex(Map<String, Figure> byKey) {

    public FigureIndex {
        byKey = Collections.unmodifiableMap(new TreeMap<>(byKey));
    }

    public Optional<Figure> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Set<String> keys() {
        return byKey.keySet();
    }
}
