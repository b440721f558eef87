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
import org.openqa.selenium.WebElement;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static briefing.quality.BrowserTest.assertNoConsoleErrorsAndNoOtherHost;
import static briefing.quality.BrowserTest.assertNoHorizontalScroll;
import static briefing.quality.BrowserTest.colorScheme;
import static briefing.quality.BrowserTest.driver;
import static briefing.quality.BrowserTest.viewport;
import static briefing.quality.BrowserTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages of the home page's list in headless Chromium: {@code sites/pagination.txtar} with 25 more briefings, two
 * a page (15 pages), served under {@code /briefing/}. The pagination links fit a phone, are big enough to tap, and
 * pass axe in light and dark.
 */
class PaginationBrowserTest {

    private static final List<String> PAGES = List.of("", "page/15/", "page/8/");

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserTest.startBrowser(); // skips the class without Chromium
        TestSite site = TestSite.of("pagination.txtar", tmp);
        for (int i = 1; i <= 25; i++) {
            Path index = site.dir().resolve("content/briefings/extra-" + i + "/index.md");
            Files.createDirectories(index.getParent());
            Files.writeString(index, "---\ntitle: An extra briefing with a longer headline, number " + i
                    + "\ndate: 2025-01-" + String.format("%02d", i) + "\nsummary: Extra.\n---\nBody.\n");
        }
        Path out = tmp.resolve("site");
        BuildOptions options = site.options();
        new BuildPipeline(tmp).build(new BuildOptions(options.contentDir(), options.templatesDir(), out,
                Optional.of(QualitySite.BASE_URL), false));
        // The browser stays; the real site's server makes way for this one (stopBrowser closes it).
        BrowserTest.server.close();
        BrowserTest.server = SiteServer.start(out);
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"390x844", "1280x900"})
    void paginationLinksFitTheScreenAndAreBigEnoughToTap(String size) throws Exception {
        int width = Integer.parseInt(size.split("x")[0]);
        viewport(width, Integer.parseInt(size.split("x")[1]));
        colorScheme("light");
        for (String page : PAGES) {
            visit(page);
            WebElement nav = driver.findElement(By.cssSelector("nav.pagination"));
            BrowserTest.scrollTo(nav);
            assertThat(nav.isDisplayed()).as(page).isTrue();
            for (WebElement link : nav.findElements(By.tagName("a"))) {
                assertThat(link.getSize().getHeight()).as("height of " + link.getText() + " on /" + page)
                        .isGreaterThanOrEqualTo(44);
                assertThat(link.getSize().getWidth()).as("width of " + link.getText() + " on /" + page)
                        .isGreaterThanOrEqualTo(44);
            }
            WebElement current = nav.findElement(By.cssSelector("a[aria-current=page]"));
            assertThat(current.getCssValue("font-weight")).as("the current page is bold on /" + page)
                    .isEqualTo("700");
            assertNoHorizontalScroll(page);
            assertNoConsoleErrorsAndNoOtherHost(page);
        }
        BrowserTest.screenshot("pagination-" + size); // the last page visited: the end of the list
        viewport(1280, 900);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"light", "dark"})
    @SuppressWarnings("deprecation") // legacy mode, as in BrowserTest: axe runs inside the page
    void axeFindsNoSeriousOrCriticalViolations(String scheme) {
        colorScheme(scheme);
        List<String> found = new ArrayList<>();
        for (String page : PAGES) {
            visit(page);
            Results results = new AxeBuilder().setLegacyMode(true).analyze(driver);
            assertThat(results.getPasses()).as("axe ran on /" + page).isNotEmpty();
            for (Rule v : results.getViolations()) {
                if ("serious".equals(v.getImpact()) || "critical".equals(v.getImpact())) {
                    found.add(v.getId() + " /" + page + " (" + scheme + "): " + v.getHelp() + " at "
                            + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).toList());
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
