package briefing.desk;

import briefing.chart.ChartSpec;
import briefing.chart.ChartType;
import briefing.chart.MoneyChart;
import briefing.content.Briefing;
import briefing.content.Content;
import briefing.data.Company;
import briefing.data.FigureValue;
import briefing.data.TimelineEvent;
import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;
import briefing.value.ValueFormat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/** Gathers the desk from the content: the deals across briefings, the company profiles, and their charts. */
public final class DeskAssembler {

    /** The chart ids, unique in the folder each chart is published in. */
    public static final String DEALS_BY_QUARTER = "deals-by-quarter";
    public static final String COMPANY_AMOUNTS = "amounts";

    private final ValueFormat format;

    public DeskAssembler(ValueFormat format) {
        this.format = format;
    }

    public Desk assemble(Content content) {
        List<Deal> deals = DealFinder.deals(content.briefings());
        List<CompanyProfile> profiles = content.companies().all().stream()
                .map(c -> profile(c, content.briefings(), deals)).toList();
        return new Desk(deals, dealsByQuarter(deals), profiles);
    }

    private CompanyProfile profile(Company company, List<Briefing> briefings, List<Deal> deals) {
        List<CompanyProfile.BriefingFigure> figures = new ArrayList<>();
        List<CompanyProfile.BriefingEvent> events = new ArrayList<>();
        for (Briefing b : briefings) {
            // Dates are shown as the timeline; the figures listed are the numbers.
            b.data().figures().byKey().values().stream()
                    .filter(f -> f.about().contains(company.id()) && !(f.value() instanceof FigureValue.OfDate))
                    .forEach(f -> figures.add(new CompanyProfile.BriefingFigure(b, f)));
            for (TimelineEvent e : b.data().timeline()) {
                if (e.companies().stream().anyMatch(c -> c.id().filter(company.id()::equals).isPresent())) {
                    events.add(new CompanyProfile.BriefingEvent(b, e));
                }
            }
        }
        events.sort(Comparator.comparing((CompanyProfile.BriefingEvent e) -> e.event().date())
                .thenComparing(e -> e.briefing().slug()).thenComparing(e -> e.event().id()));
        return new CompanyProfile(company, deals.stream().filter(d -> d.involves(company.id())).toList(),
                List.copyOf(figures), List.copyOf(events), amountsOverTime(company, briefings, deals));
    }

    /**
     * A horizontal bar per dated amount of money about the company, oldest first: the deals it makes or receives,
     * its rounds' totals and its valuations, each labelled with its month and, briefly, what it is ("Feb 2026 ·
     * from Amazon"), so the labels fit beside the bars.
     */
    private Optional<ChartSpec> amountsOverTime(Company company, List<Briefing> briefings, List<Deal> deals) {
        record Dated(PartialDate date, String what, Money money, Status status) {
        }
        List<Dated> dated = new ArrayList<>();
        for (Deal d : deals) {
            if (d.date().isPresent() && d.involves(company.id())) {
                boolean receives = d.target().id().filter(company.id()::equals).isPresent();
                dated.add(new Dated(d.date().get(), receives ? "from " + d.investor().name()
                        : "in " + d.target().name(), d.amount(), d.status()));
            }
        }
        for (Briefing b : briefings) {
            b.data().round().filter(r -> r.company().id().filter(company.id()::equals).isPresent()
                    && r.date().isPresent()).ifPresent(r -> dated.add(new Dated(r.date().get(), "round total",
                    r.total(), r.totalStatus())));
            b.data().valuations().filter(v -> v.company().id().filter(company.id()::equals).isPresent())
                    .ifPresent(v -> v.entries().stream().filter(e -> e.date().isPresent()).forEach(e ->
                            dated.add(new Dated(e.date().get(), "valuation", e.amount(), e.status()))));
        }
        dated.sort(Comparator.comparing(Dated::date).thenComparing(Dated::what)
                .thenComparing(d -> d.money().amount()));
        Optional<String> currency = mainCurrency(dated, d -> d.money().currency());
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        List<Dated> shown = dated.stream().filter(d -> d.money().currency().equals(currency.get())).toList();
        List<MoneyChart.Bar> bars = new ArrayList<>();
        List<String> categories = new ArrayList<>();
        for (Dated d : shown) {
            String label = format.dateShort(d.date()) + " · " + d.what();
            // Two amounts with the same label (two valuations in one month) get a number, so neither is lost.
            String unique = label;
            for (int n = 2; categories.contains(unique); n++) {
                unique = label + " (" + n + ")";
            }
            categories.add(unique);
            bars.add(new MoneyChart.Bar(unique, "Amount", d.money(), Optional.of(d.status().label())));
        }
        Optional<String> note = shown.size() < dated.size()
                ? Optional.of("Amounts in other currencies are listed below, not drawn.") : Optional.empty();
        return Optional.of(MoneyChart.of(COMPANY_AMOUNTS, ChartType.HORIZONTAL_BAR,
                company.name() + ": amounts over time",
                Optional.of("Dated deals, round totals and valuations across briefings, oldest first"), note,
                categories, bars, format, company.location()));
    }

    /**
     * The sum of the deals dated to each quarter, one series per status, every quarter from the first to the last
     * shown so that gaps read as gaps. Deals dated only by year cannot be placed in a quarter and are left out, as
     * are undated deals; the note says how many.
     */
    private Optional<ChartSpec> dealsByQuarter(List<Deal> deals) {
        List<Deal> placed = deals.stream().filter(d -> d.date().isPresent()
                && d.date().get().precision() != PartialDate.Precision.YEAR).toList();
        Optional<String> currency = mainCurrency(placed, d -> d.amount().currency());
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        List<Deal> shown = placed.stream().filter(d -> d.amount().currency().equals(currency.get())).toList();
        // Quarter (as year * 4 + quarter - 1) -> status label -> amounts
        TreeMap<Integer, Map<String, List<Money>>> sums = new TreeMap<>();
        for (Deal d : shown.stream().sorted(Comparator.comparing((Deal d) -> d.date().get())).toList()) {
            PartialDate date = d.date().get();
            sums.computeIfAbsent(date.year() * 4 + date.quarter() - 1, q -> new LinkedHashMap<>())
                    .computeIfAbsent(d.status().label(), s -> new ArrayList<>()).add(d.amount());
        }
        List<String> categories = new ArrayList<>();
        List<MoneyChart.Bar> bars = new ArrayList<>();
        for (int q = sums.firstKey(); q <= sums.lastKey(); q++) {
            String label = "Q" + (q % 4 + 1) + " " + (q / 4);
            categories.add(label);
            for (Map.Entry<String, List<Money>> byStatus : sums.getOrDefault(q, Map.of()).entrySet()) {
                bars.add(new MoneyChart.Bar(label, byStatus.getKey(), Money.total(byStatus.getValue()),
                        Optional.of(byStatus.getKey())));
            }
        }
        int left = deals.size() - shown.size();
        Optional<String> note = left == 0 ? Optional.empty() : Optional.of(left + (left == 1 ? " deal is" : " deals are")
                + " not drawn: undated, dated only by year or in another currency. The table lists every deal.");
        boolean severalStatuses = bars.stream().map(MoneyChart.Bar::series).distinct().count() > 1;
        return Optional.of(MoneyChart.of(DEALS_BY_QUARTER, severalStatuses ? ChartType.STACKED_BAR : ChartType.BAR,
                "Deal value by quarter", Optional.of("Sum of the deals dated to each quarter, by status"), note,
                categories, bars, format, shown.get(0).briefing().location()));
    }

    /** The currency most amounts are in (the first in alphabetical order on a tie), if there is any amount. */
    private static <T> Optional<String> mainCurrency(List<T> items, Function<T, String> currency) {
        Map<String, Long> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(currency.apply(i), 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }
}
