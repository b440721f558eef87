package briefing.quality;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static briefing.quality.BrowserTest.assertNoHorizontalScroll;
import static briefing.quality.BrowserTest.colorScheme;
import static briefing.quality.BrowserTest.js;
import static briefing.quality.BrowserTest.viewport;
import static briefing.quality.BrowserTest.visit;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The layout of the real site in headless Chromium from 320 to 1440 px: no page scrolls sideways; the header's
 * title, navigation and search box stay inside the screen without overlapping, the box on one line with its
 * button; the footer lines up with the text column; every table that is wider than its region scrolls inside a
 * labelled, focusable region with a visible cue and its first column kept in view, and at 1280 px and wider no
 * table of the site needs to scroll; numbers in tables are right-aligned in tabular figures. Screenshots of every
 * page at every width (light, and dark at 390 and 1280) go to target/screenshots/layout-*.png.
 */
class LayoutBrowserTest {

    static final List<String> PAGES = List.of(BrowserTest.HOME, BrowserTest.BRIEFING, BrowserTest.ABOUT,
            BrowserTest.DEALS, "companies/", BrowserTest.COMPANY, "search/");

    @BeforeAll
    static void startBrowser() throws Exception {
        BrowserTest.startBrowser();
    }

    @AfterAll
    static void stopBrowser() {
        BrowserTest.stopBrowser();
    }

    /** The boxes the checks compare, measured in one script: {name: [left, top, right, bottom]}, plus facts. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> measure() {
        return (Map<String, Object>) js("""
                const box = e => { if (!e) return null; const r = e.getBoundingClientRect();
                  return [r.left, r.top, r.right, r.bottom]; };
                const q = s => document.querySelector(s);
                const out = {width: document.documentElement.clientWidth,
                  title: box(q('.site-title')), nav: box(q('.site-nav')), search: box(q('.site-search')),
                  input: box(q('.site-search input')), button: box(q('.site-search button')),
                  navItems: [...document.querySelectorAll('.site-nav li')].map(box),
                  footer: [...document.querySelectorAll('.site-footer p')].map(box),
                  text: (() => { const m = q('main'), r = m.getBoundingClientRect();
                    const l = r.left + parseFloat(getComputedStyle(m).paddingLeft); return [l, r.top, l, r.bottom]; })(),
                  tables: [], numbers: []};
                for (const region of document.querySelectorAll('.table-scroll')) {
                  if (!region.checkVisibility()) continue; // in a closed <details>
                  const caption = region.querySelector('caption');
                  const first = region.querySelector('tbody tr > :first-child');
                  const t = {name: region.getAttribute('aria-label') || (region.getAttribute('aria-labelledby')
                      && document.getElementById(region.getAttribute('aria-labelledby'))?.textContent.trim()),
                    role: region.getAttribute('role'), tabindex: region.getAttribute('tabindex'),
                    box: box(region), scrolls: region.scrollWidth > region.clientWidth + 1,
                    cue: caption ? getComputedStyle(caption, '::after').content : 'no caption',
                    sticky: null};
                  if (t.scrolls && first) {
                    region.scrollLeft = 120;
                    const r = region.getBoundingClientRect(), f = first.getBoundingClientRect();
                    t.sticky = Math.abs(f.left - (r.left + region.clientLeft));
                    region.scrollLeft = 0;
                  }
                  out.tables.push(t);
                }
                for (const cell of document.querySelectorAll('td.numeric, td.num')) {
                  const s = getComputedStyle(cell);
                  out.numbers.push(s.textAlign + ' ' + s.fontVariantNumeric);
                }
                return out;""");
    }

    private static List<Double> box(Object o) {
        List<Double> out = new ArrayList<>();
        for (Object n : (List<?>) o) {
            out.add(((Number) n).doubleValue());
        }
        return out;
    }

    private static boolean overlap(List<Double> a, List<Double> b) {
        return a.get(0) < b.get(2) - 0.5 && b.get(0) < a.get(2) - 0.5 && a.get(1) < b.get(3) - 0.5
                && b.get(1) < a.get(3) - 0.5;
    }

    private static void assertInside(String what, Object o, double width) {
        List<Double> b = box(o);
        assertThat(b.get(0)).as(what + " left edge").isGreaterThanOrEqualTo(-0.5);
        assertThat(b.get(2)).as(what + " right edge (screen " + width + " px)").isLessThanOrEqualTo(width + 0.5);
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {320, 390, 768, 1280, 1440})
    void headerFooterAndTablesFitEveryWidth(int width) throws Exception {
        viewport(width, 900);
        colorScheme("light");
        for (String page : PAGES) {
            visit(page);
            String at = "/" + page + " at " + width + " px: ";
            assertNoHorizontalScroll(page);
            Map<String, Object> m = measure();
            double screen = ((Number) m.get("width")).doubleValue();
            assertInside(at + "site title", m.get("title"), screen);
            for (Object item : (List<?>) m.get("navItems")) {
                assertInside(at + "navigation link", item, screen);
            }
            assertThat(overlap(box(m.get("title")), box(m.get("nav")))).as(at + "title overlaps navigation").isFalse();
            if (m.get("search") != null) {
                assertInside(at + "search box", m.get("search"), screen);
                assertInside(at + "search button", m.get("button"), screen);
                assertThat(overlap(box(m.get("search")), box(m.get("nav")))).as(at + "search overlaps navigation")
                        .isFalse();
                assertThat(overlap(box(m.get("search")), box(m.get("title")))).as(at + "search overlaps title")
                        .isFalse();
                List<Double> input = box(m.get("input"));
                List<Double> button = box(m.get("button"));
                assertThat(Math.abs(input.get(1) - button.get(1))).as(at + "search button on the box's line")
                        .isLessThan(4);
                assertThat(input.get(2) - input.get(0)).as(at + "search box width").isGreaterThanOrEqualTo(120);
            }
            List<?> footer = (List<?>) m.get("footer");
            assertThat(footer).as(at + "footer lines").isNotEmpty();
            for (int i = 0; i < footer.size(); i++) {
                assertInside(at + "footer line " + i, footer.get(i), screen);
                for (int j = i + 1; j < footer.size(); j++) {
                    assertThat(overlap(box(footer.get(i)), box(footer.get(j)))).as(at + "footer lines overlap")
                            .isFalse();
                }
            }
            if (m.get("text") != null) {
                assertThat(box(footer.get(0)).get(0)).as(at + "footer lines up with the text column")
                        .isCloseTo(box(m.get("text")).get(0), org.assertj.core.data.Offset.offset(1.0));
            }
            for (Object o : (List<?>) m.get("tables")) {
                Map<?, ?> t = (Map<?, ?>) o;
                String table = at + "table \"" + t.get("name") + "\"";
                assertInside(table, t.get("box"), screen);
                assertThat(t.get("role")).as(table + " is a region").isEqualTo("region");
                assertThat((String) t.get("name")).as(table + " is labelled").isNotBlank();
                assertThat(t.get("tabindex")).as(table + " takes focus, to scroll by keyboard").isEqualTo("0");
                if (Boolean.TRUE.equals(t.get("scrolls"))) {
                    assertThat(width).as(table + " scrolls sideways at 1280 px and wider").isLessThan(1280);
                    assertThat((String) t.get("cue")).as(table + " says there is more").contains("scroll for more");
                    if (t.get("sticky") != null) {
                        assertThat(((Number) t.get("sticky")).doubleValue()).as(table + " keeps its first column")
                                .isLessThan(1.5);
                    }
                } else {
                    assertThat((String) t.get("cue")).as(table + " fits, so no cue").isIn("none", "normal", "no caption");
                }
            }
            assertThat((List<?>) m.get("numbers")).as(at + "numbers in tables")
                    .allSatisfy(s -> assertThat((String) s).startsWith("right").contains("tabular-nums"));
            BrowserTest.screenshot("layout-" + name(page) + "-" + width + "-light");
            if (width == 390 || width == 1280) {
                // What a reader sees at the first wide table, scrolled sideways a little: the cue, the kept column.
                Object shown = js("const r = [...document.querySelectorAll('main .table-scroll')]"
                        + ".find(e => e.checkVisibility() && !e.closest('figure'));"
                        + "if (!r) return false; r.scrollIntoView({block: 'start'}); r.scrollLeft = 60; return true;");
                if (Boolean.TRUE.equals(shown)) {
                    screen("layout-" + name(page) + "-" + width + "-table");
                    js("document.querySelectorAll('.table-scroll').forEach(e => e.scrollLeft = 0)");
                }
            }
        }
    }

    /** A PNG of the viewport only, at the device's pixels. */
    private static void screen(String name) throws Exception {
        Map<String, Object> shot = BrowserTest.driver.executeCdpCommand("Page.captureScreenshot",
                Map.of("format", "png"));
        java.nio.file.Path file = java.nio.file.Path.of("target/screenshots", name + ".png");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode((String) shot.get("data")));
    }

    @ParameterizedTest(name = "{0} px dark")
    @ValueSource(ints = {390, 1280})
    void darkScreenshots(int width) throws Exception {
        viewport(width, 900);
        colorScheme("dark");
        try {
            for (String page : PAGES) {
                visit(page);
                assertNoHorizontalScroll(page);
                BrowserTest.screenshot("layout-" + name(page) + "-" + width + "-dark");
            }
        } finally {
            colorScheme("light");
        }
    }

    static String name(String page) {
        return page.isEmpty() ? "home" : page.replaceAll("[/.]+$", "").replaceAll("[/.]", "-");
    }
}
