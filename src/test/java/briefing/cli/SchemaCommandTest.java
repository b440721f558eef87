package briefing.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static briefing.cli.BuildCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code briefing schema}: the files with a schema, one schema, or all of them as files. */
class SchemaCommandTest {

    @TempDir
    Path tmp;

    @Test
    void listsPrintsAndWritesTheDataPackageSchemaWithTheBuiltInFiles() throws Exception {
        BuildCommandTest.Run list = run("schema");
        assertThat(list.code()).isEqualTo(ExitCode.OK);
        assertThat(list.out().lines()).contains("valuations.yaml", "workforce.yaml", "datapackage.yaml");

        BuildCommandTest.Run one = run("schema", "datapackage.yaml");
        assertThat(one.code()).isEqualTo(ExitCode.OK);
        assertThat(one.out()).contains("\"title\" : \"briefing datapackage.yaml\"", "\"primaryKey\"",
                "\"foreignKeys\"", "\"missingValues\"", "\"kind\"", "\"currency\"", "\"scale\"", "\"constraints\"");

        BuildCommandTest.Run all = run("schema", "--output", tmp.toString());
        assertThat(all.code()).isEqualTo(ExitCode.OK);
        assertThat(Files.readString(tmp.resolve("datapackage.json"))).isEqualTo(one.out());
        assertThat(Files.readString(tmp.resolve("workforce.json"))).contains("Who is affected, as tables show it");

        BuildCommandTest.Run unknown = run("schema", "capex.yaml");
        assertThat(unknown.code()).isEqualTo(ExitCode.USAGE);
        assertThat(unknown.err()).contains("error: no schema for \"capex.yaml\"; files with one: site.yaml,");
    }
}
