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
