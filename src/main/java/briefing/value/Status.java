package briefing.value;

import java.util.Locale;

/**
 * How settled a reported fact is, shown as a badge next to it.
 *
 * <p>The declaration order is the order lists show statuses in (the deal tracker's filter) and is kept for that;
 * how strongly a status supports a figure is {@link #strength()}: confirmed, reported, estimated, planned,
 * denied, strongest first. A figure computed from others ({@code figures.yaml}) is only as settled as the weakest
 * of them ({@link #weakest}).
 */
public enum Status {
    REPORTED("Reported", 4),
    CONFIRMED("Confirmed", 5),
    PLANNED("Planned", 2),
    ESTIMATED("Estimated", 3),
    DENIED("Denied", 1);

    static final String EXPECTED = "one of reported, confirmed, planned, estimated, denied";

    private final String label;
    private final int strength;

    Status(String label, int strength) {
        this.label = label;
        this.strength = strength;
    }

    /**
     * How strongly the status supports a figure, higher is stronger: a company's confirmation (confirmed) over a
     * press report (reported) over an analyst's estimate (estimated) over a plan that may not happen (planned) over
     * a figure the company denies (denied).
     */
    public int strength() {
        return strength;
    }

    /**
     * The status a figure computed from figures of these statuses carries: the weakest. A figure without a status
     * says nothing about how settled it is, so it is weaker than any status: one such input leaves the result
     * without one (empty), and so does an empty list.
     */
    public static java.util.Optional<Status> weakest(java.util.Collection<java.util.Optional<Status>> statuses) {
        Status weakest = null;
        for (java.util.Optional<Status> status : statuses) {
            if (status.isEmpty()) {
                return java.util.Optional.empty();
            }
            if (weakest == null || status.get().strength < weakest.strength) {
                weakest = status.get();
            }
        }
        return java.util.Optional.ofNullable(weakest);
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
