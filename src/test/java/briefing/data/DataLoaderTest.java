package briefing.data;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import briefing.value.Money;
import briefing.value.Percent;
import briefing.value.Qualifier;
import briefing.value.Status;
import briefing.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class DataLoaderTest {

    private static final String DIR = "briefings/x/";
    private static final ValueFormat US = new ValueFormat(Locale.US);
    private static final String SOURCES = """
            sources:
              - id: press-report
                name: News report
                status: reported
            """;
    private static final String MONEY = "expected money like \"$50B\", \"$8 billion\" or \"up to $50 billion\"";

    @TempDir
    Path base;

    private final Diagnostics problems = new Diagnostics();

    private Path folder(Map<String, String> files) throws IOException {
        Path folder = base.resolve("briefings/x");
        Files.createDirectories(folder);
        for (Map.Entry<String, String> file : files.entrySet()) {
            Files.writeString(folder.resolve(file.getKey()), file.getValue());
        }
        return folder;
    }

    private BriefingData load(Map<String, String> files) throws IOException {
        return load(files, Companies.NONE);
    }

    private BriefingData load(Map<String, String> files, Companies companies) throws IOException {
        return new DataLoader(new SourceReader(base, 1_000_000), new YamlReader(1_000_000))
                .load(folder(files), companies, problems);
    }

    private List<String> headlines() {
        return problems.sorted().stream().map(Diagnostic::headline).toList();
    }

    /** The given files on top of a valid sources.yaml (which a case may replace). */
    private static Map<String, String> files(String... nameAndText) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put("sources.yaml", SOURCES);
        for (int i = 0; i < nameAndText.length; i += 2) {
            files.put(nameAndText[i], nameAndText[i + 1]);
        }
        return files;
    }

    private BriefingData loadRealBriefing() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (Stream<Path> real = Files.list(Path.of("content/briefings/amazon-openai-talks"))) {
            // charts.yaml belongs to the chart stage, which this test does not run
            for (Path file : real.filter(p -> p.toString().endsWith(".yaml"))
                    .filter(p -> !p.endsWith(DataLoader.CHARTS)).toList()) {
                files.put(file.getFileName().toString(), Files.readString(file));
            }
        }
        assertThat(files).hasSize(8);
        // The real data names companies by id, from the real company list.
        Companies companies = new CompanyLoader(new SourceReader(Path.of("."), 1_000_000), new YamlReader(1_000_000))
                .load(Path.of("content"), problems);
        // Its deals and the news report are the desk's, in the real ledger.
        Ledger ledger = new LedgerLoader(new SourceReader(Path.of("."), 1_000_000), new YamlReader(1_000_000))
                .load(Path.of("content"), companies, problems);
        return new DataLoader(new SourceReader(base, 1_000_000), new YamlReader(1_000_000))
                .load(folder(files), companies, ledger, problems);
    }

    @Test
    void buildsTheFigureIndexWithTheKeysOfTheSpec() throws IOException {
        BriefingData data = loadRealBriefing();

        assertThat(headlines()).isEmpty();
        assertThat(data.figures().keys()).containsExactly(
                "deals.amazon-anthropic-data-center",
                "deals.amazon-anthropic-stake",
                "deals.openai-2026-amazon",
                "deals.openai-2026-amazon.date",
                "deals.openai-2026-nvidia.date",
                "deals.openai-2026-softbank",
                "deals.openai-2026-softbank.date",
                "deals.openai-2026-sovereign-funds.date",
                "deals.openai-2026-venture-firms.date",
                "derived.amazon-share",
                "derived.rest-of-round",
                "derived.softbank-share",
                "investments.anthropic-data-center",
                "investments.anthropic-stake",
                "round.amazon",
                "round.date",
                "round.softbank",
                "round.total",
                "timeline.anthropic-founded",
                "timeline.chatgpt-launch",
                "timeline.job-cuts-2025",
                "timeline.job-cuts-planned",
                "timeline.microsoft-partnership",
                "timeline.openai-founded",
                "timeline.openai-listing",
                "timeline.secondary-sale",
                "timeline.talks-reported",
                "valuations.post-round",
                "valuations.post-round.date",
                "valuations.secondary-2025",
                "valuations.secondary-2025.date",
                "workforce.cuts-2025",
                "workforce.cuts-2025.date",
                "workforce.cuts-2026",
                "workforce.cuts-2026.date");
    }

    @Test
    void formatsEachKindOfFigure() throws IOException {
        FigureIndex figures = loadRealBriefing().figures();

        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("round.total", "$100 billion");
        expected.put("round.amazon", "up to $50 billion");
        expected.put("derived.amazon-share", "up to 50%");
        expected.put("derived.softbank-share", "up to 30%");
        expected.put("derived.rest-of-round", "at least $20 billion");
        expected.put("round.date", "February 2026");
        expected.put("investments.anthropic-stake", "about $8 billion");
        expected.put("valuations.post-round", "about $830 billion");
        expected.put("valuations.secondary-2025.date", "October 2025");
        expected.put("workforce.cuts-2026", "about 16,000");
        expected.put("timeline.openai-founded", "2015");
        expected.put("timeline.openai-listing", "Q4 2026");
        expected.forEach((key, value) ->
                assertThat(figures.find(key).orElseThrow().value().format(US)).as(key).isEqualTo(value));
    }

    @Test
    void derivesTheShareOfTheRoundFromFiguresYamlKeepingTheQualifier() throws IOException {
        Figure share = loadRealBriefing().figures().find("derived.amazon-share").orElseThrow();

        assertThat(share.value()).isEqualTo(new FigureValue.OfPercent(
                new Percent(new BigDecimal("50"), Qualifier.UP_TO)));
        assertThat(share.label()).isEqualTo("Amazon's share of OpenAI's new funding round");
        assertThat(share.status()).contains(briefing.value.Status.REPORTED);
        assertThat(share.source()).as("a derived figure has no source of its own").isEmpty();
        assertThat(share.derivation().orElseThrow().inputs()).extracting(i -> i.role() + " " + i.figure().key())
                .containsExactly("PART round.amazon", "WHOLE round.total");
    }

    @Test
    void figuresCarryLabelStatusSourceAndLocation() throws IOException {
        Figure amazon = loadRealBriefing().figures().find("round.amazon").orElseThrow();

        assertThat(amazon.label()).isEqualTo("Amazon in OpenAI's new funding round");
        assertThat(amazon.status()).contains(Status.REPORTED);
        assertThat(amazon.source()).hasValueSatisfying(s -> assertThat(s.id()).isEqualTo("press-report"));
        assertThat(amazon.location().toString()).isEqualTo(DIR + "round.yaml:10:5");
        assertThat(amazon.value()).isEqualTo(new FigureValue.OfMoney(
                new Money("USD", new BigDecimal("50000000000"), Qualifier.UP_TO)));
    }

    @Test
    void bindsEveryFileOfTheRealBriefing() throws IOException {
        BriefingData data = loadRealBriefing();

        assertThat(data.sources()).extracting(Source::id)
                .containsExactly("press-report", "analyst-estimates", "analyst-commentary");
        assertThat(data.faqs()).extracting(Faq::id)
                .containsExactly("how-much", "openai-and-anthropic", "microsoft", "beyond-returns", "job-cuts");
        assertThat(data.round()).hasValueSatisfying(r -> {
            assertThat(r.participants()).hasSize(5);
            assertThat(r.name()).isEqualTo("OpenAI's new funding round");
        });
        assertThat(data.investments()).hasValueSatisfying(i -> assertThat(i.rows()).extracting(Investment::id)
                .containsExactly("openai", "anthropic", "amazon-ai"));
        assertThat(data.source("analyst-estimates")).isPresent();
        assertThat(data.source("nope")).isEmpty();
    }

    @Test
    void sortsTheTimelineByDateThenId() throws IOException {
        assertThat(loadRealBriefing().timeline()).extracting(TimelineEvent::id).containsExactly(
                "openai-founded", "microsoft-partnership", "anthropic-founded", "chatgpt-launch",
                "job-cuts-2025", "secondary-sale", "job-cuts-planned", "talks-reported", "openai-listing");
    }

    @Test
    void mapsABlockScalarAnswerToTheLineAfterTheIndicator() throws IOException {
        BriefingData data = loadRealBriefing();

        Prose answer = data.faqs().get(0).answer();
        assertThat(answer.location().toString()).isEqualTo(DIR + "faqs.yaml:6:7");
        assertThat(answer.indent()).isEqualTo(6);
        assertThat(answer.markdown()).startsWith("According to people familiar with the talks");
    }

    @Test
    void anEmptyFolderHasNoData() throws IOException {
        BriefingData data = load(Map.of());

        assertThat(headlines()).isEmpty();
        assertThat(data.figures().keys()).isEmpty();
        assertThat(data.round()).isEmpty();
        assertThat(data.faqs()).isEmpty();
    }

    private static final String ROUND_HEAD = """
            company: OpenAI
            total:
              amount: $100 billion
              status: reported
              source: press-report
            """;

    static Stream<Arguments> badFolders() {
        return Stream.of(
                Arguments.of("unknown source id", files("round.yaml", """
                        company: OpenAI
                        total:
                          amount: $100 billion
                          status: reported
                          source: press-reprot
                        participants: []
                        """), List.of(DIR + "round.yaml:5:11: error: unknown source `press-reprot`")),
                Arguments.of("unknown figure in a block scalar", files("faqs.yaml", """
                        faqs:
                          - id: how-much
                            question: How much?
                            answer: |
                              First line is fine.
                              Amazon could invest {{ round.amazonn }} soon.
                        """), List.of(DIR + "faqs.yaml:6:27: error: unknown figure `round.amazonn`")),
                Arguments.of("unknown figure on a block scalar's first line", files("faqs.yaml", """
                        faqs:
                          - id: how-much
                            question: How much?
                            answer: |
                              It is {{ nothing }}.
                        """), List.of(DIR + "faqs.yaml:5:13: error: unknown figure `nothing`")),
                // A blank answer used to drop the question from the page without a word.
                Arguments.of("blank answer", files("faqs.yaml", """
                        faqs:
                          - id: how-much
                            question: How much?
                            answer: "  "
                        """), List.of(DIR + "faqs.yaml:4:14: error: faqs[0].answer: must not be empty")),
                Arguments.of("unknown figure in a one-line timeline text", files("timeline.yaml", """
                        events:
                          - id: founded
                            date: 2015
                            title: Founded
                            text: Founded with {{ round.total }} of funding.
                        """), List.of(DIR + "timeline.yaml:5:24: error: unknown figure `round.total`")),
                Arguments.of("bad money", files("valuations.yaml", """
                        company: OpenAI
                        valuations:
                          - id: post-round
                            amount: fifty
                            event: Estimate
                            status: estimated
                            source: press-report
                        """), List.of(DIR + "valuations.yaml:4:13: error: valuations[0].amount: " + MONEY
                        + ", found \"fifty\"")),
                Arguments.of("impossible date", files("valuations.yaml", """
                        company: OpenAI
                        valuations:
                          - id: post-round
                            date: 2025-02-30
                            amount: $5B
                            event: Estimate
                            status: estimated
                            source: press-report
                        """), List.of(DIR + "valuations.yaml:4:11: error: valuations[0].date: no day 30 in "
                        + "February 2025 (it has 28 days), found \"2025-02-30\"")),
                Arguments.of("percent where money is expected", files("round.yaml", ROUND_HEAD + """
                        participants:
                          - id: amazon
                            investor: Amazon
                            amount: 50%
                            status: reported
                            source: press-report
                        """), List.of(DIR + "round.yaml:9:13: error: participants[0].amount: " + MONEY
                        + ", found \"50%\"")),
                Arguments.of("duplicate source ids", files("sources.yaml", """
                        sources:
                          - id: press-report
                            name: A
                            status: reported
                          - id: press-report
                            name: B
                            status: reported
                        """), List.of(DIR + "sources.yaml:5:5: error: duplicate source id \"press-report\"")),
                Arguments.of("duplicate workforce ids", files("workforce.yaml", """
                        company: Amazon
                        changes:
                          - id: cuts
                            count: 1
                            scope: a
                            status: reported
                            source: press-report
                          - id: cuts
                            count: 2
                            scope: b
                            status: reported
                            source: press-report
                        """), List.of(
                        DIR + "workforce.yaml:8:5: error: duplicate workforce change id \"cuts\"",
                        DIR + "workforce.yaml:8:5: error: figure `workforce.cuts` is defined twice")),
                Arguments.of("missing required field", files("valuations.yaml", """
                        company: OpenAI
                        valuations:
                          - id: post-round
                            event: Estimate
                            status: estimated
                            source: press-report
                        """), List.of(DIR + "valuations.yaml:3:5: error: valuations[0].amount: required field is missing")),
                Arguments.of("missing required list", files("faqs.yaml", "faq: []\n"), List.of(
                        DIR + "faqs.yaml:1:1: error: faq: unknown field",
                        DIR + "faqs.yaml:1:1: error: faqs: required field is missing")),
                Arguments.of("missing date and title of an event", files("timeline.yaml", """
                        events:
                          - id: founded
                        """), List.of(
                        DIR + "timeline.yaml:2:5: error: events[0].date: required field is missing",
                        DIR + "timeline.yaml:2:5: error: events[0].title: required field is missing")),
                Arguments.of("unknown field", files("workforce.yaml", """
                        company: Amazon
                        changes:
                          - id: cuts
                            count: 14,000
                            scope: corporate
                            status: reported
                            source: press-report
                            notes: x
                        """), List.of(DIR + "workforce.yaml:8:5: error: changes[0].notes: unknown field")),
                Arguments.of("participant over the total", files("round.yaml", ROUND_HEAD + """
                        participants:
                          - id: amazon
                            investor: Amazon
                            amount: up to $150 billion
                            status: reported
                            source: press-report
                        """), List.of(DIR + "round.yaml:7:5: error: participants[0].amount: up to $150 billion "
                        + "is more than the round's total $100 billion")),
                Arguments.of("item with amount but no id, status or source", files("investments.yaml", """
                        investor: Amazon
                        investments:
                          - id: anthropic
                            company: Anthropic
                            current:
                              - text: Stake
                                amount: $8 billion
                            purpose: Diversification
                        """), List.of(
                        DIR + "investments.yaml:6:9: error: investments[0].current[0].id: an item with an amount needs an id",
                        DIR + "investments.yaml:6:9: error: investments[0].current[0].source: an item with an amount "
                                + "needs a source",
                        DIR + "investments.yaml:6:9: error: investments[0].current[0].status: an item with an amount "
                                + "needs a status")),
                Arguments.of("item with amount and figure", files("investments.yaml", """
                        investor: Amazon
                        investments:
                          - id: anthropic
                            company: Anthropic
                            current:
                              - text: Stake
                                id: stake
                                amount: $8 billion
                                figure: round.amazon
                                status: reported
                                source: press-report
                            purpose: Diversification
                        """), List.of(
                        DIR + "investments.yaml:9:17: error: investments[0].current[0].figure: an item has either "
                                + "its own amount or a figure reference, not both",
                        DIR + "investments.yaml:9:17: error: unknown figure `round.amazon`")),
                Arguments.of("empty item", files("investments.yaml", """
                        investor: Amazon
                        investments:
                          - id: anthropic
                            company: Anthropic
                            potential:
                              - source: press-report
                            purpose: Diversification
                        """), List.of(DIR + "investments.yaml:6:9: error: investments[0].potential[0].text: "
                        + "an item needs text, an amount or a figure")),
                Arguments.of("unknown data file", files("faq.yaml", "faqs: []\n"),
                        List.of(DIR + "faq.yaml: error: unknown data file \"faq.yaml\"")),
                Arguments.of("empty file", files("round.yaml", ""),
                        List.of(DIR + "round.yaml:1:1: error: empty file; round.yaml needs: company, total, participants")),
                Arguments.of("file with only comments", files("faqs.yaml", "# to do\n\n# later\n"),
                        List.of(DIR + "faqs.yaml:1:1: error: empty file; faqs.yaml needs: faqs")),
                Arguments.of("empty sources file", files("sources.yaml", "\n"),
                        List.of(DIR + "sources.yaml:1:1: error: empty file; sources.yaml needs: sources")),
                Arguments.of("list where a mapping is expected", files("round.yaml", "- company: OpenAI\n"),
                        List.of(DIR + "round.yaml:1:1: error: expected a mapping of fields (key: value), found a list")),
                Arguments.of("mapping where a list is expected", files("faqs.yaml", "faqs:\n  id: a\n"),
                        List.of(DIR + "faqs.yaml:2:3: error: faqs: expected a list of entries (lines starting with "
                                + "\"- \"), found a mapping")),
                Arguments.of("invalid id", files("sources.yaml", """
                        sources:
                          - id: Press Report
                            name: A
                            status: reported
                        """), List.of(DIR + "sources.yaml:2:9: error: sources[0].id: expected an id of lowercase "
                        + "letters, digits and dashes like \"press-report\", found \"Press Report\"")),
                Arguments.of("bad status", files("workforce.yaml", """
                        company: Amazon
                        changes:
                          - id: cuts
                            count: 14,000
                            scope: corporate
                            status: rumoured
                            source: press-report
                        """), List.of(DIR + "workforce.yaml:6:13: error: changes[0].status: expected one of reported, "
                        + "confirmed, planned, estimated, denied, found \"rumoured\"")),
                Arguments.of("bad count", files("workforce.yaml", """
                        company: Amazon
                        changes:
                          - id: cuts
                            count: many
                            scope: corporate
                            status: reported
                            source: press-report
                        """), List.of(DIR + "workforce.yaml:4:12: error: changes[0].count: expected a count like "
                        + "\"16,000\" or \"about 16,000\", found \"many\"")),
                Arguments.of("bad workforce kind", files("workforce.yaml", """
                        company: Amazon
                        changes:
                          - id: cuts
                            count: 5
                            kind: fire
                            scope: corporate
                            status: reported
                            source: press-report
                        """), List.of(DIR + "workforce.yaml:5:11: error: changes[0].kind: \"fire\" is not one of the "
                        + "allowed values")),
                Arguments.of("bad source kind", files("sources.yaml", SOURCES + "    kind: blog\n"),
                        List.of(DIR + "sources.yaml:5:11: error: sources[0].kind: expected one of news-report, "
                                + "company-statement, analyst-estimate, filing, other, found \"blog\"")),
                Arguments.of("source url without scheme", files("sources.yaml", SOURCES + "    url: www.example.com\n"),
                        List.of(DIR + "sources.yaml:5:10: error: sources[0].url: expected an absolute http(s) URL like "
                                + "\"https://example.com/page\", found \"www.example.com\"")),
                Arguments.of("participant id total", files("round.yaml", ROUND_HEAD + """
                        participants:
                          - id: total
                            investor: X
                            status: reported
                            source: press-report
                        """), List.of(DIR + "round.yaml:7:9: error: participants[0].id: \"total\" is reserved for "
                        + "the round's total")),
                Arguments.of("unknown source in an FAQ's sources", files("faqs.yaml", """
                        faqs:
                          - id: q
                            question: Q?
                            answer: A.
                            sources: [press-report, presss-report]
                        """), List.of(DIR + "faqs.yaml:5:29: error: unknown source `presss-report`")),
                Arguments.of("duplicate YAML key", files("round.yaml", "company: A\ncompany: B\n"),
                        List.of(DIR + "round.yaml:2:1: error: duplicate key \"company\"")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFolders")
    void reportsABadFolderWithTheExactHeadline(String what, Map<String, String> files, List<String> expected)
            throws IOException {
        load(files);

        assertThat(headlines()).containsExactlyElementsOf(expected);
    }

    @Test
    void suggestsTheClosestSourceId() throws IOException {
        load(files("round.yaml", ROUND_HEAD.replace("source: press-report", "source: press-reprot")
                + "participants: []\n"));

        assertThat(problems.sorted()).singleElement()
                .extracting(Diagnostic::hint).isEqualTo("did you mean `press-report`?");
    }

    @Test
    void pointsAtSourcesYamlWhenNoSourceIsClose() throws IOException {
        load(files("round.yaml", ROUND_HEAD.replace("source: press-report", "source: zzzzzzzzzzzz")
                + "participants: []\n"));

        assertThat(problems.sorted()).singleElement().extracting(Diagnostic::hint)
                .isEqualTo("expected one of: press-report");
    }

    @Test
    void suggestsTheClosestFigureInAnAnswer() throws IOException {
        load(files("round.yaml", ROUND_HEAD + """
                participants:
                  - id: amazon
                    investor: Amazon
                    amount: $5B
                    status: reported
                    source: press-report
                """, "faqs.yaml", """
                faqs:
                  - id: q
                    question: Q?
                    answer: |
                      Amazon: {{ round.amazn }}.
                """));

        assertThat(problems.sorted()).singleElement().satisfies(d -> {
            assertThat(d.headline()).isEqualTo(DIR + "faqs.yaml:5:15: error: unknown figure `round.amazn`");
            assertThat(d.hint()).isEqualTo("did you mean `round.amazon`?");
        });
    }

    @Test
    void suggestsTheDataFileForAMistypedName() throws IOException {
        load(files("faq.yaml", "faqs: []\n"));

        assertThat(problems.sorted()).singleElement().extracting(Diagnostic::hint)
                .isEqualTo("did you mean `faqs.yaml`?");
    }

    @Test
    void suggestsTheKnownFieldForAnUnknownOne() throws IOException {
        load(files("sources.yaml", SOURCES + "    publsher: Reuters\n"));

        assertThat(problems.sorted()).singleElement().satisfies(d -> {
            assertThat(d.headline()).isEqualTo(DIR + "sources.yaml:5:5: error: sources[0].publsher: unknown field");
            assertThat(d.hint()).isEqualTo("did you mean `publisher`?");
        });
    }

    @Test
    void namesWhereTheFirstDuplicateIs() throws IOException {
        load(files("sources.yaml", SOURCES + SOURCES.substring("sources:\n".length())));

        assertThat(problems.sorted()).singleElement().extracting(Diagnostic::hint)
                .isEqualTo("the first is at line 2; ids must be unique in a file");
    }

    @Test
    void namesAnOverTheTotalParticipantByItsIndexInTheFile() throws IOException {
        load(files("round.yaml", ROUND_HEAD + """
                participants:
                  - id: nvidia
                    status: reported
                    source: press-report
                  - id: amazon
                    investor: Amazon
                    amount: $150 billion
                    status: reported
                    source: press-report
                """));

        assertThat(headlines()).containsExactly(
                DIR + "round.yaml:7:5: error: participants[0].investor: required field is missing",
                DIR + "round.yaml:10:5: error: participants[1].amount: $150 billion is more than the round's "
                        + "total $100 billion");
    }

    @Test
    void reportsEveryMistakeOfAFolderInOneRunSorted() throws IOException {
        load(files(
                "faq.yaml", "faqs: []\n",
                "sources.yaml", SOURCES + "    kind: blog\n",
                "round.yaml", ROUND_HEAD.replace("source: press-report", "source: press-reprot") + "participants: []\n",
                "valuations.yaml", """
                        company: OpenAI
                        valuations:
                          - id: post-round
                            date: 2025-13
                            amount: fifty
                            event: Estimate
                            status: estimated
                            source: press-report
                        """,
                "timeline.yaml", """
                        events:
                          - id: Founded
                            date: 2015
                            title: Founded
                        """));

        assertThat(headlines()).containsExactly(
                DIR + "faq.yaml: error: unknown data file \"faq.yaml\"",
                DIR + "round.yaml:5:11: error: unknown source `press-reprot`",
                DIR + "sources.yaml:5:11: error: sources[0].kind: expected one of news-report, company-statement, "
                        + "analyst-estimate, filing, other, found \"blog\"",
                DIR + "timeline.yaml:2:9: error: events[0].id: expected an id of lowercase letters, digits and "
                        + "dashes like \"press-report\", found \"Founded\"",
                DIR + "valuations.yaml:4:11: error: valuations[0].date: month must be between 01 and 12, "
                        + "found \"2025-13\"",
                DIR + "valuations.yaml:5:13: error: valuations[0].amount: " + MONEY + ", found \"fifty\"");
        assertThat(problems.sorted()).hasSize(6);
    }

    @Test
    void aDataFileThatIsNotAFileIsReportedNotSkipped() throws IOException {
        Path folder = folder(files());
        Files.createSymbolicLink(folder.resolve("faqs.yaml"), Path.of("faqs-2025.yaml"));
        Files.createDirectories(folder.resolve("round.yaml"));

        BriefingData data = new DataLoader(new SourceReader(base, 1_000_000).within(base, "content folder"),
                new YamlReader(1_000_000)).load(folder, Companies.NONE, problems);

        assertThat(headlines()).containsExactly(
                "briefings/x/faqs.yaml: error: file is a broken symbolic link: its target (faqs-2025.yaml) does not exist",
                "briefings/x/round.yaml: error: a folder is where a file is expected");
        assertThat(data.faqs()).isEmpty();
    }

    @Test
    void aDataFileLinkedOutsideTheContentFolderIsRefusedUnread(@TempDir Path elsewhere) throws IOException {
        Path secret = Files.writeString(elsewhere.resolve("faqs.yaml"), "faqs: [SECRET-line]\n");
        Path folder = folder(files());
        Files.createSymbolicLink(folder.resolve("faqs.yaml"), secret);

        new DataLoader(new SourceReader(elsewhere, 1_000_000).within(base, "content folder"),
                new YamlReader(1_000_000)).load(folder, Companies.NONE, problems);

        assertThat(headlines()).containsExactly(folder.resolve("faqs.yaml")
                + ": error: file is a link to a file outside the content folder");
        assertThat(problems.sorted().get(0).hint()).doesNotContain("SECRET");
    }
}
