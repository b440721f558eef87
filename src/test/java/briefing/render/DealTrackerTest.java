package briefing.render;

import briefing.RealBriefingTest;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.value.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The deal tracker of the real content: its downloads and its page hold exactly the deals of the YAML data. */
class DealTrackerTest {

    private static final Path BRIEFING = Path.of("content/briefings/amazon-openai-talks");
    private static final String SLUG = "amazon-openai-talks";

    /** One deal as the YAML says it: read with plain Jackson, not the site's loader. */
    record Expected(String investor, String target, String amount, String status, String date) {
    }

    static Map<String, String> files;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        BuildPipeline.Rendered rendered = new BuildPipeline(tmp).render(new BuildOptions(Path.of("content"),
                Path.of("templates"), tmp.resolve("site"), Optional.empty(), false));
        files = rendered.files().stream().collect(Collectors.toMap(OutputFile::path,
                f -> new String(f.bytes(), StandardCharsets.UTF_8)));
    }

    static List<Expected> expected() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        JsonNode round = yaml.readTree(BRIEFING.resolve("round.yaml").toFile());
        JsonNode investments = yaml.readTree(BRIEFING.resolve("investments.yaml").toFile());
        JsonNode ledger = yaml.readTree(Path.of("content/data/deals.yaml").toFile());
        List<Expected> out = new ArrayList<>();
        // The desk's ledger holds the deals the briefing refers to (deal: <id>), each counted once.
        for (JsonNode d : ledger.get("deals")) {
            if (d.has("amount") && d.has("investor") && !d.get("kind").asText().equals("round")) {
                out.add(new Expected(RealBriefingTest.companyName(d.get("investor").asText()),
                        RealBriefingTest.companyName(d.get("company").asText()), d.get("amount").asText(),
                        d.get("status").asText(), d.path("date").asText("")));
            }
        }
        for (JsonNode p : round.get("participants")) {
            if (p.has("amount") && !p.has("deal")) {
                // The data names companies by id; pages and downloads by the name in companies.yaml.
                out.add(new Expected(RealBriefingTest.companyName(p.get("investor").asText()),
                        RealBriefingTest.companyName(round.get("company").asText()),
                        p.get("amount").asText(), p.get("status").asText(), round.path("date").asText("")));
            }
        }
        for (JsonNode row : investments.get("investments")) {
            for (String cell : List.of("current", "potential")) {
                for (JsonNode item : row.path(cell)) {
                    if (item.has("amount") && !item.has("deal")) {
                        out.add(new Expected(RealBriefingTest.companyName(investments.get("investor").asText()),
                                RealBriefingTest.companyName(row.get("company").asText()),
                                item.get("amount").asText(), item.get("status").asText(), ""));
                    }
                }
            }
        }
        assertThat(out).as("the real briefing has deals").isNotEmpty();
        return out;
    }


    /** The downloads as maps of column to value, one per deal. */
    static List<Map<String, String>> csvDeals() {
        List<List<String>> rows = briefing.pipeline.Csv.parse(files.get("deals/deals.csv"));
        assertThat(rows.get(0)).isEqualTo(DealTracker.COLUMNS);
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            assertThat(row).hasSameSizeAs(DealTracker.COLUMNS);
            Map<String, String> deal = new java.util.LinkedHashMap<>();
            for (int i = 0; i < row.size(); i++) {
                deal.put(DealTracker.COLUMNS.get(i), row.get(i));
            }
            out.add(deal);
        }
        return out;
    }

    static List<Map<String, String>> jsonDeals() throws Exception {
        JsonNode root = new ObjectMapper().readTree(files.get("deals/deals.json"));
        List<Map<String, String>> out = new ArrayList<>();
        for (JsonNode d : root.get("deals")) {
            assertThat(d.get("amount").isNumber()).as("amount is a JSON number").isTrue();
            Map<String, String> deal = new java.util.LinkedHashMap<>();
            for (String column : DealTracker.COLUMNS) {
                JsonNode value = d.get(column);
                assertThat(value).as(column).isNotNull();
                List<String> slugs = new ArrayList<>();
                value.forEach(v -> slugs.add(v.asText()));
                deal.put(column, value.isNull() ? "" : value.isNumber() ? value.decimalValue().toPlainString()
                        : value.isArray() ? String.join(" ", slugs) : value.asText());
            }
            out.add(deal);
        }
        return out;
    }

    @Test
    void csvAndJsonRoundTripTheYamlData() throws Exception {
        List<Expected> expected = expected();
        for (List<Map<String, String>> deals : List.of(csvDeals(), jsonDeals())) {
            assertThat(deals).hasSameSizeAs(expected);
            for (Expected e : expected) {
                Money money = Money.parse(e.amount());
                assertThat(deals).as("deal %s", e).anySatisfy(d -> {
                    assertThat(d.get("briefings")).isEqualTo(SLUG);
                    assertThat(d.get("investor")).isEqualTo(e.investor());
                    assertThat(d.get("target")).isEqualTo(e.target());
                    assertThat(new BigDecimal(d.get("amount"))).isEqualByComparingTo(money.amount());
                    assertThat(d.get("currency")).isEqualTo(money.currency());
                    assertThat(d.get("qualifier")).isEqualTo(money.qualifier().label());
                    assertThat(d.get("display")).isEqualTo(e.amount());
                    assertThat(d.get("status")).isEqualTo(e.status());
                    assertThat(d.get("date")).isEqualTo(e.date());
                    assertThat(d.get("source")).isNotEmpty();
                });
            }
        }
        assertThat(csvDeals()).as("CSV and JSON hold the same rows in the same order").isEqualTo(jsonDeals());
    }

    @Test
    void pageListsEveryDealWithItsLinks() throws Exception {
        Document page = Jsoup.parse(files.get("deals/index.html"));
        List<Element> rows = page.select("table.deals-table tbody tr");
        List<Expected> expected = expected();
        assertThat(rows).hasSameSizeAs(expected);
        assertThat(page.select("table.deals-table caption").text()).isNotEmpty();
        assertThat(page.select("table.deals-table th[scope=col]")).isNotEmpty();
        assertThat(page.select(".table-scroll[role=region] > table.deals-table")).hasSize(1);
        for (Expected e : expected) {
            assertThat(rows).as("row for %s", e).anySatisfy(row -> {
                assertThat(row.selectFirst("th[scope=row]").text()).isEqualTo(e.investor());
                assertThat(row.text()).contains(e.target(), e.amount(), capitalise(e.status()));
                assertThat(row.select("a[href]").eachAttr("href")).contains(
                        "/briefing/briefings/" + SLUG + "/", "/briefing/briefings/" + SLUG + "/#source-press-report");
            });
        }
        assertThat(page.select("a[href$=deals.csv], a[href$=deals.json]")).hasSize(2);
        assertThat(page.select("nav.site-nav a").eachText()).contains("Deals");
    }

    @Test
    void pageCarriesDatasetStructuredData() throws Exception {
        Document page = Jsoup.parse(files.get("deals/index.html"));
        JsonNode dataset = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode node = new ObjectMapper().readTree(script.data());
            if (node.get("@type").asText().equals("Dataset")) {
                dataset = node;
            }
        }
        assertThat(dataset).as("Dataset JSON-LD").isNotNull();
        assertThat(dataset.get("name").asText()).isNotEmpty();
        assertThat(dataset.get("description").asText()).isNotEmpty();
        assertThat(dataset.get("url").asText()).isEqualTo("https://example.github.io/briefing/deals/");
        List<String> urls = new ArrayList<>();
        List<String> formats = new ArrayList<>();
        dataset.get("distribution").forEach(d -> {
            urls.add(d.get("contentUrl").asText());
            formats.add(d.get("encodingFormat").asText());
        });
        assertThat(urls).containsExactly("https://example.github.io/briefing/deals/deals.csv",
                "https://example.github.io/briefing/deals/deals.json");
        assertThat(formats).containsExactly("text/csv", "application/json");
    }

    @Test
    void noDealsMeansNoPageAndNoNavLink(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        Files.createDirectories(content.resolve("briefings/plain"));
        Files.writeString(content.resolve("site.yaml"), "title: T\ndescription: D\nbase_url: https://example.org/\n"
                + "publisher:\n  name: P\n");
        Files.writeString(content.resolve("briefings/plain/index.md"),
                "---\ntitle: Plain\ndate: 2026-01\nsummary: No data.\n---\nBody.\n");
        Map<String, String> built = new BuildPipeline(tmp).render(new BuildOptions(content, Path.of("templates"),
                        tmp.resolve("site"), Optional.empty(), false)).files().stream()
                .collect(Collectors.toMap(OutputFile::path, f -> new String(f.bytes(), StandardCharsets.UTF_8)));
        assertThat(built).doesNotContainKeys("deals/index.html", "deals/deals.csv", "deals/deals.json");
        assertThat(Jsoup.parse(built.get("index.html")).select("nav.site-nav a").eachText())
                .doesNotContain("Deals");
    }

    @Test
    void csvCellsThatLookLikeFormulasAreDefused() {
        assertThat(briefing.data.DownloadFormat.csvCell("=1+1")).isEqualTo("\"'=1+1\"");
        assertThat(briefing.data.DownloadFormat.csvCell("+1")).isEqualTo("\"'+1\"");
        assertThat(briefing.data.DownloadFormat.csvCell("-1")).isEqualTo("\"'-1\"");
        assertThat(briefing.data.DownloadFormat.csvCell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(briefing.data.DownloadFormat.csvCell("a, \"b\"")).isEqualTo("\"a, \"\"b\"\"\"");
        assertThat(briefing.data.DownloadFormat.csvCell("Amazon")).isEqualTo("Amazon");
    }

    private static String capitalise(String status) {
        return Character.toUpperCase(status.charAt(0)) + status.substring(1);
    }
}
