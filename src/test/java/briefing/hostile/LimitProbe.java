package briefing.hostile;

import briefing.cli.Main;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Runs {@code briefing.cli.Main} with the given arguments in this (forked, small-heap) JVM and prints how long the
 * command took, without JVM start-up, and the peak heap it reached: {@code probe: exit=1 millis=123 peakHeapMb=45}.
 * With {@code --warmup CONTENT} first, it checks that content folder once beforehand (unmeasured), so that the time
 * is the refusal's and not the loading of classes a cold JVM does once.
 */
public final class LimitProbe {

    private LimitProbe() {
    }

    public static void main(String[] args) {
        if (args.length > 2 && args[0].equals("--warmup")) {
            String[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
            String[] warm = rest.clone();
            for (int i = 0; i + 1 < warm.length; i++) {
                if (warm[i].equals("--content")) {
                    warm[i + 1] = args[1];
                }
            }
            Main.execute(warm, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
            args = rest;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit;
        long start = System.nanoTime();
        try {
            exit = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        } catch (OutOfMemoryError e) {
            exit = 99;
            err.write("OutOfMemoryError: " + e.getMessage());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.print(out);
        System.out.print(err);
        System.out.println("probe: exit=" + exit + " millis=" + millis + " peakHeapMb=" + peak / (1024 * 1024));
        System.exit(0);
    }
}
