package briefing.data;

import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.ValueFormat;

/** The value a figure reference stands for; one case per value type an editor can write. */
public sealed interface FigureValue {

    String format(ValueFormat format);

    /** The value as a number, for sums, shares and charts; null for a date, a text or a change. */
    default java.math.BigDecimal number() {
        return null;
    }

    /** How exact the value is ("about", "up to"); exact for values that carry no qualifier. */
    default briefing.value.Qualifier qualifier() {
        return briefing.value.Qualifier.EXACT;
    }

    record OfMoney(Money money) implements FigureValue {
        public String format(ValueFormat format) {
            return format.money(money);
        }

        public java.math.BigDecimal number() {
            return money.amount();
        }

        public briefing.value.Qualifier qualifier() {
            return money.qualifier();
        }
    }

    record OfCount(Count count) implements FigureValue {
        public String format(ValueFormat format) {
            return format.count(count);
        }

        public java.math.BigDecimal number() {
            return java.math.BigDecimal.valueOf(count.value());
        }

        public briefing.value.Qualifier qualifier() {
            return count.qualifier();
        }
    }

    record OfPercent(Percent percent) implements FigureValue {
        public String format(ValueFormat format) {
            return format.percent(percent);
        }

        public java.math.BigDecimal number() {
            return percent.value();
        }

        public briefing.value.Qualifier qualifier() {
            return percent.qualifier();
        }
    }

    record OfDate(PartialDate date) implements FigureValue {
        public String format(ValueFormat format) {
            return format.date(date);
        }
    }

    /** A plain number of a dataset (no money, count or percent kind), with the row's qualifier. */
    record OfNumber(java.math.BigDecimal number, briefing.value.Qualifier qualifier) implements FigureValue {
        public String format(ValueFormat format) {
            return qualifier.prefix(format.number(number));
        }

        public String canonical() {
            return qualifier.prefix(number.toPlainString());
        }
    }

    /** Any other dataset value (text, a year, a boolean), as written. */
    record OfText(String text) implements FigureValue {
        public String format(ValueFormat format) {
            return text;
        }
    }

    /** A derived figure's growth: a signed change in percent of the earlier value ({@code +25%}). */
    record OfChange(briefing.value.Change change) implements FigureValue {
        public String format(ValueFormat format) {
            return format.change(change);
        }

        public briefing.value.Qualifier qualifier() {
            return change.qualifier();
        }
    }
}
