package briefing.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A desk's own companies.ftlh and company.ftlh, written before the list of companies and the company pages had
 * pages, keep working: they see this page's companies (and this page's deals, figures and events) under the names
 * they always had, and the build makes the pages as before.
 */
class DeskTemplatesTest {

    /** A companies.ftlh and a company.ftlh written for the model before it had pages: no pagination. */
    private static final String OLD_COMPANIES = """
            <#import "/layouts/base.ftlh" as layout>
            <@layout.page>
                <article class="companies-page">
                  <h1>${page.title}</h1>
                  <ul class="company-list">
                    <#list companies as c>
                    <li><h2 class="company-list-name"><a href="${c.url}">${c.name}</a></h2>
                      <p class="muted">${count(c.deals, "deal")}, ${count(c.figures, "figure")}, ${count(c.events, "timeline event")}</p></li>
                    </#list>
                  </ul>
                </article>
            </@layout.page>
            """;
    private static final String OLD_COMPANY = """
            <#import "/layouts/base.ftlh" as layout>
            <@layout.page>
                <article class="company-page">
                  <h1>${company.name}</h1>
                  <p class="deal-count">Deals shown: ${company.deals?size?c}</p>
                  <#list company.deals as d><p class="deal">${d.investor} in ${d.target}: ${d.amount}</p></#list>
                </article>
            </@layout.page>
            """;

    @Test
    void aDesksOwnListAndCompanyTemplatesStillBuild(@TempDir Path tmp) throws Exception {
        TestSite site = TestSite.of("deal-tracker-pages.txtar", tmp);
        Path templates = tmp.resolve("templates");
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, templates);
        Files.writeString(templates.resolve("companies.ftlh"), OLD_COMPANIES);
        Files.writeString(templates.resolve("company.ftlh"), OLD_COMPANY);
        TestSite.Built built = site.render();

        List<String> first = built.html("companies/index.html").select(".company-list-name").eachText();
        List<String> third = built.html("companies/page/3/index.html").select(".company-list-name").eachText();
        assertThat(first).hasSize(100).startsWith("Alpha Capital", "Beta Corp");
        assertThat(third).containsExactly("Company 198", "Company 199", "Company 200", "Company 201", "Company 202");
        assertThat(built.html("companies/index.html").select(".company-list .muted").first().text())
                .isEqualTo("45 deals, 0 figures, 0 timeline events");

        assertThat(built.html("companies/beta/index.html").select(".deal-count").text()).isEqualTo("Deals shown: 50");
        assertThat(built.html("companies/beta/page/2/index.html").select(".deal")).hasSize(40);
    }
}
