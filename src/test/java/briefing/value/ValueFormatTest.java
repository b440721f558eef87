package briefing.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValueFormatTest {

    private static final ValueFormat US = new ValueFormat(Locale.US);
    private static final ValueFormat GERMANY = new ValueFormat(Locale.GERMANY);

    // The de-DE currency and percent patterns, and its short compact units, use a no-break space (U+00A0).
    // "1 Milliarden" is the JDK 17 CLDR data's plural, wrong but beyond this package's reach.
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            up to $50 billion           | up to $50 billion   | up to $50B  | up to 50 Milliarden\u00A0$  | up to 50\u00A0Mrd.\u00A0$
            $8 billion                  | $8 billion          | $8B         | 8 Milliarden\u00A0$         | 8\u00A0Mrd.\u00A0$
            approximately $830 billion  | about $830 billion  | about $830B | about 830 Milliarden\u00A0$ | about 830\u00A0Mrd.\u00A0$
            $1.2 trillion               | $1.2 trillion       | $1.2T       | 1,2 Billionen\u00A0$        | 1,2\u00A0Bio.\u00A0$
            $300M                       | $300 million        | $300M       | 300 Millionen\u00A0$        | 300\u00A0Mio.\u00A0$
            $1.25 million               | $1.25 million       | $1.25M      | 1,25 Million\u00A0$         | 1,25\u00A0Mio.\u00A0$
            $1,234,567                  | $1.2 million        | $1.2M       | 1,2 Million\u00A0$          | 1,2\u00A0Mio.\u00A0$
            $999,999,999                | $1 billion          | $1B         | 1 Milliarden\u00A0$         | 1\u00A0Mrd.\u00A0$
            $12,500                     | $12,500             | $12,500     | 12.500\u00A0$               | 12.500\u00A0$
            $12,500.5                   | $12,500.50          | $12,500.50  | 12.500,50\u00A0$            | 12.500,50\u00A0$
            $999,999                    | $999,999            | $999,999    | 999.999\u00A0$              | 999.999\u00A0$
            €3.5 billion                | €3.5 billion        | €3.5B       | 3,5 Milliarden\u00A0€       | 3,5\u00A0Mrd.\u00A0€
            £2bn                        | £2 billion          | £2B         | 2 Milliarden\u00A0£        | 2\u00A0Mrd.\u00A0£
            ¥100 billion                | ¥100 billion        | ¥100B       | 100 Milliarden\u00A0¥      | 100\u00A0Mrd.\u00A0¥
            """)
    void formats_money_in_words_and_in_short_per_locale(String input, String usLong, String usShort, String deLong,
            String deShort) throws ValueFormatException {
        Money money = Money.parse(input);
        assertThat(US.money(money)).isEqualTo(usLong);
        assertThat(US.moneyShort(money)).isEqualTo(usShort);
        assertThat(GERMANY.money(money)).isEqualTo(deLong);
        assertThat(GERMANY.moneyShort(money)).isEqualTo(deShort);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            16,000                | 16,000                 | 16.000
            about 16,000          | about 16,000           | about 16.000
            more than 1.2 million | more than 1,200,000    | more than 1.200.000
            7                     | 7                      | 7
            """)
    void formats_counts_with_the_locale_grouping(String input, String us, String de) throws ValueFormatException {
        Count count = Count.parse(input);
        assertThat(US.count(count)).isEqualTo(us);
        assertThat(GERMANY.count(count)).isEqualTo(de);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            50%         | 50%          | 50\u00A0%
            up to 50%   | up to 50%    | up to 50\u00A0%
            12.5%       | 12.5%        | 12,5\u00A0%
            12.25%      | 12.3%        | 12,3\u00A0%
            0%          | 0%           | 0\u00A0%
            """)
    void formats_percentages_with_at_most_one_fraction_digit(String input, String us, String de)
            throws ValueFormatException {
        Percent percent = Percent.parse(input);
        assertThat(US.percent(percent)).isEqualTo(us);
        assertThat(GERMANY.percent(percent)).isEqualTo(de);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', textBlock = """
            25      | EXACT | +25%        | +25\u00A0%
            -12.5   | EXACT | -12.5%      | -12,5\u00A0%
            150     | UP_TO | up to +150% | up to +150\u00A0%
            0       | EXACT | 0%          | 0\u00A0%
            1234.5  | ABOUT | about +1,234.5% | about +1.234,5\u00A0%
            """)
    void formats_a_change_with_its_sign(String points, Qualifier qualifier, String us, String de) {
        Change change = new Change(new java.math.BigDecimal(points), qualifier);
        assertThat(US.change(change)).isEqualTo(us);
        assertThat(GERMANY.change(change)).isEqualTo(de);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2015        | 2015              | 2015
            Q4 2026     | Q4 2026           | Q4 2026
            2026-02     | February 2026     | Februar 2026
            2025-10-15  | October 15, 2025  | 15. Oktober 2025
            """)
    void formats_dates_at_their_precision(String input, String us, String de) throws ValueFormatException {
        PartialDate date = PartialDate.parse(input);
        assertThat(US.date(date)).isEqualTo(us);
        assertThat(GERMANY.date(date)).isEqualTo(de);
    }

    @Test
    void formats_plain_numbers_with_the_locale_grouping() {
        assertThat(US.number(1234567L)).isEqualTo("1,234,567");
        assertThat(GERMANY.number(1234567L)).isEqualTo("1.234.567");
        assertThat(US.number(new BigDecimal("1234.5678"))).isEqualTo("1,234.5678");
        assertThat(GERMANY.number(new BigDecimal("1234.50"))).isEqualTo("1.234,5");
        assertThat(US.number(new BigDecimal("5E+3"))).isEqualTo("5,000");
    }

    @Test
    void the_default_locale_and_time_zone_have_no_effect() throws ValueFormatException {
        List<String> expected = everything();
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (Locale other : List.of(Locale.forLanguageTag("tr-TR"), Locale.GERMANY, Locale.JAPAN)) {
                Locale.setDefault(other);
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                assertThat(everything()).as("default %s", other).isEqualTo(expected);
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    // Parsing too: with a Turkish default, "I".toLowerCase() would be a dotless ı and "BILLION" would not parse.
    private static List<String> everything() throws ValueFormatException {
        List<String> out = new ArrayList<>();
        for (ValueFormat format : List.of(US, GERMANY, new ValueFormat(Locale.UK))) {
            out.add(format.money(Money.parse("UP TO $50 BILLION")));
            out.add(format.moneyShort(Money.parse("ABOUT EUR 3.5 MILLION")));
            out.add(format.money(Money.parse("$12,500.5")));
            out.add(format.count(Count.parse("APPROXIMATELY 16 THOUSAND")));
            out.add(format.percent(Percent.parse("12.5%")));
            out.add(format.date(PartialDate.parse("FEBRUARY 2026")));
            out.add(format.date(PartialDate.parse("2025-10-15")));
            out.add(format.date(PartialDate.parse("Q4 2026")));
            out.add(format.number(new BigDecimal("1234.5")));
            out.add(Status.parse("CONFIRMED").id());
            out.add(Money.parse("up to $50 billion").canonical());
        }
        return out;
    }
}
