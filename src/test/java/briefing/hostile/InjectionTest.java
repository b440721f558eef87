package briefing.hostile;

import briefing.pipeline.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Markup, script, FreeMarker syntax and spreadsheet formulas in every editor-written field
 * ({@code hostile/injection.txtar}) are text wherever they land: HTML text and attributes, JSON-LD, chart SVG,
 * the Atom feed, the sitemap, chart CSV and JSON. Extends {@code sites/escaping.txtar},
 * {@code sites/publishing-injection.txtar} and {@code render/JsonLdTest} to every field and every output kind.
 */
class InjectionTest {

    static final String PAYLOAD = "X<script>alert(1)</script>";
    static Map<String, String> files;

    @BeforeAll
    static void build(@TempDir Path dir) throws Exception {
        files = TestSite.of("/hostile/injection.txtar", dir).render().files();
    }

    @Test
    void templateSyntaxInContentIsNeverEvaluated() {
        files.forEach((path, text) -> {
            if (!path.endsWith(".png")) {
                assertThat(text).as(path).doesNotContain("PWNED");
            }
        });
        Document about = Jsoup.parse(files.get("about/index.html"));
        assertThat(about.select("main").text()).contains("${\"pwned\"?upper_case}").contains("<#assign hacked=1>")
                .contains("[#assign hacked=2]");
        Document deal = Jsoup.parse(files.get("briefings/deal/index.html"));
        assertThat(deal.select("h1").text()).contains("Deal " + PAYLOAD).contains("${\"pwned\"?upper_case}");
    }

    @Test
    void htmlHasNoScriptNoHandlerNoDangerousUrl() throws Exception {
        int pages = 0;
        for (var e : files.entrySet()) {
            if (!e.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            String path = e.getKey();
            Document doc = Jsoup.parse(e.getValue());
            for (Element script : doc.select("script")) {
                if (script.hasAttr("src")) {
                    // The site's own scripts, each on its one page: the deal tracker's sorting and filtering (every
                    // page of its lists) and the search page's search. Files from the site's assets, deferred,
                    // nothing inline or from content.
                    String page = path.startsWith("deals/") ? "deals/index.html" : path;
                    assertThat(Map.of("deals/index.html", "/assets/deals.js", "search/index.html", "/assets/search.js"))
                            .as("the pages with a script").containsEntry(page, script.attr("src"));
                    assertThat(script.hasAttr("defer")).isTrue();
                    assertThat(script.data()).isEmpty();
                    continue;
                }
                assertThat(script.attr("type")).as("%s: only JSON-LD scripts", path).isEqualTo("application/ld+json");
                String json = script.data();
                assertThat(json).as(path).doesNotContainIgnoringCase("</script").doesNotContain("<!--")
                        .doesNotContain("<");
                JsonNode ld = new ObjectMapper().readTree(json);
                assertThat(ld).isNotNull();
            }
            assertThat(doc.select("iframe, object, embed, base")).as(path).isEmpty();
            // The only forms are the site's search: a GET to its own search page with one field.
            for (Element form : doc.select("form")) {
                assertThat(form.attr("method")).as(path).isEqualTo("get");
                assertThat(form.attr("action")).as(path).isEqualTo("/search/");
                assertThat(form.select("input, textarea, select").eachAttr("name")).as(path).containsExactly("q");
            }
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    assertThat(a.getKey().toLowerCase(Locale.ROOT)).as("%s: <%s %s>", path, el.tagName(), a.getKey())
                            .doesNotStartWith("on");
                    if (List.of("href", "src", "srcset", "action", "formaction", "xlink:href", "poster")
                            .contains(a.getKey().toLowerCase(Locale.ROOT))) {
                        String url = a.getValue().replaceAll("[\\s\\p{Cntrl}]", "").toLowerCase(Locale.ROOT);
                        assertThat(url).as("%s: <%s %s=%s>", path, el.tagName(), a.getKey(), a.getValue())
                                .doesNotStartWith("javascript:").doesNotStartWith("vbscript:")
                                .doesNotStartWith("data:").doesNotContain("alert(");
                    }
                }
            }
            // The payload is shown, as text, wherever the page shows an editor's field.
            assertThat(e.getValue()).as(path).doesNotContain("<script>alert").doesNotContain("<img src=x");
        }
        assertThat(pages).isGreaterThanOrEqualTo(4);
        String deal = Jsoup.parse(files.get("briefings/deal/index.html")).text();
        for (String field : List.of("Deal ", "Sub ", "Eve ", "Tag ", "Source ", "Question ", "Event ", "Target ",
                "Chart ")) {
            assertThat(deal).as("field starting %s is shown as text", field).contains(field + PAYLOAD);
        }
        assertThat(deal).contains("Answer " + PAYLOAD.replace("<script>alert(1)</script>", ""));
    }

    @Test
    void searchIndexCarriesThePayloadAsPlainTextAndThePageShowsItAsText() throws Exception {
        briefing.benchmark.SearchTransfer search = new briefing.benchmark.SearchTransfer(p -> files.get("search/" + p)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        List<String> titles = new ArrayList<>();
        search.entries().forEach(e -> titles.add(e.get("title").asText()));
        // Each field keeps its exact characters as one JSON string: nothing escaped twice, nothing dropped.
        assertThat(titles).anySatisfy(t -> assertThat(t).startsWith("Deal " + PAYLOAD))
                .anySatisfy(t -> assertThat(t).startsWith("Question " + PAYLOAD))
                .anySatisfy(t -> assertThat(t).startsWith("Event " + PAYLOAD))
                .anySatisfy(t -> assertThat(t).contains("Target " + PAYLOAD));
        assertThat(files.entrySet().stream().filter(e -> e.getKey().startsWith("search/c/")).map(Map.Entry::getValue))
                .anySatisfy(chunk -> assertThat(chunk).contains("Deal X<script>alert(1)</script>"));
        Document page = Jsoup.parse(files.get("search/index.html"));
        assertThat(page.select("#search-all").text()).contains("Deal " + PAYLOAD).contains("Question " + PAYLOAD);
        assertThat(page.select("#search-all script, #search-all img")).isEmpty();
    }

    @Test
    void xmlOutputsAreWellFormedAndCarryThePayloadAsText() throws Exception {
        List<String> xml = new ArrayList<>();
        files.keySet().stream().filter(p -> p.endsWith(".xml") || p.endsWith(".svg")).sorted().forEach(xml::add);
        assertThat(xml).contains("feed.xml", "sitemap.xml", "briefings/deal/charts/by-investor.svg");
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        for (String path : xml) {
            org.w3c.dom.Document doc = factory.newDocumentBuilder()
                    .parse(new InputSource(new StringReader(files.get(path))));
            assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).as(path).isZero();
            assertThat(doc.getElementsByTagNameNS("*", "foreignObject").getLength()).as(path).isZero();
            NodeList all = doc.getElementsByTagNameNS("*", "*");
            for (int i = 0; i < all.getLength(); i++) {
                NamedNodeMap attributes = all.item(i).getAttributes();
                for (int j = 0; j < attributes.getLength(); j++) {
                    assertThat(attributes.item(j).getNodeName().toLowerCase(Locale.ROOT)).as(path)
                            .doesNotStartWith("on");
                }
            }
            if (path.endsWith(".svg") && path.contains("/charts/")) {
                String title = doc.getElementsByTagNameNS("*", "title").item(0).getTextContent();
                String desc = doc.getElementsByTagNameNS("*", "desc").item(0).getTextContent();
                assertThat(title + desc).as(path).contains(PAYLOAD);
                if (path.contains("by-investor")) {
                    assertThat(title).contains("Chart " + PAYLOAD);
                    assertThat(desc).contains("=cmd");
                }
            }
        }
        assertThat(factory.newDocumentBuilder().parse(new InputSource(new StringReader(files.get("feed.xml"))))
                .getDocumentElement().getTextContent()).contains("Deal " + PAYLOAD);
    }

    @Test
    void csvCellsNeverStartAFormulaAndJsonParses() throws Exception {
        List<String> csv = files.keySet().stream().filter(p -> p.endsWith(".csv")).sorted().toList();
        assertThat(csv).isNotEmpty();
        boolean sawDefused = false;
        for (String path : csv) {
            for (List<String> row : briefing.pipeline.Csv.parse(files.get(path))) {
                for (String cell : row) {
                    assertThat(cell).as("%s: cell %s", path, cell).doesNotStartWith("=").doesNotStartWith("+")
                            .doesNotStartWith("-").doesNotStartWith("@").doesNotStartWith("\t");
                    sawDefused |= cell.startsWith("'=");
                }
            }
        }
        assertThat(sawDefused).as("the formula-like labels are in the CSV, defused").isTrue();
        ObjectMapper json = new ObjectMapper();
        for (String path : files.keySet().stream().filter(p -> p.endsWith(".json")).toList()) {
            JsonNode node = json.readTree(files.get(path));
            assertThat(node).as(path).isNotNull();
        }
        // The title survives as one JSON string, whatever it holds (quotes, backslashes, markup).
        assertThat(json.readTree(files.get("briefings/deal/charts/by-investor.json")).get("title").asText())
                .isEqualTo("Chart " + PAYLOAD + "\"'&<!--]]>${\"pwned\"?upper_case}<#assign hacked=1>");
    }

}
