package briefing.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build from where.
 *
 * @param baseUrl overrides {@code base_url} from site.yaml (e.g. the URL GitHub Pages reports)
 * @param drafts  include briefings and pages marked {@code draft: true}
 * @param force   publish even over an output folder with files in it that is not a site (see OutputGuard)
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl,
                           boolean drafts, boolean force) {

    public BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl, boolean drafts) {
        this(contentDir, templatesDir, outputDir, baseUrl, drafts, false);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("templates"), Path.of("site"), Optional.empty(), false);
    }
}
