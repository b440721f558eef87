package briefing.data;

import briefing.value.Change;
import briefing.value.Count;
import briefing.value.Money;
import briefing.value.Percent;
import briefing.value.Qualifier;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The arithmetic of derived figures over figure values: sum, share, difference, growth and count, each keeping the
 * qualifier that stays true of its result ({@link Qualifier#ofSum}, {@link Qualifier#ofDifference}) and refusing
 * what has no meaning (money in two currencies, money plus a count, a share of a date, a division by zero).
 */
final class FigureArithmetic {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Shares and changes are shown with at most one fraction digit; more would claim a precision no source has. */
    private static final int PERCENT_DIGITS = 1;

    private FigureArithmetic() {
    }

    /**
     * What cannot be computed, and which input is to blame.
     *
     * @param input the position of the input the problem is about, in the order the operation takes them; -1 for the
     *              operation as a whole
     */
    static final class Problem extends Exception {
        final int input;
        final String hint;

        Problem(int input, String message, String hint) {
            super(message, null, false, false);
            this.input = input;
            this.hint = hint;
        }
    }

    /** Money of one currency, counts, percents (shares of one whole, at most 100% together) or numbers. */
    static FigureValue sum(List<Figure> terms) throws Problem {
        if (terms.isEmpty()) {
            throw new Problem(-1, "there is nothing to add up", "name at least one figure");
        }
        for (int i = 0; i < terms.size(); i++) {
            requireNumber(terms, i, "add");
            if (i > 0 && !unit(terms.get(i).value()).equals(unit(terms.get(0).value()))) {
                throw new Problem(i, "cannot add " + describe(terms.get(i)) + " to " + describe(terms.get(0)),
                        "a sum adds figures of one kind: money in one currency, counts, percents or numbers");
            }
        }
        List<Qualifier> qualifiers = terms.stream().map(t -> t.value().qualifier()).toList();
        BigDecimal total = BigDecimal.ZERO;
        for (Figure t : terms) {
            total = total.add(t.value().number());
        }
        Qualifier qualifier = Qualifier.ofSum(qualifiers);
        FigureValue first = terms.get(0).value();
        if (first instanceof FigureValue.OfPercent && total.compareTo(HUNDRED) > 0) {
            throw new Problem(-1, "the shares add up to " + total.toPlainString() + "%, more than 100%",
                    "only shares of one whole add up, and never to more than all of it");
        }
        return value(first, total, qualifier, terms.size() - 1);
    }

    /** {@code part} as a percent of {@code whole}: money of one currency, counts or numbers; inputs [part, whole]. */
    static FigureValue share(Figure part, Figure whole) throws Problem {
        List<Figure> inputs = List.of(part, whole);
        ratioInputs(inputs, "take a share of", "a share divides money by money in the same currency, a count by a "
                + "count or a number by a number");
        BigDecimal p = part.value().number();
        BigDecimal w = whole.value().number();
        if (w.signum() == 0) {
            throw new Problem(1, "`" + whole.key() + "` is zero, and there is no share of zero",
                    "check the figure, or drop this derived figure");
        }
        if (p.compareTo(w) > 0 || p.signum() < 0 || w.signum() < 0) {
            throw new Problem(0, describeValue(part) + " is not a part of " + describeValue(whole),
                    "a share is between 0% and 100% of its whole: check both figures, or use `growth`");
        }
        BigDecimal percent = p.multiply(HUNDRED).divide(w, PERCENT_DIGITS, RoundingMode.HALF_EVEN);
        return new FigureValue.OfPercent(new Percent(percent,
                Qualifier.ofDifference(part.value().qualifier(), List.of(whole.value().qualifier()))));
    }

    /** {@code from} minus every figure of {@code minus}, of one kind; inputs [from, minus...]. */
    static FigureValue difference(Figure from, List<Figure> minus) throws Problem {
        if (minus.isEmpty()) {
            throw new Problem(-1, "there is nothing to subtract", "name the figures to subtract in `minus`");
        }
        List<Figure> inputs = new ArrayList<>();
        inputs.add(from);
        inputs.addAll(minus);
        for (int i = 0; i < inputs.size(); i++) {
            requireNumber(inputs, i, "subtract");
            if (i > 0 && !unit(inputs.get(i).value()).equals(unit(from.value()))) {
                throw new Problem(i, "cannot subtract " + describe(inputs.get(i)) + " from " + describe(from),
                        "a difference takes figures of one kind: money in one currency, counts, percents or numbers");
            }
        }
        BigDecimal rest = from.value().number();
        for (Figure m : minus) {
            rest = rest.subtract(m.value().number());
        }
        if (rest.signum() < 0 && !(from.value() instanceof FigureValue.OfNumber)) {
            throw new Problem(0, "the difference is negative: " + describeValue(from) + " is less than what is "
                    + "subtracted from it", "a difference of money, counts or percents is never negative: put the "
                    + "larger figure in `from`, or use `growth` for a change either way");
        }
        Qualifier qualifier = Qualifier.ofDifference(from.value().qualifier(),
                minus.stream().map(m -> m.value().qualifier()).toList());
        return value(from.value(), rest, qualifier, 0);
    }

    /** The change from {@code from} to {@code to} in percent of {@code from}; inputs [from, to]. */
    static FigureValue growth(Figure from, Figure to) throws Problem {
        List<Figure> inputs = List.of(from, to);
        for (int i = 0; i < 2; i++) {
            if (inputs.get(i).value() instanceof FigureValue.OfPercent) {
                throw new Problem(i, "growth of a percent (`" + inputs.get(i).key() + "`) is ambiguous",
                        "use `difference` for the change in percentage points");
            }
        }
        ratioInputs(inputs, "compute growth of", "growth compares money with money in the same currency, a count "
                + "with a count or a number with a number");
        BigDecimal f = from.value().number();
        if (f.signum() == 0) {
            throw new Problem(0, "`" + from.key() + "` is zero, and there is no growth from zero",
                    "check the figure, or use `difference`");
        }
        BigDecimal points = to.value().number().subtract(f).multiply(HUNDRED)
                .divide(f.abs(), PERCENT_DIGITS, RoundingMode.HALF_EVEN);
        return new FigureValue.OfChange(new Change(points,
                Qualifier.ofDifference(to.value().qualifier(), List.of(from.value().qualifier()))));
    }

    /** How many figures there are: exact, whatever their values. */
    static FigureValue count(List<Figure> inputs) throws Problem {
        if (inputs.isEmpty()) {
            throw new Problem(-1, "there is nothing to count", "name at least one figure");
        }
        return new FigureValue.OfCount(Count.of(inputs.size()));
    }

    /** Both inputs numbers of one kind, percents excluded: the two sides of a share or a growth. */
    private static void ratioInputs(List<Figure> inputs, String verb, String hint) throws Problem {
        for (int i = 0; i < inputs.size(); i++) {
            FigureValue v = inputs.get(i).value();
            if (v.number() == null || v instanceof FigureValue.OfPercent) {
                throw new Problem(i, "cannot " + verb + " `" + inputs.get(i).key() + "`: it is " + unit(v), hint);
            }
        }
        if (!unit(inputs.get(0).value()).equals(unit(inputs.get(1).value()))) {
            throw new Problem(1, "cannot " + verb + " " + describe(inputs.get(0)) + " and " + describe(inputs.get(1)),
                    hint);
        }
    }

    private static void requireNumber(List<Figure> inputs, int i, String verb) throws Problem {
        FigureValue v = inputs.get(i).value();
        if (v.number() == null) {
            throw new Problem(i, "cannot " + verb + " `" + inputs.get(i).key() + "`: it is " + unit(v),
                    "only money, counts, percents and numbers add and subtract");
        }
    }

    /** A result of the same kind as {@code like}; {@code at} is the input blamed when a count is out of range. */
    private static FigureValue value(FigureValue like, BigDecimal amount, Qualifier qualifier, int at) throws Problem {
        if (like instanceof FigureValue.OfMoney m) {
            if (amount.compareTo(MONEY_LIMIT) > 0) {
                throw new Problem(at, "the result, " + amount.toPlainString() + " " + m.money().currency()
                        + ", is beyond any real amount", "check the figures for a unit typed twice");
            }
            return new FigureValue.OfMoney(new Money(m.money().currency(), amount, qualifier));
        } else if (like instanceof FigureValue.OfCount) {
            try {
                return new FigureValue.OfCount(new Count(amount.longValueExact(), qualifier));
            } catch (ArithmeticException e) {
                throw new Problem(at, "the count is too large", "check the figures");
            }
        } else if (like instanceof FigureValue.OfPercent) {
            return new FigureValue.OfPercent(new Percent(amount, qualifier));
        }
        return new FigureValue.OfNumber(amount, qualifier);
    }

    /** As {@link Money#parse} allows: a thousand trillion. */
    private static final BigDecimal MONEY_LIMIT = BigDecimal.TEN.pow(15);


    /** What kind of value it is, as a message says it: "money in USD", "a count", "a date". */
    static String unit(FigureValue v) {
        if (v instanceof FigureValue.OfMoney m) {
            return "money in " + m.money().currency();
        } else if (v instanceof FigureValue.OfCount) {
            return "a count";
        } else if (v instanceof FigureValue.OfPercent) {
            return "a percent";
        } else if (v instanceof FigureValue.OfNumber) {
            return "a number";
        } else if (v instanceof FigureValue.OfDate) {
            return "a date";
        } else if (v instanceof FigureValue.OfChange) {
            return "a change in percent";
        }
        return "text";
    }

    /** "`round.b` (money in EUR)". */
    private static String describe(Figure f) {
        return "`" + f.key() + "` (" + unit(f.value()) + ")";
    }

    /** "`round.b` (up to 50000000000 USD)": the value as the data gives it, locale-free like every message. */
    private static String describeValue(Figure f) {
        FigureValue v = f.value();
        String text = v instanceof FigureValue.OfMoney m ? m.money().canonical()
                : v instanceof FigureValue.OfCount c ? c.count().canonical()
                : v instanceof FigureValue.OfNumber n ? n.canonical()
                : unit(v);
        return "`" + f.key() + "` (" + text + ")";
    }
}
