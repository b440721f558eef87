package briefing.data;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Every figure of one briefing by key. */
public record FigureIndex(Map<String, Figure> byKey) {

    public FigureIndex {
        // A FigureMap is already in key order and makes its dataset figures when asked: copying would make them all.
        if (!(byKey instanceof FigureMapView)) {
            byKey = byKey instanceof FigureMap m ? new FigureMapView(m)
                    : Collections.unmodifiableMap(new TreeMap<>(byKey));
        }
    }

    /** A {@link FigureMap}, read only. */
    private static final class FigureMapView extends java.util.AbstractMap<String, Figure> {
        private final FigureMap map;

        FigureMapView(FigureMap map) {
            this.map = map;
        }

        FigureMap map() {
            return map;
        }

        @Override
        public Figure get(Object key) {
            return map.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return map.containsKey(key);
        }

        @Override
        public Set<Entry<String, Figure>> entrySet() {
            return Collections.unmodifiableSet(map.entrySet());
        }
    }

    public Optional<Figure> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public Set<String> keys() {
        return byKey.keySet();
    }

    /**
     * The derived figures ({@code figures.yaml}), by key. Asking for these rather than filtering every figure
     * spares a briefing with a large dataset from making a figure of each of its cells.
     */
    public java.util.List<Figure> derived() {
        java.util.Collection<Figure> candidates = byKey instanceof FigureMapView v ? v.map().keptFigures()
                : byKey.values();
        return candidates.stream().filter(f -> f.derivation().isPresent()).toList();
    }

    /** The figures about at least one company (company pages list them), by key; made only where there can be any. */
    public java.util.List<Figure> aboutCompanies() {
        java.util.Collection<Figure> candidates = byKey instanceof FigureMapView v ? v.map().aboutCandidates()
                : byKey.values();
        return candidates.stream().filter(f -> !f.about().isEmpty()).toList();
    }
}
