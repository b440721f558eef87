package briefing.chart;

import briefing.data.Companies;
import briefing.data.Company;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The palette slot of each coloured thing of a chart (a series, or a pie's slice), so that a company has the same
 * colour in every chart of the site: a name that is a company's (its name, an alias or its id) takes the slot of
 * the company's place in the company list; other names take the free slots in order. Within one chart no two
 * things share a slot while the palette has one free, so a company list longer than the palette can move a company
 * to a free slot in a chart that shows two companies of one slot.
 */
final class CompanyColours {

    private CompanyColours() {
    }

    static List<Integer> slots(List<String> names, Companies companies, int size) {
        Integer[] slots = new Integer[names.size()];
        Set<Integer> used = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            Optional<Integer> own = company(names.get(i), companies).map(index -> index % size);
            if (own.isPresent() && used.add(own.get())) {
                slots[i] = own.get();
            }
        }
        int next = 0;
        for (int i = 0; i < names.size(); i++) {
            if (slots[i] == null) {
                while (used.contains(next % size) && used.size() < size) {
                    next++;
                }
                slots[i] = next % size;
                used.add(next % size);
                next++;
            }
        }
        return List.of(slots);
    }

    /** The place in the company list of the company {@code name} names, if it names one. */
    static Optional<Integer> company(String name, Companies companies) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        List<Company> all = companies.all();
        for (int i = 0; i < all.size(); i++) {
            Company c = all.get(i);
            List<String> names = new ArrayList<>(c.aliases());
            names.add(c.name());
            names.add(c.id());
            if (names.stream().anyMatch(n -> n.strip().toLowerCase(Locale.ROOT).equals(wanted))) {
                return Optional.of(i);
            }
        }
        return Optional.empty();
    }
}
