package briefing.quality;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import java.util.List;

import static briefing.quality.BrowserTest.assertNoConsoleErrorsAndNoOtherHost;
import static briefing.quality.BrowserTest.driver;
import static briefing.quality.BrowserTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The deal tracker's script in headless Chromium, on the real content: it shows the filters, filters the rows by
 * company, status and year with a live count, and sorts by column, undated deals last.
 */
class DealTrackerBrowserTest {

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserTest.startBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
    }

    private static List<WebElement> shownRows() {
        return driver.findElements(By.cssSelector(".deals-table tbody tr")).stream().filter(WebElement::isDisplayed)
                .toList();
    }

    private static List<String> column(int index) {
        return shownRows().stream().map(r -> r.findElements(By.cssSelector("th, td")).get(index).getText()).toList();
    }

    /**
     * Picks an option as a reader does, firing the change event. Not Selenium's Select, which opens the native
     * popup: Chromium draws it with its own chrome:// pages, which the request recorder would count.
     */
    private static void choose(String selectId, String label) {
        BrowserTest.js("const s = document.getElementById(arguments[0]);"
                + "s.value = [...s.options].find(o => o.text === arguments[1]).value;"
                + "s.dispatchEvent(new Event('change', {bubbles: true}));", selectId, label);
    }

    private static String count() {
        return driver.findElement(By.id("deal-count")).getText();
    }

    @Test
    void filtersByCompanyStatusAndYear() {
        visit(BrowserTest.DEALS);
        assertThat(driver.findElement(By.id("deal-filters")).isDisplayed()).as("the script shows the filters").isTrue();
        int all = shownRows().size();
        assertThat(all).isEqualTo(4);
        assertThat(count()).isEqualTo("Showing 4 of 4 deals");

        choose("deal-company", "Anthropic");
        assertThat(column(1)).containsOnly("Anthropic");
        assertThat(count()).isEqualTo("Showing 2 of 4 deals");

        choose("deal-year", "2026");
        assertThat(shownRows()).as("Anthropic's deals are undated").isEmpty();
        assertThat(count()).isEqualTo("Showing 0 of 4 deals");

        driver.findElement(By.id("deal-reset")).click();
        assertThat(shownRows()).hasSize(all);

        choose("deal-company", "OpenAI");
        choose("deal-status", "Reported");
        assertThat(column(0)).containsExactly("Amazon", "SoftBank Group");
        assertNoConsoleErrorsAndNoOtherHost(BrowserTest.DEALS);
    }

    @Test
    void sortsByAmountAndByDateWithUndatedLast() {
        visit(BrowserTest.DEALS);
        WebElement amount = driver.findElement(By.xpath("//table[contains(@class,'deals-table')]//th[.//button[text()='Amount']]"));
        amount.findElement(By.tagName("button")).click();
        assertThat(amount.getAttribute("aria-sort")).isEqualTo("ascending");
        assertThat(column(3)).containsExactly("about $8 billion", "$11 billion", "up to $30 billion",
                "up to $50 billion");
        amount.findElement(By.tagName("button")).click();
        assertThat(amount.getAttribute("aria-sort")).isEqualTo("descending");
        assertThat(column(3).get(0)).isEqualTo("up to $50 billion");

        WebElement date = driver.findElement(By.xpath("//table[contains(@class,'deals-table')]//th[.//button[text()='Date']]"));
        date.findElement(By.tagName("button")).click();
        assertThat(amount.getAttribute("aria-sort")).as("one sorted column at a time").isNull();
        List<String> dates = column(5);
        assertThat(dates.subList(2, 4)).containsOnly("Undated");
        date.findElement(By.tagName("button")).click();
        assertThat(column(5).subList(2, 4)).as("undated last both ways").containsOnly("Undated");
        assertNoConsoleErrorsAndNoOtherHost(BrowserTest.DEALS);
    }
}
