package briefing.check;

import org.jsoup.parser.Parser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds a page's ids and link targets straight from its bytes, without building a DOM: what jsoup's
 * {@code [id]}, {@code a[name]} and {@code a[href], link[href], img[src], script[src]} select, for the well-formed
 * HTML the templates write. Parsing every page with jsoup was a quarter of a cold build's CPU.
 *
 * <p>HTML's tree construction drops or moves some elements (a {@code <td>} outside a table, tags inside a
 * {@code <select>}, a second {@code <body>}, a nested {@code <form>}...). Rather than repeat those rules, the scanner
 * gives up on anything where they could apply, or where the tokenizer has to recover from an error, and returns
 * null: the caller then parses the page with jsoup. {@code PageScannerTest} compares both on every page of the test
 * sites and on thousands of mutated pages.
 */
final class PageScanner {

    /** Elements whose rules the scanner does not repeat: a page with one of them goes to jsoup. */
    private static final Set<String> UNSUPPORTED = Set.of("frameset", "frame", "plaintext", "xmp", "iframe",
            "noembed", "noframes", "image", "isindex", "template", "keygen", "math");
    /** Start tags that only mean something inside a table (elsewhere HTML ignores them). */
    private static final Set<String> TABLE_PARTS = Set.of("caption", "col", "colgroup", "tbody", "td", "tfoot",
            "th", "thead", "tr");
    /** Start tags that end SVG content and go back to HTML; also the HTML integration points. */
    private static final Set<String> FOREIGN_BREAKERS = Set.of("b", "big", "blockquote", "body", "br", "center",
            "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i",
            "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong",
            "strike", "sub", "sup", "table", "tt", "u", "ul", "var", "font", "foreignobject", "desc", "title",
            "script", "style", "textarea", "svg", "select");

    private final byte[] b;
    private final int n;
    private int i;
    private final Set<String> ids = new HashSet<>();
    private final List<String> urls = new ArrayList<>();
    private int svgDepth;
    private int tableDepth;
    private boolean inSelect;
    /** HTML's form element pointer: set by a form's start tag, cleared only by an end tag; a form inside is dropped. */
    private boolean inForm;
    private boolean seenHtml;
    private boolean seenHead;
    private boolean seenBody;
    /** Start tags read so far, besides html: a {@code <head>} after any of them is ignored by HTML. */
    private int startTags;
    private boolean selfClosing;

    // The attributes the check reads, first occurrence only (HTML drops repeated attributes).
    private String id;
    private String name;
    private String href;
    private String src;

    private PageScanner(byte[] html) {
        this.b = html;
        this.n = html.length;
    }

    /** The page's ids and URLs, or null when only a full HTML parser gets this page right. */
    static LinkChecker.Scanned scan(byte[] html) {
        PageScanner s = new PageScanner(html);
        return s.run() ? new LinkChecker.Scanned(s.ids, s.urls) : null;
    }

    private boolean run() {
        while (true) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0 || lt + 1 >= n) {
                return true;
            }
            i = lt + 1;
            byte c = b[i];
            if (c == '!') {
                if (!markupDeclaration(lt)) {
                    return false;
                }
            } else if (c == '?') {
                if (!skipPast((byte) '>')) {
                    return false;
                }
            } else if (c == '/') {
                if (!endTag()) {
                    return false;
                }
            } else if (isAlpha(c)) {
                if (!startTag()) {
                    return false;
                }
            }
            // else: a '<' in text
        }
    }

    private boolean markupDeclaration(int lt) {
        if (startsWith(lt, "<!--")) {
            int start = lt + 4;
            if (start < n && b[start] == '>') {
                return false; // abrupt empty comment: error recovery
            }
            int end = indexOf("-->", start);
            if (end < 0 || end == start || (end == start + 1 && b[start] == '-')) {
                return false;
            }
            int bang = indexOf("--!>", start);
            if (bang >= 0 && bang < end) {
                return false;
            }
            i = end + 3;
            return true;
        }
        if (startsWithIgnoreCase(lt + 2, "doctype")) {
            return skipPast((byte) '>');
        }
        return false; // CDATA or a bogus comment
    }

    private boolean endTag() {
        i++; // the '/'
        if (i >= n || !isAlpha(b[i])) {
            return false;
        }
        String tag = tagName();
        if (tag == null || !attributes()) {
            return false;
        }
        switch (tag) {
            case "svg" -> {
                if (svgDepth == 0) {
                    return false;
                }
                svgDepth--;
            }
            case "table" -> {
                if (tableDepth == 0 || svgDepth > 0) {
                    return false;
                }
                tableDepth--;
            }
            case "select" -> inSelect = false;
            case "form" -> inForm = false;
            default -> { }
        }
        return true;
    }

    private boolean startTag() {
        String tag = tagName();
        if (tag == null) {
            return false;
        }
        id = name = href = src = null;
        if (!attributes()) {
            return false;
        }
        if (UNSUPPORTED.contains(tag) || (svgDepth > 0 && FOREIGN_BREAKERS.contains(tag))
                || (inSelect && !tag.equals("option") && !tag.equals("optgroup"))
                || (tableDepth == 0 && TABLE_PARTS.contains(tag))) {
            return false;
        }
        switch (tag) {
            case "html" -> {
                if (seenHtml) {
                    return false;
                }
                seenHtml = true;
            }
            case "head" -> {
                if (seenHead || startTags > 0) {
                    return false;
                }
                seenHead = true;
            }
            case "body" -> {
                if (seenBody) {
                    return false;
                }
                seenBody = true;
            }
            case "svg" -> {
                if (!selfClosing) {
                    svgDepth++;
                }
            }
            case "table" -> {
                if (tableDepth > 0) {
                    return false; // a table in a table: HTML closes the first unless it is in a cell
                }
                tableDepth++;
            }
            case "select" -> inSelect = true;
            case "form" -> {
                if (inForm) {
                    return false;
                }
                inForm = true;
            }
            case "noscript" -> {
                if (!seenBody) {
                    return false; // in the head, HTML allows only a few elements inside it
                }
            }
            default -> { }
        }
        if (!tag.equals("html")) {
            startTags++;
        }
        if (id != null) {
            ids.add(id);
        }
        if (tag.equals("a") && name != null) {
            ids.add(name);
        }
        if ((tag.equals("a") || tag.equals("link")) && href != null) {
            urls.add(href);
        } else if ((tag.equals("img") || tag.equals("script")) && src != null) {
            urls.add(href != null ? href : src);
        }
        return switch (tag) {
            case "script" -> rawText("</script", true);
            case "style" -> rawText("</style", false);
            case "textarea" -> rawText("</textarea", false);
            case "title" -> rawText("</title", false);
            default -> true;
        };
    }

    /** Skips the text of a raw text element up to its end tag, which is then read as usual. */
    private boolean rawText(String endTag, boolean script) {
        int from = i;
        while (true) {
            int at = indexOfIgnoreCase(endTag, from);
            if (at < 0) {
                return false;
            }
            int after = at + endTag.length();
            if (after < n && (isSpace(b[after]) || b[after] == '/' || b[after] == '>')) {
                // Inside a script, "<!--" starts escaped states where "</script>" may not end it.
                int comment = script ? indexOf("<!--", i) : -1;
                if (comment >= 0 && comment < at) {
                    return false;
                }
                i = at;
                return true;
            }
            from = at + 1;
        }
    }

    /** The tag name, lower-cased, with i after it; null on input the scanner leaves to jsoup. */
    private String tagName() {
        int start = i;
        while (i < n && !isSpace(b[i]) && b[i] != '/' && b[i] != '>') {
            if (b[i] == 0 || b[i] == '<' || (b[i] & 0x80) != 0) {
                return null;
            }
            i++;
        }
        return i >= n ? null : lower(start, i);
    }

    /** Reads attributes up to and including the tag's '>'; false on anything but plain, well-formed syntax. */
    private boolean attributes() {
        selfClosing = false;
        while (true) {
            while (i < n && isSpace(b[i])) {
                i++;
            }
            if (i >= n) {
                return false;
            }
            byte c = b[i];
            if (c == '>') {
                i++;
                return true;
            }
            if (c == '/') {
                if (i + 1 < n && b[i + 1] == '>') {
                    i += 2;
                    selfClosing = true;
                    return true;
                }
                return false;
            }
            int start = i;
            while (i < n && !isSpace(b[i]) && b[i] != '/' && b[i] != '>' && b[i] != '=') {
                byte d = b[i];
                if (d == '"' || d == '\'' || d == '<' || d == 0 || (d & 0x80) != 0) {
                    return false;
                }
                i++;
            }
            if (i == start || i >= n) {
                return false;
            }
            int key = wanted(start, i);
            while (i < n && isSpace(b[i])) {
                i++;
            }
            String value = "";
            if (i < n && b[i] == '=') {
                i++;
                while (i < n && isSpace(b[i])) {
                    i++;
                }
                if (i >= n) {
                    return false;
                }
                byte q = b[i];
                int from;
                int to;
                if (q == '"' || q == '\'') {
                    from = i + 1;
                    to = indexOf(q, from);
                    if (to < 0) {
                        return false;
                    }
                    i = to + 1;
                    if (i < n && !isSpace(b[i]) && b[i] != '/' && b[i] != '>') {
                        return false; // no space before the next attribute
                    }
                } else {
                    from = i;
                    while (i < n && !isSpace(b[i]) && b[i] != '>') {
                        byte d = b[i];
                        if (d == '"' || d == '\'' || d == '<' || d == '=' || d == '`') {
                            return false;
                        }
                        i++;
                    }
                    to = i;
                    if (from == to) {
                        return false;
                    }
                }
                if (key != OTHER) {
                    value = value(from, to);
                    if (value == null) {
                        return false;
                    }
                }
            }
            switch (key) {
                case ID -> id = id == null ? value : id;
                case NAME -> name = name == null ? value : name;
                case HREF -> href = href == null ? value : href;
                case SRC -> src = src == null ? value : src;
                default -> { }
            }
        }
    }

    // The attributes the check reads; any other is skipped without making a string of its name (a page of a
    // thousand briefings has hundreds of thousands of attributes).
    private static final int OTHER = 0;
    private static final int ID = 1;
    private static final int NAME = 2;
    private static final int HREF = 3;
    private static final int SRC = 4;

    /** Which wanted attribute the name at [from, to) is, ignoring case, or {@link #OTHER}. */
    private int wanted(int from, int to) {
        return switch (to - from) {
            case 2 -> equalsIgnoreCase(from, "id") ? ID : OTHER;
            case 3 -> equalsIgnoreCase(from, "src") ? SRC : OTHER;
            case 4 -> equalsIgnoreCase(from, "href") ? HREF : equalsIgnoreCase(from, "name") ? NAME : OTHER;
            default -> OTHER;
        };
    }

    private boolean equalsIgnoreCase(int at, String lowerCase) {
        for (int k = 0; k < lowerCase.length(); k++) {
            if ((b[at + k] | 0x20) != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** An attribute value with its character references decoded as HTML does in attributes. */
    private String value(int from, int to) {
        boolean amp = false;
        for (int k = from; k < to; k++) {
            if (b[k] == 0 || b[k] == '\r') {
                return null;
            }
            amp |= b[k] == '&';
        }
        String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
        return amp ? Parser.unescapeEntities(raw, true) : raw;
    }

    private boolean skipPast(byte c) {
        int at = indexOf(c, i);
        if (at < 0) {
            return false;
        }
        i = at + 1;
        return true;
    }

    private int indexOf(byte c, int from) {
        for (int k = from; k < n; k++) {
            if (b[k] == c) {
                return k;
            }
        }
        return -1;
    }

    private int indexOf(String s, int from) {
        byte first = (byte) s.charAt(0);
        for (int k = indexOf(first, from); k >= 0; k = indexOf(first, k + 1)) {
            if (startsWith(k, s)) {
                return k;
            }
        }
        return -1;
    }

    private int indexOfIgnoreCase(String lowerCase, int from) {
        byte first = (byte) lowerCase.charAt(0);
        for (int k = indexOf(first, from); k >= 0; k = indexOf(first, k + 1)) {
            if (startsWithIgnoreCase(k, lowerCase)) {
                return k;
            }
        }
        return -1;
    }

    private boolean startsWith(int at, String s) {
        if (at + s.length() > n) {
            return false;
        }
        for (int k = 0; k < s.length(); k++) {
            if (b[at + k] != s.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private boolean startsWithIgnoreCase(int at, String lowerCase) {
        if (at + lowerCase.length() > n) {
            return false;
        }
        for (int k = 0; k < lowerCase.length(); k++) {
            int c = b[at + k];
            if (c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            if (c != lowerCase.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private String lower(int from, int to) {
        boolean upper = false;
        for (int k = from; k < to && !upper; k++) {
            upper = b[k] >= 'A' && b[k] <= 'Z';
        }
        if (!upper) {
            return new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        char[] chars = new char[to - from];
        for (int k = from; k < to; k++) {
            int c = b[k];
            chars[k - from] = (char) (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return new String(chars);
    }

    private static boolean isAlpha(byte c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static final boolean[] SPACE = new boolean[256];

    static {
        for (char c : " \n\t\f\r".toCharArray()) {
            SPACE[c] = true;
        }
    }

    /** A table rather than five comparisons: builds run with the quick compiler only (see the launcher). */
    private static boolean isSpace(byte c) {
        return SPACE[c & 0xff];
    }
}
