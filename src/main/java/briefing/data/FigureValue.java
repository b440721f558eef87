package briefing.data;

import briefing.value.Count;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Percent;
import briefing.value.ValueFormat;

/** The value a figure reference stands for; one case per value type an editor can write. */
public sealed interface FigureValue {

    String format(ValueFormat format);

    record OfMoney(Money money) implements FigureValue {
        public String format(ValueFormat format) {
            return format.money(money);
        }
    }

    record OfCount(Count count) implements FigureValue {
        public String format(ValueFormat format) {
            return format.count(count);
        }
    }

    record OfPercent(Percent percent) implements FigureValue {
        public String format(ValueFormat format) {
            return format.percent(percent);
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
    }
}
