package briefing.content;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.SourceLocation;
import briefing.source.SourceFile;

/**
 * A Markdown file split into its YAML front matter and its body. The body keeps a blank line for every line of
 * front matter so that Markdown positions are file positions.
 *
 * @param yaml       the text between the {@code ---} lines
 * @param yamlOffset how many lines precede the YAML in the file (1: the opening {@code ---})
 * @param body       the Markdown, front matter lines blanked
 */
public record FrontMatter(String yaml, int yamlOffset, String body) {

    public static FrontMatter split(SourceFile file) throws BuildFailedException {
        String text = file.text();
        if (!(text.startsWith("---\n") || text.equals("---"))) {
            throw new BuildFailedException(Diagnostic.error(new SourceLocation(file.displayPath(), 1, 1),
                    "front matter is missing",
                    "start the file with a line `---`, the fields (title: ...), and another `---`"));
        }
        String[] lines = text.split("\n", -1);
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i].stripTrailing();
            if (line.equals("---") || line.equals("...")) {
                StringBuilder yaml = new StringBuilder();
                for (int j = 1; j < i; j++) {
                    yaml.append(lines[j]).append('\n');
                }
                StringBuilder body = new StringBuilder("\n".repeat(i + 1));
                for (int j = i + 1; j < lines.length; j++) {
                    body.append(lines[j]);
                    if (j < lines.length - 1) {
                        body.append('\n');
                    }
                }
                return new FrontMatter(yaml.toString(), 1, body.toString());
            }
        }
        throw new BuildFailedException(Diagnostic.error(new SourceLocation(file.displayPath(), 1, 1),
                "front matter is not closed", "add a line `---` after the last front matter field"));
    }
}
