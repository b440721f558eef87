package briefing.serve;

import briefing.diagnostic.Diagnostic;
import briefing.render.OutputFile;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the preview serves: the files of the last good build, and the problems of the latest build if it failed
 * (shown over the last good pages until fixed). Immutable; swapped as a whole.
 *
 * @param version increases with every build, good or bad, so browsers know to reload
 */
record SiteSnapshot(long version, Map<String, byte[]> files, List<Diagnostic> problems) {

    static SiteSnapshot of(long version, List<OutputFile> files) {
        Map<String, byte[]> map = new TreeMap<>();
        files.forEach(f -> map.put(f.path(), f.bytes()));
        return new SiteSnapshot(version, Map.copyOf(map), List.of());
    }

    SiteSnapshot failed(long newVersion, List<Diagnostic> errors) {
        return new SiteSnapshot(newVersion, files, List.copyOf(errors));
    }
}
