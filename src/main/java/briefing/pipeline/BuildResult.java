package briefing.pipeline;

import briefing.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * @param pages        pages of the site (routes)
 * @param chartsDrawn  distinct charts drawn by this build
 * @param chartsReused distinct charts taken from the chart cache or the previous build instead of drawn
 * @param files       files of the site
 * @param unchanged   of those, files whose published bytes were already right and were kept as they were
 * @param totalMillis wall time of the whole build
 * @param stageMillis wall time of each stage, in pipeline order (stages run beside each other may add up to more
 *                    than the whole)
 * @param warnings    findings that did not stop the build
 * @param upToDate    nothing had changed since the last build from the same options, which the build's record
 *                    showed: nothing was loaded, rendered or written
 */
public record BuildResult(int pages, int chartsDrawn, int chartsReused, int files, int unchanged, long totalMillis,
                          Map<String, Long> stageMillis, List<Diagnostic> warnings, boolean upToDate) {
}
