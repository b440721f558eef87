package briefing.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a value is firm (reported or confirmed, exact) or not (an upper bound, an approximation, an estimate, a
 * plan, a denied report), and the words of the key that says so. Firm values are drawn solid; the others hatched
 * or outlined (bars), dashed (the line leading to them) and hollow (points), so the status is in the graphic, not
 * only in the caption.
 */
final class PointStyle {

    private PointStyle() {
    }

    /** True for a value that is not settled: qualified ("up to", "about") or estimated, planned or denied. */
    static boolean tentative(ChartSpec.Point p) {
        if (p.value() == null) {
            return false;
        }
        if (p.qualified()) {
            return true;
        }
        String status = p.status().orElse("").toLowerCase(Locale.ROOT);
        return status.equals("estimated") || status.equals("planned") || status.equals("denied");
    }

    /** The key's two entries, when the chart has tentative values: what the solid and the hatched marks are. */
    record Key(Optional<String> firm, String tentative) {
    }

    static Optional<Key> key(ChartSpec spec) {
        Set<String> reasons = new LinkedHashSet<>();
        Set<String> firm = new LinkedHashSet<>();
        boolean anyFirm = false;
        for (ChartSpec.Series s : spec.series()) {
            for (ChartSpec.Point p : s.points()) {
                if (p.value() == null) {
                    continue;
                }
                String status = p.status().orElse("").toLowerCase(Locale.ROOT);
                if (!tentative(p)) {
                    anyFirm = true;
                    if (!status.isEmpty()) {
                        firm.add(status);
                    }
                    continue;
                }
                if (p.qualified()) {
                    String shown = p.shortDisplay().toLowerCase(Locale.ROOT);
                    reasons.add(shown.startsWith("up to") ? "upper bound" : shown.startsWith("at least")
                            || shown.startsWith("more than") ? "lower bound" : "approximate");
                }
                switch (status) {
                    case "estimated" -> reasons.add("estimate");
                    case "planned" -> reasons.add("plan");
                    case "denied" -> reasons.add("denied");
                    default -> { }
                }
            }
        }
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> firmLabel = anyFirm
                ? Optional.of(firm.isEmpty() ? "Exact" : capitalize(String.join(" or ", firm)))
                : Optional.empty();
        return Optional.of(new Key(firmLabel, capitalize(join(new ArrayList<>(reasons)))));
    }

    private static String join(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * A value label as the text says it, qualifier kept: "up to $50B", "about $830B"; an exact value in the chart's
     * own format and the site's locale, as the ticks are: "$500B", "16,000".
     */
    static String label(ChartSpec.Point p, java.util.function.Function<Double, String> format) {
        return p.qualified() && p.shortDisplay() != null && !p.shortDisplay().isBlank()
                ? p.shortDisplay() : format.apply(p.value());
    }
}
