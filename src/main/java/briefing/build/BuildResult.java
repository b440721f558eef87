package briefing.build;

import briefing.diagnostic.Diagnostic;

import java.util.List;
import java.util.Map;

/**
 * @param stageMillis wall time of each stage, in pipeline order
 * @param warnings    findings that did not stop the build
 */
public record BuildResult(int pages, int files, Map<String, Long> stageMillis, List<Diagnostic> warnings) {

    public long totalMillis() {
        return stageMillis.values().stream().mapToLong(Long::longValue).sum();
    }
}
