package briefing.data;

import briefing.diagnostic.SourceLocation;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * A company (or a named group of investors) from {@code companies.yaml}: the one place its name is spelled, so
 * every deal, figure and event about it can be gathered on its page.
 *
 * @param aliases other names readers may search for ("AWS"); never used to refer to it in the data
 */
public record Company(
        String id,
        String name,
        List<String> aliases,
        String description,
        Optional<URI> url,
        SourceLocation location) {
}
