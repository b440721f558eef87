package briefing.pipeline;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@code dataset-charts} test site: charts whose numbers come from a briefing's CSV dataset, checked through
 * what a reader and a tool get (the SVG's text, the alt text, the data table, the CSV and JSON), not pixels.
 */
class DatasetChartsSiteTest {

    static final String PAGE = "briefings/ai-capex/index.html";
    static final String CHARTS = "briefings/ai-capex/charts/";

    @TempDir
    static Path tmp;
    static TestSite.Built built;

    @BeforeAll
    static void build() throws Exception {
        built = TestSite.of("dataset-charts.txtar", tmp).render();
    }

    static List<String> svgTexts(String file) {
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(built.text(CHARTS + file));
        List<String> texts = new java.util.ArrayList<>();
        while (m.find()) {
            texts.add(m.group(1));
        }
        return texts;
    }

    static Element figure(String id) {
        Document page = built.html(PAGE);
        Element figure = page.getElementById("chart-" + id);
        assertThat(figure).as("figure of chart " + id).isNotNull();
        return figure;
    }

    @Test
    void groupedBarsShowTheYearsInTimeOrderWithOneSeriesPerCompany() {
        // The CSV lists Microsoft's 2026 row first: the year column still orders the bars by time.
        assertThat(svgTexts("capex-by-year.svg")).containsSubsequence("2024", "2025", "2026")
                .contains("Microsoft", "Alphabet", "Amazon", "Meta", "Oracle", "$200B", "US dollars");
        Element table = figure("capex-by-year").selectFirst("table");
        assertThat(table.select("thead th").eachText()).startsWith("Label", "Microsoft", "Microsoft status",
                "Microsoft source", "Alphabet");
        assertThat(table.select("tbody tr").eachText()).containsExactly(
                "2024 $55.7 billion Confirmed Annual reports $52.5 billion Confirmed Annual reports $83 billion "
                        + "Confirmed Annual reports $39.2 billion Confirmed Annual reports $6.9 billion Confirmed "
                        + "Annual reports",
                "2025 $88 billion Confirmed Annual reports $91 billion Confirmed Annual reports $131 billion "
                        + "Confirmed Annual reports $72 billion Confirmed Annual reports $21.2 billion Confirmed "
                        + "Annual reports",
                "2026 about $120 billion Planned Earnings calls up to $175 billion Planned Earnings calls "
                        + "about $200 billion Planned Earnings calls at least $115 billion Planned Earnings calls "
                        + "about $35 billion Estimated Earnings calls");
    }

    @Test
    void everyPointKeepsItsQualifierStatusAndSourceInTheAltText() {
        String alt = figure("capex-by-year").selectFirst("img").attr("alt");
        assertThat(alt).startsWith("Grouped bar chart: AI capital spending by year. 2024: Microsoft $55.7 billion "
                        + "(confirmed, source: Annual reports), Alphabet $52.5 billion (confirmed, source: Annual reports)")
                .contains("2026: Microsoft about $120 billion (planned, source: Earnings calls), Alphabet up to "
                        + "$175 billion (planned, source: Earnings calls)")
                .endsWith("Oracle about $35 billion (estimated, source: Earnings calls).");
        assertThat(built.text(CHARTS + "capex-by-year.svg")).contains("<desc id=\"chart-capex-by-year-desc\">"
                + alt.replace("&", "&amp;"));
    }

    @Test
    void aLineChartDrawsOneLinePerCompanyOverTheYears() {
        assertThat(svgTexts("capex-over-time.svg")).containsSubsequence("2024", "2025", "2026")
                .contains("Microsoft", "Oracle");
        assertThat(figure("capex-over-time").selectFirst("img").attr("alt"))
                .startsWith("Line chart: AI capital spending over time. 2024: Microsoft $55.7 billion");
        String json = built.text(CHARTS + "capex-over-time.json");
        assertThat(json).contains("\"name\" : \"Oracle\"", "\"date\" : \"2026-01-01\"",
                "\"display\" : \"at least $115 billion\"", "\"source\" : \"Earnings calls\"");
    }

    @Test
    void theCsvListsEveryPointWithItsStatusAndSource() {
        assertThat(built.text(CHARTS + "capex-by-year.csv")).startsWith("""
                label,series,value,display,status,source\r
                2024,Microsoft,55700000000,$55.7 billion,Confirmed,Annual reports\r
                2025,Microsoft,88000000000,$88 billion,Confirmed,Annual reports\r
                2026,Microsoft,120000000000,about $120 billion,Planned,Earnings calls\r
                2024,Alphabet,52500000000,$52.5 billion,Confirmed,Annual reports\r
                """);
    }

    @Test
    void topKeepsTheLargestAndSumsTheRestIntoOtherWithTheWeakestStatus() {
        // Meta (at least $115 billion, planned) and Oracle (about $35 billion, estimated) make "Other".
        assertThat(built.text(CHARTS + "capex-2026.csv")).isEqualTo("""
                label,series,value,display,status,source\r
                Amazon,Capital spending,200000000000,about $200 billion,Planned,Earnings calls\r
                Alphabet,Capital spending,175000000000,up to $175 billion,Planned,Earnings calls\r
                Microsoft,Capital spending,120000000000,about $120 billion,Planned,Earnings calls\r
                Other,Capital spending,150000000000,about $150 billion,Planned,Earnings calls\r
                """);
        assertThat(figure("capex-2026").selectFirst("img").attr("alt")).isEqualTo("Donut chart: Planned spending "
                + "in 2026. Amazon about $200 billion (31%), planned; Alphabet up to $175 billion (27%), planned; "
                + "Microsoft about $120 billion (19%), planned; Other about $150 billion (23%), planned. "
                + "Source: Earnings calls.");
    }
}
