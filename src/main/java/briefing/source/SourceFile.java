package briefing.source;

import java.nio.file.Path;

/**
 * A text file as the editor wrote it, decoded and with line ends normalised to LF.
 *
 * @param path        where it was read from
 * @param displayPath the path shown in diagnostics (relative to the working directory, forward slashes)
 * @param text        the content, without a byte-order mark
 */
public record SourceFile(Path path, String displayPath, String text) {
}
