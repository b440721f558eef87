package briefing.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code sites/dataset-table.txtar}: ```table blocks over a briefing's data package, checked in the built HTML (with
 * jsoup), in the downloads, in the search index and in the page's JSON-LD.
 */
class DatasetTableSiteTest {

    static final String PAGE = "briefings/ai-capex/index.html";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;
    static TestSite.Built built;
    static Document page;

    @BeforeAll
    static void build() throws Exception {
        built = TestSite.of("dataset-table.txtar", tmp).render();
        page = built.html(PAGE);
    }

    static List<String> texts(Element root, String css) {
        return root.select(css).eachText();
    }

    @Test
    void filteredSortedLimitedTableHasItsCaptionScopedHeadersAndRowHeaders() {
        Element table = page.selectFirst("#table-capex table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Planned AI capital spending in 2026, top three");
        assertThat(table.select("thead th").eachAttr("scope")).containsExactly("col", "col", "col", "col");
        assertThat(texts(table, "thead th")).containsExactly("Company", "Capital spending", "Status", "Source");
        // filter {year: 2026}, sort -capex, limit 3
        assertThat(texts(table, "tbody th[scope=row]")).containsExactly("Amazon", "Alphabet", "Microsoft");
        assertThat(texts(table, "tbody td.num")).containsExactly("about $200 billion", "up to $175 billion",
                "about $120 billion");
        assertThat(table.selectFirst("thead th:nth-child(2)").hasClass("num")).isTrue();
        assertThat(table.selectFirst("tbody th a").attr("href")).isEqualTo("/companies/amazon/");
    }

    @Test
    void theScrollingWrapperIsAFocusableLabelledRegion() {
        for (Element wrapper : page.select(".dataset-table > .table-scroll")) {
            assertThat(wrapper.attr("role")).isEqualTo("region");
            assertThat(wrapper.attr("tabindex")).isEqualTo("0");
            String label = wrapper.attr("aria-labelledby");
            assertThat(page.getElementById(label)).as(label).isNotNull();
            assertThat(page.getElementById(label).tagName()).isEqualTo("caption");
        }
        assertThat(page.select(".dataset-table")).hasSize(4);
    }

    @Test
    void statusesAreBadgesAndSourcesLinkToTheBriefingsSourceList() {
        Element row = page.getElementById("table-capex-row-9");
        assertThat(row.selectFirst("span.status").className()).isEqualTo("status status-planned");
        assertThat(row.selectFirst("span.status").text()).isEqualTo("Planned");
        Element source = row.selectFirst("a.source-ref");
        assertThat(source.attr("href")).isEqualTo("#source-guidance");
        assertThat(source.text()).isEqualTo("Earnings-call guidance");
        assertThat(page.getElementById("source-guidance")).isNotNull();
    }

    @Test
    void defaultColumnsAreEveryFieldButTheQualifierAndAListFilterKeepsEachValue() {
        Element table = page.selectFirst("#table-capex-2 table");
        assertThat(table.selectFirst("caption").text()).isEqualTo("Capital spending");
        assertThat(texts(table, "thead th")).containsExactly("Company", "Year", "Capital spending", "Status",
                "Source");
        // sort: year, ties in file order
        List<String> rows = new ArrayList<>();
        for (Element tr : table.select("tbody tr")) {
            rows.add(tr.child(0).text() + " " + tr.child(1).text());
        }
        assertThat(rows).containsExactly("Meta Platforms 2024", "Oracle 2024", "Meta Platforms 2025", "Oracle 2025",
                "Meta Platforms 2026", "Oracle 2026");
        assertThat(texts(table, "td.num")).contains("at least $115 billion", "$6.9 billion");
    }

    @Test
    void aNumberShownWithoutItsStatusColumnSaysItsStatusInWords() {
        Element table = page.selectFirst("#table-capex-3 table");
        assertThat(texts(table, "td.num")).containsExactly("$55.7 billion", "$88 billion",
                "about $120 billion (planned)");
        assertThat(texts(table, "td.num .figure-status")).containsExactly("(planned)");
        // no primary-key column first: the year is the row header (it is part of the key)
        assertThat(texts(table, "tbody th[scope=row]")).containsExactly("2024", "2025", "2026");
    }

    @Test
    void aTableOverTwoHundredRowsShowsTheFirstTwoHundredAndLinksTheFullDownload() {
        Element wafers = page.getElementById("table-wafers");
        assertThat(wafers.select("tbody tr")).hasSize(200);
        assertThat(wafers.select("tbody tr").last().id()).isEqualTo("table-wafers-row-200");
        assertThat(texts(wafers, ".table-note")).containsExactly("Every row: Estimated Source: Earnings-call guidance",
                "Showing the first 200 of 250 rows. The downloads hold all of them.");
        assertThat(wafers.selectFirst(".table-downloads").text())
                .isEqualTo("Download all 250 rows of Wafer lots: CSV, JSON");
        assertThat(wafers.selectFirst(".table-note .status").className()).isEqualTo("status status-estimated");
    }

    @Test
    void everyDownloadLinkPointsAtAFileOfTheSite() {
        List<String> hrefs = page.select(".dataset-table a[download]").eachAttr("href");
        assertThat(hrefs).hasSize(8).contains("/briefings/ai-capex/data/capex.csv",
                "/briefings/ai-capex/data/capex.json", "/briefings/ai-capex/data/wafers.csv",
                "/briefings/ai-capex/data/wafers.json");
        for (String href : hrefs) {
            assertThat(built.files()).containsKey(href.substring(1));
        }
    }

    @Test
    void theCsvHoldsEveryRowAsWrittenAndTheResourcesStatusAndSource() {
        List<String> capex = built.text("briefings/ai-capex/data/capex.csv").lines().toList();
        assertThat(capex).hasSize(16);
        assertThat(capex.get(0)).isEqualTo("company,year,capex,qualifier,status,source");
        assertThat(capex).contains("alphabet,2026,175,up to,planned,guidance");
        List<String> wafers = built.text("briefings/ai-capex/data/wafers.csv").lines().toList();
        assertThat(wafers).hasSize(251);
        assertThat(wafers.get(0)).isEqualTo("lot,wafers,year,status,source");
        assertThat(wafers.get(250)).isEqualTo("w250,250,2025,estimated,guidance");
        assertThat(built.text("briefings/ai-capex/data/capex.csv")).contains("\r\n");
    }

    @Test
    void theJsonHoldsValuesAsWrittenAndAsShownWithStatusAndSource() throws Exception {
        JsonNode capex = JSON.readTree(built.text("briefings/ai-capex/data/capex.json"));
        assertThat(capex.get("name").asText()).isEqualTo("capex");
        assertThat(capex.get("fields").get(2).get("scale").asText()).isEqualTo("billion");
        assertThat(capex.get("fields").get(2).get("currency").asText()).isEqualTo("USD");
        JsonNode alphabet2026 = capex.get("rows").get(5);
        assertThat(alphabet2026.get("values").get("capex").asText()).isEqualTo("175");
        assertThat(alphabet2026.get("display").get("capex").asText()).isEqualTo("up to $175 billion");
        assertThat(alphabet2026.get("status").asText()).isEqualTo("planned");
        assertThat(alphabet2026.get("source").asText()).isEqualTo("guidance");
        assertThat(capex.get("sources").findValuesAsText("name")).containsExactly("Annual reports (10-K)",
                "Earnings-call guidance");
        JsonNode wafers = JSON.readTree(built.text("briefings/ai-capex/data/wafers.json"));
        assertThat(wafers.get("rows")).hasSize(250);
        assertThat(wafers.get("rows").get(0).get("status").asText()).isEqualTo("estimated");
    }

    @Test
    void searchIndexesTheRowsShownEachLinkingToItsRow() throws Exception {
        briefing.benchmark.SearchTransfer search = new briefing.benchmark.SearchTransfer(p -> built.text("search/" + p)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode index = search.manifest();
        List<JsonNode> rows = new ArrayList<>();
        search.entries().forEach(e -> {
            if (e.get("kind").asText().equals("row")) {
                rows.add(e);
            }
        });
        // each row once, at its first table: 3 (2026's top three) + 6 (Meta, Oracle) + 2 (Microsoft's 2024, 2025)
        assertThat(rows.stream().filter(r -> r.get("title").asText().startsWith("Capital spending"))).hasSize(11);
        assertThat(rows.stream().filter(r -> r.get("url").asText().endsWith("#table-capex-3-row-3"))).isEmpty();
        assertThat(rows.stream().filter(r -> r.get("title").asText().startsWith("Wafer lots"))).hasSize(200);
        JsonNode amazon = rows.get(0);
        assertThat(amazon.get("title").asText()).isEqualTo("Capital spending: Amazon 2026");
        assertThat(amazon.get("url").asText()).isEqualTo("/briefings/ai-capex/#table-capex-row-9");
        assertThat(amazon.get("text").asText()).isEqualTo(
                "Company: Amazon; Capital spending: about $200 billion; Status: Planned; Source: Earnings-call guidance");
        assertThat(amazon.get("in").asText()).isEqualTo("Hyperscalers spend on AI");
        for (JsonNode row : rows) {
            String anchor = row.get("url").asText().split("#", 2)[1];
            assertThat(page.getElementById(anchor)).as(anchor).isNotNull();
        }
        assertThat(index.get("kinds").get("row").asText()).isEqualTo("Data row");
        // A row is found by its values, and its result links to its row.
        List<Integer> found = search.query("amazon 2026 capital", 10).ranked();
        assertThat(found).isNotEmpty();
        assertThat(search.entry(found.get(0)).get("url").asText()).isEqualTo("/briefings/ai-capex/#table-capex-row-9");
    }

    @Test
    void jsonLdDescribesEachShownResourceAsADataset() throws Exception {
        List<JsonNode> datasets = new ArrayList<>();
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode node = JSON.readTree(script.data());
            if (node.get("@type").asText().equals("Dataset")) {
                datasets.add(node);
            }
        }
        assertThat(datasets).hasSize(2);
        JsonNode capex = datasets.get(0);
        assertThat(capex.get("name").asText()).isEqualTo("Capital spending");
        assertThat(capex.get("description").asText())
                .isEqualTo("Capital spending of five hyperscalers by year, in billions of US dollars.");
        assertThat(capex.get("url").asText()).isEqualTo("https://example.org/briefings/ai-capex/#table-capex");
        assertThat(capex.get("license").asText()).isEqualTo("https://creativecommons.org/licenses/by/4.0/");
        assertThat(capex.get("creator").get(0).get("name").asText()).isEqualTo("Test Desk research team");
        JsonNode distribution = capex.get("distribution");
        assertThat(distribution).hasSize(2);
        assertThat(distribution.get(0).get("@type").asText()).isEqualTo("DataDownload");
        assertThat(distribution.get(0).get("contentUrl").asText())
                .isEqualTo("https://example.org/briefings/ai-capex/data/capex.csv");
        assertThat(distribution.get(0).get("encodingFormat").asText()).isEqualTo("text/csv");
        assertThat(distribution.get(1).get("encodingFormat").asText()).isEqualTo("application/json");
        assertThat(capex.get("variableMeasured").findValuesAsText("name")).containsExactly("Company", "Year",
                "Capital spending", "qualifier", "Status", "Source");
        assertThat(capex.get("variableMeasured").get(2).get("unitText").asText()).isEqualTo("USD");
        JsonNode wafers = datasets.get(1);
        assertThat(wafers.get("description").asText())
                .isEqualTo("Wafer lots: the data behind the tables of \u201cHyperscalers spend on AI\u201d.");
    }
}
