package briefing.data;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code {{ key }}} syntax by which prose refers to a figure instead of typing its number. Kept in one place so
 * that the Markdown renderer and the checks agree on what a reference is, and on what is a mistyped one: braces
 * that look like a reference but are not one would otherwise be published as they are, without a word.
 */
public final class FigureReferences {

    /** What a key may contain. */
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]+");
    /** The start of an unclosed reference, as far as it still looks like one: "{{ round.amazon }". */
    private static final Pattern UNCLOSED = Pattern.compile("\\{\\{[ \\t]*([^\\s{}]*)(?:[ \\t]*}(?!}))?");
    /** Text before a "}}" that opens with one brace: "{ round.amazon ". */
    private static final Pattern ONE_BRACE = Pattern.compile("(?<!\\{)\\{[ \\t]*([^\\s{}]*)[ \\t]*$");
    private static final String LITERAL = "to show braces as text, put them in a code span";

    /** A reference found in a text, at a character offset. */
    public record Match(String key, int start, int end) {
    }

    /** What is wrong with a mistyped reference. */
    public enum Problem {
        NOT_CLOSED, EMPTY, SPACE_IN_KEY, CHARACTER_IN_KEY, ONE_OPENING_BRACE, CLOSES_NOTHING
    }

    /**
     * Braces that are meant as a reference but are not one, from {@code start} (its first brace) to {@code end}.
     *
     * @param key the key as far as it can be made out, for a hint; empty when there is none
     */
    public record Mistake(Problem problem, String text, String key, int start, int end) {

        public String message() {
            String quoted = "figure reference \"" + text + "\"";
            return switch (problem) {
                case NOT_CLOSED -> quoted + " is not closed: expected \"}}\"";
                case EMPTY -> quoted + " names no figure: expected a key between the braces";
                case SPACE_IN_KEY -> quoted + " has a space inside its key";
                case CHARACTER_IN_KEY -> quoted + " has \"" + badCharacter(key)
                        + "\" in its key: a key has only letters, digits, \".\", \"_\" and \"-\"";
                case ONE_OPENING_BRACE -> quoted + " opens with one brace: expected \"{{\"";
                case CLOSES_NOTHING -> "\"}}\" closes no figure reference: expected \"{{\" before it";
            };
        }

        /** The right syntax, with the figure the editor most likely meant when {@code known} has one. */
        public String hint(Collection<String> known) {
            String meant = switch (problem) {
                case SPACE_IN_KEY -> nearest(key.replaceAll("\\s+", "."), known)
                        .or(() -> nearest(key.replaceAll("\\s+", ""), known)).orElse(null);
                case CHARACTER_IN_KEY -> nearest(key.replaceAll("[^A-Za-z0-9_.-]", ""), known).orElse(null);
                default -> meant(key.replaceAll("[.]+$", ""), known); // a sentence's full stop is no part of it
            };
            if (meant != null) {
                return "write {{ " + meant + " }}; " + LITERAL;
            }
            String example = known.stream().sorted().findFirst().orElse("round.total");
            return (problem == Problem.SPACE_IN_KEY ? "a key has no spaces; " : "")
                    + "write a figure reference as {{ key }}, e.g. {{ " + example + " }}; " + LITERAL;
        }

        /**
         * The key the editor meant once the stray characters are gone: itself when it names a figure (Suggestion
         * never proposes the very name it was given), else the closest one.
         */
        private static java.util.Optional<String> nearest(String cleaned, Collection<String> known) {
            return known.contains(cleaned) ? java.util.Optional.of(cleaned) : Suggestion.closest(cleaned, known);
        }

        private static String meant(String key, Collection<String> known) {
            if (!KEY.matcher(key).matches()) {
                return null;
            }
            return known.isEmpty() || known.contains(key) ? key : Suggestion.closest(key, known).orElse(key);
        }

        private static String badCharacter(String key) {
            int bad = key.codePoints().filter(c -> !(c < 128 && KEY.matcher(Character.toString(c)).matches()))
                    .findFirst().orElse('?');
            return Character.toString(bad);
        }
    }

    /** Every reference and every mistyped one in a text, each in the order it starts. */
    public record Scan(List<Match> references, List<Mistake> mistakes) {
    }

    private FigureReferences() {
    }

    public static List<Match> find(String text) {
        return scan(text).references();
    }

    /**
     * Reads the references of a text. A reference does not span lines: a "{{" whose "}}" is not on its line, or
     * comes only after another "{{", is not closed.
     */
    public static Scan scan(String text) {
        List<Match> found = new ArrayList<>();
        List<Mistake> mistakes = new ArrayList<>();
        if (!text.contains("{{") && !text.contains("}}")) { // most text has neither: a plain search is quicker
            return new Scan(found, mistakes);
        }
        List<int[]> taken = new ArrayList<>();
        int from = 0;
        for (int open = text.indexOf("{{", from); open >= 0; open = text.indexOf("{{", from)) {
            int lineEnd = text.indexOf('\n', open);
            int limit = lineEnd < 0 ? text.length() : lineEnd;
            int next = text.indexOf("{{", open + 2);
            if (next >= 0 && next < limit) {
                limit = next;
            }
            int close = text.indexOf("}}", open + 2);
            int end;
            if (close >= 0 && close + 2 <= limit) {
                end = close + 2;
                String inner = text.substring(open + 2, close).strip();
                String written = text.substring(open, end);
                if (inner.isEmpty()) {
                    mistakes.add(new Mistake(Problem.EMPTY, written, "", open, end));
                } else if (inner.codePoints().anyMatch(Character::isWhitespace)) {
                    mistakes.add(new Mistake(Problem.SPACE_IN_KEY, written, inner, open, end));
                } else if (!KEY.matcher(inner).matches()) {
                    mistakes.add(new Mistake(Problem.CHARACTER_IN_KEY, written, inner, open, end));
                } else {
                    found.add(new Match(inner, open, end));
                }
            } else {
                Matcher m = UNCLOSED.matcher(text).region(open, limit);
                m.lookingAt();
                end = m.end();
                mistakes.add(new Mistake(Problem.NOT_CLOSED, m.group().strip(), m.group(1), open, end));
            }
            taken.add(new int[]{open, end});
            from = end;
        }
        for (int close = text.indexOf("}}"); close >= 0; close = text.indexOf("}}", close)) {
            int at = close;
            if (taken.stream().anyMatch(t -> at >= t[0] && at < t[1])) {
                close += 1;
                continue;
            }
            int lineStart = text.lastIndexOf('\n', close) + 1;
            Matcher m = ONE_BRACE.matcher(text.substring(lineStart, close));
            if (m.find()) {
                int start = lineStart + m.start();
                mistakes.add(new Mistake(Problem.ONE_OPENING_BRACE, text.substring(start, close + 2), m.group(1),
                        start, close + 2));
            } else {
                mistakes.add(new Mistake(Problem.CLOSES_NOTHING, "}}", "", close, close + 2));
            }
            close += 2;
        }
        mistakes.sort(java.util.Comparator.comparingInt(Mistake::start));
        return new Scan(found, mistakes);
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
