package briefing.source;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.SourceLocation;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads editor files strictly: UTF-8 or an error at the first bad byte, a size limit checked before reading (a
 * YAML parser reads huge scalars slowly), a byte-order mark dropped and CRLF turned into LF so columns stay right.
 */
public final class SourceReader {

    private final Path baseDir;
    private final long maxBytes;

    /**
     * @param baseDir  the folder diagnostics are relative to (usually the working directory)
     * @param maxBytes the largest file accepted
     */
    public SourceReader(Path baseDir, long maxBytes) {
        this.baseDir = baseDir.toAbsolutePath().normalize();
        this.maxBytes = maxBytes;
    }

    public String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDir) ? baseDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    public SourceFile read(Path file) throws BuildFailedException {
        String shown = displayPath(file);
        try {
            refuseLinkOutside(file, shown);
            long size = Files.size(file);
            if (size > maxBytes) {
                throw fail(SourceLocation.file(shown), "file is " + size + " bytes, over the limit of " + maxBytes,
                        "split the file, or raise limits.max_file_bytes in site.yaml");
            }
            byte[] bytes = Files.readAllBytes(file);
            return new SourceFile(file, shown, decode(bytes, shown));
        } catch (IOException e) {
            throw fail(SourceLocation.file(shown), "cannot read file: " + e.getMessage(), null);
        }
    }

    /**
     * A file that lies under the base folder as named but whose real path (symbolic links resolved, in the file or
     * any folder on its way) is outside it would let content pull in any file of the machine and publish it:
     * refused (issue 7). Links that stay inside the base folder are fine.
     */
    private void refuseLinkOutside(Path file, String shown) throws IOException, BuildFailedException {
        Path absolute = file.toAbsolutePath().normalize();
        if (!absolute.startsWith(baseDir) || !Files.exists(absolute)) {
            return;
        }
        Path real = absolute.toRealPath();
        Path realBase = baseDir.toRealPath();
        if (!real.startsWith(realBase)) {
            throw fail(SourceLocation.file(shown), "file is a link to " + real + ", outside " + realBase,
                    "copy the file into the content folder instead of linking to it");
        }
    }

    static String decode(byte[] bytes, String shown) throws BuildFailedException {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
            return text.replace("\r\n", "\n").replace('\r', '\n');
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes, start);
            int line = 1;
            int column = 1;
            for (int i = start; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    column = 1;
                } else if ((bytes[i] & 0xC0) != 0x80) {
                    column++;
                }
            }
            throw fail(new SourceLocation(shown, line, column), "file is not valid UTF-8",
                    "save the file as UTF-8 in your editor");
        }
    }

    private static int firstInvalidByte(byte[] bytes, int start) {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var result = decoder.decode(in, out, true);
        return result.isError() ? in.position() : bytes.length;
    }

    private static BuildFailedException fail(SourceLocation at, String message, String hint) {
        return new BuildFailedException(Diagnostic.error(at, message, hint));
    }
}
