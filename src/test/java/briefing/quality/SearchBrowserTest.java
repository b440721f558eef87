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

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;

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
 * axe in light and dark, and the measured index size and search latency (printed, never asserted).
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
        new WebDriverWait(driver, Duration.ofSeconds(10)).withMessage(() -> "status: " + status())
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
        assertThat(titles).as("a title match ranks above text matches").first().asString()
                .isEqualTo("SoftBank Group to OpenAI");
        assertThat(titles).contains("The wider round and the rivals");
        assertThat(status()).isEqualTo(titles.size() + " results for “softbank”.");
        assertThat(driver.findElement(By.id("search-all")).isDisplayed()).isFalse();
        WebElement first = driver.findElement(By.cssSelector("#search-results > li"));
        assertThat(first.findElement(By.cssSelector(".search-kind")).getText()).isEqualToIgnoringCase("Deal");
        assertThat(first.findElement(By.cssSelector("a")).getAttribute("href"))
                .isEqualTo(server.url("briefings/amazon-openai-talks/#funding-round"));
        assertThat(first.findElements(By.cssSelector("mark"))).extracting(WebElement::getText).contains("SoftBank");
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
        new WebDriverWait(driver, Duration.ofSeconds(2)).until(d -> driver.findElement(By.id("search-all"))
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
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search/?q="));
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
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().equals(target));
    }

    @Test
    void withoutJavaScriptThePageListsEverythingByKind() throws Exception {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        visit(BrowserTest.HOME);
        driver.findElement(By.id("site-search-q")).sendKeys("softbank", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().contains("/search/?q="));
        WebElement all = driver.findElement(By.id("search-all"));
        assertThat(all.isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("search-results")).isDisplayed()).isFalse();
        int entries = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                QualitySite.built().resolve("search/index.json").toFile()).get("entries").size();
        assertThat(all.findElements(By.cssSelector("li a.search-title"))).hasSize(entries)
                .allSatisfy(a -> assertThat(a.isDisplayed()).isTrue());
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
     * Prints the index size and the search latency: from the input event to the results laid out, measured with
     * performance.now() in the page, for every prefix of a few queries as if typed (the index loaded, as after the
     * first keystroke); and the time from navigation to the first results of a query in the URL. Figures only:
     * speed is never asserted.
     */
    @Test
    void measuresIndexSizeAndSearchLatency() throws Exception {
        visit(SEARCH);
        measure("real content", server, QualitySite.built(), List.of("softbank", "amazon openai", "anthropic",
                "job cuts", "microsoft partnership", "valuation"));
        assertNoConsoleErrorsAndNoOtherHost(SEARCH);
    }

    /**
     * Opt-in ({@code -Dsearch.desk=1000}): the same figures for a seeded synthetic desk of that many briefings
     * ({@code DeskGenerator}, as in the benchmark), to see how the one-file index scales.
     */
    @Test
    void measuresASyntheticDeskWhenAsked() throws Exception {
        String size = System.getProperty("search.desk");
        Assumptions.assumeTrue(size != null, "set -Dsearch.desk=N to measure a synthetic desk of N briefings");
        Path tmp = Files.createTempDirectory("briefing-search-desk-");
        try {
            briefing.benchmark.DeskGenerator.Desk desk = new briefing.benchmark.DeskGenerator(
                    briefing.benchmark.DeskGenerator.DEFAULT_SEED).write(tmp.resolve("desk"), Integer.parseInt(size),
                    0, Path.of("content"), Path.of("src/bench/hugo"), false);
            Path site = tmp.resolve("site");
            new BuildPipeline(tmp).build(new BuildOptions(desk.content(), Path.of("templates"), site,
                    Optional.of(QualitySite.BASE_URL), false));
            try (SiteServer deskServer = SiteServer.start(site)) {
                measure(size + " synthetic briefings", deskServer, site, List.of("northwind", "helix cloud",
                        "strategic partnership", "quartz", "regulator"));
            }
        } finally {
            QualitySite.deleteTree(tmp);
        }
    }

    static void measure(String label, SiteServer on, Path site, List<String> typed) throws Exception {
        byte[] index = Files.readAllBytes(site.resolve("search/index.json"));
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(index);
        }
        int entries = new com.fasterxml.jackson.databind.ObjectMapper().readTree(index).get("entries").size();
        long page = Files.size(site.resolve("search/index.html"));

        // From navigation to the results of a query in the URL: fetch, parse and prepare the index, then search.
        String first = typed.get(0);
        List<Double> ready = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            driver.get(on.url(SEARCH + "?q=" + first));
            new WebDriverWait(driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofMillis(5))
                    .until(d -> status().contains("“" + first + "”"));
            ready.add(((Number) js("return performance.now()")).doubleValue());
        }
        long served = on.hits().stream().filter(h -> h.path().endsWith("search/index.json"))
                .mapToLong(SiteServer.Hit::bytes).max().orElse(0);

        List<String> queries = new ArrayList<>();
        for (String q : typed) {
            for (int i = 1; i <= q.length(); i++) {
                queries.add(q.substring(0, i));
            }
        }
        @SuppressWarnings("unchecked")
        List<Number> times = (List<Number>) js("""
                const input = document.getElementById('search-q');
                const results = document.getElementById('search-results');
                const times = [];
                for (let round = 0; round < 5; round++) {
                  for (const q of arguments[0]) {
                    input.value = q;
                    const start = performance.now();
                    input.dispatchEvent(new Event('input', {bubbles: true}));
                    results.getBoundingClientRect();
                    document.body.offsetHeight; // style and layout of the new results
                    times.push(performance.now() - start);
                  }
                }
                return times;""", queries);
        List<Double> sorted = times.stream().map(Number::doubleValue).sorted().toList();
        System.out.printf("[search] %s: index %d entries, %d bytes (%d gzipped), served %d bytes; search page %d"
                        + " bytes%n", label, entries, index.length, gz.size(), served, page);
        System.out.printf("[search] %s: navigation to first results (?q=%s): %s ms%n", label, first,
                ready.stream().map(t -> String.format(java.util.Locale.ROOT, "%.0f", t)).toList());
        System.out.printf("[search] %s: latency, input event to results laid out, %d searches (%d keystroke queries"
                        + " x 5): median %.2f ms, p95 %.2f ms, max %.2f ms%n", label, sorted.size(), queries.size(),
                sorted.get(sorted.size() / 2), sorted.get((int) Math.ceil(sorted.size() * 0.95) - 1),
                sorted.get(sorted.size() - 1));
        assertThat(served).as("the index was fetched from the site").isEqualTo(index.length);
        assertThat(sorted).hasSize(queries.size() * 5);
    }
}
