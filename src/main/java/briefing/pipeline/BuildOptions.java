package briefing.pipeline;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What to build from where. Everything a build is configured by is here: the pipeline reads no environment
 * variable and no system property (the command line reads them and fills these in).
 *
 * @param baseUrl  overrides {@code base_url} from site.yaml (e.g. the URL GitHub Pages reports)
 * @param drafts   include briefings and pages marked {@code draft: true}
 * @param force    publish even over an output folder with files in it that is not a site (see OutputGuard)
 * @param cacheDir the engine's on-disk cache between runs (charts drawn before), or empty for none
 */
public record BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl,
                           boolean drafts, boolean force, Optional<Path> cacheDir) {

    /** The folder the cache is in unless told otherwise: {@code .briefing-cache/} beside the content folder. */
    public static final String DEFAULT_CACHE = ".briefing-cache";

    /** With the cache in its default place, beside the content folder. */
    public BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl, boolean drafts,
                        boolean force) {
        this(contentDir, templatesDir, outputDir, baseUrl, drafts, force, defaultCache(contentDir));
    }

    public BuildOptions(Path contentDir, Path templatesDir, Path outputDir, Optional<URI> baseUrl, boolean drafts) {
        this(contentDir, templatesDir, outputDir, baseUrl, drafts, false);
    }

    public static BuildOptions defaults() {
        return new BuildOptions(Path.of("content"), Path.of("templates"), Path.of("site"), Optional.empty(), false);
    }

    /** The same options with the cache in {@code dir}, or with no cache. */
    public BuildOptions withCacheDir(Optional<Path> dir) {
        return new BuildOptions(contentDir, templatesDir, outputDir, baseUrl, drafts, force, dir);
    }

    /** {@code .briefing-cache/} beside the content folder (none for a content folder at the root). */
    public static Optional<Path> defaultCache(Path contentDir) {
        Path parent = contentDir.toAbsolutePath().normalize().getParent();
        return Optional.ofNullable(parent).map(p -> p.resolve(DEFAULT_CACHE));
    }

    /**
     * Where the cache is for a setting as the command line takes it ({@code BRIEFING_CACHE}): {@code off} for none,
     * a folder, or unset or blank for the default beside the content folder.
     */
    public static Optional<Path> cacheDir(Path contentDir, String setting) {
        if (setting != null && setting.strip().equalsIgnoreCase("off")) {
            return Optional.empty();
        }
        if (setting != null && !setting.isBlank()) {
            return Optional.of(Path.of(setting.strip()).toAbsolutePath().normalize());
        }
        return defaultCache(contentDir);
    }
}
