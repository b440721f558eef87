package briefing.data;

/**
 * Who an investment, participant, valuation or event is about, as the data names it.
 *
 * @param name what pages show: the company's name from {@code companies.yaml}, or the text written in the data when
 *             the site keeps no company list
 * @param id   the company's id, empty when the site keeps no company list
 */
public record CompanyRef(String name, java.util.Optional<String> id) {

    public static CompanyRef named(String name) {
        return new CompanyRef(name, java.util.Optional.empty());
    }

    public static CompanyRef of(Company company) {
        return new CompanyRef(company.name(), java.util.Optional.of(company.id()));
    }
}
