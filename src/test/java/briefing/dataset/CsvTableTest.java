package briefing.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.SourceFile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value's location, found from its record only when asked ({@link CsvTable.Line#location(int)}), is where Jackson's
 * parser says the value starts: its first character, or its opening quote, across quoted delimiters, doubled quotes
 * and quoted line breaks.
 */
class CsvTableTest {

    private static final String CSV = """
            id,name,note,amount
            1,Acme,plain,10
            2,"Borealis, Inc.","a ""quoted"" word",20
            3,,"two
            lines, and a comma",
            "4","Cobalt","",30.5
            5,Ünïcödé ✓,"x",40
            """;

    @Test
    void valuesAreLocatedWhereTheParserSaysTheyStart() throws Exception {
        SourceFile file = new SourceFile(Path.of("data.csv"), "data.csv", CSV);
        Diagnostics problems = new Diagnostics();
        CsvTable table = CsvTable.read(file, ',', '"', problems);
        assertThat(problems.hasErrors()).isFalse();
        List<SourceLocation> found = new ArrayList<>();
        for (CsvTable.Line line : table.rows()) {
            for (int i = 0; i < line.cells().size(); i++) {
                found.add(line.location(i));
            }
        }
        assertThat(found).isEqualTo(jackson(CSV)).hasSize(24);
        assertThat(table.rows().get(3).cells()).containsExactly("3", "", "two\nlines, and a comma", "");
        assertThat(table.rows().get(3).location(3)).isEqualTo(new SourceLocation("data.csv", 5, 21));
        assertThat(table.rows().get(4).location(0)).isEqualTo(new SourceLocation("data.csv", 6, 1));
    }

    @Test
    void anUnclosedQuoteIsStillReportedWhereItOpens() {
        SourceFile file = new SourceFile(Path.of("data.csv"), "data.csv", "id,name\n1,Acme\n2,\"Boreal\n3,Cobalt\n");
        Diagnostics problems = new Diagnostics();
        CsvTable.read(file, ',', '"', problems);
        assertThat(problems.sorted()).hasSize(1);
        assertThat(problems.sorted().get(0).location()).isEqualTo(new SourceLocation("data.csv", 3, 3));
        assertThat(problems.sorted().get(0).message()).isEqualTo("quoted value is not closed");
    }

    /** Every value's location as the parser reports it. */
    private static List<SourceLocation> jackson(String csv) throws Exception {
        List<SourceLocation> out = new ArrayList<>();
        try (CsvParser parser = new CsvMapper().getFactory().createParser(csv)) {
            parser.setSchema(CsvSchema.emptySchema());
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.VALUE_STRING) {
                    JsonLocation at = parser.currentTokenLocation();
                    out.add(new SourceLocation("data.csv", at.getLineNr(), at.getColumnNr()));
                }
            }
        }
        return out;
    }
}
