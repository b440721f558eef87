package briefing.data;

import briefing.diagnostic.SourceLocation;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Status;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

class FigureDiffTest {

    private static final Source REPORT = source("report");
    private static final Source STATEMENT = source("statement");

    private static Source source(String id) {
        return new Source(id, "Source " + id, Optional.empty(), Optional.empty(), SourceKind.OTHER, Status.REPORTED,
                Optional.empty(), Optional.empty(), SourceLocation.file("sources.yaml"));
    }

    private static Figure money(String key, String amount, Status status, Source source) throws Exception {
        return new Figure(key, "Label of " + key, new FigureValue.OfMoney(Money.parse(amount)), Optional.of(status),
                Optional.of(source), Optional.empty(), java.util.List.of(), SourceLocation.file("round.yaml"));
    }

    private static FigureIndex index(Figure... figures) {
        return new FigureIndex(Arrays.stream(figures).collect(Collectors.toMap(Figure::key, Function.identity())));
    }

    @Test
    void findsAddedRemovedAndChangedFiguresInKeyOrder() throws Exception {
        FigureIndex before = index(
                money("round.softbank", "up to $30 billion", Status.REPORTED, REPORT),
                money("round.total", "$100 billion", Status.REPORTED, REPORT),
                money("workforce.cuts", "$1 billion", Status.PLANNED, REPORT));
        FigureIndex after = index(
                money("round.softbank", "$30 billion", Status.CONFIRMED, REPORT),
                money("round.total", "$100 billion", Status.REPORTED, REPORT),
                money("valuations.march", "$900 billion", Status.ESTIMATED, REPORT));

        FigureDiff diff = FigureDiff.between(before, after);

        assertThat(diff.changes()).extracting(FigureChange::key, FigureChange::kind).containsExactly(
                tuple("round.softbank", FigureChange.Kind.CHANGED),
                tuple("valuations.march", FigureChange.Kind.ADDED),
                tuple("workforce.cuts", FigureChange.Kind.REMOVED));
        FigureChange softbank = diff.changes().get(0);
        assertThat(softbank.valueChanged()).isTrue();
        assertThat(softbank.statusChanged()).isTrue();
        assertThat(softbank.sourceChanged()).isFalse();
        assertThat(diff.changes().get(2).latest().key()).isEqualTo("workforce.cuts");
    }

    @Test
    void comparesValuesNotHowTheyWereWritten() throws Exception {
        FigureDiff diff = FigureDiff.between(
                index(money("round.total", "$100B", Status.REPORTED, REPORT)),
                index(money("round.total", "USD 100 billion", Status.REPORTED, REPORT)));

        assertThat(diff.isEmpty()).isTrue();
    }

    @Test
    void aQualifierAloneIsAChange() throws Exception {
        FigureDiff diff = FigureDiff.between(
                index(money("round.total", "about $100 billion", Status.REPORTED, REPORT)),
                index(money("round.total", "$100 billion", Status.REPORTED, REPORT)));

        assertThat(diff.changes()).singleElement().satisfies(c -> {
            assertThat(c.valueChanged()).isTrue();
            assertThat(c.statusChanged()).isFalse();
        });
    }

    @Test
    void aNewSourceIsAChangeButANewLabelIsNot() throws Exception {
        Figure before = money("round.total", "$100 billion", Status.REPORTED, REPORT);
        Figure relabelled = new Figure("round.total", "Another label", before.value(), before.status(),
                before.source(), before.date(), before.about(), before.location());

        assertThat(FigureDiff.between(index(before), index(relabelled)).isEmpty()).isTrue();
        assertThat(FigureDiff.between(index(before),
                index(money("round.total", "$100 billion", Status.REPORTED, STATEMENT))).changes())
                .singleElement().satisfies(c -> assertThat(c.sourceChanged()).isTrue());
    }

    @Test
    void aStatusGivenOrTakenIsAChange() {
        SourceLocation at = SourceLocation.file("timeline.yaml");
        FigureValue date = new FigureValue.OfDate(PartialDate.ofYear(2021));
        Figure without = new Figure("timeline.founded", "Founded", date, Optional.empty(), Optional.empty(), Optional.empty(), java.util.List.of(), at);
        Figure with = new Figure("timeline.founded", "Founded", date, Optional.of(Status.CONFIRMED), Optional.empty(), Optional.empty(), java.util.List.of(), at);

        assertThat(FigureDiff.between(index(without), index(with)).changes())
                .singleElement().satisfies(c -> assertThat(c.statusChanged()).isTrue());
    }
}
