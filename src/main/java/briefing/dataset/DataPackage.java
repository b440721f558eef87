package briefing.dataset;

import briefing.diagnostic.SourceLocation;

import java.util.List;
import java.util.Optional;

/**
 * One data package: the tables a descriptor ({@code datapackage.yaml} or {@code datapackage.json}) describes, every
 * value typed and located, every constraint and key checked.
 *
 * @param name        the package's {@code name}, when it has one (the standard only recommends it)
 * @param location    the descriptor file
 * @param resources   in descriptor order
 */
public record DataPackage(
        Optional<String> name,
        Optional<String> title,
        Optional<String> description,
        List<Resource> resources,
        SourceLocation location,
        List<License> licenses,
        List<Contributor> contributors) {

    /**
     * @param licenses     the standard's {@code licenses}: the terms the data may be used under, published with it
     *                     (a table's JSON-LD {@code license})
     * @param contributors the standard's {@code contributors}: who made the data (JSON-LD {@code creator})
     */
    public DataPackage {
        resources = List.copyOf(resources);
        licenses = List.copyOf(licenses);
        contributors = List.copyOf(contributors);
    }

    public DataPackage(Optional<String> name, Optional<String> title, Optional<String> description,
                       List<Resource> resources, SourceLocation location) {
        this(name, title, description, resources, location, List.of(), List.of());
    }

    /** A license of the standard: an SPDX id ({@code name}) and/or a URL ({@code path}), and a title. */
    public record License(Optional<String> name, Optional<String> path, Optional<String> title) {
    }

    /** A contributor of the standard: a person or organisation ({@code title}), with an optional URL and role. */
    public record Contributor(String title, Optional<String> path, Optional<String> email, Optional<String> role,
                              Optional<String> organization) {
    }

    public Optional<Resource> resource(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public List<String> resourceNames() {
        return resources.stream().map(Resource::name).toList();
    }
}
