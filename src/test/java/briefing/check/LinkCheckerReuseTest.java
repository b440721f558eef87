package briefing.check;

import briefing.pipeline.BuildPipeline;
import briefing.pipeline.TestSite;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.render.OutputFile;
import briefing.site.Site;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The link check reuses a page's findings between the builds of one pipeline (serve) only while the page and
 * everything it is checked against are the same: each check reports exactly what a check from scratch reports.
 */
class LinkCheckerReuseTest {

    @TempDir
    Path dir;
    private Site site;
    private List<OutputFile> files;
    private final LinkChecker.Scans scans = new LinkChecker.Scans();

    @BeforeEach
    void site() throws Exception {
        TestSite test = TestSite.of("figure-references.txtar", dir);
        BuildPipeline.Rendered rendered = new BuildPipeline(dir).render(test.options());
        site = rendered.site();
        files = rendered.files();
    }

    private static OutputFile page(String path, String html) {
        return new OutputFile(path, ("<!DOCTYPE html><html><head><title>t</title></head><body>" + html
                + "</body></html>").getBytes(StandardCharsets.UTF_8));
    }

    /** The findings of a check that reuses earlier ones, after asserting they equal a check from scratch. */
    private List<String> check(OutputFile... extra) {
        List<OutputFile> all = new ArrayList<>(files);
        all.addAll(List.of(extra));
        Diagnostics reused = new Diagnostics();
        new LinkChecker(site.urls().basePath(), "site", scans).check(site, all, reused);
        Diagnostics fresh = new Diagnostics();
        new LinkChecker(site.urls().basePath(), "site").check(site, all, fresh);
        assertThat(reused.sorted()).isEqualTo(fresh.sorted());
        return reused.sorted().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void findingsFollowTheTargetsOfUnchangedPages() {
        String base = site.urls().basePath();
        OutputFile linking = page("x/index.html", "<a href=\"" + base + "y/#here\">y</a> <a href=\"" + base
                + "z/\">z</a>");
        OutputFile target = page("y/index.html", "<p id=\"here\">here</p>");
        OutputFile targetWithoutId = page("y/index.html", "<p>no longer here</p>");
        OutputFile added = page("z/index.html", "<p>z</p>");

        assertThat(check(linking, target, added)).isEmpty();
        assertThat(check(linking, targetWithoutId, added)).singleElement()
                .satisfies(e -> assertThat(e).startsWith("site/x/index.html: error: broken anchor"));
        assertThat(check(linking, targetWithoutId, added)).as("the same finding again").hasSize(1);
        assertThat(check(linking, target, added)).isEmpty();
        assertThat(check(linking, target)).singleElement()
                .satisfies(e -> assertThat(e).contains("broken link").contains("z/"));
        assertThat(check(linking, target)).hasSize(1);
        assertThat(check(linking, target, added)).isEmpty();
    }
}
