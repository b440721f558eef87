package briefing.config;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.source.SourceReader;
import briefing.value.ValueFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ConfigLoaderTest {

    private static final String SITE = "content/site.yaml";
    private static final String MINIMAL = """
            title: T
            description: D
            base_url: https://example.github.io/briefing/
            publisher:
              name: Desk
            """;

    @TempDir
    Path base;

    private SiteConfig load(String yaml) throws Exception {
        Path content = base.resolve("content");
        Files.createDirectories(content);
        Files.writeString(content.resolve("site.yaml"), yaml);
        return new ConfigLoader(new SourceReader(base, 1_000_000)).load(content);
    }

    private List<Diagnostic> failure(String yaml) {
        BuildFailedException e = catchThrowableOfType(() -> load(yaml), BuildFailedException.class);
        assertThat(e).as("expected site.yaml to be refused:%n%s", yaml).isNotNull();
        return e.diagnostics();
    }

    @Test
    void readsEveryFieldOfTheRealSiteYaml() throws Exception {
        SiteConfig config = load(Files.readString(Path.of("content/site.yaml")));

        assertThat(config.title()).isEqualTo("AI Market Briefing");
        assertThat(config.description()).startsWith("Data-driven briefings on artificial intelligence deals")
                .endsWith("labelled by status.");
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://example.github.io/briefing/"));
        assertThat(config.basePath()).isEqualTo("/briefing/");
        assertThat(config.language()).isEqualTo("en");
        assertThat(config.locale()).isEqualTo(Locale.US);
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.publisher()).isEqualTo(new SiteConfig.Publisher("The Briefing Desk", Optional.empty()));
        assertThat(config.rawHtml()).isFalse();
        assertThat(config.limits()).isEqualTo(SiteConfig.Limits.DEFAULT);
        assertThat(config.pagination()).isEqualTo(SiteConfig.Pagination.DEFAULT);
        assertThat(config.feed()).isEqualTo(SiteConfig.Feed.DEFAULT);
    }

    @Test
    void readsOptionalFieldsWhenGiven() throws Exception {
        SiteConfig config = load(MINIMAL.replace("  name: Desk\n", "  name: Desk\n  url: https://desk.example/\n") + """
                language: de
                locale: de_CH
                time_zone: Europe/Zurich
                markdown:
                  raw_html: true
                limits:
                  max_file_bytes: 1_000
                pagination:
                  per_page: 7
                feed:
                  entries: 50
                """);

        assertThat(config.language()).isEqualTo("de");
        assertThat(config.locale()).isEqualTo(Locale.forLanguageTag("de-CH"));
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("Europe/Zurich"));
        assertThat(config.publisher().url()).contains(URI.create("https://desk.example/"));
        assertThat(config.rawHtml()).isTrue();
        assertThat(config.limits().maxFileBytes()).isEqualTo(1000);
        assertThat(config.pagination().perPage()).isEqualTo(7);
        assertThat(config.feed().entries()).isEqualTo(50);
    }

    @Test
    void defaultsToEnglishUtcAndNoRawHtml() throws Exception {
        SiteConfig config = load(MINIMAL);

        assertThat(config.language()).isEqualTo("en");
        assertThat(config.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(config.timeZone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(config.rawHtml()).isFalse();
        assertThat(config.limits().maxFileBytes()).isEqualTo(4L * 1024 * 1024);
        assertThat(config.pagination().perPage()).isEqualTo(20);
        assertThat(config.feed().entries()).isEqualTo(20);
    }

    @Test
    void localeDefaultsToTheLanguage() throws Exception {
        assertThat(load(MINIMAL + "language: fr\n").locale()).isEqualTo(Locale.FRENCH);
    }

    @Test
    void addsTheTrailingSlashToTheBaseUrl() throws Exception {
        SiteConfig config = load(MINIMAL.replace("https://example.github.io/briefing/", "https://example.github.io/briefing"));

        assertThat(config.baseUrl()).hasToString("https://example.github.io/briefing/");
        assertThat(config.basePath()).isEqualTo("/briefing/");
    }

    @ParameterizedTest
    @CsvSource({
            "https://example.github.io, https://example.github.io/",
            "https://example.github.io/, https://example.github.io/",
            "http://localhost:8080/site, http://localhost:8080/site/",
            "HTTPS://Example.org/a/b/, HTTPS://Example.org/a/b/"
    })
    void normalisesBaseUrls(String written, String expected) throws Exception {
        assertThat(ConfigLoader.parseBaseUrl(written)).hasToString(expected);
    }

    @ParameterizedTest
    @CsvSource({
            "https://example.github.io/briefing/?page=1",
            "https://example.github.io/briefing/#top"
    })
    void rejectsABaseUrlWithQueryOrFragment(String written) {
        ValueFormatException e = catchThrowableOfType(() -> ConfigLoader.parseBaseUrl(written),
                ValueFormatException.class);

        assertThat(e).hasMessage("a base URL has no query or fragment, found \"" + written + "\"");
    }

    @Test
    void reportsAMissingFile() throws IOException {
        Files.createDirectories(base.resolve("content"));

        BuildFailedException e = catchThrowableOfType(
                () -> new ConfigLoader(new SourceReader(base, 1_000_000)).load(base.resolve("content")),
                BuildFailedException.class);

        assertThat(e.diagnostics()).extracting(Diagnostic::headline)
                .containsExactly("content/site.yaml: error: site configuration is missing");
        assertThat(e.diagnostics().get(0).hint())
                .isEqualTo("create site.yaml with at least title, description, base_url and publisher.name");
    }

    static Stream<Arguments> badConfigs() {
        return Stream.of(
                Arguments.of(MINIMAL.replace("https://example.github.io/briefing/", "example.github.io/briefing"),
                        SITE + ":3:11: error: base_url: expected an absolute http(s) URL like "
                                + "\"https://owner.github.io/repo/\", found \"example.github.io/briefing\""),
                Arguments.of(MINIMAL.replace("https://example.github.io/briefing/", "ftp://example.org/"),
                        SITE + ":3:11: error: base_url: expected an absolute http(s) URL like "
                                + "\"https://owner.github.io/repo/\", found \"ftp://example.org/\""),
                Arguments.of(MINIMAL.replace("https://example.github.io/briefing/", "https://example.org/?x=1"),
                        SITE + ":3:11: error: base_url: a base URL has no query or fragment, found "
                                + "\"https://example.org/?x=1\""),
                Arguments.of(MINIMAL + "locale: not a locale\n",
                        SITE + ":6:9: error: locale: expected a language tag like \"en\" or \"en-US\", "
                                + "found \"not a locale\""),
                Arguments.of(MINIMAL + "language: 42\n",
                        SITE + ":6:11: error: language: expected a language tag like \"en\" or \"en-US\", found \"42\""),
                Arguments.of(MINIMAL + "time_zone: Mars/Olympus\n",
                        SITE + ":6:12: error: time_zone: expected a time zone like \"UTC\" or \"Europe/London\", "
                                + "found \"Mars/Olympus\""),
                Arguments.of(MINIMAL + "langauge: en\n", SITE + ":6:1: error: langauge: unknown field"),
                Arguments.of(MINIMAL + "markdown:\n  raw_html: maybe\n",
                        SITE + ":7:13: error: markdown.raw_html: expected true or false, found \"maybe\""),
                Arguments.of(MINIMAL + "markdown:\n  rawhtml: true\n",
                        SITE + ":7:3: error: markdown.rawhtml: unknown field"),
                Arguments.of(MINIMAL + "limits:\n  max_file_bytes: -5\n",
                        SITE + ":7:19: error: limits.max_file_bytes: expected a positive whole number of bytes, "
                                + "found \"-5\""),
                Arguments.of(MINIMAL + "pagination:\n  per_page: 0\n",
                        SITE + ":7:13: error: pagination.per_page: expected a positive whole number like \"20\", "
                                + "found \"0\""),
                Arguments.of(MINIMAL + "pagination:\n  per_page: -3\n",
                        SITE + ":7:13: error: pagination.per_page: expected a positive whole number like \"20\", "
                                + "found \"-3\""),
                Arguments.of(MINIMAL + "pagination:\n  per_page: twenty\n",
                        SITE + ":7:13: error: pagination.per_page: expected a positive whole number like \"20\", "
                                + "found \"twenty\""),
                Arguments.of(MINIMAL + "pagination:\n  per_page: 99999999999\n",
                        SITE + ":7:13: error: pagination.per_page: expected a positive whole number like \"20\", "
                                + "found \"99999999999\""),
                Arguments.of(MINIMAL + "pagination:\n  per_page: [2]\n",
                        SITE + ":7:13: error: pagination.per_page: expected a single value, found a list"),
                Arguments.of(MINIMAL + "pagination: 20\n",
                        SITE + ":6:13: error: pagination: expected a mapping of fields (key: value), found \"20\""),
                Arguments.of(MINIMAL + "pagination:\n  perpage: 2\n",
                        SITE + ":7:3: error: pagination.perpage: unknown field"),
                Arguments.of(MINIMAL + "feed:\n  entries: 2.5\n",
                        SITE + ":7:12: error: feed.entries: expected a positive whole number like \"20\", "
                                + "found \"2.5\""),
                Arguments.of(MINIMAL + "feed:\n  entry: 5\n", SITE + ":7:3: error: feed.entry: unknown field"),
                Arguments.of(MINIMAL.replace("publisher:\n  name: Desk\n", ""),
                        SITE + ":1:1: error: publisher: required field is missing"),
                Arguments.of(MINIMAL.replace("publisher:\n  name: Desk\n", "publisher: Desk\n"),
                        SITE + ":4:12: error: publisher: expected a mapping of fields (key: value), found \"Desk\""),
                Arguments.of(MINIMAL.replace("  name: Desk\n", "  url: https://desk.example/\n"),
                        SITE + ":5:3: error: publisher.name: required field is missing"),
                Arguments.of(MINIMAL.replace("title: T\n", ""), SITE + ":1:1: error: title: required field is missing"),
                Arguments.of("", SITE + ":1:1: error: empty file; site.yaml needs: title, description, base_url, publisher"),
                Arguments.of("# only a comment\n", SITE
                        + ":1:1: error: empty file; site.yaml needs: title, description, base_url, publisher"));
    }

    @ParameterizedTest
    @MethodSource("badConfigs")
    void reportsABadConfigurationAtItsPosition(String yaml, String headline) {
        assertThat(failure(yaml)).extracting(Diagnostic::headline).containsExactly(headline);
    }

    @Test
    void suggestsTheKnownKeyForATypo() {
        Diagnostic d = failure(MINIMAL + "langauge: en\n").get(0);

        assertThat(d.hint()).isEqualTo("did you mean `language`?");
    }

    @Test
    void suggestsTheKnownKeyForATypoInPagination() {
        assertThat(failure(MINIMAL + "pagination:\n  perpage: 2\n").get(0).hint())
                .isEqualTo("did you mean `per_page`?");
    }

    @Test
    void reportsEveryMistakeInOneRun() {
        List<Diagnostic> all = failure("""
                title: T
                base_url: nope
                locale: ??
                colour: blue
                """);

        assertThat(all).extracting(Diagnostic::headline).containsExactly(
                SITE + ":1:1: error: description: required field is missing",
                SITE + ":1:1: error: publisher: required field is missing",
                SITE + ":2:11: error: base_url: expected an absolute http(s) URL like \"https://owner.github.io/repo/\", "
                        + "found \"nope\"",
                SITE + ":3:9: error: locale: expected a language tag like \"en\" or \"en-US\", found \"??\"",
                SITE + ":4:1: error: colour: unknown field");
    }

    @Test
    void withBaseUrlReplacesOnlyTheUrl() throws Exception {
        SiteConfig config = load(MINIMAL).withBaseUrl(URI.create("http://localhost:8000/"));

        assertThat(config.baseUrl()).hasToString("http://localhost:8000/");
        assertThat(config.basePath()).isEqualTo("/");
        assertThat(config.title()).isEqualTo("T");
    }
}
