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
 * A CSV file as rows of located texts, read with Jackson's CSV parser (RFC 4180 quoting, quoted line breaks). The
 * text comes through the project's SourceReader, so the byte-order mark is gone and CRLF is LF; Jackson then
 * gives the line and column of every value. Types are not applied here.
 */
record CsvTable(List<Line> rows) {

    /** One record of the file: its cells as written, and where it starts. */
    record Line(SourceLocation location, List<Text> cells) {
    }

    /** One value as written, at its first character (the opening quote of a quoted value). */
    record Text(String text, SourceLocation location) {
    }

    private static final CsvMapper MAPPER = new CsvMapper();

    /**
     * Every record, the header included; on a syntax error, the records before it and the error, located (an
     * unclosed quote where it opens).
     */
    static CsvTable read(SourceFile file, char delimiter, char quote, Diagnostics problems) {
        String path = file.displayPath();
        List<Line> rows = new ArrayList<>();
        CsvSchema schema = CsvSchema.emptySchema().withColumnSeparator(delimiter).withQuoteChar(quote);
        JsonLocation before = null;
        try (CsvParser parser = MAPPER.getFactory().createParser(file.text())) {
            parser.setSchema(schema);
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            parser.disable(CsvParser.Feature.ALLOW_TRAILING_COMMA);
            List<Text> cells = null;
            SourceLocation start = null;
            JsonToken token;
            while (true) {
                before = parser.currentLocation();
                token = parser.nextToken();
                if (token == null) {
                    break;
                }
                if (token == JsonToken.START_ARRAY && parser.getParsingContext().getParent() != null
                        && parser.getParsingContext().getParent().inArray()) {
                    cells = new ArrayList<>();
                    start = null;
                } else if (token == JsonToken.VALUE_STRING && cells != null) {
                    SourceLocation at = at(path, parser.currentTokenLocation());
                    if (start == null) {
                        start = new SourceLocation(path, at.line(), 1);
                    }
                    cells.add(new Text(parser.getText(), at));
                } else if (token == JsonToken.END_ARRAY && cells != null) {
                    // A blank line is no record (RFC 4180 has none; Frictionless tools skip them).
                    if (!(cells.size() == 1 && cells.get(0).text().isEmpty() && blankLine(file.text(), start))) {
                        rows.add(new Line(start, cells));
                    }
                    cells = null;
                }
            }
        } catch (JsonProcessingException e) {
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

    private static boolean blankLine(String text, SourceLocation start) {
        if (start == null) {
            return true;
        }
        int line = 1;
        int i = 0;
        while (line < start.line() && i < text.length()) {
            if (text.charAt(i++) == '\n') {
                line++;
            }
        }
        return i >= text.length() || text.charAt(i) == '\n';
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
