package briefing.cli;

/** The process exit codes, documented in docs/errors.md ("Exit codes"). Values follow BSD sysexits where one fits. */
public final class ExitCode {

    /** The command did what was asked. */
    public static final int OK = 0;
    /** The content, data, configuration or templates have mistakes; nothing was written. */
    public static final int CONTENT_ERROR = 1;
    /**
     * The command line itself is wrong (EX_USAGE): unknown subcommand or option, missing or bad value (a port out
     * of range, a bad URL, a file where a folder is expected); for {@code diff}, a revision git cannot read.
     */
    public static final int USAGE = 64;
    /** A bug in briefing: the message and stack trace should go into an issue. */
    public static final int INTERNAL = 70;
    /** The output could not be written (permissions, disk full); the previous site is left as it was. */
    public static final int CANNOT_WRITE = 73;

    private ExitCode() {
    }
}
