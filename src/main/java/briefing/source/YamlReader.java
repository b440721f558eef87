package briefing.source;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses YAML into {@link YamlNode}s with positions, using Jackson's streaming parser. We build our own tree rather
 * than bind to classes because binding loses positions for unknown and missing keys and stops at the first error.
 * Aliases are refused (Jackson does not expand them, so data would silently be wrong) and duplicate keys are errors.
 */
public final class YamlReader {

    public static final int MAX_DEPTH = 64;
    /**
     * Most values (mappings, lists and scalars) one file or front matter may hold. A briefing's data has a few
     * hundred; without a cap, a million-row table whose size passes a raised {@code limits.max_file_bytes} would
     * be built as a tree in memory before any check could refuse it (issue 7: resource limits).
     */
    public static final int MAX_VALUES = 200_000;
    /**
     * Longest line a YAML text may have. SnakeYAML scans a long scalar at about half a megabyte a second, so a
     * file of one huge value (a million-digit amount) would take seconds before any value check could refuse it;
     * the longest line of real data (an FAQ answer written on one line) is a few thousand characters.
     */
    public static final int MAX_LINE_CHARS = 65_536;

    private final YAMLFactory factory;

    public YamlReader(long maxDocumentChars) {
        LoaderOptions loader = new LoaderOptions();
        loader.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, maxDocumentChars));
        this.factory = YAMLFactory.builder()
                // `key:` with nothing after it means "no value", as with `key: ~`
                .enable(com.fasterxml.jackson.dataformat.yaml.YAMLParser.Feature.EMPTY_STRING_AS_NULL)
                .loaderOptions(loader)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxDocumentLength(maxDocumentChars)
                        .build())
                .build();
    }

    /** A whole file. An empty document gives a null-scalar at line 1. */
    public YamlNode read(SourceFile file) throws BuildFailedException {
        return read(file.text(), file.displayPath(), 0);
    }

    /**
     * YAML embedded in a larger file (front matter): {@code lineOffset} lines precede it, so positions are
     * reported in the file's own numbering.
     */
    public YamlNode read(String text, String displayPath, int lineOffset) throws BuildFailedException {
        refuseLongLines(text, displayPath, lineOffset);
        refuseTagDirective(text, displayPath, lineOffset);
        Diagnostics problems = new Diagnostics();
        try (YAMLParser parser = factory.createParser(text)) {
            Builder builder = new Builder(parser, displayPath, lineOffset, new Lines(text), problems);
            try {
                JsonToken first = parser.nextToken();
                YamlNode root;
                if (first == null) {
                    root = new YamlNode.Scalar("", true, new SourceLocation(displayPath, lineOffset + 1, 1));
                } else {
                    root = builder.node(first);
                    if (parser.nextToken() != null) {
                        problems.error(builder.here(), "a file holds one YAML document; found a second one",
                                "remove the extra `---` line");
                    }
                }
                problems.throwIfErrors();
                return root;
            } catch (TooManyValues e) {
                throw new BuildFailedException(Diagnostic.error(e.at,
                        "YAML holds more than " + MAX_VALUES + " values (rows times fields); refusing to read further",
                        "a briefing's data file needs far fewer: split the table, or keep bulk data out of content/"));
            } catch (StreamConstraintsException e) {
                // The exception has no location; the parser still knows where it stopped (issue 7: an error
                // without a line is hard to act on, and the Jackson message named Java API).
                String why = String.valueOf(e.getOriginalMessage());
                String message = why.contains("nesting depth")
                        ? "YAML is nested more than " + MAX_DEPTH + " levels deep; refusing to read further"
                        : "YAML document is over the size limit: " + firstLine(why);
                throw new BuildFailedException(Diagnostic.error(
                        location(parser.currentLocation(), displayPath, lineOffset), message,
                        "data files are flat lists of records; nothing needs more than " + MAX_DEPTH + " levels"));
            }
        } catch (JsonProcessingException e) {
            Lines lines = new Lines(text);
            SourceLocation at = problemLocation(e, displayPath, lineOffset);
            java.util.Optional<String> tab = tabMessage(e, lines, at.line() - lineOffset - 1, at.column() - 1);
            if (tab.isPresent()) {
                throw new BuildFailedException(Diagnostic.error(at, "YAML syntax: " + tab.get(), "indent with spaces"));
            }
            java.util.Optional<Diagnostic> unclosed = unclosed(e, lines, displayPath, lineOffset);
            if (unclosed.isPresent()) {
                throw new BuildFailedException(unclosed.get());
            }
            throw new BuildFailedException(Diagnostic.error(at,
                    "YAML syntax: " + syntaxMessage(e, lineOffset), syntaxHint(e)));
        } catch (IOException e) {
            throw new IllegalStateException("reading YAML from a string cannot fail with I/O", e);
        }
    }

    private static void refuseLongLines(String text, String path, int lineOffset) throws BuildFailedException {
        int line = 1;
        for (int start = 0; start < text.length(); line++) {
            int end = text.indexOf('\n', start);
            int stop = end < 0 ? text.length() : end;
            if (stop - start > MAX_LINE_CHARS) {
                throw new BuildFailedException(Diagnostic.error(
                        new SourceLocation(path, lineOffset + line, MAX_LINE_CHARS + 1),
                        "line is longer than " + String.format(java.util.Locale.ROOT, "%,d", MAX_LINE_CHARS)
                                + " characters (" + String.format(java.util.Locale.ROOT, "%,d", stop - start)
                                + "); refusing to read further",
                        "no value of a data file needs a line this long: break long text over lines with `>` or `|`"));
            }
            start = stop + 1;
        }
    }

    /**
     * A {@code %TAG} directive declares tag shorthands; tags are refused, and Jackson skips directives without a
     * word, so the lines before the document are looked at here. Directives can only come before the first
     * {@code ---}, at the start of a line.
     */
    private static void refuseTagDirective(String text, String path, int lineOffset) throws BuildFailedException {
        int line = 0;
        // Line by line from the start, not a split of the whole text: the loop stops at the first content line.
        for (int start = 0; start <= text.length(); ) {
            int end = text.indexOf('\n', start);
            String raw = text.substring(start, end < 0 ? text.length() : end);
            start = end < 0 ? text.length() + 1 : end + 1;
            line++;
            String stripped = raw.strip();
            if (stripped.startsWith("---") || (!stripped.isEmpty() && !stripped.startsWith("#")
                    && !raw.startsWith("%"))) {
                return;
            }
            if (raw.startsWith("%TAG")) {
                throw new BuildFailedException(Diagnostic.error(new SourceLocation(path, line + lineOffset, 1),
                        "YAML %TAG directives are not supported",
                        "remove the line: tags are not supported, every value is read as text"));
            }
        }
    }

    /**
     * SnakeYAML reports an unclosed quote where the file ends and an unclosed bracket where it gave up; the
     * mistake is where the quote or bracket opens, which SnakeYAML keeps as the error's context mark.
     */
    private static java.util.Optional<Diagnostic> unclosed(JsonProcessingException e, Lines lines, String path,
                                                           int lineOffset) {
        if (!(e.getCause() instanceof MarkedYAMLException marked) || marked.getContext() == null
                || marked.getContextMark() == null || marked.getProblem() == null) {
            return java.util.Optional.empty();
        }
        int line = marked.getContextMark().getLine();
        int column = marked.getContextMark().getColumn();
        if (line >= lines.count() || column >= lines.length(line)) {
            return java.util.Optional.empty();
        }
        char opener = lines.charAt(line, column);
        SourceLocation at = new SourceLocation(path, line + 1 + lineOffset, column + 1);
        String context = marked.getContext();
        String problem = marked.getProblem().strip();
        boolean endedEarly = problem.contains("unexpected end of stream") || problem.contains("document separator");
        if (context.contains("quoted scalar") && endedEarly && (opener == '"' || opener == '\'')) {
            return java.util.Optional.of(Diagnostic.error(at,
                    "YAML syntax: the quote " + opener + " that starts here is never closed",
                    "end the text with a matching " + opener + (opener == '"' ? "; write a \" inside it as \\\""
                            : "; write a ' inside it as ''")));
        }
        if ((context.contains("flow sequence") && opener == '[') || (context.contains("flow mapping") && opener == '{')) {
            char closer = opener == '[' ? ']' : '}';
            String where = marked.getProblemMark() == null ? ""
                    : " at line " + (marked.getProblemMark().getLine() + 1 + lineOffset) + ", column "
                    + (marked.getProblemMark().getColumn() + 1);
            return java.util.Optional.of(Diagnostic.error(at,
                    "YAML syntax: the " + opener + " that starts here is not closed (" + problem + where + ")",
                    "close it with " + closer + " and separate the items with commas"));
        }
        return java.util.Optional.empty();
    }

    /**
     * A tab among the spaces that indent a line: the message names the key on that line (or, for a line without
     * one, the key above it whose value the line belongs to), so the editor knows which field to fix.
     */
    private static java.util.Optional<String> tabMessage(JsonProcessingException e, Lines lines, int line, int column) {
        String whole = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (!whole.contains("\\t") && !whole.contains("'\t'")) {
            return java.util.Optional.empty();
        }
        if (line < 0 || line >= lines.count() || column < 0 || column >= lines.length(line)
                || lines.charAt(line, column) != '\t') {
            return java.util.Optional.of("a tab character cannot indent YAML");
        }
        String text = lines.line(line);
        if (!text.substring(0, column).isBlank()) {
            return java.util.Optional.of("a tab character cannot indent YAML");
        }
        java.util.Optional<String> own = keyOf(text.strip());
        if (own.isPresent()) {
            return java.util.Optional.of("tab character in the indentation of \"" + own.get() + "\"");
        }
        for (int above = line - 1; above >= 0; above--) {
            String prior = lines.line(above);
            int indent = prior.length() - prior.stripLeading().length();
            if (!prior.isBlank() && !prior.strip().startsWith("#") && indent <= column) {
                java.util.Optional<String> parent = keyOf(prior.strip());
                if (parent.isPresent()) {
                    return java.util.Optional.of("tab character in the indentation of a value of \""
                            + parent.get() + "\"");
                }
                break;
            }
        }
        return java.util.Optional.of("a tab character cannot indent YAML");
    }

    private static final java.util.regex.Pattern KEY =
            java.util.regex.Pattern.compile("(?:-\\s+)*([^\\s#:\"'\\[\\]{},&*!|>][^:#]*?|\"[^\"]*\"|'[^']*'):(?:\\s.*)?$");

    private static java.util.Optional<String> keyOf(String stripped) {
        if (stripped.length() > 1000) {
            return java.util.Optional.empty(); // a key is short; never run the pattern over a huge line
        }
        java.util.regex.Matcher m = KEY.matcher(stripped);
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        String key = m.group(1).strip();
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
            key = key.substring(1, key.length() - 1);
        }
        return java.util.Optional.of(key);
    }

    private static SourceLocation location(JsonLocation at, String path, int lineOffset) {
        if (at == null || at.getLineNr() < 1) {
            return SourceLocation.file(path);
        }
        return new SourceLocation(path, at.getLineNr() + lineOffset, Math.max(1, at.getColumnNr()));
    }

    /**
     * SnakeYAML knows where the problem is (the tab, the stray colon); Jackson's location is often the token
     * before it. Prefer SnakeYAML's mark.
     */
    private static SourceLocation problemLocation(JsonProcessingException e, String path, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            return new SourceLocation(path, marked.getProblemMark().getLine() + 1 + lineOffset,
                    marked.getProblemMark().getColumn() + 1);
        }
        return location(e.getLocation(), path, lineOffset);
    }

    /**
     * SnakeYAML's messages repeat the snippet and position we print ourselves. Keep what went wrong, and where the
     * construct it was reading started ("while parsing a flow sequence" at line 2), which is often the real mistake.
     */
    private static String syntaxMessage(JsonProcessingException e, int lineOffset) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            if (String.valueOf(marked.getProblem()).contains("\\t")) {
                return "a tab character cannot indent YAML";
            }
            StringBuilder out = new StringBuilder(marked.getProblem().strip());
            if (marked.getContext() != null && marked.getContextMark() != null) {
                out.append(" (").append(marked.getContext().strip()).append(" that starts at line ")
                        .append(marked.getContextMark().getLine() + 1 + lineOffset).append(')');
            }
            return out.toString();
        }
        String whole = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String message = firstLine(whole);
        if (whole.contains("'\\t'") || whole.contains("\\t(TAB)")) {
            return "a tab character cannot indent YAML";
        }
        return message;
    }

    private static String syntaxHint(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        if (message.contains("\\t")) {
            return "indent with spaces";
        }
        if (message.contains("mapping values are not allowed")) {
            return "a value containing \": \" must be quoted";
        }
        return "check indentation and quoting around this position";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        String line = message.strip().split("\n", 2)[0].strip();
        return line.endsWith(":") ? line.substring(0, line.length() - 1) : line;
    }

    /**
     * Line starts of the text, not a copy of every line: a large file (a raised size limit) must not be held
     * twice in memory before the value limit can refuse it.
     */
    private static final class Lines {
        private final String text;
        private final int[] starts;
        private final int count;

        Lines(String text) {
            this.text = text;
            int n = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    n++;
                }
            }
            starts = new int[n];
            int line = 1;
            for (int i = 0; i < text.length(); i++) {
                if (text.charAt(i) == '\n') {
                    starts[line++] = i + 1;
                }
            }
            count = n;
        }

        int count() {
            return count;
        }

        int length(int line) {
            int end = line + 1 < count ? starts[line + 1] - 1 : text.length();
            return end - starts[line];
        }

        char charAt(int line, int column) {
            return text.charAt(starts[line] + column);
        }

        String line(int line) {
            return text.substring(starts[line], starts[line] + length(line));
        }

        String slice(int line, int from, int to) {
            return text.substring(starts[line] + from, starts[line] + to);
        }
    }

    /** Thrown from deep in the tree builder to stop at the first value over {@link #MAX_VALUES}. */
    private static final class TooManyValues extends RuntimeException {
        final SourceLocation at;

        TooManyValues(SourceLocation at) {
            super(null, null, false, false);
            this.at = at;
        }
    }

    private static final class Builder {
        private int values;
        private final YAMLParser parser;
        private final String path;
        private final int lineOffset;
        private final Lines lines;
        private final Diagnostics problems;

        Builder(YAMLParser parser, String path, int lineOffset, Lines lines, Diagnostics problems) {
            this.parser = parser;
            this.path = path;
            this.lineOffset = lineOffset;
            this.lines = lines;
            this.problems = problems;
        }

        /**
         * The parser reports a scalar at its quote or block indicator; move to the text itself. Looking at the
         * source is needed because Jackson does not expose the scalar's style.
         */
        private YamlNode.Scalar scalar(String value, SourceLocation at) {
            int line = at.line() - lineOffset - 1;
            int column = at.column() - 1;
            if (line < 0 || line >= lines.count() || column < 0 || column >= lines.length(line)) {
                return new YamlNode.Scalar(value, false, at);
            }
            char first = lines.charAt(line, column);
            if (first == '"' || first == '\'') {
                return new YamlNode.Scalar(value, false, at.shift(1));
            }
            if ((first == '|' || first == '>') && line + 1 < lines.count()) {
                String next = lines.line(line + 1);
                int indent = next.length() - next.stripLeading().length();
                return new YamlNode.Scalar(value, false,
                        new SourceLocation(at.path(), at.line() + 1, indent + 1), indent);
            }
            return new YamlNode.Scalar(value, false, at);
        }

        /**
         * Anchors ({@code &name}) and tags ({@code !!binary}, {@code !custom}) come before a node, where the parser
         * puts the node's start. Jackson reports a mapping's anchor and any tag, but not a scalar's anchor, so the
         * source text at that place is looked at too (a plain value cannot start with & or !).
         */
        private void refuseProperties(SourceLocation at, boolean anchored, boolean tagged) {
            int line = at.line() - lineOffset - 1;
            int column = at.column() - 1;
            String word = "";
            // One character looked at per value (this runs for every value of a large file); the word is read
            // only when there is something to report.
            if (line >= 0 && line < lines.count() && column >= 0 && column < lines.length(line)
                    && (lines.charAt(line, column) == '&' || lines.charAt(line, column) == '!')) {
                int end = column;
                while (end < lines.length(line) && end - column < 100
                        && " \t,]}".indexOf(lines.charAt(line, end)) < 0) {
                    end++;
                }
                word = lines.slice(line, column, end);
            }
            if (!anchored && !tagged && word.isEmpty()) {
                return;
            }
            if (anchored || word.startsWith("&")) {
                problems.error(at, "YAML anchors (" + (word.startsWith("&") ? word : "&name") + ") are not supported",
                        "write the value out; anchors and aliases hide what a figure really is");
            } else if (tagged || word.startsWith("!")) {
                problems.error(at, "YAML tags (" + (word.startsWith("!") ? word : "!tag") + ") are not supported",
                        "remove the tag: every value is read as text and checked against its field's type");
            }
        }

        SourceLocation here() {
            return location(parser.currentTokenLocation(), path, lineOffset);
        }

        YamlNode node(JsonToken token) throws IOException {
            SourceLocation at = here();
            if (++values > MAX_VALUES) {
                throw new TooManyValues(at);
            }
            if (parser.isCurrentAlias()) {
                problems.error(at, "YAML aliases (*name) are not supported",
                        "write the value out; anchors and aliases hide what a figure really is");
            } else {
                refuseProperties(at, parser.getObjectId() != null, parser.getTypeId() != null);
            }
            return switch (token) {
                case START_OBJECT -> mapping(at);
                case START_ARRAY -> sequence(at);
                case VALUE_NULL -> new YamlNode.Scalar("", true, at);
                default -> scalar(parser.getText(), at);
            };
        }

        private YamlNode mapping(SourceLocation at) throws IOException {
            Map<String, YamlNode.Mapping.Entry> entries = new LinkedHashMap<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
                if (token == null) {
                    break;
                }
                String name = parser.currentName();
                YamlNode.Key key = new YamlNode.Key(name, here());
                refuseProperties(key.location(), false, false);
                YamlNode value = node(parser.nextToken());
                if (entries.containsKey(name)) {
                    problems.error(key.location(), "duplicate key \"" + name + "\"",
                            "the first is at line " + entries.get(name).key().location().line()
                                    + "; keep one of them");
                } else {
                    entries.put(name, new YamlNode.Mapping.Entry(key, value));
                }
            }
            return new YamlNode.Mapping(entries, at);
        }

        private YamlNode sequence(SourceLocation at) throws IOException {
            List<YamlNode> items = new ArrayList<>();
            JsonToken token;
            while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
                if (token == null) {
                    break;
                }
                items.add(node(token));
            }
            return new YamlNode.Sequence(items, at);
        }
    }
}
