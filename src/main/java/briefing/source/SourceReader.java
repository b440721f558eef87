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
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Reads editor files strictly: UTF-8 or an error at the first bad byte, a size limit checked before reading (a
 * YAML parser reads huge scalars slowly), a byte-order mark dropped and CRLF turned into LF so columns stay right.
 */
public final class SourceReader {

    private final Path baseDir;
    private final long maxBytes;
    /** The real path every file read must lie under, or null for the base folder (a reader not yet confined). */
    private final Path root;
    private final String rootName;

    /**
     * @param baseDir  the folder diagnostics are relative to (usually the working directory)
     * @param maxBytes the largest file accepted
     */
    public SourceReader(Path baseDir, long maxBytes) {
        this(baseDir.toAbsolutePath().normalize(), maxBytes, null, "working folder");
    }

    private SourceReader(Path baseDir, long maxBytes, Path root, String rootName) {
        this.baseDir = baseDir;
        this.maxBytes = maxBytes;
        this.root = root;
        this.rootName = rootName;
    }

    /**
     * The same reader, refusing every file whose real path is not under {@code folder}'s real path. The loaders
     * confine their reader to the content folder, so what counts is where a file really is, not the working
     * directory the build was started from.
     *
     * @param name the folder as named in messages, e.g. "content folder"
     */
    public SourceReader within(Path folder, String name) {
        Path absolute = folder.toAbsolutePath().normalize();
        Path real;
        try {
            real = absolute.toRealPath();
        } catch (IOException e) {
            // A missing folder has no files to admit; every read will fail as "not found" instead.
            real = absolute;
        }
        return new SourceReader(baseDir, maxBytes, real, name);
    }

    public String displayPath(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(baseDir) ? baseDir.relativize(absolute) : absolute;
        return shown.toString().replace('\\', '/');
    }

    /**
     * Whether something is at {@code file}, links not followed: a broken link, a FIFO or a folder in a file's
     * place counts, so that {@link #read} reports it instead of the loader silently skipping it.
     */
    public boolean isPresent(Path file) {
        return Files.exists(file, LinkOption.NOFOLLOW_LINKS);
    }

    public SourceFile read(Path file) throws BuildFailedException {
        String shown = displayPath(file);
        admit(file, shown);
        try {
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
     * Refuses, before a byte is read, anything but a regular file inside the confining folder. A link that leaves
     * it would let content pull in any file of the machine and publish it (or echo it in an error); a FIFO would
     * block the build forever; a device, a folder or a broken link would otherwise be skipped without a word.
     * Links that stay inside the folder are fine. The messages never show the refused file's content.
     */
    public void admit(Path file) throws BuildFailedException {
        admit(file, displayPath(file));
    }

    /** As {@link #admit(Path)}, with the path as the caller shows it (an asset under its templates folder). */
    public void admit(Path file, String shown) throws BuildFailedException {
        SourceLocation at = SourceLocation.file(shown);
        try {
            BasicFileAttributes own;
            try {
                own = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (NoSuchFileException e) {
                throw fail(at, "file not found", null);
            }
            Path real;
            try {
                real = file.toRealPath();
            } catch (NoSuchFileException e) {
                String target = own.isSymbolicLink() ? " (" + Files.readSymbolicLink(file) + ")" : "";
                throw fail(at, "file is a broken symbolic link: its target" + target + " does not exist",
                        "fix the link, or put the file itself in its place");
            }
            Path confine = root != null ? root : baseDir.toRealPath();
            boolean confined = root != null || file.toAbsolutePath().normalize().startsWith(baseDir);
            if (confined && !real.startsWith(confine)) {
                throw fail(at, "file is a link to a file outside the " + rootName,
                        "it resolves to " + real + "; copy the file into the " + rootName
                                + " instead of linking to it");
            }
            BasicFileAttributes target = Files.readAttributes(real, BasicFileAttributes.class);
            if (target.isDirectory()) {
                throw fail(at, "a folder is where a file is expected", "rename or remove the folder");
            }
            if (!target.isRegularFile()) {
                throw fail(at, "file is " + special(real) + ", not a regular file",
                        "replace it with an ordinary file");
            }
        } catch (IOException e) {
            throw fail(at, "cannot read file: " + e.getMessage(), null);
        }
    }

    /** What a file that is neither a folder nor a regular file is, from its Unix mode where the system has one. */
    private static String special(Path real) {
        try {
            int type = ((Integer) Files.getAttribute(real, "unix:mode")) & 0170000;
            return switch (type) {
                case 0010000 -> "a FIFO (named pipe)";
                case 0020000 -> "a character device";
                case 0060000 -> "a block device";
                case 0140000 -> "a socket";
                default -> "a special file";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return "a special file (a FIFO, device or socket)";
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
