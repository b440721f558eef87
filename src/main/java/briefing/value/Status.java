package briefing.value;

import java.util.Locale;

/** How settled a reported fact is, shown as a badge next to it. */
public enum Status {
    REPORTED("Reported"),
    CONFIRMED("Confirmed"),
    PLANNED("Planned"),
    ESTIMATED("Estimated"),
    DENIED("Denied");

    static final String EXPECTED = "one of reported, confirmed, planned, estimated, denied";

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** Reads a status case-insensitively, e.g. "Confirmed" or "confirmed". */
    public static Status parse(String input) throws ValueFormatException {
        String id = input.strip().toLowerCase(Locale.ROOT);
        for (Status status : values()) {
            if (status.id().equals(id)) {
                return status;
            }
        }
        throw new ValueFormatException(EXPECTED, input);
    }

    /** The English badge text. */
    public String label() {
        return label;
    }

    /** Lowercase name, stable across releases because templates use it as a CSS class suffix. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
