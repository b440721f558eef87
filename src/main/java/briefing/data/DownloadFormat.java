package briefing.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;

/**
 * How data files readers download are written (chart data, the deal tracker): CSV cells that spreadsheets cannot
 * run as formulas, and JSON pretty-printed with a final newline. One place, so every download follows the same rules.
 */
public final class DownloadFormat {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DownloadFormat() {
    }

    /**
     * Quotes a CSV cell, and defuses cells a spreadsheet would run as a formula (leading =, +, -, @, tab or CR) by
     * prefixing an apostrophe.
     */
    public static String csvCell(String text) {
        String safe = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")
                || !safe.equals(text)) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    public static ObjectMapper json() {
        return JSON;
    }

    public static byte[] json(JsonNode root) {
        try {
            return (JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n")
                    .getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }
}
