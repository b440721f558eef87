package briefing.quality;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Pdf;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.print.PageMargin;
import org.openqa.selenium.print.PageSize;
import org.openqa.selenium.print.PrintOptions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static briefing.quality.BrowserTest.driver;
import static briefing.quality.BrowserTest.js;
import static briefing.quality.BrowserTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real briefing printed to PDF by Chromium (DevTools Page.printToPDF, through Selenium's print API) on A4 and
 * on US Letter, with the reader's system in light and in dark, read back with PDFBox: a bounded number of pages,
 * none of them less than a quarter full (measured from where the text on the page ends), the target of every link
 * to another site, to a company's page or from the prose to another page printed beside it (outside tables), the charts printed in their light (print) colours, and every table and chart kept whole (its
 * print style avoids a page break inside it).
 * The PDFs are kept in target/screenshots/print-*.pdf.
 */
class PrintBrowserTest {

    /**
     * At most this many pages on A4 and on US Letter. The briefing printed in 16 pages on A4 (18 on Letter),
     * several nearly empty, before its print styles were reworked; 11 (14) since.
     */
    static final int MAX_A4_PAGES = 12;
    static final int MAX_LETTER_PAGES = 15;
    static final double MIN_FILL = 0.25;

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserTest.startBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
    }

    /** Per page, the lowest text on it, as a share of the page's printable height. */
    static List<Double> fills(PDDocument pdf, double marginPoints) throws IOException {
        List<Double> fills = new ArrayList<>();
        for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
            double height = pdf.getPage(page - 1).getMediaBox().getHeight();
            double[] lowest = {0};
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        lowest[0] = Math.max(lowest[0], p.getYDirAdj());
                    }
                    super.writeString(text, positions);
                }
            };
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            stripper.getText(pdf);
            fills.add((lowest[0] - marginPoints) / (height - 2 * marginPoints));
        }
        return fills;
    }

    static String text(PDDocument pdf) throws IOException {
        return new PDFTextStripper().getText(pdf);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"a4-light", "letter-light", "a4-dark"})
    void theBriefingPrintsOnFewFullPages(String setup) throws Exception {
        boolean letter = setup.startsWith("letter");
        BrowserTest.viewport(1280, 900);
        BrowserTest.colorScheme(setup.endsWith("dark") ? "dark" : "light");
        try {
            visit(BrowserTest.BRIEFING);
            // Images load lazily. Scrolling past them quickly is not enough: an image that enters and leaves the
            // viewport between two frames is never seen by the browser's lazy-load observer, and on a loaded CI
            // machine the wait below then timed out. So the test loads them eagerly, as a printing reader's
            // browser does, and scrolls to each so that layout matches a reader's.
            js("document.querySelectorAll('img[loading=lazy]').forEach(i => i.loading = 'eager')");
            for (WebElement img : driver.findElements(By.cssSelector("figure.chart img"))) {
                BrowserTest.scrollTo(img);
            }
            new org.openqa.selenium.support.ui.WebDriverWait(driver, BrowserTest.PATIENCE).until(d ->
                    (Boolean) js("return [...document.images].every(i => i.complete)"));
            @SuppressWarnings("unchecked")
            List<String> external = (List<String>) js("return [...new Set([...document.querySelectorAll("
                    + "'main a[href^=\"http\"], main a.company-link, .prose a[href^=\"/\"]')]"
                    + ".filter(a => !a.closest('table, figure')).map(a => a.getAttribute('href')))]");
            // Which chart files a printer gets: the same media queries, evaluated for print.
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print", "features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", setup.endsWith("dark") ? "dark" : "light"))));
            // The browser picks a <picture>'s source again soon after the media change, not at once.
            String charts = "return [...document.querySelectorAll('figure.chart img')].map(i => i.currentSrc)";
            try {
                new org.openqa.selenium.support.ui.WebDriverWait(driver, BrowserTest.PATIENCE).until(d ->
                        ((List<?>) js(charts)).stream().noneMatch(src -> ((String) src).contains("-dark"))
                                && (Boolean) js("return [...document.images].every(i => i.complete)"));
            } catch (org.openqa.selenium.TimeoutException e) {
                // The assertion below says which.
            }
            @SuppressWarnings("unchecked")
            List<String> sources = (List<String>) js(charts);
            assertThat(sources).as("charts in print colours").isNotEmpty()
                    .allSatisfy(src -> assertThat(src).doesNotContain("-dark"));

            @SuppressWarnings("unchecked")
            List<String> split = (List<String>) js("return [...document.querySelectorAll('main table, figure.chart')]"
                    + ".filter(e => getComputedStyle(e).breakInside !== 'avoid').map(e => e.outerHTML.slice(0, 80))");
            assertThat(split).as("tables and charts that print may split across pages").isEmpty();

            PrintOptions options = new PrintOptions();
            options.setPageSize(letter ? new PageSize(27.94, 21.59) : new PageSize(29.7, 21.0));
            options.setPageMargin(new PageMargin(1.5, 1.5, 1.5, 1.5));
            options.setBackground(false);
            Pdf printed = driver.print(options);
            byte[] bytes = Base64.getDecoder().decode(printed.getContent());
            Path file = Path.of("target/screenshots", "print-" + setup + ".pdf");
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
            try (PDDocument pdf = Loader.loadPDF(bytes)) {
                double margin = 1.5 / 2.54 * 72;
                List<Double> fills = fills(pdf, margin);
                System.out.printf("[print] %s: %d pages, fill %s%n", setup, fills.size(),
                        fills.stream().map(f -> String.format(java.util.Locale.ROOT, "%.2f", f)).toList());
                assertThat(fills.size()).as("pages").isBetween(2, letter ? MAX_LETTER_PAGES : MAX_A4_PAGES);
                for (int i = 0; i < fills.size(); i++) {
                    assertThat(fills.get(i)).as("fill of page " + (i + 1) + " of " + fills.size())
                            .isGreaterThanOrEqualTo(MIN_FILL);
                }
                String text = text(pdf).replaceAll("\\s+", "");
                assertThat(external).isNotEmpty();
                for (String href : external) {
                    assertThat(text).as("link target printed: " + href).contains(href.replaceAll("\\s+", ""));
                }
            }
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "", "features", List.of()));
            BrowserTest.colorScheme("light");
        }
    }
}
