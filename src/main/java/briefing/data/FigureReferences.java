package briefing.data;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{ key }}} syntax by which prose refers to a figure instead of typing its number. Kept in one place so
 * that the Markdown renderer and the checks agree on what a reference is.
 */
public final class FigureReferences {

    public static final Pattern PATTERN = Pattern.compile("\\{\\{\\s*([A-Za-z0-9_.-]+)\\s*}}");

    /** A reference found in a text, at a character offset. */
    public record Match(String key, int start, int end) {
    }

    private FigureReferences() {
    }

    public static List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (!text.contains("{{")) { // most text refers to no figure: a plain search is much quicker than the pattern
            return found;
        }
        Matcher m = PATTERN.matcher(text);
        while (m.find()) {
            found.add(new Match(m.group(1), m.start(), m.end()));
        }
        return found;
    }

    /**
     * Reports every reference in the prose that names no figure, at its own line and column.
     */
    public static void check(Prose prose, FigureIndex figures, Diagnostics problems) {
        for (Match match : find(prose.markdown())) {
            if (figures.find(match.key()).isEmpty()) {
                problems.unresolved(match.key(), position(prose, match.start()), "unknown figure `" + match.key() + "`",
                        Suggestion.hint(match.key(), figures.keys()));
            }
        }
    }

    static SourceLocation position(Prose prose, int offset) {
        String text = prose.markdown();
        SourceLocation at = prose.location();
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return line == 0 ? at.shift(offset) : new SourceLocation(at.path(), at.line() + line, 1 + prose.indent() + offset - lineStart);
    }
}
