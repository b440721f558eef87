package briefing.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The desk's deal ledger ({@code sites/deal-ledger.txtar}): two briefings refer to the same Amazon-Anthropic deals.
 * The tracker, its download, its chart and the company pages count each deal once and list the briefings that
 * cover it; the briefings show the ledger's values; the desk's sources are listed where they are used.
 */
class DealLedgerSiteTest {

    static TestSite.Built built;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        built = TestSite.of("deal-ledger.txtar", tmp).render();
    }

    private static List<Element> trackerRows() {
        return built.html("deals/index.html").select("table.deals-table tbody tr");
    }

    @Test
    void aDealTwoBriefingsCoverIsOneRowListingBoth() {
        List<Element> rows = trackerRows();
        assertThat(rows).hasSize(5);
        List<Element> stake = rows.stream().filter(r -> r.text().contains("about $8 billion")).toList();
        assertThat(stake).hasSize(1);
        Element coveredIn = stake.get(0).select("td").get(5);
        assertThat(coveredIn.select("a").eachAttr("href"))
                .containsExactly("/desk/briefings/amazon-anthropic/", "/desk/briefings/amazon-openai/");
        assertThat(coveredIn.text()).isEqualTo("Amazon and Anthropic, Amazon and OpenAI");
        assertThat(built.html("deals/index.html").select("th[scope=col]").eachText()).contains("Covered in");
    }

    @Test
    void theDownloadAndTheChartCountEachDealOnce() {
        List<List<String>> csv = Csv.parse(built.text("deals/deals.csv"));
        assertThat(csv).hasSize(1 + 5);
        BigDecimal toAnthropic = csv.subList(1, csv.size()).stream().filter(r -> r.get(3).equals("Anthropic"))
                .map(r -> new BigDecimal(r.get(4))).reduce(BigDecimal.ZERO, BigDecimal::add);
        // about $8 billion + $2 billion + $500 million: the two shared deals once, not twice
        assertThat(toAnthropic).isEqualByComparingTo("10500000000");
        assertThat(built.text("deals/deals.json")).contains("\"briefings\" : [ \"amazon-anthropic\", \"amazon-openai\" ]");
        Document page = built.html("deals/index.html");
        Element q1 = page.select("#chart-deals-by-quarter tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Q1 2024")).findFirst().orElseThrow();
        assertThat(q1.select("td").get(0).text()).isEqualTo("$2 billion");
    }

    @Test
    void datedDealsSortByTheLedgersDateUndatedLast() {
        assertThat(trackerRows().stream().map(r -> r.select("td").get(4).text()).toList())
                .containsExactly("February 2026", "Q1 2024", "2019", "Undated", "Undated");
    }

    @Test
    void companyPagesCountEachDealOnce() {
        assertThat(built.html("companies/anthropic/index.html").select(".deals-table tbody tr")).hasSize(3);
        assertThat(built.html("companies/amazon/index.html").select(".deals-table tbody tr")).hasSize(4);
        Element anthropic = built.html("companies/index.html").select("li").stream()
                .filter(li -> li.text().startsWith("Anthropic")).findFirst().orElseThrow();
        assertThat(anthropic.text()).contains("3 deals");
        Element stake = built.html("companies/anthropic/index.html").select(".deals-table tbody tr").stream()
                .filter(r -> r.text().contains("about $8 billion")).findFirst().orElseThrow();
        assertThat(stake.select("td").last().text()).isEqualTo("Wire report in Amazon and Anthropic, Amazon and OpenAI");
    }

    @Test
    void briefingsShowTheLedgersValuesAndItsFiguresInProse() {
        Document page = built.html("briefings/amazon-openai/index.html");
        assertThat(page.select("#investments").text()).contains("Equity investment", "about $8 billion",
                "Second tranche", "$2 billion");
        assertThat(page.select("#funding-round").text()).contains("Amazon", "up to $50 billion", "up to 50%");
        assertThat(page.select("article").text()).contains("its second tranche of $2 billion dates from Q1 2024");
        assertThat(page.select("a[href=#source-filing]")).isNotEmpty();
    }

    @Test
    void eachBriefingListsTheDesksSourcesItUsesBeforeItsOwn() {
        assertThat(built.html("briefings/amazon-openai/index.html").select("#sources li").eachAttr("id"))
                .containsExactly("source-wire", "source-filing");
        // register is named only by prose ({{ deals.microsoft-openai }}); blog is the briefing's own
        assertThat(built.html("briefings/amazon-anthropic/index.html").select("#sources li").eachAttr("id"))
                .containsExactly("source-wire", "source-filing", "source-register", "source-blog");
    }
}
