package briefing.cli;

import briefing.pipeline.BuildPipeline;

import java.io.PrintWriter;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The progress of a build that takes longer than about a second: on a terminal one line redrawn in place (and
 * erased at the end, so only the summary stays), in CI a plain line when the stage changes or every few seconds,
 * otherwise nothing. It only reads the pipeline's counters from its own thread; the build never waits for it.
 */
final class ProgressLine implements AutoCloseable {

    /** How progress is shown; {@code auto} is decided by {@link #detect()}. */
    enum Mode {
        AUTO, LIVE, PLAIN, OFF
    }

    static final long DELAY_MILLIS = 1_000;
    static final long PLAIN_EVERY_MILLIS = 5_000;
    private static final long LIVE_EVERY_MILLIS = 200;

    private final Mode mode;
    private final PrintWriter err;
    private final Supplier<BuildPipeline.Progress> progress;
    private final ScheduledExecutorService timer;
    private String lastStage = "";
    private long lastPlain;
    private int shownWidth;

    private ProgressLine(Mode mode, PrintWriter err, Supplier<BuildPipeline.Progress> progress, long delayMillis) {
        this.mode = mode;
        this.err = err;
        this.progress = progress;
        if (mode == Mode.OFF) {
            timer = null;
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "briefing-progress");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::tick, delayMillis, LIVE_EVERY_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** Starts showing {@code progress} after {@code delayMillis} as {@code mode} says (never {@code AUTO}). */
    static ProgressLine start(Mode mode, PrintWriter err, Supplier<BuildPipeline.Progress> progress, long delayMillis) {
        if (mode == Mode.AUTO) {
            throw new IllegalArgumentException("decide auto first (Main.autoProgress)");
        }
        return new ProgressLine(mode, err, progress, delayMillis);
    }

    /**
     * A terminal gets the live line; CI (the {@code CI} variable GitHub Actions and most others set) plain lines;
     * a pipe or a file nothing, so captured output never holds progress.
     */
    static Mode detect() {
        if (terminal()) {
            return Mode.LIVE;
        }
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false") ? Mode.PLAIN : Mode.OFF;
    }

    /** Whether standard output is a terminal. From Java 22, System.console() exists for pipes too: ask it. */
    private static boolean terminal() {
        java.io.Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException e) {
            return true; // before Java 22 a console is always a terminal
        }
    }

    /** {@code render: 120/300 pages, 40/90 charts}; the counts only once the site is assembled. */
    static String format(BuildPipeline.Progress p) {
        StringBuilder line = new StringBuilder(p.stage());
        if (p.pagesTotal() > 0) {
            line.append(": ").append(p.pagesDone()).append('/').append(p.pagesTotal()).append(" pages");
            if (p.chartsTotal() > 0) {
                line.append(", ").append(p.chartsDone()).append('/').append(p.chartsTotal()).append(" charts");
            }
        }
        return line.toString();
    }

    private synchronized void tick() {
        BuildPipeline.Progress now = progress.get();
        if (now.stage().isEmpty()) {
            return;
        }
        String line = format(now);
        if (mode == Mode.LIVE) {
            err.print("\r" + line + " ".repeat(Math.max(0, shownWidth - line.length())));
            shownWidth = line.length();
            err.flush();
        } else {
            long millis = System.nanoTime() / 1_000_000;
            if (!now.stage().equals(lastStage) || millis - lastPlain >= PLAIN_EVERY_MILLIS) {
                err.println(line);
                err.flush();
                lastStage = now.stage();
                lastPlain = millis;
            }
        }
    }

    /** Stops, and erases the live line so the summary starts at the line's beginning. */
    @Override
    public void close() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (mode == Mode.LIVE && shownWidth > 0) {
                err.print("\r" + " ".repeat(shownWidth) + "\r");
                err.flush();
            }
        }
    }
}
