package briefing.chart;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns VectorGraphics2D's SVG into one fit for a page, deterministically (plain text rewriting of a document
 * whose shape we know):
 * <ul>
 *   <li>no DOCTYPE (it names a w3.org DTD that a parser might fetch), a bare XML declaration;</li>
 *   <li>responsive: the {@code viewBox} stays, {@code width="100%"} replaces the fixed width, the fixed height
 *       goes, so CSS sizes the chart and the aspect ratio follows;</li>
 *   <li>{@code role="img"} and {@code aria-labelledby} pointing at a {@code <title>} and {@code <desc>} inserted
 *       as the first children;</li>
 *   <li>every id renumbered in document order and prefixed ({@code chart-<id>-clip1}), with its
 *       {@code url(#...)} and {@code href="#..."} references, so several charts can share a page;</li>
 *   <li>a font fallback after the pinned family (Verdana has DejaVu Sans' proportions), so text measured in
 *       DejaVu Sans fits where that font is missing.</li>
 * </ul>
 */
public final class SvgPostProcessor {

    private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE[^>]*>\\s*");
    private static final Pattern PROLOG = Pattern.compile("^\\s*<\\?xml[^>]*\\?>\\s*");
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s(width|height|x|y)=\"[^\"]*\"");
    private static final String FONT = "font-family:&quot;" + ChartFonts.FAMILY + "&quot;;";

    private SvgPostProcessor() {
    }

    /**
     * @param prefix      prefix for every id, e.g. {@code chart-revenue-}
     * @param title       the accessible name (XML-escaped here)
     * @param description the accessible description (XML-escaped here)
     */
    public static byte[] process(byte[] svg, String prefix, String title, String description) {
        String text = new String(svg, StandardCharsets.UTF_8);
        text = DOCTYPE.matcher(text).replaceFirst("");
        text = PROLOG.matcher(text).replaceFirst("");
        text = prefixIds(text, prefix);

        Matcher root = ROOT.matcher(text);
        if (!root.find()) {
            throw new IllegalArgumentException("not an SVG document");
        }
        String tag = ATTRIBUTE.matcher(root.group()).replaceAll("");
        String attributes = " width=\"100%\" role=\"img\" aria-labelledby=\"" + prefix + "title " + prefix + "desc\"";
        tag = tag.substring(0, tag.length() - 1) + attributes + ">";
        String head = "\n  <title id=\"" + prefix + "title\">" + escape(title) + "</title>"
                + "\n  <desc id=\"" + prefix + "desc\">" + escape(description) + "</desc>";
        text = text.substring(0, root.start()) + tag + head + text.substring(root.end());

        if (!ChartFonts.FAMILY.contains("&") && !ChartFonts.FAMILY.equals("SansSerif")) {
            text = text.replace(FONT, "font-family:&quot;" + ChartFonts.FAMILY + "&quot;,Verdana,sans-serif;");
        } else {
            text = text.replace("font-family:&quot;SansSerif&quot;;", "font-family:sans-serif;");
        }
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text).getBytes(StandardCharsets.UTF_8);
    }

    private static String prefixIds(String text, String prefix) {
        Map<String, String> renamed = new LinkedHashMap<>();
        Matcher ids = ID.matcher(text);
        while (ids.find()) {
            String old = ids.group(1);
            if (!renamed.containsKey(old)) {
                String kind = old.replaceAll("[^A-Za-z]", "");
                renamed.put(old, prefix + (kind.isEmpty() ? "id" : kind) + (renamed.size() + 1));
            }
        }
        if (renamed.isEmpty()) {
            return text;
        }
        Pattern any = Pattern.compile("(id=\"|url\\(#|href=\"#)(" + String.join("|",
                renamed.keySet().stream().map(Pattern::quote).toList()) + ")(?=[\")])");
        Matcher m = any.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + renamed.size() * 64);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + renamed.get(m.group(2))));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Text content and attribute values: the five XML specials, and no control characters XML 1.0 forbids. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
