package briefing.benchmark;

/**
 * The JVM's own start, for the benchmark's floor: a main that does nothing, run with the launcher's JVM settings.
 * What a build costs above this is ours (class loading, picocli, the work).
 */
public final class JvmStart {

    private JvmStart() {
    }

    public static void main(String[] args) {
        // nothing: the process's wall time is the JVM starting and stopping
    }
}
