package briefing.dataset;

import briefing.diagnostic.SourceLocation;

import java.util.List;

/**
 * One row of a table, its cells in the schema's field order (a cell for every field, missing values included).
 *
 * @param number   1-based, counting data rows only (the header is not a row)
 * @param location where the row starts: its line in the CSV file, or its entry in the descriptor's {@code data}
 */
public record Row(int number, SourceLocation location, List<Cell> cells) {

    public Row {
        cells = List.copyOf(cells);
    }

    public Cell cell(int index) {
        return cells.get(index);
    }
}
