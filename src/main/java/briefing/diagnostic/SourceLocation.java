package briefing.diagnostic;

import java.util.Comparator;

/**
 * A position in an input file: a path relative to the project (as the editor typed it on the command line),
 * and a 1-based line and column. Line 0 means "the whole file".
 */
public record SourceLocation(String path, int line, int column) implements Comparable<SourceLocation> {

    private static final Comparator<SourceLocation> ORDER = Comparator.comparing(SourceLocation::path)
            .thenComparingInt(SourceLocation::line)
            .thenComparingInt(SourceLocation::column);

    public SourceLocation {
        path = path.replace('\\', '/');
    }

    public static SourceLocation file(String path) {
        return new SourceLocation(path, 0, 0);
    }

    /** The same file, {@code columns} further along the same line (for a position inside a scalar). */
    public SourceLocation shift(int columns) {
        return line == 0 ? this : new SourceLocation(path, line, column + columns);
    }

    @Override
    public int compareTo(SourceLocation other) {
        return ORDER.compare(this, other);
    }

    /** As headlines show it; control characters in the path are escaped, so a file name cannot split a line. */
    @Override
    public String toString() {
        String shown = ShownText.escape(path);
        return line == 0 ? shown : shown + ":" + line + ":" + column;
    }
}
