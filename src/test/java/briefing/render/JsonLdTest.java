package briefing.render;

import briefing.pipeline.TestSite;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each page's JSON-LD parses as JSON with the expected schema.org types, and editor text cannot break out of it. */
class JsonLdTest {

    static final ObjectMapper JSON = new ObjectMapper();
    static final String BASE = "https://example.org/briefing/";
    static final String ATTACK = "</script><script>alert(1)</script>";

    @TempDir
    Path tmp;

    static List<JsonNode> jsonLd(Document doc) throws Exception {
        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            blocks.add(JSON.readTree(script.data()));
        }
        return blocks;
    }

    static List<String> types(List<JsonNode> blocks) {
        return blocks.stream().map(b -> b.get("@type").asText()).toList();
    }

    @Test
    void briefingWithChartAndFaqHasNewsArticleFaqPageAndBreadcrumbs() throws Exception {
        TestSite.Built site = TestSite.of("publishing-meta.txtar", tmp).render();
        Document doc = site.html("briefings/charted/index.html");
        List<JsonNode> ld = jsonLd(doc);
        assertThat(types(ld)).containsExactly("NewsArticle", "FAQPage", "BreadcrumbList");
        ld.forEach(b -> assertThat(b.get("@context").asText()).isEqualTo("https://schema.org"));

        String url = BASE + "briefings/charted/";
        assertThat(doc.selectFirst("link[rel=canonical]").attr("href")).isEqualTo(url);
        JsonNode article = ld.get(0);
        assertThat(article.get("headline").asText()).isEqualTo("Acme and Beta join the round");
        assertThat(article.get("description").asText()).isEqualTo("Acme may invest up to $50 billion (reported).");
        assertThat(article.get("datePublished").asText()).isEqualTo("2026-02-27");
        assertThat(article.get("dateModified").asText()).isEqualTo("2026-03-02");
        assertThat(article.get("author").findValuesAsText("name")).containsExactly("Ada Writer", "Bo Editor");
        assertThat(article.get("author").findValuesAsText("@type")).containsOnly("Person");
        assertThat(article.at("/publisher/@type").asText()).isEqualTo("Organization");
        assertThat(article.at("/publisher/name").asText()).isEqualTo("Meta Desk");
        assertThat(article.at("/publisher/url").asText()).isEqualTo("https://example.org/desk/");
        assertThat(article.at("/image/0").asText()).isEqualTo(url + "charts/round.png");
        assertThat(article.at("/mainEntityOfPage/@id").asText()).isEqualTo(url);
        assertThat(site.files()).containsKey("briefings/charted/charts/round.png");

        JsonNode faq = ld.get(1);
        assertThat(faq.at("/mainEntity/0/@type").asText()).isEqualTo("Question");
        assertThat(faq.at("/mainEntity/0/name").asText()).isEqualTo("How much would Acme invest?");
        // The words a reader sees: the figure's value, the link's text; no Markdown, no HTML.
        assertThat(faq.at("/mainEntity/0/acceptedAnswer/text").asText())
                .as("the status travels into structured data").isEqualTo("Reportedly up to $50 billion (reported), per the report.");

        JsonNode crumbs = ld.get(2).get("itemListElement");
        assertThat(crumbs.findValuesAsText("name")).containsExactly("Meta Desk", "Acme and Beta join the round");
        assertThat(crumbs.findValuesAsText("item")).containsExactly(BASE, url);
        assertThat(crumbs.findValues("position")).extracting(JsonNode::asInt).containsExactly(1, 2);
    }

    @Test
    void briefingWithoutChartOrFaqHasNoImageAndNoFaqPage() throws Exception {
        TestSite.Built site = TestSite.of("publishing-meta.txtar", tmp).render();
        Document doc = site.html("briefings/older/index.html");
        List<JsonNode> ld = jsonLd(doc);
        assertThat(types(ld)).containsExactly("NewsArticle", "BreadcrumbList");
        assertThat(ld.get(0).has("image")).isFalse();
        assertThat(ld.get(0).has("author")).isFalse();
        // A month-precision date stays a month: ISO 8601 allows the partial form.
        assertThat(ld.get(0).get("datePublished").asText()).isEqualTo("2025-10");
        assertThat(doc.select("meta[property=og:image]")).isEmpty();
        assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).isEqualTo("summary");
    }

    @Test
    void otherPagesHaveWebSiteOrBreadcrumbsAndTheSiteCardImage() throws Exception {
        TestSite.Built site = TestSite.of("publishing-meta.txtar", tmp).render();
        Document home = site.html("index.html");
        List<JsonNode> ld = jsonLd(home);
        assertThat(types(ld)).containsExactly("WebSite");
        assertThat(ld.get(0).get("url").asText()).isEqualTo(BASE);
        assertThat(ld.get(0).get("name").asText()).isEqualTo("Meta Desk");

        Document about = site.html("about/index.html");
        assertThat(types(jsonLd(about))).containsExactly("BreadcrumbList");
        assertThat(types(jsonLd(site.html("404.html")))).isEmpty();

        for (String page : List.of("index.html", "about/index.html", "404.html")) {
            Document doc = site.html(page);
            assertThat(doc.selectFirst("meta[property=og:image]").attr("content"))
                    .as(page).isEqualTo(BASE + "briefings/charted/charts/round.png");
            assertThat(doc.selectFirst("meta[property=og:type]").attr("content")).as(page).isEqualTo("website");
            assertThat(doc.selectFirst("meta[name=twitter:card]").attr("content")).as(page)
                    .isEqualTo("summary_large_image");
            assertThat(doc.selectFirst("link[rel=alternate][type=application/atom+xml]").attr("href")).as(page)
                    .isEqualTo("/briefing/feed.xml");
        }
    }

    @Test
    void everyOpenGraphAndTwitterUrlIsAbsolute() throws Exception {
        TestSite.Built site = TestSite.of("publishing-meta.txtar", tmp).render();
        for (String page : site.files().keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList()) {
            Document doc = site.html(page);
            assertThat(doc.selectFirst("meta[property=og:url]").attr("content")).as(page)
                    .isEqualTo(doc.selectFirst("link[rel=canonical]").attr("href")).startsWith(BASE);
            for (Element meta : doc.select("meta[property=og:image], meta[name=twitter:image]")) {
                assertThat(meta.attr("content")).as(page).startsWith(BASE).endsWith(".png");
            }
        }
    }

    @Test
    void editorTextThatLooksLikeMarkupStaysInsideTheJson() throws Exception {
        TestSite.Built site = TestSite.of("publishing-injection.txtar", tmp).render();
        String html = site.text("briefings/tricky/index.html");
        Document doc = site.html("briefings/tricky/index.html");

        // Exactly the JSON-LD blocks are scripts: nothing the editor wrote opened or closed one.
        assertThat(doc.select("script")).hasSize(3);
        assertThat(doc.select("script[type=application/ld+json]")).hasSize(3);
        for (Element script : doc.select("script")) {
            assertThat(script.data()).doesNotContain("<", ">", "&");
        }
        assertThat(html).doesNotContain("<script>alert(1)");

        List<JsonNode> ld = jsonLd(doc);
        assertThat(types(ld)).containsExactly("NewsArticle", "FAQPage", "BreadcrumbList");
        String title = "Deal " + ATTACK + " & <!-- more";
        assertThat(ld.get(0).get("headline").asText()).isEqualTo(title);
        assertThat(ld.get(0).at("/author/0/name").asText()).isEqualTo("Eve </script>");
        assertThat(ld.get(0).at("/publisher/name").asText()).isEqualTo("Desk & <Co>");
        assertThat(ld.get(1).at("/mainEntity/0/name").asText()).isEqualTo("Is " + ATTACK + " safe?");
        assertThat(ld.get(1).at("/mainEntity/0/acceptedAnswer/text").asText())
                .isEqualTo("Yes: " + ATTACK + " stays text & <!-- stays text.");
        assertThat(ld.get(2).at("/itemListElement/1/name").asText()).isEqualTo(title);
    }

    @Test
    void escapingWritesUnicodeEscapesThatJsonReadsBack() throws Exception {
        String escaped = JsonLd.escapeForScript(JSON.writeValueAsString(
                JSON.createObjectNode().put("t", "a</script><!--&>\u2028b")));
        assertThat(escaped).isEqualTo("{\"t\":\"a\\u003c/script\\u003e\\u003c!--\\u0026\\u003e\\u2028b\"}");
        assertThat(JSON.readTree(escaped).get("t").asText()).isEqualTo("a</script><!--&>\u2028b");
    }
}
