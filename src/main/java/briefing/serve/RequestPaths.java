package briefing.serve;

import briefing.check.UrlPath;

/** Decodes a request path and refuses any that could reach outside the site: dot segments, backslashes, NUL. */
final class RequestPaths {

    private RequestPaths() {
    }

    /** The decoded path, or null when it is malformed or tries to climb out. */
    static String decode(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return null;
        }
        String decoded;
        try {
            decoded = UrlPath.decode(rawPath);
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.indexOf('\0') >= 0 || decoded.contains("\\") || decoded.contains("//")) {
            return null;
        }
        for (String segment : decoded.split("/", -1)) {
            if (segment.equals("..") || segment.equals(".")) {
                return null;
            }
        }
        return decoded;
    }
}
