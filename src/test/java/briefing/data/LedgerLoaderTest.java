package briefing.data;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.Money;
import briefing.value.PartialDate;
import briefing.value.Qualifier;
import briefing.value.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's deal ledger ({@code content/data/deals.yaml} with {@code content/data/sources.yaml}) and briefings'
 * references to its deals: values typed and located through the built-in Table Schema, and every mistake with its
 * exact message, place and hint.
 */
class LedgerLoaderTest {

    static final String SOURCES = """
            sources:
              - id: wire
                name: Wire report
                status: reported
            """;
    static final String DEALS = """
            deals:
              - id: acme-target
                kind: commitment
                date: 2024-Q1
                investor: Acme
                company: Target
                amount: up to $50 billion
                status: reported
                source: wire
                text: Target's round
              - id: acme-beta
                kind: investment
                investor: Acme
                company: Beta
                amount: about $8 billion
                status: confirmed
                source: wire
            """;

    @TempDir
    Path base;

    private final Diagnostics problems = new Diagnostics();

    private Ledger ledger(String deals) throws IOException {
        return ledger(deals, Companies.NONE);
    }

    private Ledger ledger(String deals, Companies companies) throws IOException {
        Path data = Files.createDirectories(base.resolve("content/data"));
        Files.writeString(data.resolve("sources.yaml"), SOURCES);
        if (deals != null) {
            Files.writeString(data.resolve("deals.yaml"), deals);
        }
        return new LedgerLoader(new SourceReader(base, 1_000_000), new YamlReader(1_000_000))
                .load(base.resolve("content"), companies, problems);
    }

    /** A briefing's data files, loaded with the ledger. */
    private BriefingData briefing(Ledger ledger, String... nameAndText) throws IOException {
        Path folder = Files.createDirectories(base.resolve("content/briefings/x"));
        for (int i = 0; i < nameAndText.length; i += 2) {
            Files.writeString(folder.resolve(nameAndText[i]), nameAndText[i + 1]);
        }
        return new DataLoader(new SourceReader(base, 1_000_000), new YamlReader(1_000_000))
                .load(folder, Companies.NONE, ledger, problems);
    }

    /** The errors that stand on their own, as the CLI prints them: consequences are folded into their cause. */
    private List<String> errors() {
        return problems.sorted().stream().filter(d -> !d.isConsequence()).map(d -> d.headline() + " | " + d.hint())
                .toList();
    }

    @Test
    void readsEachDealTypedAndLocated() throws IOException {
        Ledger ledger = ledger(DEALS);

        assertThat(errors()).isEmpty();
        assertThat(ledger.ids()).containsExactly("acme-target", "acme-beta");
        LedgerDeal d = ledger.find("acme-target").orElseThrow();
        assertThat(d.kind()).isEqualTo(LedgerDeal.Kind.COMMITMENT);
        assertThat(d.date()).contains(PartialDate.ofQuarter(2024, 1));
        assertThat(d.investor()).contains(CompanyRef.named("Acme"));
        assertThat(d.company()).isEqualTo(CompanyRef.named("Target"));
        assertThat(d.amount()).contains(new Money("USD", new BigDecimal("50000000000"), Qualifier.UP_TO));
        assertThat(d.status()).isEqualTo(Status.REPORTED);
        assertThat(d.source().id()).isEqualTo("wire");
        assertThat(d.label()).isEqualTo("Target's round");
        assertThat(d.where("amount").toString()).isEqualTo("content/data/deals.yaml:7:13");
        assertThat(ledger.find("acme-beta").orElseThrow().date()).isEmpty();
        assertThat(ledger.find("acme-beta").orElseThrow().label()).isEqualTo("Acme in Beta");
    }

    @Test
    void givesEveryDealItsFiguresForProse() throws IOException {
        Ledger ledger = ledger(DEALS);

        assertThat(ledger.figures().keySet()).containsExactly("deals.acme-target", "deals.acme-target.date",
                "deals.acme-beta");
        Figure amount = ledger.figures().get("deals.acme-target");
        assertThat(amount.status()).contains(Status.REPORTED);
        assertThat(amount.source().map(Source::id)).contains("wire");
        assertThat(amount.date()).contains(PartialDate.ofQuarter(2024, 1));
        assertThat(amount.location().toString()).isEqualTo("content/data/deals.yaml:7:13");
    }

    @Test
    void withoutItsFilesTheLedgerIsEmpty() throws IOException {
        Ledger ledger = new LedgerLoader(new SourceReader(base, 1_000_000), new YamlReader(1_000_000))
                .load(base, Companies.NONE, problems);

        assertThat(errors()).isEmpty();
        assertThat(ledger).isEqualTo(Ledger.NONE);
    }

    @Test
    void reportsEveryMistakeOfEveryRowInOneRun() throws IOException {
        ledger("""
                deals:
                  - id: Acme Target
                    kind: investmnet
                    date: 2026-13
                    investor: Acme
                    company: Target
                    amount: fifty billion
                    amout: $5 billion
                    status: rumoured
                    source: wire
                  - id: stake
                    kind: investment
                    company: Beta
                    status: reported
                    source: wire
                  - kind: round
                    company: Beta
                """);

        assertThat(errors()).containsExactly(
                "content/data/deals.yaml:2:9: error: deals[0].id: expected an id of lowercase letters, digits and "
                        + "dashes like \"press-report\", found \"Acme Target\" | briefings refer to the deal by its id: "
                        + "`deal: acme-target`",
                "content/data/deals.yaml:3:11: error: deals[0].kind: \"investmnet\" is not one of the allowed values"
                        + " | did you mean `investment`?",
                "content/data/deals.yaml:4:11: error: deals[0].date: month must be between 01 and 12, found "
                        + "\"2026-13\" | null",
                "content/data/deals.yaml:7:13: error: deals[0].amount: expected money like \"$50B\", \"$8 billion\" "
                        + "or \"up to $50 billion\", found \"fifty billion\" | null",
                "content/data/deals.yaml:8:5: error: deals[0].amout: unknown field"
                        + " | did you mean `amount`?",
                "content/data/deals.yaml:9:13: error: deals[0].status: expected one of reported, confirmed, planned, "
                        + "estimated, denied, found \"rumoured\" | null",
                "content/data/deals.yaml:11:5: error: deals[1].investor: an investment needs an investor"
                        + " | name who puts the money in; only a round may leave it out",
                "content/data/deals.yaml:16:5: error: deals[2].id: required field is missing"
                        + " | add `id:` to this deal",
                "content/data/deals.yaml:16:5: error: deals[2].source: required field is missing"
                        + " | add `source:` to this deal",
                "content/data/deals.yaml:16:5: error: deals[2].status: required field is missing"
                        + " | add `status:` to this deal");
    }

    @Test
    void aDuplicateIdIsReportedAtTheSecondDeal() throws IOException {
        ledger(DEALS + DEALS.substring("deals:\n".length()));

        assertThat(errors()).containsExactly(
                "content/data/deals.yaml:18:5: error: duplicate deal id \"acme-target\""
                        + " | the first is at line 2; ids must be unique in a file",
                "content/data/deals.yaml:27:5: error: duplicate deal id \"acme-beta\""
                        + " | the first is at line 11; ids must be unique in a file");
    }

    @Test
    void companiesAreIdsOfTheCompanyListAndSourcesTheDesks() throws IOException {
        Companies companies = new Companies(List.of(
                new Company("acme", "Acme", List.of(), "An investor.", Optional.empty(),
                        briefing.diagnostic.SourceLocation.file("c")),
                new Company("target", "Target", List.of(), "A company.", Optional.empty(),
                        briefing.diagnostic.SourceLocation.file("c"))));
        ledger("""
                deals:
                  - id: acme-target
                    kind: commitment
                    investor: acmee
                    company: target
                    status: reported
                    source: wyre
                """, companies);

        assertThat(errors()).containsExactly(
                "content/data/deals.yaml:4:15: error: deals[0].investor: unknown company `acmee`"
                        + " | did you mean `acme`?",
                "content/data/deals.yaml:7:13: error: deals[0].source: unknown source `wyre`"
                        + " | did you mean `wire`?");
    }

    @Test
    void theFileNeedsItsListOfDeals() throws IOException {
        ledger("deal: []\n");

        assertThat(errors()).containsExactly(
                "content/data/deals.yaml:1:1: error: deal: unknown field | did you mean `deals`?",
                "content/data/deals.yaml:1:1: error: deals: required field is missing | add `deals:` to this entry");
    }

    @Test
    void aParticipantTakesTheDealsAmountStatusSourceAndInvestor() throws IOException {
        BriefingData data = briefing(ledger(DEALS), "round.yaml", """
                company: Target
                total:
                  amount: $100 billion
                  status: reported
                  source: wire
                participants:
                  - id: acme
                    deal: acme-target
                    amount: up to $50 billion
                """);

        assertThat(errors()).isEmpty();
        FundingRound.Participant p = data.round().orElseThrow().participants().get(0);
        assertThat(p.investor()).isEqualTo(CompanyRef.named("Acme"));
        assertThat(p.amount().map(Money::canonical)).contains("up to $50 billion");
        assertThat(p.status()).isEqualTo(Status.REPORTED);
        assertThat(p.deal().map(LedgerDeal::id)).contains("acme-target");
        Figure figure = data.figures().find("round.acme").orElseThrow();
        assertThat(figure.date()).as("the ledger's date").contains(PartialDate.ofQuarter(2024, 1));
        assertThat(figure.source().map(Source::id)).contains("wire");
        assertThat(data.sources()).extracting(Source::id).as("the desk's source the data names").containsExactly("wire");
        assertThat(data.figures().find("deals.acme-beta")).as("every ledger figure, for prose").isPresent();
    }

    @Test
    void anInvestmentsItemTakesTheDealsValuesAndText() throws IOException {
        BriefingData data = briefing(ledger(DEALS), "investments.yaml", """
                investor: Acme
                investments:
                  - id: beta
                    company: Beta
                    current:
                      - deal: acme-beta
                    purpose: Access
                """);

        assertThat(errors()).isEmpty();
        Investment.Item item = data.investments().orElseThrow().rows().get(0).current().get(0);
        assertThat(item.id()).as("the deal's id when the item has none").contains("acme-beta");
        assertThat(item.text()).isEmpty();
        assertThat(item.amount().map(Money::canonical)).contains("about $8 billion");
        assertThat(data.figures().find("investments.acme-beta").orElseThrow().status()).contains(Status.CONFIRMED);
    }

    @Test
    void restatingADealsValueDifferentlyNamesBothPlaces() throws IOException {
        briefing(ledger(DEALS), "sources.yaml", """
                sources:
                  - id: blog
                    name: Blog
                    status: confirmed
                """, "round.yaml", """
                company: Target
                total:
                  amount: $100 billion
                  status: reported
                  source: wire
                participants:
                  - id: acme
                    deal: acme-target
                    investor: Acne
                    amount: up to $60 billion
                    status: confirmed
                    source: blog
                """);

        assertThat(errors()).containsExactly(
                "content/briefings/x/round.yaml:9:15: error: participants[0].investor: Acne differs from deal "
                        + "`acme-target`'s investor Acme at content/data/deals.yaml:5:15"
                        + " | drop `investor` here: a deal's investor is written once, in the ledger",
                "content/briefings/x/round.yaml:10:13: error: participants[0].amount: up to $60 billion differs from "
                        + "deal `acme-target`'s amount up to $50 billion at content/data/deals.yaml:7:13"
                        + " | drop `amount` here: a deal's amount is written once, in the ledger",
                "content/briefings/x/round.yaml:11:13: error: participants[0].status: confirmed differs from deal "
                        + "`acme-target`'s status reported at content/data/deals.yaml:8:13"
                        + " | drop `status` here: a deal's status is written once, in the ledger",
                "content/briefings/x/round.yaml:12:13: error: participants[0].source: blog differs from deal "
                        + "`acme-target`'s source wire at content/data/deals.yaml:9:13"
                        + " | drop `source` here: a deal's source is written once, in the ledger");
    }

    @Test
    void anUnknownDealIsReportedWithTheNearestId() throws IOException {
        briefing(ledger(DEALS), "round.yaml", """
                company: Target
                total:
                  amount: $100 billion
                  status: reported
                  source: wire
                participants:
                  - id: acme
                    deal: acme-targt
                  - id: beta
                    deal: zzzzzzzzzzzzzzzz
                """);

        assertThat(errors()).containsExactly(
                "content/briefings/x/round.yaml:8:11: error: participants[0].deal: unknown deal `acme-targt`"
                        + " | did you mean `acme-target`?",
                "content/briefings/x/round.yaml:10:11: error: participants[1].deal: unknown deal `zzzzzzzzzzzzzzzz`"
                        + " | expected one of: acme-beta, acme-target");
    }

    @Test
    void aReferenceToADealWithMistakesIsNotASecondMistake() throws IOException {
        briefing(ledger(DEALS.replace("status: confirmed", "status: rumoured")), "round.yaml", """
                company: Target
                total:
                  amount: $100 billion
                  status: reported
                  source: wire
                participants:
                  - id: acme
                    deal: acme-target
                """, "investments.yaml", """
                investor: Acme
                investments:
                  - id: beta
                    company: Beta
                    current:
                      - deal: acme-beta
                    purpose: Access
                """);

        assertThat(errors()).containsExactly(
                "content/data/deals.yaml:16:13: error: deals[1].status: expected one of reported, confirmed, "
                        + "planned, estimated, denied, found \"rumoured\" | null");
        // The reference is kept only as a consequence of the row's mistake, so what refers to its figures is too.
        assertThat(problems.sorted()).filteredOn(briefing.diagnostic.Diagnostic::isConsequence)
                .extracting(d -> d.headline() + " <- " + d.cause())
                .containsExactly("content/briefings/x/investments.yaml:6:15: error: investments[0].current[0].deal: "
                        + "deal `acme-beta` could not be read <- content/data/deals.yaml:16:13");
    }

    @Test
    void aBriefingCannotDefineADesksSourceAgain() throws IOException {
        briefing(ledger(DEALS), "sources.yaml", SOURCES);

        assertThat(errors()).containsExactly(
                "content/briefings/x/sources.yaml:2:9: error: source `wire` is already a source of the desk, at "
                        + "content/data/sources.yaml:2:5"
                        + " | remove it here: the briefing may name the desk's sources as its own");
    }

    @Test
    void aParticipantWithoutADealStillNeedsItsOwnValues() throws IOException {
        briefing(ledger(DEALS), "round.yaml", """
                company: Target
                total:
                  amount: $100 billion
                  status: reported
                  source: wire
                participants:
                  - id: acme
                    amount: $1 billion
                """);

        assertThat(errors()).containsExactly(
                "content/briefings/x/round.yaml:7:5: error: participants[0].investor: required field is missing"
                        + " | add `investor:` to this entry, or refer to a ledger deal with `deal:`",
                "content/briefings/x/round.yaml:7:5: error: participants[0].source: required field is missing"
                        + " | add `source:` to this entry, or refer to a ledger deal with `deal:`",
                "content/briefings/x/round.yaml:7:5: error: participants[0].status: required field is missing"
                        + " | add `status:` to this entry, or refer to a ledger deal with `deal:`");
    }
}
