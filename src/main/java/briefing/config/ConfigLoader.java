package briefing.config;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.ValueSyntax;
import briefing.source.YamlReader;
import briefing.value.ValueFormatException;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code site.yaml} from the content folder into a {@link SiteConfig}, reporting every mistake at once. */
public final class ConfigLoader {

    public static final String FILE_NAME = "site.yaml";

    private static final java.util.regex.Pattern HOST =
            java.util.regex.Pattern.compile("(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");

    /** A bare host name, as GitHub Pages expects in CNAME: no scheme, no path. */
    private static final briefing.source.ValueParser<String> CNAME = briefing.source.ValueParser.described(text -> {
        String host = text.strip().toLowerCase(Locale.ROOT);
        if (!HOST.matcher(host).matches()) {
            throw new ValueFormatException("a host name like \"briefing.example.com\" (no https://, no path)", text);
        }
        return host;
    }, () -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "string")
            .put("description", "Custom domain for GitHub Pages, written to CNAME").put("format", "hostname"));

    private final SourceReader reader;

    public ConfigLoader(SourceReader reader) {
        this.reader = reader;
    }

    public SiteConfig load(Path contentDir) throws BuildFailedException {
        Path file = contentDir.resolve(FILE_NAME);
        SourceReader reader = this.reader.within(contentDir, "content folder");
        if (!reader.isPresent(file)) {
            throw new BuildFailedException(Diagnostic.error(SourceLocation.file(reader.displayPath(file)),
                    "site configuration is missing",
                    "create " + FILE_NAME + " with at least title, description, base_url and publisher.name"));
        }
        SourceFile source = reader.read(file);
        Diagnostics problems = new Diagnostics();
        YamlReader yaml = new YamlReader(SiteConfig.Limits.DEFAULT.maxFileBytes());
        SiteConfig config = Fields.of(yaml.read(source), problems, ConfigLoader::schema).map(fields -> bind(fields, problems)).orElse(null);
        problems.throwIfErrors();
        return config;
    }

    /** The JSON Schema of site.yaml, recorded from the binding code (see {@link Fields#schemaProbe()}). */
    public static com.fasterxml.jackson.databind.node.ObjectNode schema() {
        Fields probe = Fields.schemaProbe();
        bind(probe, new Diagnostics());
        return probe.schema();
    }

    private static SiteConfig bind(Fields f, Diagnostics problems) {
        String title = f.requiredText("title");
        String description = f.requiredText("description");
        URI baseUrl = f.required("base_url", ConfigLoader::parseBaseUrl);
        String language = f.optional("language", ConfigLoader::parseLanguage).orElse("en");
        Locale locale = f.optional("locale", ConfigLoader::parseLocale).orElse(Locale.forLanguageTag(language));
        ZoneId zone = f.optional("time_zone", ConfigLoader::parseZone).orElse(ZoneId.of("UTC"));
        SiteConfig.Publisher publisher = f.record("publisher", true).map(p -> {
            SiteConfig.Publisher value = new SiteConfig.Publisher(p.requiredText("name"),
                    p.optional("url", ValueSyntax.WEB_URL));
            p.rejectUnknown();
            return value;
        }).orElse(null);
        boolean rawHtml = f.record("markdown", false).map(m -> {
            boolean value = m.flag("raw_html", false);
            m.rejectUnknown();
            return value;
        }).orElse(false);
        SiteConfig.Limits limits = f.record("limits", false).map(l -> {
            long max = l.optional("max_file_bytes", ConfigLoader::parsePositiveLong)
                    .orElse(SiteConfig.Limits.DEFAULT.maxFileBytes());
            l.rejectUnknown();
            return new SiteConfig.Limits(max);
        }).orElse(SiteConfig.Limits.DEFAULT);
        Optional<String> cname = f.optional("cname", CNAME);
        SiteConfig.Pagination pagination = f.record("pagination", false).map(p -> {
            int perPage = p.optional("per_page", positiveCount("Briefings on each page of the home page's list",
                    SiteConfig.Pagination.DEFAULT.perPage())).orElse(SiteConfig.Pagination.DEFAULT.perPage());
            p.rejectUnknown();
            return new SiteConfig.Pagination(perPage);
        }).orElse(SiteConfig.Pagination.DEFAULT);
        SiteConfig.Feed feed = f.record("feed", false).map(p -> {
            int entries = p.optional("entries", positiveCount("Briefings in the Atom feed, newest first",
                    SiteConfig.Feed.DEFAULT.entries())).orElse(SiteConfig.Feed.DEFAULT.entries());
            p.rejectUnknown();
            return new SiteConfig.Feed(entries);
        }).orElse(SiteConfig.Feed.DEFAULT);
        f.rejectUnknown();
        if (problems.hasErrors()) {
            return null;
        }
        return new SiteConfig(title, description, baseUrl, language, locale, zone, publisher, rawHtml, limits, cname,
                pagination, feed);
    }

    /** Also used for {@code --base-url}, so that both are checked the same way. */
    public static URI parseBaseUrl(String text) throws ValueFormatException {
        URI url;
        try {
            url = ValueSyntax.WEB_URL.parse(text);
        } catch (ValueFormatException e) {
            throw new ValueFormatException("an absolute http(s) URL like \"https://owner.github.io/repo/\"", text);
        }
        if (url.getRawQuery() != null || url.getRawFragment() != null) {
            throw new ValueFormatException("a base URL has no query or fragment", "an absolute URL like \"https://owner.github.io/repo/\"", text);
        }
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        if (!path.endsWith("/")) {
            path = path + "/";
        }
        try {
            return new URI(url.getScheme(), url.getRawAuthority(), path, null, null);
        } catch (URISyntaxException e) {
            throw new ValueFormatException("an absolute URL like \"https://owner.github.io/repo/\"", text);
        }
    }


    private static String parseLanguage(String text) throws ValueFormatException {
        return parseLocale(text).toLanguageTag();
    }

    private static Locale parseLocale(String text) throws ValueFormatException {
        try {
            Locale locale = new Locale.Builder().setLanguageTag(text.replace('_', '-')).build();
            if (locale.getLanguage().isEmpty()) {
                throw new ValueFormatException("a language tag like \"en\" or \"en-US\"", text);
            }
            return locale;
        } catch (IllformedLocaleException e) {
            throw new ValueFormatException("a language tag like \"en\" or \"en-US\"", text);
        }
    }

    private static ZoneId parseZone(String text) throws ValueFormatException {
        try {
            return ZoneId.of(text);
        } catch (DateTimeException e) {
            throw new ValueFormatException("a time zone like \"UTC\" or \"Europe/London\"", text);
        }
    }

    /**
     * A count of briefings, such as a page's length. YAML reads {@code 20} as a number, so the schema says integer;
     * {@code 0} is refused rather than read as "no limit", which would quietly bring back pages that list everything.
     */
    private static briefing.source.ValueParser<Integer> positiveCount(String description, int fallback) {
        return briefing.source.ValueParser.described(text -> {
            try {
                int value = Integer.parseInt(text);
                if (value > 0) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new ValueFormatException("a positive whole number like \"" + fallback + "\"", text);
        }, () -> com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("type", "integer")
                .put("minimum", 1).put("default", fallback).put("description", description));
    }

    private static long parsePositiveLong(String text) throws ValueFormatException {
        try {
            long value = Long.parseLong(text.replace("_", "").replace(",", ""));
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ValueFormatException("a positive whole number of bytes", text);
    }

}
