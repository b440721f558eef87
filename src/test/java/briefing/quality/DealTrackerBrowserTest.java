package briefing.quality;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.TestSite;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static briefing.quality.BrowserTest.assertNoConsoleErrorsAndNoOtherHost;
import static briefing.quality.BrowserTest.assertNoHorizontalScroll;
import static briefing.quality.BrowserTest.driver;
import static briefing.quality.BrowserTest.js;
import static briefing.quality.BrowserTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deal tracker in headless Chromium, on {@code sites/deal-tracker-pages.txtar} (120 deals, 50 a page) served
 * under {@code /briefing/}: its orders, filters and pages are plain links that work with scripts off; with the
 * script, following one loads only that page's rows.json and redraws the table in place, with the page's own URL
 * in the address bar, and Back returns to the rows before. The first load fetches no JSON.
 */
class DealTrackerBrowserTest {

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserTest.startBrowser(); // skips the class without Chromium
        TestSite site = TestSite.of("deal-tracker-pages.txtar", tmp);
        Path out = tmp.resolve("site");
        BuildOptions options = site.options();
        new BuildPipeline(tmp).build(new BuildOptions(options.contentDir(), options.templatesDir(), out,
                Optional.of(QualitySite.BASE_URL), false));
        BrowserTest.server.close();
        BrowserTest.server = SiteServer.start(out);
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
    }

    private static List<WebElement> rows() {
        return driver.findElements(By.cssSelector(".deals-table tbody tr"));
    }

    private static String caption() {
        return driver.findElement(By.id("deals-caption")).getText();
    }

    private static String path() {
        return (String) js("return location.pathname");
    }

    private static void follow(String linkText) {
        WebElement link = driver.findElement(By.xpath("//main//a[normalize-space(.)='" + linkText + "']"));
        BrowserTest.scrollTo(link);
        link.click();
    }

    private static void waitFor(String captionText) {
        new WebDriverWait(driver, BrowserTest.PATIENCE).withMessage(() -> "caption " + captionText + ", was "
                + caption()).until(d -> caption().equals(captionText) && js("return document.querySelector("
                + "'.deals-page').getAttribute('aria-busy')") == null);
    }

    private static List<String> fetched() {
        return BrowserTest.requests.values().stream().filter(u -> u.endsWith(".json")).toList();
    }

    @Test
    void theScriptFollowsOrdersFiltersAndPagesInPlace() {
        BrowserTest.viewport(1280, 900);
        visit("deals/");
        assertThat(fetched()).as("nothing is fetched until the reader follows a link").isEmpty();
        assertThat(rows()).hasSize(50);
        new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> BrowserTest.transferred.keySet().containsAll(
                BrowserTest.requests.keySet().stream().filter(id -> !BrowserTest.failed.contains(id)).toList()));
        long firstLoad = BrowserTest.transferred.values().stream().mapToLong(Long::longValue).sum();
        System.out.printf("[weight] deal tracker (50 rows a page): first load %d bytes over %d requests%n", firstLoad,
                BrowserTest.requests.size());
        assertThat(firstLoad).as("first load of the tracker, everything it fetches").isLessThanOrEqualTo(150 * 1024);
        js("window.samePage = true");

        follow("Oldest first");
        waitFor("Deals, oldest first (120)");
        assertThat(path()).isEqualTo("/briefing/deals/oldest/");
        assertThat(rows()).hasSize(50);
        assertThat(rows().get(0).findElements(By.tagName("td")).get(4).getText()).isEqualTo("January 2024");
        assertThat(driver.findElement(By.xpath("//a[normalize-space(.)='Oldest first']")).getAttribute("aria-current"))
                .isEqualTo("true");
        assertThat(driver.findElement(By.xpath("//nav[@aria-label='Sort and filter the deals']//a[normalize-space(.)"
                + "='Newest first']")).getAttribute("aria-current")).isNull();

        follow("Next deals →");
        waitForStatus("Deals 51 to 100 of 120");
        assertThat(path()).isEqualTo("/briefing/deals/oldest/page/2/");
        assertThat(driver.findElement(By.cssSelector(".pagination a[aria-current=page]")).getText()).endsWith("2");

        follow("Confirmed");
        waitFor("Confirmed deals, newest first (40)");
        assertThat(path()).isEqualTo("/briefing/deals/status/confirmed/");
        assertThat(driver.findElements(By.cssSelector(".deals-table .status")).stream().map(WebElement::getText))
                .containsOnly("Confirmed");
        assertThat(fetched()).containsExactlyInAnyOrder(server("deals/oldest/rows.json"), server("deals/oldest/page/2/rows.json"),
                server("deals/status/confirmed/rows.json"));

        driver.navigate().back();
        waitForStatus("Deals 51 to 100 of 120");
        assertThat(path()).isEqualTo("/briefing/deals/oldest/page/2/");
        assertThat(js("return window.samePage === true")).as("one page load throughout").isEqualTo(true);
        assertNoHorizontalScroll("deals/oldest/page/2/ (redrawn)");
        assertNoConsoleErrorsAndNoOtherHost("deals/");

        // What the script drew is what the build wrote for that page.
        String drawn = (String) js("return document.querySelector('.deals-table tbody').innerText");
        visit("deals/oldest/page/2/");
        assertThat(js("return document.querySelector('.deals-table tbody').innerText")).isEqualTo(drawn);
    }

    @Test
    void withoutTheScriptEveryLinkIsAPage() {
        BrowserTest.viewport(390, 844);
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        try {
            visit("deals/");
            follow("Largest first");
            new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> path().equals("/briefing/deals/largest/"));
            assertThat(caption()).isEqualTo("Deals, largest amount first (120)");
            assertThat(rows().get(0).findElements(By.tagName("td")).get(2).getText()).isEqualTo("$219 billion");
            follow("2024");
            new WebDriverWait(driver, BrowserTest.PATIENCE).until(d -> path().equals("/briefing/deals/year/2024/"));
            assertThat(caption()).isEqualTo("Deals of 2024, newest first (10)");
            assertNoHorizontalScroll("deals/year/2024/");
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        }
    }

    /** axe on the pages of each kind of list, light and dark, and on a table the script redrew. */
    @Test
    @SuppressWarnings("deprecation") // legacy mode, as in BrowserTest: axe runs inside the page
    void axeFindsNoSeriousOrCriticalViolations() {
        BrowserTest.viewport(1280, 900);
        List<String> found = new java.util.ArrayList<>();
        try {
            for (String scheme : List.of("light", "dark")) {
                BrowserTest.colorScheme(scheme);
                for (String page : List.of("deals/", "deals/largest/page/3/", "deals/year/undated/",
                        "companies/page/2/", "companies/beta/page/2/", "redrawn")) {
                    if (page.equals("redrawn")) {
                        visit("deals/");
                        follow("Estimated");
                        waitFor("Estimated deals, newest first (40)");
                    } else {
                        visit(page);
                    }
                    com.deque.html.axecore.results.Results results = new com.deque.html.axecore.selenium.AxeBuilder()
                            .setLegacyMode(true).analyze(driver);
                    assertThat(results.getPasses()).as("axe ran on /" + page).isNotEmpty();
                    for (com.deque.html.axecore.results.Rule v : results.getViolations()) {
                        if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                            found.add(v.getId() + " /" + page + " (" + scheme + "): " + v.getHelp() + " at "
                                    + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
                        }
                    }
                }
            }
        } finally {
            BrowserTest.colorScheme("light");
        }
        assertThat(found).isEmpty();
    }

    private static void waitForStatus(String text) {
        new WebDriverWait(driver, BrowserTest.PATIENCE).withMessage(() -> "status " + text).until(d ->
                driver.findElement(By.id("deals-status")).getText().equals(text));
    }

    private static String server(String page) {
        return BrowserTest.server.url(page);
    }
}
