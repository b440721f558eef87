package briefing.diagnostic;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean ...?" for a mistyped key, id or reference: the closest known name by edit distance. */
public final class Suggestion {

    private Suggestion() {
    }

    public static Optional<String> closest(String typed, Collection<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().sorted().toList()) {
            int distance = distance(typed.toLowerCase(java.util.Locale.ROOT),
                    candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        // Beyond a third of the word, a suggestion is more confusing than helpful.
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A hint naming the closest known name, or listing the names when there are few. */
    public static String hint(String typed, Collection<String> known) {
        Optional<String> near = closest(typed, known);
        if (near.isPresent()) {
            return "did you mean `" + near.get() + "`?";
        }
        if (known.isEmpty()) {
            return null;
        }
        if (known.size() <= 12) {
            return "expected one of: " + String.join(", ", known.stream().sorted().toList());
        }
        return null;
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
