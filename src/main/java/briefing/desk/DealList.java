package briefing.desk;

import briefing.value.PartialDate;
import briefing.value.Status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One way of reading the deal tracker: every deal in another order (newest, oldest, largest first) or the deals of
 * one status or one year, newest first. Each list is published as its own pages under the tracker, so that sorting
 * and filtering are plain links a reader follows without JavaScript, and no page grows with the desk.
 *
 * @param key   the list's folder under the tracker, ending in "/" ({@code oldest/}, {@code status/confirmed/},
 *              {@code year/2026/}); empty for the default list, newest first, which is the tracker itself
 * @param kind  which choice the list answers: {@link Kind#SORT}, {@link Kind#STATUS} or {@link Kind#YEAR}
 * @param label what a link to the list says ("Oldest first", "Confirmed", "2026")
 * @param title how a page of the list describes its rows ("Deals, oldest first", "Confirmed deals, newest first")
 * @param deals the list's deals, in its order
 */
public record DealList(String key, Kind kind, String label, String title, List<Deal> deals) {

    /** Deals on each page of a list: a first load stays small however big the desk (and the script's chunk). */
    public static final int PER_PAGE = 50;

    public enum Kind { SORT, STATUS, YEAR }

    public DealList {
        deals = List.copyOf(deals);
    }

    /** How many pages the list takes: at least one, so that an empty list still has its page. */
    public int pages() {
        return deals.isEmpty() ? 1 : (deals.size() - 1) / PER_PAGE + 1;
    }

    /** The deals on page {@code number} (from 1). */
    public List<Deal> page(int number) {
        int first = (number - 1) * PER_PAGE;
        return deals.subList(first, Math.min(deals.size(), first + PER_PAGE));
    }

    /**
     * The lists of a desk's deals (given newest first, undated last, as {@link Desk#deals()}): newest first (the
     * default), oldest first, largest first, then one per status in the status's order and one per year, newest
     * year first, with the undated deals last (when there are two statuses, or two years counting undated, or
     * more). Ties keep the newest-first order.
     */
    public static List<DealList> of(List<Deal> newest) {
        List<DealList> lists = new ArrayList<>();
        lists.add(new DealList("", Kind.SORT, "Newest first", "Deals, newest first", newest));
        List<Deal> dated = new ArrayList<>(newest.stream().filter(d -> d.date().isPresent()).toList());
        java.util.Collections.reverse(dated);
        dated.addAll(newest.stream().filter(d -> d.date().isEmpty()).toList());
        lists.add(new DealList("oldest/", Kind.SORT, "Oldest first", "Deals, oldest first", dated));
        List<Deal> largest = newest.stream()
                .sorted(Comparator.comparing((Deal d) -> d.amount().amount()).reversed()).toList();
        lists.add(new DealList("largest/", Kind.SORT, "Largest first", "Deals, largest amount first", largest));
        Map<Status, List<Deal>> byStatus = new java.util.TreeMap<>();
        newest.forEach(d -> byStatus.computeIfAbsent(d.status(), s -> new ArrayList<>()).add(d));
        // A filter with one choice would only repeat every deal: such lists are left out (and not linked).
        if (byStatus.size() > 1) {
            byStatus.forEach((status, deals) -> lists.add(new DealList("status/" + status.id() + "/", Kind.STATUS,
                    status.label(), status.label() + " deals, newest first", deals)));
        }
        Map<Integer, List<Deal>> byYear = new java.util.TreeMap<>(Comparator.reverseOrder());
        List<Deal> undated = new ArrayList<>();
        for (Deal d : newest) {
            d.date().map(PartialDate::year).ifPresentOrElse(
                    y -> byYear.computeIfAbsent(y, k -> new ArrayList<>()).add(d), () -> undated.add(d));
        }
        Map<String, List<Deal>> years = new LinkedHashMap<>();
        byYear.forEach((y, deals) -> years.put(String.valueOf(y), deals));
        if (years.size() + (undated.isEmpty() ? 0 : 1) > 1) {
            years.forEach((y, deals) -> lists.add(new DealList("year/" + y + "/", Kind.YEAR, y,
                    "Deals of " + y + ", newest first", deals)));
            if (!undated.isEmpty()) {
                lists.add(new DealList("year/undated/", Kind.YEAR, "Undated", "Undated deals", undated));
            }
        }
        return List.copyOf(lists);
    }
}
