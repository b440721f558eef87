package briefing.quality;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.TestSite;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static briefing.quality.BrowserTest.assertNoConsoleErrorsAndNoOtherHost;
import static briefing.quality.BrowserTest.assertNoHorizontalScroll;
import static briefing.quality.BrowserTest.colorScheme;
import static briefing.quality.BrowserTest.driver;
import static briefing.quality.BrowserTest.js;
import static briefing.quality.BrowserTest.viewport;
import static briefing.quality.BrowserTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A briefing with dataset tables ({@code sites/dataset-table.txtar}) in headless Chromium under {@code /briefing/}:
 * on a 390 px phone the tables scroll inside their labelled, focusable region (from the keyboard too) and never
 * widen the page; numbers align right in tabular figures; axe finds nothing serious in light or dark. Screenshots of
 * the first tables at 390 and 1280 px go to {@code target/screenshots/}.
 */
class DatasetTableBrowserTest {

    private static final String PAGE = "briefings/ai-capex/";

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserTest.startBrowser(); // skips the class without Chromium
        TestSite site = TestSite.of("dataset-table.txtar", tmp);
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

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"390x844", "1280x900"})
    void tablesScrollInsideTheirRegionAndNumbersAlignRight(String size) throws Exception {
        int width = Integer.parseInt(size.split("x")[0]);
        viewport(width, Integer.parseInt(size.split("x")[1]));
        colorScheme("light");
        visit(PAGE);
        assertNoHorizontalScroll(PAGE);
        assertNoConsoleErrorsAndNoOtherHost(PAGE);
        WebElement region = driver.findElement(By.cssSelector("#table-capex-2 .table-scroll"));
        BrowserTest.scrollTo(region);
        long scrollWidth = ((Number) js("return arguments[0].scrollWidth", region)).longValue();
        long clientWidth = ((Number) js("return arguments[0].clientWidth", region)).longValue();
        // Before the keyboard scrolls a region: the tables as a reader first sees them.
        screenshotOf("dataset-table-" + size, "#table-capex", "#table-capex-3");
        if (width < 600) {
            assertThat(scrollWidth).as("the table is wider than the phone: its region scrolls")
                    .isGreaterThan(clientWidth);
            region.click();
            region.sendKeys(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
            assertThat(((Number) js("return document.activeElement === arguments[0] ? 1 : 0", region)).intValue())
                    .as("the region takes focus").isEqualTo(1);
            // Keyboard scrolling may be animated: wait for it (up to 3 s) rather than read the first frame.
            double scrolled = 0;
            for (long end = System.nanoTime() + 3_000_000_000L; scrolled <= 0 && System.nanoTime() < end; ) {
                scrolled = ((Number) js("return arguments[0].scrollLeft", region)).doubleValue();
                if (scrolled <= 0) {
                    Thread.sleep(50);
                }
            }
            assertThat(scrolled).as("the arrow keys scroll the region").isGreaterThan(0);
            js("arguments[0].scrollTo({left: 0, behavior: 'instant'}); arguments[0].blur()", region);
        } else {
            assertThat(scrollWidth).as("the table fits a desktop column").isLessThanOrEqualTo(clientWidth);
        }
        WebElement amount = driver.findElement(By.cssSelector("#table-capex-row-9 td.num"));
        assertThat(amount.getCssValue("text-align")).isEqualTo("right");
        assertThat(amount.getCssValue("font-variant-numeric")).isEqualTo("tabular-nums");
        WebElement header = driver.findElement(By.cssSelector("#table-capex th.num"));
        assertThat(header.getCssValue("text-align")).isEqualTo("right");
        // Nothing clipped: every cell's text fits its cell.
        Object clipped = js("const out = [];"
                + "for (const c of document.querySelectorAll('.dataset-table td, .dataset-table th')) {"
                + "  if (c.scrollWidth > c.clientWidth + 1) out.push(c.closest('tr').id + ' ' + c.textContent.trim()); }"
                + "return out;");
        assertThat((List<?>) clipped).as("cells whose text overflows").isEmpty();
        // The caption stays inside the region's visible width, however far the rows scroll.
        Object captions = js("const out = [];"
                + "for (const r of document.querySelectorAll('.dataset-table .table-scroll')) {"
                + "  const c = r.querySelector('caption').getBoundingClientRect(), b = r.getBoundingClientRect();"
                + "  if (c.right > b.right + 1 || c.left < b.left - 1) out.push(r.parentElement.id); }"
                + "return out;");
        assertThat((List<?>) captions).as("captions wider than their region").isEmpty();
        if (width < 600) {
            WebElement narrow = driver.findElement(By.cssSelector("#table-capex-3 .table-scroll"));
            assertThat(((Number) js("return arguments[0].scrollWidth - arguments[0].clientWidth", narrow)).intValue())
                    .as("a two-column table fits the phone").isLessThanOrEqualTo(0);
        }
        viewport(1280, 900);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    @SuppressWarnings("deprecation") // legacy mode, as in BrowserTest: axe runs inside the page
    void axeFindsNoSeriousOrCriticalViolations(String scheme) throws Exception {
        colorScheme(scheme);
        visit(PAGE);
        if (scheme.equals("dark")) {
            screenshotOf("dataset-table-dark", "#table-capex", "#table-capex-3"); // light ones: the layout test's
        }
        Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
        assertThat(results.getPasses()).as("axe ran").isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Rule v : results.getViolations()) {
            if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                found.add(v.getId() + " (" + scheme + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
            }
        }
        assertThat(found).isEmpty();
        colorScheme("light");
    }

    /**
     * A PNG of the page from the top of {@code first} to the bottom of {@code last}, the whole width: the tables
     * without the 200 rows below them.
     */
    static Path screenshotOf(String name, String first, String last) throws Exception {
        js("window.scrollTo(0, 0)");
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) js("const a = document.querySelector(arguments[0])"
                + ".getBoundingClientRect(), b = document.querySelector(arguments[1]).getBoundingClientRect();"
                + "return {y: a.top + window.scrollY - 16, height: b.bottom - a.top + 32,"
                + " width: document.documentElement.clientWidth};", first, last);
        Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true, "clip", Map.of("x", 0, "y", box.get("y"), "width", box.get("width"),
                        "height", box.get("height"), "scale", 1)));
        Path file = Path.of("target/screenshots", name + ".png");
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
        System.out.printf("[browser] screenshot %s%n", file);
        return file;
    }
}
