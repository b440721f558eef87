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
        SourceLocation location) {

    public DataPackage {
        resources = List.copyOf(resources);
    }

    public Optional<Resource> resource(String name) {
        return resources.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    public List<String> resourceNames() {
        return resources.stream().map(Resource::name).toList();
    }
}
