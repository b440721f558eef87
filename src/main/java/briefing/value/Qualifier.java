package briefing.value;

import java.util.ArrayList;
import java.util.List;

/** How precise a reported figure is; sources rarely give exact numbers and the briefing must not pretend they do. */
public enum Qualifier {
    EXACT(""),
    ABOUT("about", "approximately", "approx.", "approx", "around", "roughly", "~"),
    UP_TO("up to"),
    AT_LEAST("at least"),
    MORE_THAN("more than", "over"),
    NEARLY("nearly", "almost");

    private final String label;
    private final List<String> spellings;

    Qualifier(String label, String... synonyms) {
        this.label = label;
        List<String> all = new ArrayList<>(List.of(synonyms));
        if (!label.isEmpty()) {
            all.add(label);
        }
        this.spellings = List.copyOf(all);
    }

    /** The canonical English prefix, empty for {@link #EXACT}. */
    public String label() {
        return label;
    }

    /** {@code text} with this qualifier's label in front, separated by a space unless the qualifier is exact. */
    public String prefix(String text) {
        return label.isEmpty() ? text : label + " " + text;
    }

    /**
     * The qualifier that stays true of a sum of values with these qualifiers: exact values add up to an exact sum;
     * "up to" values (with exact ones) to "up to"; "at least" and "more than" values to "at least"; any other mix
     * (an "about", or upper and lower bounds together) is only "about" the sum.
     */
    public static Qualifier ofSum(java.util.Collection<Qualifier> parts) {
        java.util.Set<Qualifier> bounds = java.util.EnumSet.noneOf(Qualifier.class);
        for (Qualifier part : parts) {
            if (part != EXACT) {
                bounds.add(part);
            }
        }
        if (bounds.isEmpty()) {
            return EXACT;
        } else if (bounds.equals(java.util.EnumSet.of(UP_TO))) {
            return UP_TO;
        } else if (java.util.EnumSet.of(AT_LEAST, MORE_THAN).containsAll(bounds)) {
            return AT_LEAST;
        }
        return ABOUT;
    }

    /**
     * The qualifier of {@code whole - parts} (and of {@code whole / part}, {@code new / old}: a value that is
     * subtracted or divides pulls the result the other way). A subtracted or dividing "up to" value makes the result
     * "at least", an "at least" or "more than" one makes it "up to"; then the rule of {@link #ofSum} applies. So
     * an exact total minus "up to" parts is "at least" the rest, an "up to" part of an exact total is "up to" its
     * share, and an "up to" part of an "up to" total is only "about" its share.
     */
    public static Qualifier ofDifference(Qualifier whole, java.util.Collection<Qualifier> taken) {
        java.util.List<Qualifier> terms = new ArrayList<>();
        terms.add(whole);
        taken.forEach(q -> terms.add(q.opposite()));
        return ofSum(terms);
    }

    /** The bound this qualifier gives a value it is subtracted from or divides (see {@link #ofDifference}). */
    private Qualifier opposite() {
        return switch (this) {
            case UP_TO -> AT_LEAST;
            case AT_LEAST, MORE_THAN -> UP_TO;
            default -> this;
        };
    }

    /** A qualifier found at the start of an input, and what followed it (trimmed, runs of whitespace collapsed). */
    public record Stripped(Qualifier qualifier, String rest) {
    }

    /**
     * Splits a leading qualifier off {@code input}, case-insensitively. The longest spelling wins so that "approx."
     * is not read as "approx" followed by a stray dot, and a word only counts when it is not the start of a longer
     * word ("overall" is not "over").
     */
    public static Stripped strip(String input) {
        String text = input.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip();
        Qualifier best = EXACT;
        int bestLength = 0;
        for (Qualifier qualifier : values()) {
            for (String spelling : qualifier.spellings) {
                if (spelling.length() > bestLength && startsWithWord(text, spelling)) {
                    best = qualifier;
                    bestLength = spelling.length();
                }
            }
        }
        return new Stripped(best, text.substring(bestLength).strip());
    }

    private static boolean startsWithWord(String text, String word) {
        if (!text.regionMatches(true, 0, word, 0, word.length())) {
            return false;
        }
        boolean endsInLetter = Character.isLetter(word.charAt(word.length() - 1));
        return !endsInLetter || text.length() == word.length() || !Character.isLetter(text.charAt(word.length()));
    }
}
