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
    /** The index's manifest. */
    static JsonNode index;
    /** Every entry of the index, from its chunks, in order. */
    static List<JsonNode> all;

    @BeforeAll
    static void build(@TempDir Path tmp) throws Exception {
        real = new BuildPipeline(tmp).render(new BuildOptions(Path.of("content"), Path.of("templates"),
                tmp.resolve("site"), Optional.empty(), false));
        files = real.files().stream().collect(Collectors.toMap(OutputFile::path, OutputFile::bytes));
        index = new ObjectMapper().readTree(files.get("search/index.json"));
        all = transfer(files).entries();
    }

    /** The search folder of a site's files. */
    static briefing.benchmark.SearchTransfer transfer(Map<String, byte[]> files) {
        return new briefing.benchmark.SearchTransfer(p -> java.util.Objects.requireNonNull(files.get("search/" + p),
                p));
    }

    static List<JsonNode> entries(String kind) {
        List<JsonNode> out = new ArrayList<>();
        all.forEach(e -> {
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
        assertThat(view.browse()).extracting(Views.SearchLinkView::label, Views.SearchLinkView::url)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("The deal tracker: 57 deals", "/desk/deals/"));
    }

    // ---- files ------------------------------------------------------------------------------------------------------

    @Test
    void chunksHoldHostileTextExactlyAndTheManifestSaysWhereEverythingIs() throws Exception {
        String hostile = "</script><!-- \"quoted\" \\ back\u2028line\u0000nul & <b>bold</b>";
        SearchIndexer.Kind kind = new SearchIndexer.Kind("section", "Section", "Sections");
        List<SearchIndexer.Group> groups = List.of(new SearchIndexer.Group(kind, List.of(
                new SearchIndexer.Entry(hostile, "/x/#a", hostile, hostile, null, List.of(hostile), ""),
                new SearchIndexer.Entry("Plain", "/x/#b", null, null, null, List.of(), "more words"))));
        List<OutputFile> out = SearchIndexer.files(groups, "search/");
        assertThat(SearchIndexer.files(groups, "search/")).as("same bytes every time")
                .usingElementComparator((x, y) -> x.path().equals(y.path()) && java.util.Arrays.equals(x.bytes(),
                        y.bytes()) ? 0 : 1).containsExactlyElementsOf(out);
        assertThat(out).extracting(OutputFile::path).containsExactly("search/index.json", "search/s/0.json",
                "search/c/0.json");
        Map<String, byte[]> byPath = out.stream().collect(Collectors.toMap(OutputFile::path, OutputFile::bytes));
        JsonNode manifest = new ObjectMapper().readTree(byPath.get("search/index.json"));
        assertThat(manifest.get("version").asInt()).isEqualTo(SearchIndexFiles.VERSION);
        assertThat(manifest.get("kinds").toString()).isEqualTo("{\"section\":\"Section\"}");
        assertThat(manifest.get("entries").asInt()).isEqualTo(2);
        assertThat(manifest.get("v").asText()).matches("[0-9a-f]{12}");
        String chunk = new String(byPath.get("search/c/0.json"), StandardCharsets.UTF_8);
        // Control characters are escaped; U+2028 may stay raw: JSON allows it and the file is never script source.
        assertThat(chunk).doesNotContain("\u0000").doesNotContain("<b>more");
        List<JsonNode> entries = transfer(byPath).entries();
        for (String f : List.of("title", "text", "in")) {
            assertThat(entries.get(0).get(f).asText()).as(f).isEqualTo(hostile);
        }
        assertThat(entries.get(0).has("date")).as("absent fields are left out").isFalse();
        assertThat(entries.get(0).has("keywords")).as("keywords and words are only matched").isFalse();
        assertThat(entries.get(1).has("text")).isFalse();
        JsonNode shard = new ObjectMapper().readTree(byPath.get("search/s/0.json"));
        assertThat(shard.get("more").toString()).as("[total, entry, code]: text of entry 1")
                .isEqualTo("[1,1," + SearchIndexFiles.BODY + "]");
        assertThat(shard.get("plain").toString()).as("a title of one word")
                .isEqualTo("[1,1," + (SearchIndexFiles.TITLE + 4) + "]");
    }

    /** Many words make many shards; each shard key sorts after the words before it and at or before its own. */
    @Test
    void shardsCutTheSortedWordsByPrefix() throws Exception {
        SearchIndexer.Kind kind = new SearchIndexer.Kind("section", "Section", "Sections");
        List<SearchIndexer.Entry> entries = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 3000; i++) {
            StringBuilder words = new StringBuilder();
            for (int k = 0; k < 12; k++) {
                words.append(Integer.toString(random.nextInt(40_000), 36)).append("x ");
            }
            entries.add(new SearchIndexer.Entry("Entry " + i, "/e/#" + i, null, null, null, List.of(),
                    words.toString().strip()));
        }
        List<OutputFile> out = SearchIndexer.files(List.of(new SearchIndexer.Group(kind, entries)), "search/");
        Map<String, byte[]> byPath = out.stream().collect(Collectors.toMap(OutputFile::path, OutputFile::bytes));
        JsonNode manifest = new ObjectMapper().readTree(byPath.get("search/index.json"));
        List<String> keys = new ArrayList<>();
        manifest.get("shards").forEach(k -> keys.add(k.asText()));
        assertThat(keys.size()).isGreaterThan(5);
        assertThat(keys).isSorted().doesNotHaveDuplicates().first().isEqualTo("");
        assertThat(out.stream().filter(f -> f.path().startsWith("search/c/"))).hasSize(3000 / SearchIndexFiles.CHUNK
                + 1);
        for (int i = 0; i < keys.size(); i++) {
            byte[] bytes = byPath.get("search/s/" + i + ".json");
            assertThat(bytes.length).as("shard " + i).isLessThan(SearchIndexFiles.SHARD_CHARS + 4);
            List<String> words = new ArrayList<>();
            new ObjectMapper().readTree(bytes).fieldNames().forEachRemaining(words::add);
            assertThat(words).isSorted();
            for (String w : words) {
                assertThat(w.compareTo(keys.get(i))).as(w + " at or after its shard's key").isGreaterThanOrEqualTo(0);
                if (i + 1 < keys.size()) {
                    assertThat(w.compareTo(keys.get(i + 1))).as(w + " before the next key").isLessThan(0);
                }
            }
        }
        // Every entry is found by each of its words, in the one shard that can hold it.
        briefing.benchmark.SearchTransfer t = transfer(byPath);
        String word = entries.get(1234).words().split(" ")[3];
        briefing.benchmark.SearchTransfer.Query q = t.query(word, 10);
        assertThat(q.ranked()).contains(1234);
        assertThat(q.files().stream().filter(f -> f.startsWith("s/"))).hasSize(1);
    }

    @Test
    void keyIsTheShortestPrefixAfterTheWordBefore() {
        assertThat(SearchIndexFiles.key("apple", "banana")).isEqualTo("b");
        assertThat(SearchIndexFiles.key("apple", "apricot")).isEqualTo("apr");
        assertThat(SearchIndexFiles.key("app", "apple")).isEqualTo("appl");
        assertThat(SearchIndexFiles.key("a", "\uD835\uDC00x")).as("never half a surrogate pair")
                .isEqualTo("\uD835\uDC00");
    }

    /** A word in more entries than the cap keeps its best places: titles (short ones first) before text. */
    @Test
    void aCommonWordKeepsItsBestPlacesAndItsTotal() throws Exception {
        SearchIndexer.Kind kind = new SearchIndexer.Kind("section", "Section", "Sections");
        List<SearchIndexer.Entry> entries = new ArrayList<>();
        for (int i = 0; i < SearchIndexFiles.POSTINGS + 500; i++) {
            entries.add(new SearchIndexer.Entry("Entry " + i, "/e/#" + i, "common words", null, null, List.of(),
                    ""));
        }
        entries.add(new SearchIndexer.Entry("Long title with common in it", "/e/#long", null, null, null, List.of(),
                ""));
        entries.add(new SearchIndexer.Entry("Common", "/e/#common", null, null, null, List.of(), ""));
        List<OutputFile> out = SearchIndexer.files(List.of(new SearchIndexer.Group(kind, entries)), "search/");
        Map<String, byte[]> byPath = out.stream().collect(Collectors.toMap(OutputFile::path, OutputFile::bytes));
        briefing.benchmark.SearchTransfer.Query q = transfer(byPath).query("common", 10);
        assertThat(q.capped()).isTrue();
        assertThat(q.ranked()).hasSize(SearchIndexFiles.POSTINGS);
        int n = entries.size();
        assertThat(q.ranked().subList(0, 2)).as("the exact title, then the title holding the word")
                .containsExactly(n - 1, n - 2);
        assertThat(q.ranked().get(2)).as("then text, in entry order").isEqualTo(0);
    }

    @Test
    void aProducerAddsAKindWithoutTouchingTheOthers() throws Exception {
        SearchIndexer.Kind fund = new SearchIndexer.Kind("fund", "Fund", "Funds");
        List<SearchIndexer.Producer> producers = new ArrayList<>(SearchIndexer.PRODUCERS);
        producers.add(new SearchIndexer.Producer(fund, c -> List.of(SearchIndexer.entry("Vision Fund",
                c.urls().basePath() + "funds/vision/", "A fund.", null, null,
                List.of("SVF", "SoftBank Vision Fund"), List.of()))));
        SearchIndexer.Context context = new SearchIndexer.Context(real.site(), new ValueFormat(java.util.Locale.US),
                new DealTracker(real.site(), new ValueFormat(java.util.Locale.US)));
        Map<String, byte[]> byPath = SearchIndexer.files(SearchIndexer.index(context, producers), "search/").stream()
                .collect(Collectors.toMap(OutputFile::path, OutputFile::bytes));
        briefing.benchmark.SearchTransfer t = transfer(byPath);
        assertThat(t.manifest().get("kinds").get("fund").asText()).isEqualTo("Fund");
        List<JsonNode> entries = t.entries();
        assertThat(entries.get(entries.size() - 1).get("kind").asText()).isEqualTo("fund");
        assertThat(entries).hasSize(all.size() + 1);
        assertThat(t.query("svf", 10).ranked()).containsExactly(all.size());
    }

    // ---- the real content ------------------------------------------------------------------------------------------

    @Test
    void kindsComeInProducerOrderAndEveryEntryHasTitleAndUrl() {
        List<String> kinds = new ArrayList<>();
        index.get("kinds").fieldNames().forEachRemaining(kinds::add);
        assertThat(kinds).containsExactly("briefing", "company", "page", "section", "faq", "event", "row", "deal");
        List<String> order = new ArrayList<>();
        all.forEach(e -> {
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
        assertThat(transfer(files).query("anthropic", 10).ranked()).as("found by its tags too").contains(0);
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
    void theSearchPageListsTheFirstEntriesOfEachKindAndLinksToEveryBriefingAndCompany() {
        Document page = Jsoup.parse(new String(files.get("search/index.html"), StandardCharsets.UTF_8));
        List<String> listed = page.select("#search-all a.search-title").eachAttr("href");
        List<String> urls = new ArrayList<>();
        all.forEach(e -> urls.add(e.get("url").asText()));
        assertThat(urls.size()).as("the real content is small enough to be listed whole")
                .isLessThan(SearchIndexer.LISTED_PER_KIND);
        assertThat(listed).containsExactlyElementsOf(urls);
        assertThat(page.select("#search-all h3").eachText()).containsExactly("Briefings (1)",
                "Companies (" + entries("company").size() + ")", "Pages (1)",
                "Sections (" + entries("section").size() + ")", "Questions and answers (5)",
                "Timeline events (" + entries("event").size() + ")", "Deals (" + entries("deal").size() + ")");
        assertThat(page.select(".search-browse a")).extracting(a -> a.text(), a -> a.attr("href")).containsExactly(
                org.assertj.core.groups.Tuple.tuple("The briefing", BASE + "#all-briefings"),
                org.assertj.core.groups.Tuple.tuple("All " + entries("company").size() + " companies",
                        BASE + "companies/"),
                org.assertj.core.groups.Tuple.tuple("The deal tracker: " + entries("deal").size() + " deals",
                        BASE + "deals/"));
        assertThat(page.select("form#search-form").attr("data-index")).isEqualTo(BASE + "search/index.json");
        assertThat(page.select("script[src]").eachAttr("src")).containsExactly(BASE + "assets/search.js");
    }

    /** Every result links to a page of the site and, when it has an anchor, to an element of that page. */
    @Test
    void everyEntryLinksToAnAnchorThatExists() {
        for (JsonNode e : all) {
            String url = e.get("url").asText();
            String path = url.substring(BASE.length()).replaceAll("#.*", "");
            byte[] html = files.get(path.isEmpty() || path.endsWith("/") ? path + "index.html" : path);
            assertThat(html).as(url).isNotNull();
            if (url.contains("#")) {
                String id = url.substring(url.indexOf('#') + 1);
                assertThat(Jsoup.parse(new String(html, StandardCharsets.UTF_8)).getElementById(id)).as(url)
                        .isNotNull();
            }
        }
    }

    /** Ranking on the real content: an exact name first, then titles and headings, then text. */
    @Test
    void anExactNameRanksFirstThenTitlesThenText() {
        briefing.benchmark.SearchTransfer t = transfer(files);
        for (String[] q : new String[][] {{"OpenAI", "OpenAI"}, {"amazon", "Amazon"}, {"softbank", "SoftBank Group"},
                {"microsoft", "Microsoft"}, {"Regulatory questions", "Regulatory questions"}}) {
            List<Integer> ranked = t.query(q[0], 10).ranked();
            assertThat(all.get(ranked.get(0)).get("title").asText()).as(q[0]).isEqualTo(q[1]);
        }
        List<String> titles = t.query("softbank", 10).ranked().stream().map(i -> all.get(i).get("title").asText())
                .toList();
        assertThat(titles.indexOf("SoftBank Group to OpenAI")).as("a deal titled with it")
                .isLessThan(titles.indexOf("The wider round and the rivals"));
    }

    @Test
    void indexSizeOfTheRealContent() {
        briefing.benchmark.SearchTransfer t = transfer(files);
        List<String> paths = files.keySet().stream().filter(p -> p.startsWith("search/") && p.endsWith(".json"))
                .map(p -> p.substring("search/".length())).sorted().toList();
        briefing.benchmark.SearchTransfer.Bytes total = t.bytes(paths);
        briefing.benchmark.SearchTransfer.Query q = t.query("softbank", briefing.benchmark.SearchTransfer.PAGE);
        briefing.benchmark.SearchTransfer.Bytes fetched = t.bytes(q.files());
        System.out.printf("[search] index of the real content: %d entries in %d files, %d bytes (%d gzipped); a "
                        + "query (softbank) fetches %d files, %d bytes (%d gzipped); search page %d bytes%n",
                all.size(), paths.size(), total.raw(), total.gzip(), q.files().size(), fetched.raw(),
                fetched.gzip(), files.get("search/index.html").length);
        assertThat(total.raw()).as("a compact index").isLessThan(64 * 1024);
    }
}
