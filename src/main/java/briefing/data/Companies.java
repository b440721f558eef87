package briefing.data;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The site's company list, in file order. When the site has none ({@link #NONE}), the data names companies in free
 * text and there are no company pages; once it has one, every company the data names must be one of its ids.
 */
public record Companies(List<Company> all, Map<String, SourceLocation> failed) {

    public static final Companies NONE = new Companies(List.of());

    /**
     * @param failed the ids, names and aliases (lower case) of entries that could not be read, or {@code ""} when
     *               the whole file could not: each with the mistake, so a reference to one follows from it
     */
    public Companies {
        all = List.copyOf(all);
        failed = Map.copyOf(failed);
    }

    public Companies(List<Company> all) {
        this(all, Map.of());
    }

    public boolean enabled() {
        return !all.isEmpty() || !failed.isEmpty();
    }

    /** The ids a company column of a dataset must hold; empty when the site keeps no list (free text then). */
    public Optional<java.util.Set<String>> checkedIds() {
        return enabled() ? Optional.of(new java.util.TreeSet<>(ids())) : Optional.empty();
    }

    /** Where the mistake is that the company {@code text} names is missing because of, if it is. */
    public Optional<SourceLocation> causeOf(String text) {
        return Optional.ofNullable(failed.get(text))
                .or(() -> Optional.ofNullable(failed.get(text.strip().toLowerCase(Locale.ROOT))))
                .or(() -> Optional.ofNullable(failed.get("")));
    }

    public Optional<Company> find(String id) {
        return all.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /**
     * What a company field of the data refers to. With a company list the text must be an id; a miss is reported
     * at the field with the nearest id, or with the id of the company whose name or alias was written instead.
     * A miss still gives a reference (to the text as written), so nothing built on it is reported missing too.
     */
    public CompanyRef resolve(String text, SourceLocation at, String field, Diagnostics problems) {
        if (!enabled()) {
            return CompanyRef.named(text);
        }
        Optional<Company> company = find(text);
        if (company.isPresent()) {
            return CompanyRef.of(company.get());
        }
        String hint = byName(text).map(c -> "write the company's id: " + c.id())
                .orElseGet(() -> Optional.ofNullable(Suggestion.hint(text, ids()))
                        .orElse("add it to " + CompanyLoader.FILE_NAME + " or use one of its ids"));
        Diagnostic error = Diagnostic.error(at, field + ": unknown company `" + text + "`", hint);
        problems.add(causeOf(text).map(error::because).orElse(error));
        return CompanyRef.named(text);
    }

    private Optional<Company> byName(String text) {
        String key = text.strip().toLowerCase(Locale.ROOT);
        return all.stream().filter(c -> c.name().toLowerCase(Locale.ROOT).equals(key)
                || c.aliases().stream().anyMatch(a -> a.toLowerCase(Locale.ROOT).equals(key))).findFirst();
    }

    public List<String> ids() {
        return all.stream().map(Company::id).toList();
    }
}
