package briefing.dataset;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.SourceFile;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A CSV file as rows of texts, read with Jackson's CSV parser (RFC 4180 quoting, quoted line breaks). The text comes
 * through the project's SourceReader, so the byte-order mark is gone and CRLF is LF. Jackson gives where each record
 * starts; where a value starts is found from there only when it is asked for ({@link Line#location(int)}), since a
 * location object per value is most of the memory of a large file and nearly all of them are never shown. Types are
 * not applied here.
 */
record CsvTable(List<Line> rows) {

    /**
     * One record of the file: its cells as written, and where it starts ({@code offset} in the text, at
     * {@code location}, column 1).
     */
    static final class Line {
        private final SourceFile file;
        private final int offset;
        private final SourceLocation location;
        private final List<String> cells;
        private final char delimiter;
        private final char quote;

        Line(SourceFile file, int offset, SourceLocation location, List<String> cells, char delimiter, char quote) {
            this.file = file;
            this.offset = offset;
            this.location = location;
            this.cells = cells;
            this.delimiter = delimiter;
            this.quote = quote;
        }

        SourceLocation location() {
            return location;
        }

        /** The values as written (after unquoting). */
        List<String> cells() {
            return cells;
        }

        /**
         * Where value {@code index} starts: its first character, or the opening quote of a quoted value. Found by
         * stepping over the values before it as RFC 4180 writes them (a quoted value may hold delimiters, doubled
         * quotes and line breaks).
         */
        SourceLocation location(int index) {
            String text = file.text();
            int line = location.line();
            int lineStart = offset;
            int at = offset;
            for (int i = 0; i < index && at < text.length(); i++) {
                if (text.charAt(at) == quote) {
                    at++;
                    while (at < text.length()) {
                        char c = text.charAt(at);
                        if (c == quote) {
                            if (at + 1 < text.length() && text.charAt(at + 1) == quote) {
                                at += 2;
                                continue;
                            }
                            at++;
                            break;
                        }
                        if (c == '\n') {
                            line++;
                            lineStart = at + 1;
                        }
                        at++;
                    }
                }
                while (at < text.length() && text.charAt(at) != delimiter && text.charAt(at) != '\n') {
                    at++;
                }
                at++;
            }
            return new SourceLocation(location.path(), line, at - lineStart + 1);
        }
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    /**
     * Every record, the header included; on a syntax error, the records before it and the error, located (an
     * unclosed quote where it opens).
     */
    static CsvTable read(SourceFile file, char delimiter, char quote, Diagnostics problems) {
        // Where the failing value began is asked of the parser before every token, which costs an object each:
        // only a file that has an error is read a second time to find it.
        CsvTable table = read(file, delimiter, quote, problems, false);
        return table != null ? table : read(file, delimiter, quote, problems, true);
    }

    /** Null on a syntax error when not {@code locating} it (nothing reported); else the records and the error. */
    private static CsvTable read(SourceFile file, char delimiter, char quote, Diagnostics problems,
                                 boolean locating) {
        String path = file.displayPath();
        List<Line> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar(quote);
        JsonLocation before = null;
        try (CsvParser parser = MAPPER.getFactory().createParser(file.text())) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
            List<String> cells = null;
            SourceLocation start = null;
            int startOffset = 0;
            JsonToken token;
            while (true) {
                if (locating) {
                    before = parser.currentLocation();
                }
                token = parser.nextToken();
                if (token == null) {
                    break;
                }
                if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    cells = new ArrayList<>();
                    start = null;
                } else if (token == JsonToken.VALUE_STRING && cells != null) {
                    if (start == null) {
                        JsonLocation first = parser.currentTokenLocation();
                        start = new SourceLocation(path, Math.max(1, first.getLineNr()), 1);
                        startOffset = (int) first.getCharOffset() - (Math.max(1, first.getColumnNr()) - 1);
                    }
                    cells.add(parser.getText());
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    // A blank line is no record (RFC 4180 has none; Frictionless tools skip them).
                    if (!(cells.size() == 1 && cells.get(0).isEmpty() && blankLine(file.text(), startOffset))) {
                        rows.add(new Line(file, startOffset, start, cells, delimiter, quote));
                    }
                    cells = null;
                }
            }
        } catch (JsonProcessingException e) {
            if (!locating) {
                return null;
            }
            String message = String.valueOf(e.getOriginalMessage());
            if (message.startsWith("Missing closing quote")) {
                problems.error(opening(file.text(), path, before, quote), "quoted value is not closed",
                        "end the value with " + quote + "; a " + quote + " inside a quoted value is written twice ("
                                + quote + quote + ")");
            } else if (message.startsWith("Unexpected character")) {
                problems.error(at(path, e.getLocation()),
                        "unexpected character after a quoted value",
                        "a quoted value ends at its closing " + quote + "; quote the whole value, and write a "
                                + quote + " inside it twice");
            } else {
                problems.error(at(path, e.getLocation()), "CSV syntax: " + message.strip().split("\n", 2)[0]);
            }
        } catch (IOException e) {
            throw new IllegalStateException("reading CSV from a string cannot fail with I/O", e);
        }
        return new CsvTable(List.copyOf(rows));
    }

    private static boolean blankLine(String text, int offset) {
        return offset >= text.length() || text.charAt(offset) == '\n';
    }

    /** The quote that was never closed: the first quote at or after where the failing value began. */
    private static SourceLocation opening(String text, String path, JsonLocation before, char quote) {
        if (before == null || before.getLineNr() < 1) {
            return SourceLocation.file(path);
        }
        int line = before.getLineNr();
        int column = Math.max(1, before.getColumnNr());
        int offset = 0;
        for (int l = 1; l < line && offset < text.length(); offset++) {
            if (text.charAt(offset) == '\n') {
                l++;
            }
        }
        offset += column - 1;
        while (offset < text.length() && text.charAt(offset) != quote) {
            if (text.charAt(offset) == '\n') {
                line++;
                column = 0;
            }
            offset++;
            column++;
        }
        return new SourceLocation(path, line, column);
    }

    private static SourceLocation at(String path, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return SourceLocation.file(path);
        }
        return new SourceLocation(path, location.getLineNr(), Math.max(1, location.getColumnNr()));
    }
}
