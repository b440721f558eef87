package briefing.check;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Decodes the path of a URL as a URL path: percent escapes only. {@link URLDecoder} alone decodes HTML form data,
 * where "+" stands for a space, so a file named "a+b.png" would be looked for as "a b.png".
 */
public final class UrlPath {

    private UrlPath() {
    }

    /**
     * @throws IllegalArgumentException when a percent escape is malformed ("%zz", a lone "%")
     */
    public static String decode(String rawPath) {
        return URLDecoder.decode(rawPath.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
