package briefing.pipeline;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Severity;
import briefing.diagnostic.SourceLocation;
import briefing.engine.ContentHash;
import briefing.engine.DiskCache;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the last successful {@code build} from one set of options read and published, kept in the disk cache so
 * that the next process can tell that nothing changed without loading anything. A build is a function of the
 * content and templates folders, its options and the tool's version (the key), so when both folders have the
 * revisions the build read and the output folder still has the revision it left, the site is what building again
 * would write: the engine's top node, carried between processes. The table of file attributes behind those
 * revisions comes along, so that the next check takes them from attributes alone (see Engine#exportRevisions).
 *
 * @param inputs    the revision of the content and templates folders, taken before the build read them
 * @param output    the revision of the output folder once the build had published it
 * @param warnings  what the build reported without failing: a build that finds nothing to do reports it again
 * @param revisions the engine's table of file attributes for the three folders
 */
record BuildRecord(ContentHash inputs, ContentHash output, int pages, int charts, int files,
                   List<Diagnostic> warnings, byte[] revisions) {

    static final String KIND = "build";
    private static final int FORMAT = 1;

    /**
     * The cache key of the record for these options, from this working folder (the warnings' paths are relative to
     * it): every setting that can change what a build writes, or where.
     */
    static String key(DiskCache cache, Path workingDir, BuildOptions options) {
        return cache.key(KIND, String.join("\n", "working " + absolute(workingDir),
                "content " + absolute(options.contentDir()), "templates " + absolute(options.templatesDir()),
                "output " + absolute(options.outputDir()),
                "base " + options.baseUrl().map(Object::toString).orElse(""), "drafts " + options.drafts(),
                "force " + options.force()));
    }

    /** The revision of what a build from these options reads. */
    static ContentHash inputs(ContentHash content, ContentHash templates) {
        return ContentHash.of("content " + content.hex() + "\ntemplates " + templates.hex());
    }

    /** The record's bytes, or empty when a text in it is too long for the format (then no record is kept). */
    Optional<byte[]> encode() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeInt(FORMAT);
            out.writeUTF(inputs.hex());
            out.writeUTF(output.hex());
            out.writeInt(pages);
            out.writeInt(charts);
            out.writeInt(files);
            out.writeInt(warnings.size());
            for (Diagnostic w : warnings) {
                out.writeUTF(w.severity().name());
                location(out, w.location());
                out.writeUTF(w.message());
                out.writeUTF(w.hint() == null ? "" : w.hint());
                out.writeBoolean(w.cause() != null);
                if (w.cause() != null) {
                    location(out, w.cause());
                }
            }
            out.writeInt(revisions.length);
            out.write(revisions);
        } catch (IOException e) {
            return Optional.empty(); // only a text over 64 KB (writeUTF's limit): build again next time
        }
        return Optional.of(bytes.toByteArray());
    }

    /** The record in an entry's bytes, or empty when they are not one of this format (then the build just runs). */
    static Optional<BuildRecord> decode(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            if (in.readInt() != FORMAT) {
                return Optional.empty();
            }
            ContentHash inputs = new ContentHash(in.readUTF());
            ContentHash output = new ContentHash(in.readUTF());
            int pages = in.readInt();
            int charts = in.readInt();
            int files = in.readInt();
            int count = in.readInt();
            List<Diagnostic> warnings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Severity severity = Severity.valueOf(in.readUTF());
                SourceLocation at = location(in);
                String message = in.readUTF();
                String hint = in.readUTF();
                SourceLocation cause = in.readBoolean() ? location(in) : null;
                warnings.add(new Diagnostic(severity, at, message, hint, cause));
            }
            byte[] revisions = in.readNBytes(in.readInt());
            return Optional.of(new BuildRecord(inputs, output, pages, charts, files, List.copyOf(warnings),
                    revisions));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static String absolute(Path path) {
        return path.toAbsolutePath().normalize().toString();
    }

    private static void location(DataOutputStream out, SourceLocation at) throws IOException {
        out.writeUTF(at.path());
        out.writeInt(at.line());
        out.writeInt(at.column());
    }

    private static SourceLocation location(DataInputStream in) throws IOException {
        return new SourceLocation(in.readUTF(), in.readInt(), in.readInt());
    }


}
