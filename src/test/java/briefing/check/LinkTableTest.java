package briefing.check;

import briefing.content.Heading;
import briefing.content.LinkRef;
import briefing.content.Page;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.render.OutputFile;
import briefing.site.Route;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page's row of the link table has the Markdown's links at their lines and its headings' ids from the tree, and
 * the links and ids the templates wrote at the page; a link both wrote is the Markdown's, reported once.
 */
class LinkTableTest {

    private static final SourceLocation LINE = new SourceLocation("content/about.md", 6, 16);

    private static PageLinks about(String html) {
        Page page = new Page("about", "About", Optional.empty(), false, "", List.of(new Heading(2, "top", "Top")),
                List.of(new LinkRef("/abuot/", "/desk/abuot/", LINE)), SourceLocation.file("content/about.md"));
        return LinkTable.page(new Route.PlainPage("/desk/about/", "about/index.html", page),
                new OutputFile("about/index.html", html.getBytes(StandardCharsets.UTF_8)), "site");
    }

    @Test
    void recordsMarkdownLinksAtTheirLineAndTemplateLinksAtThePage() {
        PageLinks links = about("<nav><a href=\"/desk/\">Home</a> <a href=\"/desk/nowhere/\">x</a></nav>"
                + "<main id=\"main\"><p><a href=\"/desk/abuot/\">a typo</a></p></main>");
        assertThat(links.links()).containsExactly(
                new PageLinks.Link("/desk/abuot/", "/abuot/", LINE),
                new PageLinks.Link("/desk/", "/desk/", SourceLocation.file("site/about/index.html")),
                new PageLinks.Link("/desk/nowhere/", "/desk/nowhere/", SourceLocation.file("site/about/index.html")));
        assertThat(links.anchors()).as("the heading's id from the tree, the layout's from the page")
                .containsExactlyInAnyOrder("top", "main");
    }

    @Test
    void checksTheTableWithEachLinksMessageAndLocation() {
        PageLinks about = about("<a href=\"/desk/#missing\">home</a><a href=\"/desk/abuot/\">a typo</a>");
        LinkTable table = new LinkTable(Set.of("index.html", "about/index.html"), Map.of("about/index.html", about,
                "index.html", new PageLinks(Set.of("main"), List.of())));
        Diagnostics problems = new Diagnostics();
        new LinkChecker("/desk/").check(table, problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline).containsExactly(
                "content/about.md:6:16: error: broken link \"/abuot/\": nothing is published at /desk/abuot/",
                "site/about/index.html: error: broken anchor \"/desk/#missing\": /desk/ has no id \"missing\"");
    }
}
