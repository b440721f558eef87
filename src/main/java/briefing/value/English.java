package briefing.value;

/**
 * The grammar a page needs around values it did not write itself: the possessive of a name and the number of a
 * noun after a count. One rule for the templates and for the labels made in code, so the two never disagree.
 */
public final class English {

    /** The apostrophe of typeset text, as the templates write it. */
    public static final String APOSTROPHE = "\u2019";

    private English() {
    }

    /**
     * "Acme’s", and "spenders’", "Databricks’": a name ending in "s" (a plural, or a name such as Databricks)
     * takes the apostrophe alone, as news style has it, never "s’s".
     */
    public static String possessive(String name) {
        return possessive(name, APOSTROPHE);
    }

    /** The same with another apostrophe, for text that is not typeset (figure labels use the keyboard's "'"). */
    public static String possessive(String name, String apostrophe) {
        String trimmed = name.strip();
        if (trimmed.isEmpty()) {
            return name;
        }
        char last = trimmed.charAt(trimmed.length() - 1);
        return trimmed + (last == 's' || last == 'S' ? apostrophe : apostrophe + "s");
    }

    /** "1 deal", "2 deals", "0 deals". */
    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    /** "1 timeline entry", "3 timeline entries". */
    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
