package briefing.history;

/**
 * The revision cannot be read: git is missing, the content is not in a repository, the revision does not exist or
 * has no content folder. A mistake on the command line, never a bug, so it carries no stack trace.
 */
public final class RevisionException extends Exception {

    private final String hint;

    public RevisionException(String message, String hint) {
        super(message, null, false, false);
        this.hint = hint;
    }

    /** How to fix it, or null. */
    public String hint() {
        return hint;
    }
}
