package briefing.render;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.content.Heading;
import briefing.value.ValueFormat;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The search index: its text handling, its JSON, and its entries for the real content. */
class SearchIndexerTest {

    private static final Path BRIEFING = Path.of("content/briefings/amazon-openai-talks");
    /** The real content's base path is /briefing/, as on GitHub Pages: every URL in the index starts with it. */
    private static final String BASE = "/briefing/";
    private static final String URL = BASE + "briefings/amazon-openai-talks/";

    static BuildPipeline.Rendered real;
    static Map<String, byte[]> files;
    static JsonNode index;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        real = new BuildPipeline(tmp).render(new BuildOptions(Path.of("content"), Path.of("templates"),
                tmp.resolve("site"), Optional.empty(), false));
        files = real.files().stream().collect(Collectors.toMap(OutputFile::path, OutputFile::bytes));
        index = new ObjectMapper().readTree(files.get("search/index.json"));
    }

    static List<JsonNode> entries(String kind) {
        List<JsonNode> out = new ArrayList<>();
        index.get("entries").forEach(e -> {
            if (e.get("kind").asText().equals(kind)) {
                out.add(e);
            }
        });
        return out;
    }

    static List<String> field(List<JsonNode> entries, String field) {
        return entries.stream().map(e -> e.path(field).asText(null)).toList();
    }

    // ---- text ------------------------------------------------------------------------------------------------------

    @Test
    void wordsAndSpacesAreWhatThePatternsOfTheirDefinitionsGive() {
        // words() and collapseSpaces() are loops for speed; these patterns are what they mean.
        java.util.regex.Pattern notWord = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");
        java.util.regex.Pattern spaces = java.util.regex.Pattern.compile("\\s+");
        String alphabet = "aZ09 \t\n\u000B\f\r.,-'’éÉ\u0301ß\u00A0\u2003Ⅻ½٣中\uD835\uDC00\uD83D\uDE00İı_$";
        java.util.Random random = new java.util.Random(20260227);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(24); k > 0; k--) {
                int at = random.nextInt(alphabet.length());
                text.append(alphabet.charAt(at));
                if (Character.isHighSurrogate(alphabet.charAt(at)) && at + 1 < alphabet.length()) {
                    text.append(alphabet.charAt(at + 1));
                }
            }
            String t = text.toString();
            List<String> expected = notWord.splitAsStream(SearchIndexer.fold(t)).filter(w -> !w.isEmpty()).toList();
            assertThat(SearchIndexer.words(t)).as(t).isEqualTo(expected);
            assertThat(SearchIndexer.collapseSpaces(t)).as(t).isEqualTo(spaces.matcher(t).replaceAll(" "));
            assertThat(SearchIndexer.fold(t)).as(t).isEqualTo(java.util.regex.Pattern.compile("\\p{M}+")
                    .matcher(java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFD)).replaceAll("")
                    .toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Test
    void foldingDropsCaseAndAccentsLikeTheScript() {
        assertThat(SearchIndexer.fold("Société Générale ÅNGSTRÖM Çelik İstanbul")).isEqualTo(
                "societe generale angstrom celik istanbul");
        assertThat(SearchIndexer.words("OpenAI's $50-billion round, Q4 2026!")).containsExactly("openai", "s", "50",
                "billion", "round", "q4", "2026");
        assertThat(SearchIndexer.words("")).isEmpty();
    }

    @Test
    void snippetEndsAfterAWholeWordWithAnEllipsis() {
        String short_ = "A short summary.";
        assertThat(SearchIndexer.snippet(short_)).isEqualTo(short_);
        String long_ = "Amazon is in advanced negotiations to invest up to $50 billion in OpenAI, according to a news "
                + "report published in February 2026 that cites several people familiar with the discussions.";
        String snippet = SearchIndexer.snippet(long_);
        assertThat(snippet).endsWith("…").hasSizeLessThanOrEqualTo(SearchIndexer.SNIPPET + 1);
        String kept = snippet.substring(0, snippet.length() - 1);
        assertThat(long_).startsWith(kept);
        assertThat(long_.charAt(kept.length())).as("cut between words").isIn(' ', ',');
        assertThat(kept).doesNotEndWith(",").doesNotEndWith(" ");
        // One endless word is cut at the limit, never inside a surrogate pair.
        String emoji = "😀".repeat(100);
        String cut = SearchIndexer.snippet(emoji);
        assertThat(cut.codePoints().limit(cut.codePointCount(0, cut.length()) - 1))
                .allMatch(cp -> cp == "😀".codePointAt(0));
    }

    @Test
    void bodiesSplitAtTheirHeadingsWithoutFootnoteMarks() {
        String html = "<p>Intro <em>text</em>.</p><h2 id=\"first\">First</h2><p>One.</p><ul><li>Two</li></ul>"
                + "<h3 id=\"second\">Second</h3><p>Three<sup class=\"footnote-ref\"><a href=\"#fn-1\">1</a></sup>.</p>"
                + "<section class=\"footnotes\"><ol><li><p>Note. <a class=\"footnote-backref\" href=\"#x\">↩</a></p>"
                + "</li></ol></section>";
        SearchIndexer.Sections s = SearchIndexer.sections(html, List.of(new Heading(2, "first", "First"),
                new Heading(3, "second", "Second")));
        assertThat(s.intro()).isEqualTo("Intro text.");
        assertThat(s.sections()).extracting(x -> x.heading().id(), SearchIndexer.Section::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("first", "One. Two"),
                org.assertj.core.groups.Tuple.tuple("second", "Three. Note."));
    }

    @Test
    void anEntryKeepsTheWordsBeyondItsSnippetOnce() {
        String text = "Short start. " + "filler ".repeat(30) + "Jassy and Altman, again Jassy; é x";
        SearchIndexer.Entry e = SearchIndexer.entry("Start of talks", "/u/", text, "In", "2026", List.of("Tag"),
                List.of("Subtitle words", "tag"));
        assertThat(e.text()).startsWith("Short start.").endsWith("…");
        // Not in the title, snippet or keywords; each once; folded; no one-letter words.
        assertThat(e.words()).isEqualTo("jassy and altman again subtitle words");
        assertThat(e.keywords()).containsExactly("Tag");
    }

    @Test
    void withoutJavaScriptAKindListsItsFirstEntriesAndWhereToBrowseThemAll() {
        SearchIndexer.Kind deal = new SearchIndexer.Kind("deal", "Deal", "Deals");
        SearchIndexer.Kind section = new SearchIndexer.Kind("section", "Section", "Sections");
        List<SearchIndexer.Entry> many = new ArrayList<>();
        for (int i = 0; i < SearchIndexer.LISTED_PER_KIND + 7; i++) {
            many.add(new SearchIndexer.Entry("Deal " + i, "/desk/deals/#d" + i, null, null, null, List.of(), ""));
        }
        List<SearchIndexer.Entry> few = List.of(
                new SearchIndexer.Entry("Only", "/desk/briefings/a/#s", null, null, null, List.of(), ""));
        Views.SearchView view = SearchIndexer.view(List.of(new SearchIndexer.Group(deal, many),
                new SearchIndexer.Group(section, few)), new briefing.site.Urls(java.net.URI.create(
                "https://example.org/desk/")));
        Views.SearchGroupView deals = view.groups().get(0);
        assertThat(deals.entries()).hasSize(SearchIndexer.LISTED_PER_KIND);
        assertThat(deals.entries().get(0).title()).isEqualTo("Deal 0");
        assertThat(deals.total()).isEqualTo(SearchIndexer.LISTED_PER_KIND + 7);
        assertThat(deals.browseUrl()).isEqualTo("/desk/deals/");
        assertThat(view.groups().get(1).entries()).hasSize(1);
        assertThat(view.groups().get(1).browseUrl()).isEqualTo("/desk/#all-briefings");
        assertThat(view.total()).as("the index keeps every entry").isEqualTo(SearchIndexer.LISTED_PER_KIND + 8);
    }

    // ---- JSON ------------------------------------------------------------------------------------------------------

    @Test
    void jsonHoldsHostileTextExactlyOneEntryPerLine() throws Exception {
        String hostile = "</script><!-- \"quoted\" \\ back\u2028line\u0000nul & <b>bold</b>";
        SearchIndexer.Kind kind = new SearchIndexer.Kind("section", "Section", "Sections");
        List<SearchIndexer.Group> groups = List.of(new SearchIndexer.Group(kind, List.of(
                new SearchIndexer.Entry(hostile, "/x/#a", hostile, hostile, null, List.of(hostile), ""),
                new SearchIndexer.Entry("Plain", "/x/#b", null, null, null, List.of(), "more words"))));
        byte[] bytes = SearchIndexer.json(groups);
        assertThat(SearchIndexer.json(groups)).as("same bytes every time").isEqualTo(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text.lines()).hasSize(4).first().asString().startsWith("{\"version\":1,\"kinds\":{\"section\":\"Section\"}");
        // Control characters are escaped; U+2028 may stay raw: JSON allows it and the file is never script source.
        assertThat(text).endsWith("\n]}\n").doesNotContain("\u0000");
        JsonNode parsed = new ObjectMapper().readTree(bytes);
        JsonNode first = parsed.get("entries").get(0);
        for (String f : List.of("title", "text", "in")) {
            assertThat(first.get(f).asText()).as(f).isEqualTo(hostile);
        }
        assertThat(first.get("keywords").get(0).asText()).isEqualTo(hostile);
        assertThat(first.has("date")).as("absent fields are left out").isFalse();
        assertThat(first.has("words")).isFalse();
        JsonNode second = parsed.get("entries").get(1);
        assertThat(second.has("text")).isFalse();
        assertThat(second.has("keywords")).isFalse();
        assertThat(second.get("words").asText()).isEqualTo("more words");
    }

    @Test
    void aProducerAddsAKindWithoutTouchingTheOthers() throws Exception {
        SearchIndexer.Kind company = new SearchIndexer.Kind("company", "Company", "Companies");
        List<SearchIndexer.Producer> producers = new ArrayList<>(SearchIndexer.PRODUCERS);
        producers.add(new SearchIndexer.Producer(company, c -> List.of(SearchIndexer.entry("OpenAI",
                c.urls().basePath() + "companies/openai/", "Maker of ChatGPT.", null, null,
                List.of("Open AI", "OpenAI Inc."), List.of()))));
        SearchIndexer.Context context = new SearchIndexer.Context(real.site(), new ValueFormat(java.util.Locale.US),
                new DealTracker(real.site(), new ValueFormat(java.util.Locale.US)));
        JsonNode json = new ObjectMapper().readTree(SearchIndexer.json(SearchIndexer.index(context, producers)));
        assertThat(json.get("kinds").get("company").asText()).isEqualTo("Company");
        JsonNode last = json.get("entries").get(json.get("entries").size() - 1);
        assertThat(last.get("kind").asText()).isEqualTo("company");
        assertThat(last.get("keywords")).hasSize(2);
        assertThat(json.get("entries").size()).isEqualTo(index.get("entries").size() + 1);
    }

    // ---- the real content ------------------------------------------------------------------------------------------

    @Test
    void kindsComeInProducerOrderAndEveryEntryHasTitleAndUrl() {
        List<String> kinds = new ArrayList<>();
        index.get("kinds").fieldNames().forEachRemaining(kinds::add);
        assertThat(kinds).containsExactly("briefing", "page", "section", "faq", "event", "row", "deal", "company");
        List<String> order = new ArrayList<>();
        index.get("entries").forEach(e -> {
            String kind = e.get("kind").asText();
            if (order.isEmpty() || !order.get(order.size() - 1).equals(kind)) {
                order.add(kind);
            }
            assertThat(e.get("title").asText()).isNotBlank();
            assertThat(e.get("url").asText()).startsWith(BASE);
            assertThat(e.path("text").asText("")).doesNotContain("<").hasSizeLessThanOrEqualTo(
                    SearchIndexer.SNIPPET + 1);
        });
        // The real briefing has no dataset table, so no row entries (DatasetTableSiteTest indexes rows).
        assertThat(order).as("entries grouped by kind, in producer order")
                .isEqualTo(kinds.stream().filter(k -> !k.equals("row")).toList());
    }

    @Test
    void briefingEntryHasItsSummaryDateAndTags() {
        JsonNode b = entries("briefing").get(0);
        assertThat(b.get("title").asText()).startsWith("Amazon weighs a major stake in OpenAI");
        assertThat(b.get("url").asText()).isEqualTo(URL);
        assertThat(b.get("text").asText()).startsWith("Amazon is reported to be in advanced talks to invest up to "
                + "$50 billion");
        assertThat(b.get("date").asText()).isEqualTo("February 27, 2026");
        assertThat(b.get("keywords").toString()).contains("Anthropic");
        assertThat(entries("page")).extracting(p -> p.get("url").asText()).containsExactly(BASE + "about/");
    }

    @Test
    void everyHeadingOfTheBodyIsASectionWithItsAnchor() {
        Document page = Jsoup.parse(new String(files.get("briefings/amazon-openai-talks/index.html"),
                StandardCharsets.UTF_8));
        List<String> anchors = page.select(".prose > h2, .prose > h3").eachAttr("id").stream()
                .map(id -> URL + "#" + id).toList();
        assertThat(anchors).isNotEmpty();
        List<String> sections = field(entries("section"), "url").stream().filter(u -> u.startsWith(URL)).toList();
        assertThat(sections).containsExactlyElementsOf(anchors);
        JsonNode wider = entries("section").stream()
                .filter(s -> s.get("title").asText().equals("The wider round and the rivals")).findFirst().orElseThrow();
        assertThat(wider.get("text").asText() + " " + wider.path("words").asText()).containsIgnoringCase("softbank");
        assertThat(wider.get("in").asText()).startsWith("Amazon weighs");
        assertThat(field(entries("section"), "url")).contains(BASE + "about/#how-we-handle-figures");
    }

    @Test
    void everyFaqAndEventOfTheYamlHasAnEntryInPageOrder() throws Exception {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        List<String> faqs = new ArrayList<>();
        yaml.readTree(BRIEFING.resolve("faqs.yaml").toFile()).get("faqs").forEach(f ->
                faqs.add(URL + "#faq-" + f.get("id").asText()));
        assertThat(field(entries("faq"), "url")).containsExactlyElementsOf(faqs);
        assertThat(entries("faq").get(0).get("title").asText()).isEqualTo("What amount is Amazon said to be discussing?");
        assertThat(entries("faq").get(0).get("text").asText()).contains("up to $50 billion");

        Document page = Jsoup.parse(new String(files.get("briefings/amazon-openai-talks/index.html"),
                StandardCharsets.UTF_8));
        List<String> events = page.select("#timeline li.timeline-event").eachAttr("id").stream()
                .map(id -> URL + "#" + id).toList();
        assertThat(field(entries("event"), "url")).containsExactlyElementsOf(events);
        JsonNode listing = entries("event").stream().filter(e -> e.get("url").asText().endsWith("#event-openai-listing"))
                .findFirst().orElseThrow();
        assertThat(listing.get("date").asText()).isEqualTo("Q4 2026");
    }

    @Test
    void dealsAreTheDealTrackersRowsLinkingToTheirTable() throws Exception {
        JsonNode tracker = new ObjectMapper().readTree(files.get("deals/deals.json")).get("deals");
        List<JsonNode> deals = entries("deal");
        assertThat(deals).hasSize(tracker.size());
        for (int i = 0; i < deals.size(); i++) {
            JsonNode row = tracker.get(i);
            JsonNode entry = deals.get(i);
            assertThat(entry.get("title").asText()).isEqualTo(row.get("investor").asText() + " to "
                    + row.get("target").asText());
            assertThat(entry.get("text").asText()).startsWith(row.get("display").asText());
            assertThat(entry.get("url").asText()).isIn(URL + "#funding-round", URL + "#investments");
        }
        assertThat(deals).anySatisfy(d -> assertThat(d.get("title").asText()).isEqualTo("SoftBank Group to OpenAI"));
    }

    @Test
    void theSearchPageListsEveryEntrySoTheLinkCheckCoversEveryUrl() {
        Document page = Jsoup.parse(new String(files.get("search/index.html"), StandardCharsets.UTF_8));
        List<String> listed = page.select("#search-all a.search-title").eachAttr("href");
        List<String> urls = new ArrayList<>();
        index.get("entries").forEach(e -> urls.add(e.get("url").asText()));
        assertThat(listed).containsExactlyElementsOf(urls);
        assertThat(page.select("#search-all h3").eachText()).containsExactly("Briefings (1)", "Pages (1)",
                "Sections (" + entries("section").size() + ")", "Questions and answers (5)",
                "Timeline events (" + entries("event").size() + ")", "Deals (" + entries("deal").size() + ")",
                "Companies (" + entries("company").size() + ")");
        assertThat(page.select("form#search-form").attr("data-index")).isEqualTo(BASE + "search/index.json");
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly(BASE + "assets/search.js");
    }

    @Test
    void indexSizeOfTheRealContent() throws Exception {
        byte[] json = files.get("search/index.json");
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(json);
        }
        int words = 0;
        for (JsonNode e : index.get("entries")) {
            words += e.path("words").asText("").length();
        }
        System.out.printf("[search] index of the real content: %d entries, %d bytes (%d gzipped), of which %d in "
                + "\"words\"; search page %d bytes%n", index.get("entries").size(), json.length, gz.size(), words,
                files.get("search/index.html").length);
        assertThat(json.length).as("a compact index").isLessThan(64 * 1024);
    }
}
