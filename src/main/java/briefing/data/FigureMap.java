package briefing.data;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every figure of a briefing by key, in key order: those of the data files, the ledger and {@code figures.yaml}
 * kept, those of dataset cells ({@link DatasetFigures.Indexed}) made when looked up or listed. A key is found among
 * the kept figures first, then in the packages in the order they were added; listing gives each key once, the same
 * way. Writable only by {@link #put} (kept figures), as the loader adds derived figures.
 */
final class FigureMap extends AbstractMap<String, Figure> {

    private final TreeMap<String, Figure> kept;
    private final List<DatasetFigures.Indexed> packages = new ArrayList<>();

    FigureMap(Map<String, Figure> kept) {
        this.kept = new TreeMap<>(kept);
    }

    void add(DatasetFigures.Indexed pack) {
        packages.add(pack);
    }

    /** The kept figures (the data files', the ledger's, the derived ones), by key. */
    java.util.Collection<Figure> keptFigures() {
        return kept.values();
    }

    /**
     * The figures that can be about a company, by key: the kept ones and those of packages whose rows name
     * companies.
     */
    java.util.Collection<Figure> aboutCandidates() {
        if (packages.stream().noneMatch(DatasetFigures.Indexed::namesCompanies)) {
            return kept.values();
        }
        return all().stream().map(Entry::getValue).toList();
    }

    /** The keys of the kept figures. */
    Set<String> keys() {
        return kept.keySet();
    }

    @Override
    public Figure get(Object key) {
        if (!(key instanceof String k)) {
            return null;
        }
        Figure figure = kept.get(k);
        if (figure != null) {
            return figure;
        }
        for (DatasetFigures.Indexed pack : packages) {
            Optional<Figure> found = pack.find(k);
            if (found.isPresent()) {
                return found.get();
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return get(key) != null;
    }

    @Override
    public Figure put(String key, Figure figure) {
        return kept.put(key, figure);
    }

    @Override
    public Set<Entry<String, Figure>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Figure>> iterator() {
                return all().iterator();
            }

            @Override
            public int size() {
                return all().size();
            }
        };
    }

    /** Every figure once, by key: a kept one before a package's, an earlier package's before a later one's. */
    private List<Entry<String, Figure>> all() {
        List<Figure> made = new ArrayList<>();
        packages.forEach(p -> p.all(made::add));
        // Stable: for a key two packages have, the earlier package's comes first and is the one kept.
        made.sort(Comparator.comparing(Figure::key));
        List<Entry<String, Figure>> out = new ArrayList<>(kept.size() + made.size());
        Iterator<Entry<String, Figure>> k = kept.entrySet().iterator();
        Entry<String, Figure> next = k.hasNext() ? k.next() : null;
        String last = null;
        for (Figure f : made) {
            while (next != null && next.getKey().compareTo(f.key()) <= 0) {
                out.add(next);
                last = next.getKey();
                next = k.hasNext() ? k.next() : null;
            }
            if (!f.key().equals(last)) {
                out.add(Map.entry(f.key(), f));
                last = f.key();
            }
        }
        while (next != null) {
            out.add(next);
            next = k.hasNext() ? k.next() : null;
        }
        return out;
    }
}
