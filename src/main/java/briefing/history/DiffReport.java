package briefing.history;

import briefing.data.FigureChange;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Which figures differ between the content at a git revision and the working tree, briefing by briefing in folder
 * order, figure by figure in key order: display-ready, in the working tree's locale.
 *
 * @param revision the revision as the editor named it ({@code HEAD~1})
 * @param commit   the full commit id it named
 */
public record DiffReport(String revision, String commit, List<BriefingChanges> briefings) {

    public DiffReport {
        briefings = List.copyOf(briefings);
    }

    public boolean isEmpty() {
        return briefings.isEmpty();
    }

    /** A short commit id for people. */
    public String shortCommit() {
        return commit.substring(0, Math.min(7, commit.length()));
    }

    /** Whether a briefing is in both versions, only in the working tree, or only at the revision. */
    public enum State { CHANGED, ADDED, REMOVED }

    /**
     * One briefing whose figures differ.
     *
     * @param path        its index.md as shown in messages (a removed briefing's with the revision before it)
     * @param figureCount how many figures it has: now, or, if removed, at the revision
     * @param changes     its figures that differ, in key order; empty for an added or removed briefing
     * @param suggestions update entries to paste into its {@code updates}, one per change that is not only the
     *                    consequence of another (a share moves with its amount)
     */
    public record BriefingChanges(String slug, String title, String path, State state, int figureCount,
                                  List<FigureLine> changes, List<SuggestedUpdate> suggestions) {

        public BriefingChanges {
            changes = List.copyOf(changes);
            suggestions = List.copyOf(suggestions);
        }

        /** The suggestions as front matter to paste into index.md: an {@code updates:} list, or "" if none. */
        public String suggestionsYaml() {
            if (suggestions.isEmpty()) {
                return "";
            }
            StringBuilder yaml = new StringBuilder("updates:\n");
            suggestions.forEach(s -> yaml.append(s.yaml()));
            return yaml.toString();
        }
    }

    /**
     * One figure that differs. {@code before} is null for an added figure and {@code after} for a removed one.
     */
    public record FigureLine(String key, String label, FigureChange.Kind kind, Shown before, Shown after) {

        /** {@code round.softbank: up to $30 billion (reported) → $30 billion (confirmed)}. */
        public String describe() {
            return switch (kind) {
                case ADDED -> key + ": " + after.text();
                case REMOVED -> key + ": " + before.text();
                case CHANGED -> {
                    String line = key + ": " + before.text() + " → " + after.text();
                    if (!java.util.Objects.equals(before.source(), after.source())) {
                        line += "; source " + orNone(before.source()) + " → " + orNone(after.source());
                    }
                    yield line;
                }
            };
        }

        private static String orNone(String source) {
            return source == null ? "none" : source;
        }
    }

    /**
     * A figure as readers see it: its value as displayed, its status id and its source id (and name). Status and
     * source are null when the figure has none.
     */
    public record Shown(String value, String status, String source, String sourceName) {

        /** {@code up to $30 billion (reported)}. */
        public String text() {
            return status == null ? value : value + " (" + status + ")";
        }
    }

    /** An entry for a briefing's {@code updates}, ready to paste; {@code figure} is null when it names none. */
    public record SuggestedUpdate(LocalDate date, String text, String figure) {

        /** The entry as YAML list item lines, indented for an {@code updates:} list in front matter. */
        public String yaml() {
            List<String> lines = new ArrayList<>();
            lines.add("  - date: " + date);
            // Double-quoted: the text has {{ }} and ": ", which plain YAML would misread.
            lines.add("    text: \"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
            if (figure != null) {
                lines.add("    figure: " + figure);
            }
            return String.join("\n", lines) + "\n";
        }
    }
}
