package briefing.data;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CompaniesTest {

    private static final SourceLocation AT = new SourceLocation("round.yaml", 3, 10);
    private final Companies companies = new Companies(List.of(
            new Company("amazon", "Amazon", List.of("AWS"), "Retailer.", Optional.empty(), AT),
            new Company("openai", "OpenAI", List.of(), "Lab.", Optional.empty(), AT)));
    private final Diagnostics problems = new Diagnostics();

    @Test
    void anIdResolvesToTheCompanysName() {
        assertThat(companies.resolve("openai", AT, "company", problems))
                .isEqualTo(new CompanyRef("OpenAI", Optional.of("openai")));
        assertThat(problems.sorted()).isEmpty();
    }

    @Test
    void aTypoGetsTheNearestId() {
        CompanyRef ref = companies.resolve("opneai", AT, "company", problems);
        Diagnostic d = problems.sorted().get(0);
        assertThat(d.headline()).isEqualTo("round.yaml:3:10: error: company: unknown company `opneai`");
        assertThat(d.hint()).contains("openai");
        assertThat(ref.id()).as("still a reference, so nothing built on it is reported too").isEmpty();
    }

    @Test
    void aNameOrAliasWrittenInsteadOfTheIdGetsTheIdToWrite() {
        companies.resolve("aws", AT, "investor", problems);
        companies.resolve("OpenAI", AT, "company", problems);
        assertThat(problems.sorted()).extracting(Diagnostic::hint)
                .containsExactlyInAnyOrder("write the company's id: amazon", "write the company's id: openai");
    }

    @Test
    void withoutACompanyListCompaniesAreFreeText() {
        assertThat(Companies.NONE.resolve("Anyone Ltd", AT, "company", problems))
                .isEqualTo(CompanyRef.named("Anyone Ltd"));
        assertThat(problems.sorted()).isEmpty();
    }
}
