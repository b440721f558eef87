package briefing.diagnostic;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * "Did you mean ...?" for a mistyped key, id, reference, subcommand or option: the closest known name by edit
 * distance, counting a swap of two neighbouring letters as one edit ({@code stgae} is one edit from {@code stage}).
 * The name that was typed is never proposed, even when it is among the known names.
 */
public final class Suggestion {

    private Suggestion() {
    }

    /** Longer names get no suggestion: no key or id is that long, and comparing one costs its length squared. */
    static final int LONGEST = 100;

    public static Optional<String> closest(String typed, Collection<String> known) {
        if (typed.length() > LONGEST) {
            return Optional.empty();
        }
        // Beyond a third of the word, a suggestion is more confusing than helpful.
        int allowed = Math.max(1, Math.min(3, typed.length() / 3));
        String lower = typed.toLowerCase(java.util.Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known.stream().filter(k -> !k.equals(typed)).sorted().toList()) {
            // The distance is at least the difference in length: a long input is not compared letter by letter.
            if (Math.abs(candidate.length() - typed.length()) > allowed) {
                continue;
            }
            int distance = distance(lower, candidate.toLowerCase(java.util.Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** A hint naming the closest known name, or listing the names when there are few. */
    public static String hint(String typed, Collection<String> known) {
        Optional<String> near = closest(typed, known);
        if (near.isPresent()) {
            return "did you mean `" + near.get() + "`?";
        }
        List<String> others = known.stream().filter(k -> !k.equals(typed)).sorted().toList();
        if (others.isEmpty() || others.size() > 12) {
            return null;
        }
        return "expected one of: " + String.join(", ", others);
    }

    /**
     * The optimal string alignment distance: insertions, deletions, substitutions and transpositions of two
     * adjacent characters, each one edit (a restricted Damerau-Levenshtein distance).
     */
    static int distance(String a, String b) {
        // Three rows of the table: the one two back is what a transposition is measured from.
        int[] twoBack = new int[b.length() + 1];
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
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    current[j] = Math.min(current[j], twoBack[j - 2] + 1);
                }
            }
            int[] spare = twoBack;
            twoBack = previous;
            previous = current;
            current = spare;
        }
        return previous[b.length()];
    }
}
