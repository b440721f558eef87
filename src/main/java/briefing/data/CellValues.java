package briefing.data;

import briefing.dataset.Cell;
import briefing.value.Qualifier;

import java.util.Optional;

/**
 * A dataset cell as the value a figure of it shows, for the places that show cells without making them figures (a
 * table directive's rows): the same formatting, and the row's qualifier applied the same way.
 */
public final class CellValues {

    private CellValues() {
    }

    public static FigureValue of(Cell cell, Optional<Qualifier> rowQualifier) {
        return DatasetFigures.value(cell, rowQualifier);
    }
}
