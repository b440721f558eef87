package briefing;

import briefing.pipeline.TestSite;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real site reads as English where templates and code put words around data values: no possessive of a
 * plural written "s's" ("spenders's") and no "1 deals". Checked in what a reader sees: the pages' text and the
 * tooltips and alternative texts.
 */
class RealSiteGrammarTest {

    /** A possessive "s" after a word ending in "s", with either apostrophe. */
    private static final Pattern S_S = Pattern.compile("\\b\\w*[sS]['\u2019]s\\b");
    /** "1 deals", "1 figures": the count one with a plural noun. */
    private static final Pattern ONE_PLURAL = Pattern.compile("(?<![\\d.,$])\\b1 (?:timeline )?(deals|figures|events"
            + "|briefings|entries|sources)\\b");

    static Map<String, String> files;
    /** The real site with the investor and the company renamed to names ending in "s", as plurals and many firms do. */
    static Map<String, String> renamed;

    @BeforeAll
    static void buildOnce(@TempDir Path dir) throws Exception {
        Optional<URI> base = Optional.of(URI.create("https://example.github.io/briefing/"));
        files = RealBriefingTest.render(RealBriefingTest.CONTENT, base);
        Path content = dir.resolve("content");
        TestSite.copyTree(RealBriefingTest.CONTENT, content);
        Path companies = content.resolve("companies.yaml");
        String list = Files.readString(companies);
        assertThat(list).contains("    name: Amazon\n", "    name: OpenAI\n");
        Files.writeString(companies, list.replace("    name: Amazon\n", "    name: Hyperscale spenders\n")
                .replace("    name: OpenAI\n", "    name: OpenAI Holdings\n"));
        renamed = RealBriefingTest.render(content, base);
        assertThat(renamed.get(RealBriefingTest.PAGE)).contains("Hyperscale spenders").contains("OpenAI Holdings");
    }

    private static List<String> pages() {
        return pages(files);
    }

    private static List<String> pages(Map<String, String> files) {
        List<String> pages = files.keySet().stream().filter(p -> p.endsWith(".html")).sorted().toList();
        assertThat(pages).contains(RealBriefingTest.PAGE, "companies/index.html", "deals/index.html")
                .anyMatch(p -> p.startsWith("companies/") && !p.equals("companies/index.html"));
        return pages;
    }

    private static String visible(Document doc) {
        StringBuilder text = new StringBuilder(doc.body().text());
        for (Element e : doc.select("[title], [alt], [aria-label]")) {
            text.append('\n').append(e.attr("title")).append('\n').append(e.attr("alt"))
                    .append('\n').append(e.attr("aria-label"));
        }
        doc.select("title").forEach(t -> text.append('\n').append(t.text()));
        return text.toString();
    }

    @Test
    void noPossessiveOfAPluralIsWrittenWithApostropheS() {
        for (Map<String, String> site : List.of(files, renamed)) {
            List<String> found = new ArrayList<>();
            for (String page : pages(site)) {
                Matcher m = S_S.matcher(visible(Jsoup.parse(site.get(page))));
                while (m.find()) {
                    found.add(page + ": " + m.group());
                }
            }
            assertThat(found).isEmpty();
        }
    }

    @Test
    void aNameEndingInSTakesTheApostropheAlone() {
        Document page = Jsoup.parse(renamed.get(RealBriefingTest.PAGE));
        assertThat(page.select("#investments-caption").text())
                .startsWith("Hyperscale spenders\u2019 current and potential investments");
        assertThat(page.select("#funding-round-caption").text()).isEqualTo("Participants in OpenAI Holdings\u2019 round");
        // A share's label is no longer made from the company's name: it is the editor's, in figures.yaml.
    }

    @Test
    void aCountOfOneTakesTheSingular() {
        List<String> found = new ArrayList<>();
        for (String page : pages()) {
            Matcher m = ONE_PLURAL.matcher(visible(Jsoup.parse(files.get(page))));
            while (m.find()) {
                found.add(page + ": " + m.group());
            }
        }
        assertThat(found).isEmpty();
    }
}
