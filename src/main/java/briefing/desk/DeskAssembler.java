package briefing.desk;

import briefing.chart.ChartSpec;
import briefing.chart.ChartType;
import briefing.chart.MoneyChart;
import briefing.content.Briefing;
import briefing.content.Content;
import briefing.data.Company;
import briefing.data.FigureValue;
import briefing.data.Ledger;
import briefing.data.TimelineEvent;
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
    public static final String COMPANY_VALUATIONS = "valuations";

    private final ValueFormat format;

    public DeskAssembler(ValueFormat format) {
        this.format = format;
    }

    public Desk assemble(Content content) {
        List<Deal> deals = DealFinder.deals(content.ledger(), content.briefings());
        Map<String, Mentions> mentions = mentions(content, deals);
        List<CompanyProfile> profiles = content.companies().all().stream()
                .map(c -> profile(c, mentions.get(c.id()))).toList();
        return new Desk(deals, dealsByQuarter(deals), profiles);
    }

    /** What the data says about one company, gathered in one pass over the briefings. */
    private record Mentions(List<Deal> deals, List<CompanyProfile.BriefingFigure> figures,
                            List<CompanyProfile.BriefingEvent> events, List<Dated> amounts) {
        Mentions() {
            this(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        }
    }

    /**
     * A dated amount of money about a company, for its charts; {@code what} is its short label, {@code valuation}
     * whether it is a valuation (charted apart from deal amounts: one axis, one quantity).
     */
    private record Dated(PartialDate date, String what, Money money, Status status, boolean valuation) {
        Dated(PartialDate date, String what, Money money, Status status) {
            this(date, what, money, status, false);
        }
    }

    /**
     * Every company's deals, figures, events and dated amounts, in one pass over the briefings (not one per
     * company: a desk of a thousand briefings names about as many companies).
     */
    private static Map<String, Mentions> mentions(Content content, List<Deal> deals) {
        Map<String, Mentions> out = new java.util.HashMap<>();
        content.companies().all().forEach(c -> out.put(c.id(), new Mentions()));
        java.util.function.Function<briefing.data.CompanyRef, Optional<Mentions>> of =
                ref -> ref.id().map(out::get);
        for (Deal d : deals) {
            of.apply(d.investor()).ifPresent(m -> m.deals().add(d));
            if (!d.target().id().equals(d.investor().id())) {
                of.apply(d.target()).ifPresent(m -> m.deals().add(d));
            }
            d.date().ifPresent(date -> {
                of.apply(d.target()).ifPresent(m -> m.amounts().add(new Dated(date, "from " + d.investor().name(),
                        d.amount(), d.status())));
                of.apply(d.investor()).ifPresent(m -> m.amounts().add(new Dated(date, "in " + d.target().name(),
                        d.amount(), d.status())));
            });
        }
        for (Briefing b : content.briefings()) {
            // Dates are shown as the timeline; the figures listed are the numbers.
            for (briefing.data.Figure f : b.data().figures().byKey().values()) {
                // The ledger's figures are in every briefing's index; its deals are listed in the deals table.
                if (!(f.value() instanceof FigureValue.OfDate) && !f.key().startsWith(Ledger.FIGURES + ".")) {
                    f.about().forEach(id -> out.get(id).figures().add(new CompanyProfile.BriefingFigure(b, f)));
                }
            }
            for (TimelineEvent e : b.data().timeline()) {
                e.companies().stream().flatMap(c -> c.id().stream()).distinct()
                        .forEach(id -> out.get(id).events().add(new CompanyProfile.BriefingEvent(b, e)));
            }
            b.data().round().filter(r -> r.date().isPresent()).ifPresent(r -> of.apply(r.company()).ifPresent(m ->
                    m.amounts().add(new Dated(r.date().get(), "round total", r.total(), r.totalStatus()))));
            b.data().valuations().ifPresent(v -> of.apply(v.company()).ifPresent(m -> v.entries().stream()
                    .filter(e -> e.date().isPresent())
                    .forEach(e -> m.amounts().add(new Dated(e.date().get(), e.event(), e.amount(), e.status(), true)))));
        }
        return out;
    }

    private CompanyProfile profile(Company company, Mentions m) {
        List<CompanyProfile.BriefingEvent> events = new ArrayList<>(m.events());
        events.sort(Comparator.comparing((CompanyProfile.BriefingEvent e) -> e.event().date())
                .thenComparing(e -> e.briefing().slug()).thenComparing(e -> e.event().id()));
        // Deal amounts and valuations are both money but not one quantity: each gets its own chart and axis.
        List<ChartSpec> charts = new ArrayList<>();
        amountsOverTime(company, m.amounts().stream().filter(d -> !d.valuation()).toList(), false)
                .ifPresent(charts::add);
        amountsOverTime(company, m.amounts().stream().filter(Dated::valuation).toList(), true)
                .ifPresent(charts::add);
        return new CompanyProfile(company, List.copyOf(m.deals()), List.copyOf(m.figures()), List.copyOf(events),
                List.copyOf(charts));
    }

    /** The most bars a company's chart shows: the latest ones; its tables list every amount. */
    static final int MOST_BARS = 12;

    /**
     * A horizontal bar per dated amount of money about the company, oldest first: the deals it makes or receives
     * and its rounds' totals, or (when {@code valuations}) its valuations, each labelled with its month and, briefly,
     * what it is ("Feb 2026 · from Amazon"), so the labels fit beside the bars. Only when the amounts span at least
     * two dates: a chart "over time" of a single month says nothing its table does not.
     */
    private Optional<ChartSpec> amountsOverTime(Company company, List<Dated> amounts, boolean valuations) {
        List<Dated> dated = new ArrayList<>(amounts);
        dated.sort(Comparator.comparing(Dated::date).thenComparing(Dated::what)
                .thenComparing(d -> d.money().amount()));
        if (dated.stream().map(Dated::date).distinct().count() < 2) {
            return Optional.empty();
        }
        Optional<String> currency = mainCurrency(dated, d -> d.money().currency());
        if (currency.isEmpty()) {
            return Optional.empty();
        }
        List<Dated> inCurrency = dated.stream().filter(d -> d.money().currency().equals(currency.get())).toList();
        List<Dated> shown = inCurrency.subList(Math.max(0, inCurrency.size() - MOST_BARS), inCurrency.size());
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
            bars.add(new MoneyChart.Bar(unique, valuations ? "Valuation" : "Amount", d.money(),
                    Optional.of(d.status().label())));
        }
        List<String> notes = new ArrayList<>();
        if (shown.size() < inCurrency.size()) {
            notes.add("The latest " + shown.size() + " of " + inCurrency.size() + " amounts; the tables below list "
                    + "every one.");
        }
        if (inCurrency.size() < dated.size()) {
            notes.add("Amounts in other currencies are listed below, not drawn.");
        }
        Optional<String> note = notes.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", notes));
        return Optional.of(valuations
                ? MoneyChart.of(COMPANY_VALUATIONS, ChartType.HORIZONTAL_BAR, company.name() + ": valuations over time",
                        Optional.of("Dated valuations across briefings, oldest first"), note, categories, bars,
                        format, company.location())
                : MoneyChart.of(COMPANY_AMOUNTS, ChartType.HORIZONTAL_BAR, company.name() + ": deals over time",
                        Optional.of("Dated deals and round totals across briefings, oldest first"), note,
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
                categories, bars, format, shown.get(0).location()));
    }

    /** The currency most amounts are in (the first in alphabetical order on a tie), if there is any amount. */
    private static <T> Optional<String> mainCurrency(List<T> items, Function<T, String> currency) {
        Map<String, Long> counts = new TreeMap<>();
        items.forEach(i -> counts.merge(currency.apply(i), 1L, Long::sum));
        return counts.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).map(Map.Entry::getKey);
    }
}
