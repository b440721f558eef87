package briefing.content;

import briefing.dataset.Field;
import briefing.dataset.Resource;
import briefing.dataset.Row;
import briefing.diagnostic.SourceLocation;

import java.util.List;

/**
 * A table a {@code ```table} block puts in a briefing's body: rows of a dataset resource, filtered, sorted and cut
 * as the block asks, checked at load so that rendering cannot fail on it.
 *
 * @param id       the table's id on the page ({@code table-capex}); rows get {@code <id>-row-<number>}
 * @param columns  the fields shown, in order
 * @param rows     the rows shown: at most {@link TableDirective#MAX_ROWS}
 * @param matching how many rows the filter and limit let through; more than {@code rows.size()} when the table was
 *                 cut at {@link TableDirective#MAX_ROWS}
 * @param caption  the block's {@code caption}, or else the resource's title (or name)
 * @param location the block's opening fence
 */
public record DatasetTable(String id, Resource resource, List<Field> columns, List<Row> rows, int matching,
                           String caption, SourceLocation location) {

    public DatasetTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Whether the table shows fewer rows than match (the row cap, not the block's own {@code limit}). */
    public boolean cut() {
        return matching > rows.size();
    }

    /** The id of a row's {@code <tr>}, which the search index links to. */
    public String rowId(Row row) {
        return id + "-row-" + row.number();
    }
}
