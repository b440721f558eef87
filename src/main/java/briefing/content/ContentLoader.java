package briefing.content;

import briefing.chart.ChartLoader;
import briefing.chart.ChartSpec;
import briefing.config.SiteConfig;
import briefing.data.BriefingData;
import briefing.data.Companies;
import briefing.data.CompanyLoader;
import briefing.data.DataLoader;
import briefing.data.Faq;
import briefing.data.Figure;
import briefing.data.FigureIndex;
import briefing.data.Ledger;
import briefing.data.LedgerLoader;
import briefing.data.Prose;
import briefing.data.TimelineEvent;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.diagnostic.Suggestion;
import briefing.source.Fields;
import briefing.source.SourceFile;
import briefing.source.SourceReader;
import briefing.source.YamlNode;
import briefing.source.ValueSyntax;
import briefing.source.YamlReader;
import briefing.value.PartialDate;
import briefing.value.ValueFormat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the content folder: plain pages ({@code *.md} at the top) and briefings ({@code briefings/<slug>/}), each
 * briefing with its data. Every problem in every file is collected before the build stops.
 */
public final class ContentLoader {

    public static final String BRIEFINGS = "briefings";
    public static final String INDEX = "index.md";
    /** The desk's own data folder: a data package every briefing may refer to. */
    public static final String DESK_DATA = "data";
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** Page slugs that would collide with the site's own routes ({@code page}: the home page's older pages). */
    private static final List<String> RESERVED = List.of(BRIEFINGS, "assets", "index", "404", "deals", "companies",
            "schemas", "search", "page");

    /** Not yet confined to a content folder: {@link #load} confines it to the one it is given. */
    private final SourceReader unconfined;
    private final YamlReader yaml;
    private final ContentCache cache;

    public ContentLoader(SourceReader reader, YamlReader yaml) {
        this(reader, yaml, new ContentCache());
    }

    /** @param cache briefings and pages of earlier builds, reused when their files did not change */
    public ContentLoader(SourceReader reader, YamlReader yaml, ContentCache cache) {
        this.unconfined = reader;
        this.yaml = yaml;
        this.cache = cache;
    }


    public Content load(SiteConfig config, Path contentDir, boolean includeDrafts) throws BuildFailedException {
        // Every file is read through a reader confined to the content folder's real path, whatever the working
        // directory: a link that leads out of it is refused before it is read.
        SourceReader reader = unconfined.within(contentDir, "content folder");
        DataLoader dataLoader = new DataLoader(reader, yaml);
        Diagnostics problems = new Diagnostics();
        ValueFormat format = new ValueFormat(config.locale());
        MarkdownRenderer markdown = new MarkdownRenderer(config.rawHtml(), config.basePath());
        Companies companies = new CompanyLoader(reader, yaml).load(contentDir, problems);
        ChartLoader charts = new ChartLoader(reader, yaml, format, companies);
        Ledger ledger = new LedgerLoader(reader, yaml).load(contentDir, companies, problems);
        Optional<briefing.dataset.DataPackage> desk = dataLoader.loadDesk(contentDir.resolve(DESK_DATA), companies,
                problems);
        // Everything a briefing or page is made of, besides its own files: the site's settings, the company list,
        // the desk's ledger and datasets its data refers to, and where diagnostics are shown from.
        List<Object> settings = List.of(config, companies, ledger, desk, reader.displayPath(contentDir));
        List<Path> seen = new ArrayList<>();
        List<Page> pages = new ArrayList<>();
        for (Path file : list(reader, contentDir, problems)) {
            String name = file.getFileName().toString();
            if (name.endsWith(".md")) {
                seen.add(file);
                ContentCache.Result<Optional<Page>> one = cache.get(file, false, settings, () -> {
                    Diagnostics own = new Diagnostics();
                    return new ContentCache.Result<>(page(reader, file, markdown, format, own), own.sorted());
                });
                problems.addAll(one.problems());
                one.value().filter(p -> includeDrafts || !p.draft()).ifPresent(pages::add);
            }
        }
        List<Briefing> briefings = new ArrayList<>();
        Path briefingsDir = contentDir.resolve(BRIEFINGS);
        if (Files.isDirectory(briefingsDir)) {
            // Briefings load in parallel (both cores), each with its own findings; results are merged in folder
            // order, so the output never depends on scheduling.
            // A briefing whose folder did not change since the last build of this pipeline is reused as it is.
            List<Path> folders = list(reader, briefingsDir, problems).stream().filter(Files::isDirectory).toList();
            seen.addAll(folders);
            List<ContentCache.Result<Optional<Briefing>>> loaded = folders.parallelStream()
                    .map(folder -> cache.get(folder, true, settings, () -> {
                        Diagnostics own = new Diagnostics();
                        return new ContentCache.Result<>(briefing(reader, dataLoader, folder, companies, ledger,
                                desk, markdown, charts, format, own),
                                own.sorted());
                    }))
                    .toList();
            for (ContentCache.Result<Optional<Briefing>> one : loaded) {
                problems.addAll(one.problems());
                one.value().filter(b -> includeDrafts || !b.draft()).ifPresent(briefings::add);
            }
        }
        cache.retain(seen);
        problems.throwIfErrors();
        briefings.sort(Comparator.comparing(Briefing::date).reversed().thenComparing(Briefing::slug));
        return new Content(config, companies, ledger, List.copyOf(briefings), List.copyOf(pages), problems.sorted());
    }

    private static List<Path> list(SourceReader reader, Path dir, Diagnostics problems) {
        try (Stream<Path> entries = Files.list(dir)) {
            // Sorted: the file system's listing order must never reach the output.
            return entries.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
        } catch (IOException e) {
            problems.error(SourceLocation.file(reader.displayPath(dir)), "cannot list folder: " + e.getMessage());
            return List.of();
        }
    }

    private Optional<Page> page(SourceReader reader, Path file, MarkdownRenderer markdown, ValueFormat format, Diagnostics problems) {
        String name = file.getFileName().toString();
        String slug = name.substring(0, name.length() - 3);
        String shown = reader.displayPath(file);
        if (!checkSlug(slug, shown, problems)) {
            return Optional.empty();
        }
        if (RESERVED.contains(slug)) {
            problems.error(SourceLocation.file(shown), "page name \"" + slug + "\" is reserved for the site's own pages",
                    "rename the file");
            return Optional.empty();
        }
        try {
            SourceFile source = reader.read(file);
            FrontMatter split = FrontMatter.split(source);
            Optional<Fields> fields = Fields.of(yaml.read(split.yaml(), shown, split.yamlOffset()), problems);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Fields f = fields.get();
            String title = f.requiredText("title");
            Optional<String> description = f.text("description");
            boolean draft = f.flag("draft", false);
            f.rejectUnknown();
            RenderedMarkdown body = markdown.render(split.body(), MarkdownRenderer.Positions.of(shown),
                    new FigureIndex(Map.of()), java.util.Set.of(), format, problems);
            return title == null ? Optional.empty()
                    : Optional.of(new Page(slug, title, description, draft, body.html(), body.headings(),
                    body.links(), SourceLocation.file(shown), body.text()));
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    private Optional<Briefing> briefing(SourceReader reader, DataLoader dataLoader, Path folder, Companies companies,
                                        Ledger ledger,
                                        Optional<briefing.dataset.DataPackage> desk, MarkdownRenderer markdown,
                                        ChartLoader chartLoader,
                                        ValueFormat format, Diagnostics problems) {
        String slug = folder.getFileName().toString();
        String shownFolder = reader.displayPath(folder);
        MarkdownRenderer briefingMarkdown = markdown.forBriefing(slug);
        if (!checkSlug(slug, shownFolder, problems)) {
            return Optional.empty();
        }
        Path index = folder.resolve(INDEX);
        if (!reader.isPresent(index)) {
            problems.error(SourceLocation.file(shownFolder), "briefing folder has no " + INDEX,
                    "every briefing needs index.md with front matter (title, date, summary) and a body");
            return Optional.empty();
        }
        BriefingData loaded = dataLoader.load(folder, companies, ledger, desk, problems);
        List<ChartSpec> charts = chartLoader.load(folder, loaded, problems);
        String shown = reader.displayPath(index);
        try {
            SourceFile source = reader.read(index);
            BriefingData data = withProseDeals(loaded, ledger, source.text());
            FrontMatter split = FrontMatter.split(source);
            YamlNode root = yaml.read(split.yaml(), shown, split.yamlOffset());
            Optional<Fields> fields = Fields.of(root, problems);
            if (fields.isEmpty()) {
                return Optional.empty();
            }
            Fields f = fields.get();
            String title = f.requiredText("title");
            Optional<String> subtitle = f.text("subtitle");
            PartialDate date = f.required("date", ValueSyntax.DATE);
            Optional<PartialDate> updated = f.optional("updated", ValueSyntax.DATE);
            List<String> authors = f.texts("authors");
            List<String> tags = f.texts("tags");
            Prose summary = f.requiredText("summary") == null ? null : f.scalar("summary")
                    .map(s -> new Prose(s.text().stripTrailing(), s.location(), s.indent())).orElseThrow();
            List<Figure> keyFigures = new ArrayList<>();
            for (YamlNode.Scalar key : f.scalars("key_figures")) {
                Optional<Figure> figure = data.figures().find(key.text());
                if (figure.isPresent()) {
                    keyFigures.add(figure.get());
                } else {
                    problems.unresolved(key.text(), key.location(), "key_figures: unknown figure `" + key.text() + "`",
                            keyFigureHint(key.text(), data.figures().keys()));
                }
            }
            List<Update> updates = updates(f, date, data.figures(), briefingMarkdown, format, problems);
            boolean draft = f.flag("draft", false);
            f.rejectUnknown();
            if (date != null && updated.isPresent() && updated.get().compareTo(date) < 0) {
                problems.error(f.location("updated"), "updated: " + updated.get().canonical()
                        + " is before the briefing's date " + date.canonical(), "updated must not be before date");
            }
            // The latest update is when the briefing last changed. An explicit `updated` may be later (an edit
            // without a note), but not earlier: that is a date the editor forgot to move, and the page would
            // contradict its own list of updates.
            Optional<Update> latest = updates.stream().findFirst();
            if (updated.isPresent() && latest.isPresent() && updated.get().compareTo(latest.get().date()) < 0) {
                problems.error(f.location("updated"), "updated: " + updated.get().canonical()
                                + " is before the latest update, " + latest.get().date().canonical() + " (line "
                                + latest.get().location().line() + ")",
                        "remove `updated:` (the latest update's date is used), or set it to "
                                + latest.get().date().canonical() + " or later");
            }
            updated = updated.or(() -> latest.map(Update::date));
            RenderedMarkdown body = briefingMarkdown.render(split.body(), MarkdownRenderer.Positions.of(shown),
                    data.figures(), charts.stream().map(ChartSpec::id).collect(java.util.stream.Collectors.toSet()),
                    data.datasets(), format, problems);
            Map<Prose, String> prose = new LinkedHashMap<>();
            if (summary != null) {
                prose.put(summary, briefingMarkdown.renderProse(summary, true, data.figures(), format, problems));
            }
            for (Faq faq : data.faqs()) {
                prose.put(faq.answer(), briefingMarkdown.renderProse(faq.answer(), false, data.figures(), format, problems));
            }
            for (TimelineEvent event : data.timeline()) {
                event.text().ifPresent(text -> prose.put(text,
                        briefingMarkdown.renderProse(text, true, data.figures(), format, problems)));
            }
            for (Update update : updates) {
                prose.put(update.text(), briefingMarkdown.renderProse(update.text(), true, data.figures(), format, problems));
            }
            if (title == null || date == null || summary == null) {
                return Optional.empty();
            }
            return Optional.of(new Briefing(slug, title, subtitle, date, updated, updates, authors, tags, summary,
                    briefingMarkdown.plainText(summary, data.figures(), format), List.copyOf(keyFigures), draft, body, data,
                    charts, Map.copyOf(prose), SourceLocation.file(shown)));
        } catch (BuildFailedException e) {
            problems.addAll(e.diagnostics());
            return Optional.empty();
        }
    }

    /**
     * The data with the desk's sources of the ledger deals its prose names ({@code {{ deals.<id> }}}) in its list of
     * sources, so that each such figure's source link finds its entry on the page. The front matter (summary,
     * updates) is part of {@code index}; FAQ answers and timeline texts are in the data.
     */
    private static BriefingData withProseDeals(BriefingData data, Ledger ledger, String index) {
        if (ledger.deals().isEmpty()) {
            return data;
        }
        List<String> texts = new ArrayList<>(List.of(index));
        data.faqs().forEach(f -> texts.add(f.answer().markdown()));
        data.timeline().forEach(e -> e.text().ifPresent(t -> texts.add(t.markdown())));
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (String text : texts) {
            for (briefing.data.FigureReferences.Match m : briefing.data.FigureReferences.find(text)) {
                String[] parts = m.key().split("\\.");
                if (parts.length >= 2 && parts[0].equals(Ledger.FIGURES)) {
                    ledger.find(parts[1]).ifPresent(d -> ids.add(d.source().id()));
                }
            }
        }
        return ids.isEmpty() ? data : data.withSources(ledger.sourcesWith(data.sources(), ids));
    }

    /**
     * The {@code updates} list, newest first; an entry with a mistake is reported and left out. Texts are rendered
     * with the rest of the briefing's prose.
     */
    private static List<Update> updates(Fields f, PartialDate date, FigureIndex figures, MarkdownRenderer markdown,
                                        ValueFormat format, Diagnostics problems) {
        List<Update> updates = new ArrayList<>();
        for (Fields entry : f.records("updates", false)) {
            PartialDate when = entry.required("date", ValueSyntax.DATE);
            Prose text = entry.requiredText("text") == null ? null : entry.scalar("text")
                    .map(s -> new Prose(s.text().stripTrailing(), s.location(), s.indent())).orElseThrow();
            Optional<YamlNode.Scalar> key = entry.scalar("figure");
            entry.rejectUnknown();
            Optional<Figure> figure = key.flatMap(k -> figures.find(k.text().strip()));
            boolean ok = when != null && text != null;
            if (key.isPresent() && figure.isEmpty()) {
                String wanted = key.get().text().strip();
                problems.unresolved(wanted, key.get().location(), entry.path("figure") + ": unknown figure `" + wanted + "`",
                        Suggestion.hint(wanted, figures.keys()));
                ok = false;
            }
            if (when != null && date != null && when.compareTo(date) < 0) {
                problems.error(entry.location("date"), entry.path("date") + ": " + when.canonical()
                        + " is before the briefing's date " + date.canonical(),
                        "an update comes after publication; correct the date");
                ok = false;
            }
            if (ok) {
                updates.add(new Update(when, text, markdown.plainText(text, figures, format), figure,
                        entry.location()));
            }
        }
        // Stable: entries of the same date keep the order they were written in.
        updates.sort(Comparator.comparing(Update::date).reversed());
        return List.copyOf(updates);
    }

    /** key_figures lists bare keys; an editor used to writing prose may wrap one in braces. */
    private static String keyFigureHint(String written, java.util.Set<String> keys) {
        String bare = written.replaceAll("[{}\\s]", "");
        if (bare.equals(written)) {
            return Suggestion.hint(written, keys);
        }
        String meant = keys.contains(bare) ? bare : Suggestion.closest(bare, keys).orElse(bare);
        return "key_figures lists keys without braces: write " + meant;
    }

    private static boolean checkSlug(String slug, String shown, Diagnostics problems) {
        if (SLUG.matcher(slug).matches()) {
            return true;
        }
        problems.error(SourceLocation.file(shown), "\"" + slug + "\" cannot be part of a URL",
                "use lowercase letters, digits and dashes, e.g. amazon-openai-talks");
        return false;
    }
}
