package briefing.check;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the ids and link targets of the HTML a page's templates wrote, straight from its bytes, without building a
 * DOM: what a browser's DOM has as {@code [id]}, {@code a[name]} and the URLs of {@code a[href], link[href],
 * img[src], script[src]}. The links and ids Markdown writes come from its tree ({@link LinkTable}); these are the
 * ones only the templates know (a site brings its own, and they compose URLs and ids from the view model).
 *
 * <p>HTML's tree construction drops or moves some elements (a {@code <td>} outside a table, tags inside a
 * {@code <select>}, a second {@code <body>}, a nested {@code <form>}...). Rather than repeat those rules, the exact
 * {@link #scan} gives up on anything where they could apply, or where the tokenizer has to recover from an error;
 * {@link #read} then reads such a page tag by tag. {@code PageScannerTest} compares the exact scan with jsoup (a
 * test dependency only) on every page of the test sites and on thousands of mutated pages.
 */
final class PageScanner {

    /** Elements whose rules the scanner does not repeat: an exact scan gives up on a page with one of them. */
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

    /** Reads on where a strict scan gives up: see {@link #read}. */
    private final boolean lenient;

    private PageScanner(byte[] html, boolean lenient) {
        this.b = html;
        this.n = html.length;
        this.lenient = lenient;
    }

    /** What the check needs of a page: its ids and the URLs it points at, not its whole DOM. */
    record Scanned(Set<String> ids, List<String> urls) {
    }

    /** The page's ids and URLs exactly as a browser's DOM has them, or null when only a full HTML parser knows. */
    static Scanned scan(byte[] html) {
        PageScanner s = new PageScanner(html, false);
        return s.run() ? new Scanned(s.ids, s.urls) : null;
    }

    /**
     * The page's ids and URLs: exact where {@link #scan} is, else read tag by tag without HTML's tree construction
     * and error recovery (a tag the tokenizer cannot read is skipped, an unknown character reference kept as
     * written). That is only for markup an editor wrote by hand (raw HTML where the site allows it, or a site's own
     * templates): there an id in an element a browser would drop still counts, which can only hide a broken anchor,
     * never report a good link as broken.
     */
    static Scanned read(byte[] html) {
        Scanned exact = scan(html);
        if (exact != null) {
            return exact;
        }
        PageScanner s = new PageScanner(html, true);
        s.run();
        return new Scanned(s.ids, s.urls);
    }

    private boolean run() {
        while (true) {
            int lt = indexOf((byte) '<', i);
            if (lt < 0 || lt + 1 >= n) {
                return true;
            }
            i = lt + 1;
            byte c = b[i];
            boolean read = true;
            if (c == '!') {
                read = markupDeclaration(lt);
            } else if (c == '?') {
                read = skipPast((byte) '>');
            } else if (c == '/') {
                read = endTag();
            } else if (isAlpha(c)) {
                read = startTag();
            }
            // else: a '<' in text
            if (!read) {
                if (!lenient) {
                    return false;
                }
                i = lt + 1;
            }
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
                    return lenient;
                }
                svgDepth--;
            }
            case "table" -> {
                if (tableDepth == 0 || svgDepth > 0) {
                    return lenient;
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
        if (!lenient && !followsTreeRules(tag)) {
            return false;
        }
        return found(tag);
    }

    /** False where HTML's tree construction drops or moves the element, or where the scanner does not know. */
    private boolean followsTreeRules(String tag) {
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
        return true;
    }

    /** Records the tag's id and URL, and skips the text of a raw text element. */
    private boolean found(String tag) {
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
                i = n; // the rest is its text
                return lenient;
            }
            int after = at + endTag.length();
            if (after < n && (isSpace(b[after]) || b[after] == '/' || b[after] == '>')) {
                // Inside a script, "<!--" starts escaped states where "</script>" may not end it.
                int comment = script && !lenient ? indexOf("<!--", i) : -1;
                if (comment >= 0 && comment < at) {
                    return false;
                }
                i = at;
                return true;
            }
            from = at + 1;
        }
    }

    /** The tag name, lower-cased, with i after it; null on input the exact scan gives up on. */
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

    /** An attribute value with its character references decoded as HTML does in attributes; null if unsure. */
    private String value(int from, int to) {
        boolean amp = false;
        for (int k = from; k < to; k++) {
            if ((b[k] == 0 || b[k] == '\r') && !lenient) {
                return null;
            }
            amp |= b[k] == '&';
        }
        String raw = new String(b, from, to - from, StandardCharsets.UTF_8);
        return amp ? decode(raw) : raw;
    }

    /** Named references the templates and commonmark write; others send a strict scan to its caller. */
    private static final java.util.Map<String, String> NAMED = java.util.Map.of("amp", "&", "lt", "<", "gt", ">",
            "quot", "\"", "apos", "'");

    /**
     * Decodes the references templates and Markdown write: the five named ones and numeric ones, each closed by
     * ";". HTML's legacy rules for the rest (2,000 names, some without ";", none before "=" in an attribute) are
     * not repeated: a strict scan gives up on them (null), a lenient one keeps them as written.
     */
    private String decode(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        int k = 0;
        while (k < raw.length()) {
            char c = raw.charAt(k);
            int semicolon = c == '&' ? raw.indexOf(';', k) : -1;
            String decoded = semicolon < 0 ? null : reference(raw.substring(k + 1, semicolon));
            if (decoded != null) {
                out.append(decoded);
                k = semicolon + 1;
                continue;
            }
            if (c == '&' && !lenient && k + 1 < raw.length()
                    && (Character.isLetterOrDigit(raw.charAt(k + 1)) || raw.charAt(k + 1) == '#')) {
                return null;
            }
            out.append(c);
            k++;
        }
        return out.toString();
    }

    /** The text of a reference's name ("amp", "#39", "#x41"), or null when it is not one decoded here. */
    private static String reference(String name) {
        if (name.startsWith("#")) {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            String digits = name.substring(hex ? 2 : 1);
            if (digits.isEmpty() || digits.length() > 6
                    || !digits.chars().allMatch(d -> hex ? Character.digit(d, 16) >= 0 : d >= '0' && d <= '9')) {
                return null;
            }
            int code = Integer.parseInt(digits, hex ? 16 : 10);
            // 0, C1 controls (HTML maps them to Windows-1252), surrogates and beyond Unicode: HTML's own rules
            boolean plain = code > 0 && code <= 0x10FFFF && !(code >= 0x80 && code <= 0x9F)
                    && !(code >= 0xD800 && code <= 0xDFFF);
            return plain ? Character.toString(code) : null;
        }
        return NAMED.get(name);
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
