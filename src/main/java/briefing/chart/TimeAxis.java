package briefing.chart;

import java.awt.FontMetrics;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A line chart's time axis in the data's own precision: years read "2024", quarters "Q1 2025", months "Feb 2026"
 * (days, over a short span, "3 Feb"). The precision is that of the dates (a dataset's year column gives 1 January of
 * each year) and of their labels (a quarter's label names it). Ticks fall on whole units from the first to the last
 * in range, every one labelled, the first and the last always: where labels would run into each other, every k-th
 * unit is a tick.
 */
record TimeAxis(Unit unit, List<LocalDate> dates, Locale locale) {

    enum Unit { YEAR, QUARTER, MONTH, DAY }

    record Tick(double position, String label) {
    }

    private static final Pattern QUARTER = Pattern.compile("(?i).*\\bQ[1-4]\\b.*");

    /** The axis of these dates (one per category, labels beside them), or null when a point has no date. */
    static TimeAxis of(List<LocalDate> dates, List<String> labels, Locale locale) {
        if (dates == null || dates.isEmpty()) {
            return null;
        }
        LocalDate first = dates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        boolean monthStarts = dates.stream().allMatch(d -> d.getDayOfMonth() == 1);
        boolean quarterStarts = monthStarts && dates.stream().allMatch(d -> (d.getMonthValue() - 1) % 3 == 0);
        boolean yearStarts = monthStarts && dates.stream().allMatch(d -> d.getMonthValue() == 1);
        boolean quarterLabels = !labels.isEmpty() && labels.stream().allMatch(l -> QUARTER.matcher(l).matches());
        Unit unit;
        if (quarterStarts && quarterLabels) {
            unit = Unit.QUARTER;
        } else if (yearStarts && (dates.size() > 1 || labels.stream().allMatch(l -> l.strip().matches("\\d{4}")))) {
            unit = Unit.YEAR;
        } else if (monthStarts) {
            unit = ChronoUnit.MONTHS.between(first, last) > 48 ? Unit.YEAR : Unit.MONTH;
        } else {
            long days = ChronoUnit.DAYS.between(first, last);
            unit = days > 2 * 366 ? Unit.YEAR : days > 92 ? Unit.MONTH : Unit.DAY;
        }
        return new TimeAxis(unit, List.copyOf(dates), locale);
    }

    /** Where a date sits on the axis, in units (fractional between whole ones). */
    double position(LocalDate date) {
        return switch (unit) {
            case YEAR -> date.getYear() + (date.getDayOfYear() - 1) / (double) date.lengthOfYear();
            case QUARTER -> {
                int q = (date.getMonthValue() - 1) / 3;
                LocalDate start = LocalDate.of(date.getYear(), q * 3 + 1, 1);
                yield date.getYear() * 4 + q + ChronoUnit.DAYS.between(start, date)
                        / (double) ChronoUnit.DAYS.between(start, start.plusMonths(3));
            }
            case MONTH -> date.getYear() * 12 + date.getMonthValue() - 1
                    + (date.getDayOfMonth() - 1) / (double) date.lengthOfMonth();
            case DAY -> date.toEpochDay();
        };
    }

    String label(long whole) {
        return switch (unit) {
            case YEAR -> Long.toString(whole);
            case QUARTER -> "Q" + (Math.floorMod(whole, 4) + 1) + " " + Math.floorDiv(whole, 4);
            case MONTH -> DateTimeFormatter.ofPattern("MMM uuuu", locale)
                    .format(LocalDate.of((int) Math.floorDiv(whole, 12), (int) Math.floorMod(whole, 12) + 1, 1));
            case DAY -> DateTimeFormatter.ofPattern("d MMM", locale).format(LocalDate.ofEpochDay(whole));
        };
    }

    /** Ticks on whole units in range, each labelled, spaced so that labels keep apart on {@code width} px. */
    List<Tick> ticks(FontMetrics fm, double width) {
        double lo = dates.stream().mapToDouble(this::position).min().orElse(0);
        double hi = dates.stream().mapToDouble(this::position).max().orElse(0);
        long from = (long) Math.ceil(lo - 1e-9);
        long to = (long) Math.floor(hi + 1e-9);
        if (to < from) {
            return List.of();
        }
        double widest = 0;
        for (long u = from; u <= to; u++) {
            widest = Math.max(widest, fm.stringWidth(label(u)));
        }
        double perUnit = hi > lo ? width / (hi - lo) : width;
        int every = 1;
        for (int k : new int[] {1, 2, 3, 4, 5, 6, 10, 12, 20, 25, 50, 100}) {
            every = k;
            if (k * perUnit >= widest + 14) {
                break;
            }
        }
        List<Tick> ticks = new ArrayList<>();
        for (long u = from; u <= to; u += every) {
            ticks.add(new Tick(u, label(u)));
        }
        return withLast(ticks, new Tick(to, label(to)), every);
    }

    /**
     * The ticks with {@code last} at the end: where stepping by {@code every} missed it, the tick before it goes if
     * the two would be closer than one step.
     */
    static List<Tick> withLast(List<Tick> ticks, Tick last, int every) {
        List<Tick> out = new ArrayList<>(ticks);
        if (out.isEmpty() || out.get(out.size() - 1).position() == last.position()) {
            return out;
        }
        if (out.size() > 1 && last.position() - out.get(out.size() - 1).position() < every) {
            out.remove(out.size() - 1);
        }
        out.add(last);
        return out;
    }
}
