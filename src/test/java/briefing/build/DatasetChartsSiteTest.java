package briefing.build;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

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

    @Test
    void dump() {
        built.files().keySet().stream().sorted().forEach(System.out::println);
        System.out.println(built.text(CHARTS + "capex-by-year.csv"));
        System.out.println(built.text(CHARTS + "capex-2026.csv"));
        Document page = built.html(PAGE);
        for (Element f : page.select("figure.chart")) {
            System.out.println(f.select("img").attr("alt"));
            System.out.println(f.select("table").outerHtml());
        }
        System.out.println(built.text(CHARTS + "capex-over-time.svg").replaceAll("(?s)<path[^>]*>", "").substring(0, 3000));
    }
}
