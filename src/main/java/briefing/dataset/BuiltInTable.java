package briefing.dataset;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.YamlNode;

import java.util.List;
import java.util.Optional;

/**
 * A table whose Table Schema is built in (defined in code), so the editor writes only its rows, as a YAML list of
 * rows: the way a built-in data file (the desk's deal ledger) goes through the same typing, constraint and key
 * checks as a data package's resource.
 */
public final class BuiltInTable {

    private BuiltInTable() {
    }

    /**
     * Reads the rows and checks them against the schema, its primary key and the ids it names (company and source
     * columns against {@code known}); every mistake is reported to {@code problems}, and rows with mistakes are
     * kept with their bad cells missing.
     *
     * @param path what messages call the list, e.g. {@code deals} (then {@code deals[2].amount})
     */
    public static Resource read(String name, TableSchema schema, YamlNode rows, String path, SourceLocation location,
                                DatasetLoader.Known known, Diagnostics problems) {
        List<Row> read = new TableReader(schema, problems).inline(rows, path);
        Resource resource = new Resource(name, Optional.empty(), Optional.empty(), Optional.empty(), schema, read,
                Optional.empty(), Optional.empty(), location);
        new KeyChecker(known, problems).check(List.of(resource));
        return resource;
    }

    /** A field of a built-in schema: a string column, with our {@code kind} when given. */
    public static Field field(String name, Optional<Field.Kind> kind, Field.Constraints constraints, String description) {
        return new Field(name, Field.Type.STRING, "default", Optional.empty(), Optional.of(description), constraints,
                Field.Lexical.DEFAULT, kind, Optional.empty(), 0, SourceLocation.file("built-in"));
    }
}
