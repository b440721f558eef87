package briefing.value;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known only as precisely as the source gave it: a year, a quarter, a month or a day. Stored as the period's
 * first day plus its precision, which makes impossible combinations (a quarter with a day) unrepresentable.
 *
 * @param precision how much of the date is known
 * @param start     first day of the period; must be aligned to the precision (e.g. January 1 for a year)
 */
public record PartialDate(Precision precision, LocalDate start) implements Comparable<PartialDate> {

    /** How much of a date is known, coarsest first. */
    public enum Precision { YEAR, QUARTER, MONTH, DAY }

    static final String EXPECTED = "a date like \"2026-02-14\", \"2026-02\", \"Q4 2026\" or \"2026\"";

    /** Years are 1000 to 9999, as the record requires: every form reads exactly four digits. */
    static final int YEAR_DIGITS = 4;

    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern QUARTER_FIRST = Pattern.compile("q(\\d) ?(\\d{4})");
    private static final Pattern YEAR_FIRST_QUARTER = Pattern.compile("(\\d{4}) ?-? ?q(\\d)");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH_NAME = Pattern.compile("([a-z]+)\\.?,? (\\d{4})");

    // Same start: the coarser period first, so "2026" sorts before "Q1 2026" before "2026-01".
    private static final Comparator<PartialDate> ORDER =
            Comparator.comparing(PartialDate::start).thenComparing(PartialDate::precision);

    public PartialDate {
        Objects.requireNonNull(precision, "precision");
        Objects.requireNonNull(start, "start");
        if (start.getYear() < 1000 || start.getYear() > 9999) {
            throw new IllegalArgumentException("year must be between 1000 and 9999: " + start);
        }
        boolean aligned = switch (precision) {
            case YEAR -> start.getDayOfYear() == 1;
            case QUARTER -> start.getDayOfMonth() == 1 && start.getMonthValue() % 3 == 1;
            case MONTH -> start.getDayOfMonth() == 1;
            case DAY -> true;
        };
        if (!aligned) {
            throw new IllegalArgumentException(start + " is not the first day of a " + precision);
        }
    }

    public static PartialDate ofYear(int year) {
        return new PartialDate(Precision.YEAR, LocalDate.of(year, 1, 1));
    }

    public static PartialDate ofQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be between 1 and 4: " + quarter);
        }
        return new PartialDate(Precision.QUARTER, LocalDate.of(year, quarter * 3 - 2, 1));
    }

    public static PartialDate ofMonth(int year, int month) {
        return new PartialDate(Precision.MONTH, LocalDate.of(year, month, 1));
    }

    public static PartialDate ofDay(LocalDate day) {
        return new PartialDate(Precision.DAY, day);
    }

    /**
     * Reads {@code 2015}, {@code Q4 2026}, {@code 2026-Q4}, {@code 2026-02}, {@code February 2026},
     * {@code Feb 2026} or {@code 2025-10-15}, case-insensitively.
     */
    public static PartialDate parse(String input) throws ValueFormatException {
        if (isLongYear(input)) {
            // Said plainly rather than "expected a date": 20266 is a year with a digit too many, not another shape.
            throw ValueFormatException.withHint("year has more than " + YEAR_DIGITS + " digits", EXPECTED, input,
                    "a year has " + YEAR_DIGITS + " digits, e.g. \"2026\"");
        }
        String text = input.replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ").strip().toLowerCase(Locale.ROOT);
        Matcher m;
        if ((m = YEAR.matcher(text)).matches()) {
            return ofYear(year(m.group(1), input));
        }
        if ((m = QUARTER_FIRST.matcher(text)).matches()) {
            return quarter(m.group(2), m.group(1), input);
        }
        if ((m = YEAR_FIRST_QUARTER.matcher(text)).matches()) {
            return quarter(m.group(1), m.group(2), input);
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return ofMonth(year(m.group(1), input), month(Integer.parseInt(m.group(2)), input));
        }
        if ((m = MONTH_NAME.matcher(text)).matches()) {
            Month month = monthNamed(m.group(1));
            if (month != null) {
                return ofMonth(year(m.group(2), input), month.getValue());
            }
        }
        if ((m = DAY.matcher(text)).matches()) {
            int year = year(m.group(1), input);
            int month = month(Integer.parseInt(m.group(2)), input);
            int day = Integer.parseInt(m.group(3));
            try {
                return ofDay(LocalDate.of(year, month, day));
            } catch (DateTimeException e) {
                YearMonth yearMonth = YearMonth.of(year, month);
                throw new ValueFormatException(
                        "no day " + day + " in " + englishName(yearMonth.getMonth()) + " " + year
                                + " (it has " + yearMonth.lengthOfMonth() + " days)",
                        EXPECTED, input);
            }
        }
        throw new ValueFormatException(EXPECTED, input);
    }

    /** Only digits (around blanks), more than a year has: checked in one pass, before any copy of the text. */
    private static boolean isLongYear(String input) {
        int from = 0;
        int to = input.length();
        while (from < to && Character.isWhitespace(input.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(input.charAt(to - 1))) {
            to--;
        }
        if (to - from <= YEAR_DIGITS) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = input.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static int year(String digits, String input) throws ValueFormatException {
        int year = Integer.parseInt(digits);
        if (year < 1000) {
            throw new ValueFormatException("year must be between 1000 and 9999", EXPECTED, input);
        }
        return year;
    }

    private static PartialDate quarter(String year, String quarter, String input) throws ValueFormatException {
        int q = Integer.parseInt(quarter);
        if (q < 1 || q > 4) {
            throw new ValueFormatException("quarter must be Q1, Q2, Q3 or Q4", EXPECTED, input);
        }
        return ofQuarter(year(year, input), q);
    }

    private static int month(int month, String input) throws ValueFormatException {
        if (month < 1 || month > 12) {
            throw new ValueFormatException("month must be between 01 and 12", EXPECTED, input);
        }
        return month;
    }

    // English names from the enum rather than locale data, so parsing cannot depend on the JDK's locale provider.
    private static Month monthNamed(String name) {
        for (Month month : Month.values()) {
            String full = month.name().toLowerCase(Locale.ROOT);
            if (name.equals(full) || name.equals(full.substring(0, 3))
                    || (month == Month.SEPTEMBER && name.equals("sept"))) {
                return month;
            }
        }
        return null;
    }

    private static String englishName(Month month) {
        String lower = month.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    public int year() {
        return start.getYear();
    }

    /** The quarter (1 to 4) the period starts in. */
    public int quarter() {
        return (start.getMonthValue() - 1) / 3 + 1;
    }

    /** Last day of the period. */
    public LocalDate end() {
        return switch (precision) {
            case YEAR -> start.plusYears(1).minusDays(1);
            case QUARTER -> start.plusMonths(3).minusDays(1);
            case MONTH -> start.plusMonths(1).minusDays(1);
            case DAY -> start;
        };
    }

    /**
     * The machine form for HTML {@code <time datetime>}. A quarter gives its year: HTML datetime strings cannot
     * express quarters, and the year is the most precise statement that is still true.
     */
    public String iso() {
        return switch (precision) {
            case YEAR, QUARTER -> Integer.toString(year());
            case MONTH -> YearMonth.from(start).toString();
            case DAY -> start.toString();
        };
    }

    /** The form editors write, which {@link #parse} reads back: "2015", "Q4 2026", "2026-02", "2025-10-15". */
    public String canonical() {
        return precision == Precision.QUARTER ? "Q" + quarter() + " " + year() : iso();
    }

    @Override
    public int compareTo(PartialDate other) {
        return ORDER.compare(this, other);
    }
}
