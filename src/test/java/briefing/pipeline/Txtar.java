package briefing.pipeline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A txtar archive (as in Go and Hugo tests): comment lines, then {@code -- path --} headers each followed by that
 * file's content. One file holds a whole test site: its inputs, and under {@code want/} the expected output.
 */
public record Txtar(String comment, Map<String, String> files) {

    public static Txtar parse(String text) {
        Map<String, String> files = new LinkedHashMap<>();
        StringBuilder comment = new StringBuilder();
        String current = null;
        StringBuilder body = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
                if (current != null) {
                    files.put(current, body.toString());
                }
                current = line.substring(3, line.length() - 3).strip();
                body = new StringBuilder();
            } else if (current == null) {
                comment.append(line).append('\n');
            } else {
                body.append(line).append('\n');
            }
        }
        if (current != null) {
            files.put(current, body.toString());
        }
        return new Txtar(comment.toString().strip(), files);
    }

    public static Txtar resource(String name) {
        try (var in = Txtar.class.getResourceAsStream(name.startsWith("/") ? name : "/sites/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test site " + name);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes every file except the expectations under want/ into {@code dir}. */
    public void writeInputs(Path dir) {
        files.forEach((name, content) -> {
            if (name.startsWith("want/")) {
                return;
            }
            try {
                Path file = dir.resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, content, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public Map<String, String> wanted() {
        Map<String, String> out = new LinkedHashMap<>();
        files.forEach((name, content) -> {
            if (name.startsWith("want/")) {
                out.put(name.substring("want/".length()), content);
            }
        });
        return out;
    }
}
