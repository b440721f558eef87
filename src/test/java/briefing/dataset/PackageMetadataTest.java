package briefing.dataset;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.source.SourceReader;
import briefing.source.YamlReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** A data package's standard {@code licenses} and {@code contributors}, kept for the structured data of its tables. */
class PackageMetadataTest {

    @TempDir
    Path tmp;

    private Optional<DataPackage> load(String descriptor, Diagnostics problems) throws Exception {
        Files.writeString(tmp.resolve("datapackage.yaml"), descriptor + """
                resources:
                  - name: t
                    data: [{a: x}]
                    schema: {fields: [{name: a}]}
                """);
        return new DatasetLoader(new SourceReader(tmp, 1_000_000), new YamlReader(1_000_000))
                .load(tmp, DatasetLoader.Known.NOTHING, problems);
    }

    @Test
    void keepsLicensesAndContributorsInOrder() throws Exception {
        Diagnostics problems = new Diagnostics();
        DataPackage pack = load("""
                licenses:
                  - {name: ODC-PDDL-1.0, path: "http://opendatacommons.org/licenses/pddl/", title: Public Domain}
                  - {name: CC0-1.0}
                contributors:
                  - {title: U.S. Census Bureau, role: publisher}
                  - {title: Jo Analyst, email: jo@example.org, organization: Example Desk}
                """, problems).orElseThrow();
        assertThat(problems.sorted()).isEmpty();
        assertThat(pack.licenses()).containsExactly(
                new DataPackage.License(Optional.of("ODC-PDDL-1.0"),
                        Optional.of("http://opendatacommons.org/licenses/pddl/"), Optional.of("Public Domain")),
                new DataPackage.License(Optional.of("CC0-1.0"), Optional.empty(), Optional.empty()));
        assertThat(pack.contributors()).extracting(DataPackage.Contributor::title)
                .containsExactly("U.S. Census Bureau", "Jo Analyst");
        assertThat(pack.contributors().get(1).organization()).contains("Example Desk");
    }

    @Test
    void aContributorWithoutATitleIsAnError() throws Exception {
        Diagnostics problems = new Diagnostics();
        load("contributors:\n  - {role: author}\n", problems);
        assertThat(problems.sorted()).extracting(Diagnostic::headline)
                .containsExactly("datapackage.yaml:2:5: error: contributors[0].title: required field is missing");
    }
}
