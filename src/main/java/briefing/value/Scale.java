package briefing.value;

import java.math.BigDecimal;
import java.util.List;

/** The scale words editors append to numbers ("50 billion", "$50B", "16k"). */
public enum Scale {
    THOUSAND(3, "thousand", "k"),
    MILLION(6, "million", "mn", "m"),
    BILLION(9, "billion", "bn", "b"),
    TRILLION(12, "trillion", "tn", "t");

    // Longest first so the regex alternation never stops at a prefix ("m" before "million").
    static final String ALTERNATIVES = "thousand|million|billion|trillion|mn|bn|tn|k|m|b|t";

    final int exponent;
    final String word;
    private final List<String> abbreviations;

    Scale(int exponent, String word, String... abbreviations) {
        this.exponent = exponent;
        this.word = word;
        this.abbreviations = List.of(abbreviations);
    }

    /** The power of ten, e.g. 9 for billion. */
    public int exponent() {
        return exponent;
    }

    /** The word as written in full, e.g. "billion". */
    public String word() {
        return word;
    }

    /** The scale a word or abbreviation names ("billion", "bn", "B"), case-insensitively. */
    public static java.util.Optional<Scale> named(String spelling) {
        String lower = spelling.strip().toLowerCase(java.util.Locale.ROOT);
        for (Scale scale : values()) {
            if (scale.word.equals(lower) || scale.abbreviations.contains(lower)) {
                return java.util.Optional.of(scale);
            }
        }
        return java.util.Optional.empty();
    }

    /** Power of ten for a lowercase scale word or abbreviation, 0 for none. */
    static int exponent(String spelling) {
        if (spelling == null) {
            return 0;
        }
        for (Scale scale : values()) {
            if (scale.word.equals(spelling)) {
                return scale.exponent;
            }
            for (String abbreviation : scale.abbreviations) {
                if (abbreviation.equals(spelling)) {
                    return scale.exponent;
                }
            }
        }
        throw new IllegalArgumentException("not a scale: " + spelling);
    }

    static Scale largestAtMost(BigDecimal amount) {
        Scale best = THOUSAND;
        for (Scale scale : values()) {
            if (amount.compareTo(BigDecimal.TEN.pow(scale.exponent)) >= 0) {
                best = scale;
            }
        }
        return best;
    }

    /** Same number, same representation: no trailing zeros, but never an exponent for whole numbers. */
    static BigDecimal normalize(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
