package briefing.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The written-out checks of numbers, integers and years accept exactly what the regular expressions they replace
 * ({@link ValueReader#NUMBER}, {@link ValueReader#INTEGER}, {@link ValueReader#YEAR}) match: every string of up to
 * six characters over the characters that matter.
 */
class NumberSyntaxTest {

    @Test
    void theChecksMatchTheRegularExpressionsOnEveryShortString() {
        List<String> differences = new ArrayList<>();
        List<String> all = new ArrayList<>();
        strings("", "0 9+-.eEx", 6, all);
        for (String t : all) {
            if (ValueReader.isNumber(t) != ValueReader.NUMBER.matcher(t).matches()) {
                differences.add("number " + t);
            }
            if (ValueReader.isInteger(t, 0) != ValueReader.INTEGER.matcher(t).matches()) {
                differences.add("integer " + t);
            }
            if (ValueReader.isYear(t) != ValueReader.YEAR.matcher(t).matches()) {
                differences.add("year " + t);
            }
        }
        assertThat(all).hasSizeGreaterThan(500_000);
        assertThat(differences).isEmpty();
        assertThat(ValueReader.isNumber("-12.5e+3")).isTrue();
        assertThat(ValueReader.isNumber("1.")).isTrue();
        assertThat(ValueReader.isNumber(".")).isFalse();
        assertThat(ValueReader.isYear("2026")).isTrue();
        assertThat(ValueReader.isYear("٢٠٢٦")).isFalse();
    }

    private static void strings(String prefix, String alphabet, int length, List<String> out) {
        out.add(prefix);
        if (prefix.length() < length) {
            for (char c : alphabet.toCharArray()) {
                strings(prefix + c, alphabet, length, out);
            }
        }
    }
}
