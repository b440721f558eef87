package briefing.chart;

import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.Qualifier;
import briefing.value.ValueFormat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A chart of amounts of money made by the build from the data rather than declared in {@code charts.yaml}: the
 * desk's charts across briefings (deal value by quarter, a company's amounts over time). It is drawn, described and
 * published exactly like a declared chart.
 */
public final class MoneyChart {

    /** One bar: its category, its series, and the amount with its status label ("reported"), if any. */
    public record Bar(String category, String series, Money amount, Optional<String> status) {
    }

    private MoneyChart() {
    }

    /**
     * A chart of the bars, series in the order the bars first name them; a category with no bar in a series is
     * drawn as nothing, never as zero. All amounts must be in one currency.
     *
     * @param categories the x axis, in order, including categories without a bar (a quarter without deals)
     * @param at         where the chart's numbers come from, for messages
     */
    public static ChartSpec of(String id, ChartType type, String title, Optional<String> subtitle,
                               Optional<String> note, List<String> categories, List<Bar> bars, ValueFormat format,
                               SourceLocation at) {
        List<String> seriesNames = bars.stream().map(Bar::series).distinct().toList();
        String currency = bars.isEmpty() ? null : bars.get(0).amount().currency();
        List<ChartSpec.Series> series = new ArrayList<>();
        for (String name : seriesNames) {
            List<ChartSpec.Point> points = new ArrayList<>();
            for (String category : categories) {
                points.add(bars.stream().filter(b -> b.series().equals(name) && b.category().equals(category))
                        .findFirst().map(b -> point(b, currency, format))
                        .orElseGet(() -> new ChartSpec.Point(category, null, "", Optional.empty(), Optional.empty())));
            }
            series.add(new ChartSpec.Series(name, points));
        }
        ChartSpec draft = new ChartSpec(id, type, title, subtitle, "", Optional.empty(), Optional.empty(),
                ValueKind.MONEY, Optional.ofNullable(currency), note, Optional.empty(), categories, series, at);
        return new ChartSpec(id, type, title, subtitle, ChartDescriber.describe(draft, format), Optional.empty(),
                Optional.empty(), ValueKind.MONEY, Optional.ofNullable(currency), note, Optional.empty(), categories,
                series, at);
    }

    private static ChartSpec.Point point(Bar bar, String currency, ValueFormat format) {
        if (!bar.amount().currency().equals(currency)) {
            throw new IllegalArgumentException("one chart, one currency: " + currency + " and "
                    + bar.amount().currency());
        }
        return new ChartSpec.Point(bar.category(), bar.amount().amount().doubleValue(), format.money(bar.amount()),
                format.moneyShort(bar.amount()), bar.amount().qualifier() != Qualifier.EXACT, bar.status(),
                Optional.empty());
    }
}
