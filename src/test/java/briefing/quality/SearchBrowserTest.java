package briefing.quality;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static briefing.quality.BrowserTest.assertNoConsoleErrorsAndNoOtherHost;
import static briefing.quality.BrowserTest.assertNoHorizontalScroll;
import static briefing.quality.BrowserTest.colorScheme;
import static briefing.quality.BrowserTest.driver;
import static briefing.quality.BrowserTest.js;
import static briefing.quality.BrowserTest.screenshot;
import static briefing.quality.BrowserTest.server;
import static briefing.quality.BrowserTest.viewport;
import static briefing.quality.BrowserTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The search page of the real site in headless Chromium, with {@link BrowserTest}'s browser, recorders and proxy:
 * results as the reader types, the query in the URL, the header box, the keyboard, the page without JavaScript,
 * axe in light and dark, what a query fetches (only its shards and chunks, at most 300 KB) and how long it takes
 * (printed, never asserted).
 */
class SearchBrowserTest {

    static final String SEARCH = "search/";

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserTest.startBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
    }

    @BeforeEach
    void desktopLightByDefault() {
        viewport(1280, 900);
        colorScheme("light");
    }

    @AfterEach
    void resetEmulation() {
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features", List.of()));
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
    }

    static WebElement box() {
        return driver.findElement(By.id("search-q"));
    }

    static String status() {
        return driver.findElement(By.id("search-status")).getText();
    }

    static List<String> resultTitles() {
        return driver.findElements(By.cssSelector("#search-results .search-title")).stream().map(WebElement::getText)
                .toList();
    }

    /** Waits until the status line reports on {@code query} (the index is loaded and the results are shown). */
    static void awaitResultsFor(String query) {
        new WebDriverWait(driver, BrowserTest.PATIENCE).withMessage(() -> "status: " + status())
                .until(d -> status().contains("“" + query + "”"));
    }

    static void type(String text) {
        WebElement box = box();
        box.clear();
        box.sendKeys(text);
        awaitResultsFor(text);
    }

    // ----------------------------------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"390x844", "1280x900"})
    void typingShowsMatchesRankedTitleFirstAndHidesTheFullList(String size) throws Exception {
        int width = Integer.parseInt(size.split("x")[0]);
        viewport(width, Integer.parseInt(size.split("x")[1]));
        visit(SEARCH);
        assertThat(driver.findElement(By.id("search-all")).isDisplayed()).as("everything listed before a query")
                .isTrue();
        assertThat(driver.findElement(By.id("search-results")).isDisplayed()).isFalse();

        type("softbank");
        List<String> titles = resultTitles();
        // The script ranks as SearchTransfer works it out from the files: an exact company name (an alias) first.
        briefing.benchmark.SearchTransfer.Query planned = briefing.benchmark.SearchTransfer.of(QualitySite.built())
                .query("softbank", briefing.benchmark.SearchTransfer.PAGE);
        List<JsonNode> all = briefing.benchmark.SearchTransfer.of(QualitySite.built()).entries();
        assertThat(titles).isEqualTo(planned.ranked().stream().limit(briefing.benchmark.SearchTransfer.PAGE)
                .map(i -> all.get(i).get("title").asText()).toList());
        assertThat(titles).as("an exact company name ranks first").first().asString().isEqualTo("SoftBank Group");
        assertThat(titles.indexOf("SoftBank Group to OpenAI")).as("then titles, then text")
                .isLessThan(titles.indexOf("The wider round and the rivals")).isGreaterThan(0);
        int total = planned.ranked().size();
        assertThat(status()).isEqualTo(total > titles.size()
                ? "Showing " + titles.size() + " of " + total + " results for “softbank”."
                : titles.size() + " results for “softbank”.");
        assertThat(driver.findElement(By.id("search-all")).isDisplayed()).isFalse();
        WebElement first = driver.findElement(By.cssSelector("#search-results > li"));
        assertThat(first.findElement(By.cssSelector(".search-kind")).getText()).isEqualToIgnoringCase("Company");
        assertThat(first.findElement(By.cssSelector("a")).getAttribute("href"))
                .isEqualTo(server.url("companies/softbank/"));
        WebElement deal = driver.findElements(By.cssSelector("#search-results > li")).get(titles.indexOf(
                "SoftBank Group to OpenAI"));
        assertThat(deal.findElement(By.cssSelector("a")).getAttribute("href"))
                .isEqualTo(server.url("briefings/amazon-openai-talks/#funding-round"));
        assertThat(deal.findElements(By.cssSelector("mark"))).extracting(WebElement::getText).contains("SoftBank");
        assertThat(driver.getCurrentUrl()).endsWith("/briefing/search/?q=softbank");
        if (width <= 390) {
            assertNoHorizontalScroll(SEARCH + " with results");
        }
        screenshot("search-softbank-" + size);

        // Case, accents and word starts do not matter; every word must match.
        type("SOFTBÁNK");
        assertThat(resultTitles()).isEqualTo(titles);
        type("soft");
        assertThat(resultTitles()).contains("SoftBank Group to OpenAI");
        type("jassy altman");
        assertThat(resultTitles()).contains("What is reported").doesNotContain("SoftBank Group to OpenAI");
        type("softbank zzzz");
        assertThat(status()).isEqualTo("No results for “softbank zzzz”. Try fewer or shorter words.");
        assertThat(driver.findElement(By.id("search-results")).isDisplayed()).isFalse();

        box().clear();
        box().sendKeys(" ", Keys.BACK_SPACE);
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> driver.findElement(By.id("search-all"))
                .isDisplayed());
        assertThat(status()).isEmpty();
        assertNoConsoleErrorsAndNoOtherHost(SEARCH);
    }

    /** The header box, the form and the results fit the narrowest screen the site supports. */
    @Test
    void searchBoxesFitA320PixelScreen() throws Exception {
        viewport(320, 640);
        for (String page : List.of(BrowserTest.HOME, BrowserTest.ABOUT, BrowserTest.NOT_FOUND)) {
            visit(page);
            assertNoHorizontalScroll(page + " at 320 px");
            // Inside the header's padding, not only inside the screen.
            Number overhang = (Number) js("const h = document.querySelector('.site-header-inner');"
                    + "const right = h.getBoundingClientRect().right - parseFloat(getComputedStyle(h).paddingRight);"
                    + "return document.querySelector('.site-search').getBoundingClientRect().right - right;");
            assertThat(overhang.doubleValue()).as("search box beyond the header's padding on /" + page).isLessThan(0.5);
        }
        screenshot("search-header-320");
        visit(SEARCH);
        type("amazon openai");
        assertNoHorizontalScroll(SEARCH + "?q=amazon+openai at 320 px");
    }

    @Test
    void theHeaderBoxOfAnyPageOpensTheResults() {
        visit(BrowserTest.BRIEFING);
        WebElement header = driver.findElement(By.id("site-search-q"));
        header.sendKeys("anthropic", Keys.ENTER);
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> d.getCurrentUrl().contains("/search/?q="));
        awaitResultsFor("anthropic");
        assertThat(box().getAttribute("value")).isEqualTo("anthropic");
        assertThat(resultTitles()).contains("Two bets: OpenAI and Anthropic");
        assertThat(driver.findElements(By.id("site-search-q"))).as("one box on the search page").isEmpty();
        assertNoConsoleErrorsAndNoOtherHost(SEARCH + "?q=anthropic");
    }

    @Test
    void arrowKeysMoveThroughTheResultsAndEnterOpensOne() {
        visit(SEARCH);
        type("microsoft");
        List<WebElement> links = driver.findElements(By.cssSelector("#search-results a"));
        assertThat(links).hasSizeGreaterThanOrEqualTo(2);
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(driver.switchTo().activeElement()).isEqualTo(links.get(0));
        new Actions(driver).sendKeys(Keys.ARROW_DOWN).perform();
        assertThat(driver.switchTo().activeElement()).isEqualTo(links.get(1));
        new Actions(driver).sendKeys(Keys.ARROW_UP, Keys.ARROW_UP).perform();
        assertThat(driver.switchTo().activeElement()).isEqualTo(box());
        // Tab reaches the results too: past the button, the first link.
        new Actions(driver).sendKeys(Keys.TAB, Keys.TAB).perform();
        assertThat(driver.switchTo().activeElement()).isEqualTo(links.get(0));
        String target = links.get(0).getAttribute("href");
        new Actions(driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> d.getCurrentUrl().equals(target));
    }

    @Test
    void withoutJavaScriptThePageListsEverythingByKind() throws Exception {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        visit(BrowserTest.HOME);
        driver.findElement(By.id("site-search-q")).sendKeys("softbank", Keys.ENTER);
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> d.getCurrentUrl().contains("/search/?q="));
        WebElement all = driver.findElement(By.id("search-all"));
        assertThat(all.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("search-results")).isDisplayed()).isFalse();
        int entries = briefing.benchmark.SearchTransfer.of(QualitySite.built()).manifest().get("entries").asInt();
        assertThat(entries).as("the real content is listed whole").isLessThan(50);
        assertThat(all.findElements(By.cssSelector("li a.search-title"))).hasSize(entries)
                .allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
        assertThat(all.findElements(By.cssSelector(".search-browse a"))).extracting(a -> a.getAttribute("href"))
                .contains(server.url("#all-briefings"), server.url("companies/"), server.url("deals/"));
        assertThat(all.findElements(By.tagName("h3"))).extracting(WebElement::getText)
                .anySatisfy(h -> assertThat(h).startsWith("Deals"));
        assertThat(all.getText()).contains("SoftBank Group to OpenAI");
        assertThat(driver.findElement(By.cssSelector(".search-note")).isDisplayed()).as("the noscript note").isTrue();
        assertThat(server.hits()).noneSatisfy(h -> assertThat(h.path()).endsWith("search.js"));
        screenshot("search-no-javascript");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    @SuppressWarnings("deprecation") // setLegacyMode: see BrowserTest
    void axeFindsNoSeriousOrCriticalViolationsWithAndWithoutResults(String scheme) throws Exception {
        colorScheme(scheme);
        List<String> found = new ArrayList<>();
        for (String query : List.of("", "openai")) {
            visit(SEARCH);
            if (!query.isEmpty()) {
                type(query);
            }
            Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
            assertThat(results.getPasses()).isNotEmpty();
            System.out.printf("[axe] %-30s %-5s %d violations (%s)%n", "/" + SEARCH + "?q=" + query, scheme,
                    results.getViolations().size(), results.getViolations().stream()
                            .map(v -> v.getId() + ":" + v.getImpact()).toList());
            for (Rule v : results.getViolations()) {
                if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                    found.add(v.getId() + " (" + scheme + ", q=" + query + "): " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
        }
        screenshot("search-openai-" + scheme);
        assertThat(found).isEmpty();
    }

    /**
     * A query fetches the manifest, the shards of its words and the chunks of the results shown, and nothing else
     * (the files SearchTransfer works out, as DevTools saw them requested); a result opens its page at its anchor.
     */
    @Test
    void aQueryFetchesOnlyItsShardsAndChunksAndAResultOpensAtItsAnchor() throws Exception {
        String query = "regulatory questions";
        Transfer t = query(server, QualitySite.built(), query);
        assertThat(resultTitles()).first().asString().isEqualTo("Regulatory questions");
        assertThat(t.bytes().gzip()).isLessThan(300_000);
        WebElement link = driver.findElement(By.cssSelector("#search-results a.search-title"));
        String href = link.getAttribute("href");
        assertThat(href).isEqualTo(server.url("briefings/amazon-openai-talks/#regulatory-questions"));
        link.click();
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> d.getCurrentUrl().equals(href));
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> "complete".equals(js("return document.readyState")));
        Number top = (Number) js("const e = document.getElementById('regulatory-questions');"
                + "return e ? e.getBoundingClientRect().top : -1e9;");
        assertThat(top.doubleValue()).as("the heading is at the top of the window").isBetween(-1.0,
                ((Number) js("return innerHeight")).doubleValue() / 2);
        assertNoConsoleErrorsAndNoOtherHost("briefings/amazon-openai-talks/");
    }

    /** "More results" shows the next page of results, fetching only their chunks. */
    @Test
    void moreResultsShowsTheNextResults() throws Exception {
        visit(SEARCH);
        type("amazon");
        int before = resultTitles().size();
        assertThat(before).isEqualTo(briefing.benchmark.SearchTransfer.PAGE);
        WebElement more = driver.findElement(By.id("search-more"));
        assertThat(more.isDisplayed()).isTrue();
        more.click();
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> resultTitles().size() > before);
        List<JsonNode> all = briefing.benchmark.SearchTransfer.of(QualitySite.built()).entries();
        List<Integer> ranked = briefing.benchmark.SearchTransfer.of(QualitySite.built()).query("amazon", 100)
                .ranked();
        assertThat(resultTitles()).isEqualTo(ranked.stream().limit(2L * before).map(i -> all.get(i).get("title")
                .asText()).toList());
        assertThat(driver.switchTo().activeElement().getText()).as("focus on the first new result")
                .isEqualTo(resultTitles().get(before));
        assertNoConsoleErrorsAndNoOtherHost(SEARCH);
    }

    /** Prints the bytes a few queries transfer on the real content and the time to their results. */
    @Test
    void measuresBytesPerQuery() throws Exception {
        for (String q : List.of("softbank", "amazon openai", "anthropic", "job cuts", "valuation")) {
            query(server, QualitySite.built(), q);
        }
        assertNoConsoleErrorsAndNoOtherHost(SEARCH);
    }

    /**
     * Opt-in ({@code -Dsearch.desk=1000}): the same for a seeded synthetic desk of that many briefings
     * ({@code DeskGenerator}, as in the benchmark), with an assertion of the budget: at most 300 KB a query.
     */
    @Test
    void measuresASyntheticDeskWhenAsked() throws Exception {
        String size = System.getProperty("search.desk");
        Assumptions.assumeTrue(size != null, "set -Dsearch.desk=N to measure a synthetic desk of N briefings");
        Path tmp = Files.createTempDirectory("briefing-search-desk-");
        try {
            Path site = System.getProperty("search.site") != null ? Path.of(System.getProperty("search.site")) : null;
            if (site == null) {
                briefing.benchmark.DeskGenerator.Desk desk = new briefing.benchmark.DeskGenerator(
                        briefing.benchmark.DeskGenerator.DEFAULT_SEED).write(tmp.resolve("desk"),
                        Integer.parseInt(size), 0, Path.of("content"), Path.of("src/bench/hugo"), false);
                site = tmp.resolve("site");
                new BuildPipeline(tmp).build(new BuildOptions(desk.content(), Path.of("templates"), site,
                        Optional.of(QualitySite.BASE_URL), false));
            }
            try (SiteServer deskServer = SiteServer.start(site)) {
                for (String q : List.of("northwind", "helix cloud", "strategic partnership", "quartz", "regulator")) {
                    assertThat(query(deskServer, site, q).bytes().gzip()).as(q).isLessThan(300_000);
                }
            }
        } finally {
            QualitySite.deleteTree(tmp);
        }
    }

    record Transfer(List<String> fetched, briefing.benchmark.SearchTransfer.Bytes bytes) {
    }

    /**
     * Opens the search page with {@code ?q=} and waits for the results; checks that the browser fetched exactly the
     * search files SearchTransfer plans (each once) besides the page and its stylesheet, script and icon; prints
     * what they weigh, as served and gzipped, and what DevTools counted on the wire.
     */
    static Transfer query(SiteServer on, Path site, String query) throws Exception {
        BrowserTest.requests.clear();
        BrowserTest.transferred.clear();
        on.clearHits();
        long start = System.nanoTime();
        driver.get(on.url(SEARCH + "?q=" + java.net.URLEncoder.encode(query, java.nio.charset.StandardCharsets.UTF_8)));
        new WebDriverWait(driver, BrowserTest.PATIENCE).pollingEvery(Duration.ofMillis(5))
                .until(d -> status().contains("“" + query + "”"));
        double ready = ((Number) js("return performance.now()")).doubleValue();
        long wall = (System.nanoTime() - start) / 1_000_000;
        briefing.benchmark.SearchTransfer planner = briefing.benchmark.SearchTransfer.of(site);
        briefing.benchmark.SearchTransfer.Query planned = planner.query(query, briefing.benchmark.SearchTransfer.PAGE);
        String folder = on.url(SEARCH);
        List<String> fetched = BrowserTest.requests.values().stream().filter(u -> u.startsWith(folder)
                && !u.startsWith(folder + "?")).map(u -> u.substring(folder.length()).replaceAll("\\?.*", ""))
                .sorted().toList();
        assertThat(fetched).as("search files fetched for " + query).containsExactlyInAnyOrderElementsOf(
                planned.files());
        briefing.benchmark.SearchTransfer.Bytes files = planner.bytes(planned.files());
        briefing.benchmark.SearchTransfer.Bytes page = briefing.benchmark.SearchTransfer.bytesOf(
                Files.readAllBytes(site.resolve("search/index.html")));
        briefing.benchmark.SearchTransfer.Bytes script = briefing.benchmark.SearchTransfer.bytesOf(
                Files.readAllBytes(site.resolve("assets/search.js")));
        long served = on.hits().stream().filter(h -> h.path().contains("/search/") || h.path().endsWith("search.js"))
                .mapToLong(SiteServer.Hit::bytes).sum();
        long wire = BrowserTest.transferred.values().stream().mapToLong(Long::longValue).sum();
        long raw = files.raw() + page.raw() + script.raw();
        long gzip = files.gzip() + page.gzip() + script.gzip();
        System.out.printf(java.util.Locale.ROOT, "[search] %s ?q=%s: %d results; fetched %d index files (%d shards, "
                        + "%d chunks): %d bytes (%d gzipped); with the page and search.js %d bytes (%d gzipped); "
                        + "served %d; DevTools on the wire (all requests, headers included) %d; results after %.0f ms"
                        + " (%d ms wall)%n", site.getFileName(), query, planned.ranked().size(), fetched.size(),
                fetched.stream().filter(f -> f.startsWith("s/")).count(),
                fetched.stream().filter(f -> f.startsWith("c/")).count(), files.raw(), files.gzip(), raw, gzip,
                served, wire, ready, wall);
        assertThat(served).as("the page, the script and the index files, as served").isEqualTo(raw);
        return new Transfer(fetched, new briefing.benchmark.SearchTransfer.Bytes(raw, gzip));
    }
}
