package briefing.cli;

import briefing.config.ConfigLoader;
import briefing.value.ValueFormatException;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.net.URI;
import java.nio.file.Path;

/** The options every command that reads the site shares: where the inputs are and how to publish them. */
public final class InputOptions {

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", converter = FolderConverter.class,
            description = "Content folder with site.yaml, pages and briefings/ (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", paramLabel = "DIR", defaultValue = "templates", converter = FolderConverter.class,
            description = "FreeMarker templates and assets/ (default: ${DEFAULT-VALUE}).")
    Path templates;

    @Option(names = "--base-url", paramLabel = "URL", converter = BaseUrlConverter.class,
            description = "Absolute URL the site is published under; overrides base_url in site.yaml, "
                    + "e.g. https://owner.github.io/repo/.")
    URI baseUrl;

    @Option(names = "--drafts", description = "Include briefings and pages marked draft: true.")
    boolean drafts;

    /**
     * The environment variable that moves the cache ({@code BRIEFING_CACHE=DIR}: charts go to {@code DIR/charts/})
     * or turns it off ({@code BRIEFING_CACHE=off}). Unset or empty, the cache is {@code .briefing-cache/} beside the
     * content folder. Read here, on the command line, and handed to the build in its options.
     */
    static final String CACHE_VARIABLE = "BRIEFING_CACHE";

    /** The cache folder for this content folder as the environment sets it, or empty when it is off. */
    static java.util.Optional<Path> cacheDir(Path content) {
        return briefing.pipeline.BuildOptions.cacheDir(content, System.getenv(CACHE_VARIABLE));
    }

    /**
     * A folder option: a file given where a folder is expected is a mistake on the command line (a missing folder
     * is left to the build, which says which one and how to pass it).
     */
    static final class FolderConverter implements CommandLine.ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            Path path;
            try {
                path = Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new CommandLine.TypeConversionException("\"" + value + "\" is not a folder name");
            }
            if (java.nio.file.Files.exists(path) && !java.nio.file.Files.isDirectory(path)) {
                throw new CommandLine.TypeConversionException(value + " is a file, not a folder");
            }
            return path;
        }
    }

    /** Checks --base-url exactly like base_url in site.yaml. */
    static final class BaseUrlConverter implements CommandLine.ITypeConverter<URI> {
        @Override
        public URI convert(String value) {
            try {
                return ConfigLoader.parseBaseUrl(value);
            } catch (ValueFormatException e) {
                throw new CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }
}
