package briefing.engine;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The revision of an input, or the identity of a value: a hash of its content, in hex. Equal content, equal hash,
 * on any machine. {@link #of} is SHA-256 (cache keys, identities); files' revisions are MurmurHash3 (see
 * FileRevisions#hash, where speed matters and no one crafts collisions against themselves).
 */
public record ContentHash(String hex) {

    public static ContentHash of(byte[] bytes) {
        return new ContentHash(HexFormat.of().formatHex(sha256().digest(bytes)));
    }

    public static ContentHash of(String text) {
        return of(text.getBytes(StandardCharsets.UTF_8));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return hex;
    }
}
