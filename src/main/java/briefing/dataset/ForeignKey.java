package briefing.dataset;

import briefing.diagnostic.SourceLocation;

import java.util.List;

/**
 * A Table Schema foreign key: the values of {@code fields} must be found in {@code referenceFields} of another
 * resource of the package ({@code resource}), of the same resource ({@code ""}), or, for {@link #COMPANIES}, among
 * the site's company ids.
 */
public record ForeignKey(List<String> fields, String resource, List<String> referenceFields, SourceLocation location) {

    /** The reference resource name that means the site's company list ({@code content/companies.yaml}). */
    public static final String COMPANIES = "companies";

    public ForeignKey {
        fields = List.copyOf(fields);
        referenceFields = List.copyOf(referenceFields);
    }

    public boolean isSelf() {
        return resource.isEmpty();
    }
}
