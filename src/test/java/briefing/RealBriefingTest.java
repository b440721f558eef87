package briefing;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.BuildResult;
import briefing.render.OutputFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Builds the real {@code content/} with the real templates and checks the briefing page against the YAML data,
 * read here independently with plain Jackson so that a loader bug cannot hide itself.
 */
public class RealBriefingTest {

    static final Path CONTENT = Path.of("content");
    static final Path TEMPLATES = Path.of("templates");
    static final Path BRIEFING = CONTENT.resolve("briefings/amazon-openai-talks");
    static final String PAGE = "briefings/amazon-openai-talks/index.html";
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    static Map<String, String> files;
    static Document page;

    @BeforeAll
    static void buildOnce() throws Exception {
        files = render(CONTENT, Optional.of(URI.create("https://example.github.io/briefing/")));
        page = Jsoup.parse(files.get(PAGE));
    }

    static Map<String, String> render(Path content, Optional<URI> baseUrl) throws Exception {
        BuildPipeline.Rendered rendered = new BuildPipeline(Path.of("")).render(
                new BuildOptions(content, TEMPLATES, Path.of("target/unused-site"), baseUrl, false));
        return rendered.files().stream().collect(Collectors.toMap(OutputFile::path,
                f -> new String(f.bytes(), StandardCharsets.UTF_8)));
    }

    static JsonNode yaml(String file) throws IOException {
        return YAML.readTree(BRIEFING.resolve(file).toFile());
    }

    /** The name pages show for a company id of the data, from the real content/companies.yaml. */
    public static String companyName(String id) throws IOException {
        for (JsonNode c : YAML.readTree(Path.of("content/companies.yaml").toFile()).get("companies")) {
            if (c.get("id").asText().equals(id)) {
                return c.get("name").asText();
            }
        }
        throw new AssertionError("not in companies.yaml: " + id);
    }

    @Test
    void publishesHomeBriefingAboutAnd404() {
        assertThat(files).containsKeys("index.html", PAGE, "about/index.html", "404.html", "assets/style.css",
                "assets/favicon.svg", ".nojekyll");
    }

    @Test
    void showsEveryInvestmentsRowWithItsPurpose() throws IOException {
        List<Element> rows = page.select("#investments tbody tr");
        JsonNode investments = yaml("investments.yaml").get("investments");
        assertThat(rows).hasSize(investments.size());
        for (int i = 0; i < investments.size(); i++) {
            JsonNode row = investments.get(i);
            String title = row.has("label") ? row.get("label").asText() : companyName(row.get("company").asText());
            assertThat(rows.get(i).text()).contains(title, row.get("purpose").asText());
            assertThat(rows.get(i).selectFirst("a.company-link").attr("href"))
                    .isEqualTo("/briefing/companies/" + row.get("company").asText() + "/");
        }
        assertThat(page.select("#investments").text()).contains("up to $50 billion", "about $8 billion",
                "$11 billion");
    }

    /** A participant's investor: its own, or its ledger deal's (content/data/deals.yaml). */
    static String investor(JsonNode participant) throws IOException {
        return field(participant, "investor").asText();
    }

    /** A field of a round participant or investments item, or of the ledger deal it refers to; missing if neither. */
    static JsonNode field(JsonNode entry, String field) throws IOException {
        if (entry.has(field) || !entry.has("deal")) {
            return entry.path(field);
        }
        String deal = entry.get("deal").asText();
        for (JsonNode d : YAML.readTree(CONTENT.resolve("data/deals.yaml").toFile()).get("deals")) {
            if (d.get("id").asText().equals(deal)) {
                return d.path(field);
            }
        }
        throw new AssertionError("no ledger deal " + deal);
    }

    @Test
    void showsEveryRoundParticipantWithStatus() throws IOException {
        JsonNode participants = yaml("round.yaml").get("participants");
        List<Element> rows = page.select("#funding-round tbody tr");
        assertThat(rows).hasSize(participants.size());
        for (int i = 0; i < participants.size(); i++) {
            assertThat(rows.get(i).text()).contains(companyName(investor(participants.get(i))), "Reported");
        }
        assertThat(page.select("#funding-round").text()).contains("$100 billion", "up to $30 billion", "up to 50%");
    }

    @Test
    void showsEveryTimelineEntryAsTimeInOrder() throws IOException {
        JsonNode events = yaml("timeline.yaml").get("events");
        List<Element> items = page.select("#timeline ol > li");
        assertThat(items).hasSize(events.size());
        List<String> titles = new ArrayList<>();
        events.forEach(e -> titles.add(e.get("title").asText()));
        String timeline = page.select("#timeline").text();
        titles.forEach(t -> assertThat(timeline).contains(t));
        // A quarter has no HTML datetime form and is published as its year, so compare years.
        List<String> years = page.select("#timeline time[datetime]").eachAttr("datetime").stream()
                .map(d -> d.substring(0, 4)).toList();
        assertThat(years).hasSize(events.size()).isSorted();
        assertThat(timeline).contains("2015", "Q4 2026", "October 2025");
    }

    @Test
    void showsEveryFaqAsDetails() throws IOException {
        JsonNode faqs = yaml("faqs.yaml").get("faqs");
        List<Element> details = page.select("#faq details");
        assertThat(details).hasSize(faqs.size());
        for (int i = 0; i < faqs.size(); i++) {
            assertThat(details.get(i).selectFirst("summary").text()).isEqualTo(faqs.get(i).get("question").asText());
            assertThat(details.get(i).text()).doesNotContain("{{");
        }
    }

    @Test
    void listsEverySourceWithItsStatusAndAnchor() throws IOException {
        JsonNode sources = yaml("sources.yaml").get("sources");
        for (JsonNode source : sources) {
            Element entry = page.getElementById("source-" + source.get("id").asText());
            assertThat(entry).as(source.get("id").asText()).isNotNull();
            assertThat(entry.text()).contains(source.get("name").asText());
        }
    }

    @Test
    void keyFiguresShowValueStatusAndSourceAsText() {
        Element figures = page.getElementById("key-figures");
        assertThat(figures).isNotNull();
        assertThat(figures.text()).contains("up to $50 billion", "Reported", "$100 billion", "Estimated",
                "about 16,000", "Planned");
    }

    @Test
    void proseTakesEveryNumberFromTheData() throws IOException {
        String body = page.select(".prose").text();
        assertThat(body).contains("up to $50 billion", "$100 billion", "up to 50%").doesNotContain("{{");
        // The Markdown itself types no figure: digits appear only inside {{ references }}.
        String markdown = Files.readString(BRIEFING.resolve("index.md"));
        String bodyOnly = markdown.substring(markdown.indexOf("\n---", 4) + 4);
        String withoutRefs = bodyOnly.replaceAll("\\{\\{[^}]*}}", "");
        assertThat(Pattern.compile("\\d").matcher(withoutRefs).find())
                .as("a digit typed into index.md's body instead of a {{ figure }} reference").isFalse();
    }

    @Test
    void everyInternalUrlStaysUnderTheBasePath() {
        for (Map.Entry<String, String> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            Document doc = Jsoup.parse(file.getValue());
            for (Element e : doc.select("[href], [src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                if (url.startsWith("/")) {
                    assertThat(url).as(file.getKey()).startsWith("/briefing/");
                }
            }
            // No request to another host: scripts, styles, images and icons are all local.
            for (Element e : doc.select("script[src], link[rel=stylesheet], link[rel=icon], img[src]")) {
                String url = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                assertThat(url).as(file.getKey()).startsWith("/briefing/");
            }
        }
    }

    @Test
    void homeShowsLatestHeadlineKeyFiguresAndList() {
        Document home = Jsoup.parse(files.get("index.html"));
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.select("h1").text()).isEqualTo(page.select("h1").text());
        assertThat(home.text()).contains("up to $50 billion", "Reported");
        assertThat(home.select("a[href=/briefing/briefings/amazon-openai-talks/]")).isNotEmpty();
    }

    @Test
    void showsFourChartsEachWithCaptionDescriptionAndDataTable() throws IOException {
        JsonNode charts = yaml("charts.yaml").get("charts");
        assertThat(charts.size()).isGreaterThanOrEqualTo(4);
        for (JsonNode chart : charts) {
            String id = chart.get("id").asText();
            Element figure = page.getElementById("chart-" + id);
            assertThat(figure).as(id).isNotNull();
            assertThat(figure.selectFirst("figcaption").text()).contains(chart.get("title").asText());
            Element img = figure.selectFirst("picture img");
            assertThat(img.attr("alt")).as(id).isNotBlank().isNotEqualTo(chart.get("title").asText());
            assertThat(figure.select("picture source[media='screen and (prefers-color-scheme: dark)']")).hasSize(1);
            assertThat(figure.select("details table tbody tr")).as(id).isNotEmpty();
            for (String file : List.of(id + ".svg", id + "-dark.svg", id + ".png", id + ".csv", id + ".json")) {
                assertThat(files).containsKey("briefings/amazon-openai-talks/charts/" + file);
            }
            String svg = files.get("briefings/amazon-openai-talks/charts/" + id + ".svg");
            assertThat(svg).contains("role=\"img\"", "<title id=", "<desc id=").doesNotContain("<!DOCTYPE");
        }
    }

    @Test
    void roundChartDataEqualsTheRoundYaml() throws IOException {
        JsonNode participants = yaml("round.yaml").get("participants");
        String csv = files.get("briefings/amazon-openai-talks/charts/round-by-investor.csv");
        List<String> lines = csv.lines().toList();
        int row = 1;
        for (JsonNode p : participants) {
            if (field(p, "amount").isMissingNode()) {
                continue;
            }
            String amount = field(p, "amount").asText();
            assertThat(lines.get(row)).startsWith(companyName(investor(p)) + ",")
                    .contains(amount);
            row++;
        }
        JsonNode json = YAML.readTree(files.get("briefings/amazon-openai-talks/charts/round-by-investor.json"));
        assertThat(row).as("participants with an amount").isEqualTo(3);
        assertThat(json.at("/series/0/points/0/value").decimalValue()).isEqualByComparingTo("50000000000");
        assertThat(json.at("/series/0/points/0/display").asText()).isEqualTo("up to $50 billion");
        assertThat(json.at("/series/0/points/0/status").asText()).isEqualTo("Reported");
        Element alt = page.selectFirst("#chart-round-by-investor img");
        assertThat(alt.attr("alt")).contains("Amazon up to $50 billion (50%)", "SoftBank Group up to $30 billion (30%)",
                "Rest of the round at least $20 billion (20%)");
    }

    @Test
    void changingAYamlValueChangesThePage(@TempDir Path tmp) throws Exception {
        Path content = tmp.resolve("content");
        briefing.pipeline.TestSite.copyTree(CONTENT, content);
        // The round's amounts are the desk ledger's, which the briefing refers to.
        Path round = content.resolve("data/deals.yaml");
        String yaml = Files.readString(round);
        assertThat(yaml).contains("amount: up to $50 billion");
        Files.writeString(round, yaml.replace("amount: up to $50 billion", "amount: up to $60 billion"));

        Document changed = Jsoup.parse(render(content, Optional.empty()).get(PAGE));
        assertThat(changed.text()).contains("up to $60 billion", "up to 60%").doesNotContain("up to $50 billion");
        assertThat(changed.select("#investments").text()).contains("up to $60 billion");
    }

    @Test
    void fullBuildWritesTheSiteAndRebuildsByteIdentical(@TempDir Path tmp) throws Exception {
        Path out = tmp.resolve("site");
        BuildOptions options = new BuildOptions(CONTENT, TEMPLATES, out, Optional.empty(), false);
        BuildResult first = new BuildPipeline(Path.of("")).build(options);
        Map<String, byte[]> before = snapshot(out);
        new BuildPipeline(Path.of("")).build(options);
        Map<String, byte[]> after = snapshot(out);
        assertThat(first.files()).isEqualTo(before.size());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        before.forEach((path, bytes) -> assertThat(after.get(path)).as(path).isEqualTo(bytes));
    }

    static Map<String, byte[]> snapshot(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            Map<String, byte[]> out = new java.util.TreeMap<>();
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                out.put(dir.relativize(p).toString(), Files.readAllBytes(p));
            }
            return out;
        }
    }
}
