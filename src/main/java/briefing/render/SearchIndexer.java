package briefing.render;

import briefing.content.Briefing;
import briefing.desk.Deal;
import briefing.content.MarkdownRenderer;
import briefing.content.Page;
import briefing.content.RenderedMarkdown;
import briefing.site.Site;
import briefing.site.Urls;
import briefing.value.ValueFormat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The site's search index: one entry per thing a reader may look for (a briefing, a section of a body, a question, a
 * timeline event, a deal, a page), as plain text. Each {@link Producer} makes the entries of one kind; the index is
 * their entries in the order of {@link #PRODUCERS}, each producer's in the content's order, so a rebuild writes the
 * same bytes. Text comes from the model and the Markdown tree (never from rendered HTML). The entries are written
 * as the chunked index the search page's script fetches ({@link SearchIndexFiles}), and the first of each kind are
 * listed on the search page, which is the page without JavaScript.
 */
final class SearchIndexer {

    /** The longest snippet shown under a result, in characters; the rest of the text is kept as words to match. */
    static final int SNIPPET = 160;

    /**
     * A kind of entry.
     *
     * @param id      its id in the JSON ({@code section})
     * @param label   its name on one result ({@code Section})
     * @param heading the heading of its group on the search page ({@code Sections})
     */
    record Kind(String id, String label, String heading) {
    }

    /**
     * One entry of the index, in plain text.
     *
     * @param title    what the result is called and links with: a title, a heading, a question
     * @param url      root-relative, under the base path, with an anchor when the entry is part of a page
     * @param text     a short snippet shown under the title, or null
     * @param in       the title of the page the entry is part of, or null
     * @param date     the date as the site displays it, or null
     * @param keywords other names to find it by, matched like the title (a briefing's tags, a company's aliases)
     * @param words    the entry's further words that are not in its title, snippet or keywords, folded (see
     *                 {@link #fold}) and separated by spaces, for matching only; empty when there are none
     */
    record Entry(String title, String url, String text, String in, String date, List<String> keywords,
                 String words) {
    }

    /**
     * What producers read: the site, values formatted as the pages show them, the deal tracker's rows, and the
     * entries made for each briefing by an earlier build (see {@link #perBriefing}).
     */
    record Context(Site site, ValueFormat format, DealTracker deals, Cache cache) {
        Context(Site site, ValueFormat format, DealTracker deals) {
            this(site, format, deals, new Cache());
        }

        Urls urls() {
            return site.urls();
        }

        /** Prose of a briefing as the text a reader sees in it, from its Markdown tree (figures as their values). */
        String text(Briefing b, briefing.data.Prose prose) {
            return MARKDOWN.readerText(prose, b.data().figures(), format);
        }

        /**
         * The entries {@code make} makes for each briefing, in briefing order, made on both cores. A briefing the
         * loader reused (the same object: it reuses a briefing only while its files are unchanged) gets the entries
         * made for it by the previous build, so a rebuild in {@code serve} indexes only what changed.
         *
         * @param name names {@code make} in the cache: one name per producer
         */
        List<Entry> perBriefing(String name, Function<Briefing, List<Entry>> make) {
            return site.content().briefings().parallelStream().map(b -> cache.entries(name, b, make))
                    .flatMap(List::stream).toList();
        }
    }

    /**
     * Entries made per briefing, kept from one build to the next. Entries hold URLs and formatted dates, so they are
     * reused only under the same URLs and locale. Holds just the last build's entries.
     */
    static final class Cache {
        private record Key(String name, Briefing briefing) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.name.equals(name) && k.briefing == briefing;
            }

            @Override
            public int hashCode() {
                return name.hashCode() * 31 + System.identityHashCode(briefing);
            }
        }

        private final Map<Key, List<Entry>> previous;
        private final Map<Key, List<Entry>> current = new ConcurrentHashMap<>();
        private final List<Object> settings;

        Cache() {
            this(Map.of(), List.of());
        }

        private Cache(Map<Key, List<Entry>> previous, List<Object> settings) {
            this.previous = previous;
            this.settings = settings;
        }

        private List<Entry> entries(String name, Briefing b, Function<Briefing, List<Entry>> make) {
            Key key = new Key(name, b);
            List<Entry> entries = current.get(key);
            if (entries == null) {
                entries = previous.get(key);
                if (entries == null) {
                    entries = List.copyOf(make.apply(b));
                }
                current.put(key, entries);
            }
            return entries;
        }

        /** The cache for the next build: this build's entries, if the next build has the same URLs and locale. */
        Cache next(Urls urls, Locale locale) {
            return new Cache(Map.copyOf(current), List.of(urls, locale));
        }

        /** This cache, or an empty one if its entries were made with other URLs or another locale. */
        Cache under(Urls urls, Locale locale) {
            return settings.equals(List.of(urls, locale)) ? this : new Cache(Map.of(), List.of(urls, locale));
        }
    }

    /** Makes the entries of one kind, in content order. */
    record Producer(Kind kind, Function<Context, List<Entry>> entries) {
    }

    /** The entries of one kind. */
    record Group(Kind kind, List<Entry> entries) {
    }

    /**
     * Every kind the index holds, in the order results of equal rank are shown and groups are listed: briefings and
     * companies first, as what a reader most often looks for by name. To index a new kind of page, add its producer
     * here.
     */
    static final List<Producer> PRODUCERS = List.of(
            new Producer(new Kind("briefing", "Briefing", "Briefings"), SearchIndexer::briefings),
            new Producer(new Kind("company", "Company", "Companies"), SearchIndexer::companies),
            new Producer(new Kind("page", "Page", "Pages"), SearchIndexer::pages),
            new Producer(new Kind("section", "Section", "Sections"), SearchIndexer::sections),
            new Producer(new Kind("faq", "Question", "Questions and answers"), SearchIndexer::faqs),
            new Producer(new Kind("event", "Timeline event", "Timeline events"), SearchIndexer::events),
            new Producer(new Kind("row", "Data row", "Data rows"), SearchIndexer::rows),
            new Producer(new Kind("deal", "Deal", "Deals"), SearchIndexer::deals));

    /** Only reads prose as text: no page is rendered with it, so its base path does not matter. */
    private static final MarkdownRenderer MARKDOWN = new MarkdownRenderer(false, "/");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private SearchIndexer() {
    }

    /** The entries of every producer, by kind, in producer order. */
    static List<Group> index(Context context, List<Producer> producers) {
        return producers.stream().map(p -> new Group(p.kind(), List.copyOf(p.entries().apply(context)))).toList();
    }

    // ---- producers -------------------------------------------------------------------------------------------------

    static List<Entry> briefings(Context c) {
        return c.perBriefing("briefing", b -> List.of(entry(b.title(), c.urls().briefing(b.slug()), b.summaryText(),
                null, c.format().date(b.date()), b.tags(), Stream.concat(Stream.concat(b.subtitle().stream(),
                        b.authors().stream()), Stream.of(b.body().text().intro())).toList())));
    }

    static List<Entry> pages(Context c) {
        return c.site().content().pages().stream().map(p -> {
            String intro = p.text().intro();
            return entry(p.title(), c.urls().page(p.slug()), p.description().orElse(intro), null, null, List.of(),
                    List.of(intro));
        }).toList();
    }

    /** The headed sections of briefing bodies, then of pages. */
    static List<Entry> sections(Context c) {
        List<Entry> out = new ArrayList<>(c.perBriefing("section", b -> sectionEntries(b.body().text(),
                c.urls().briefing(b.slug()), b.title())));
        for (Page p : c.site().content().pages()) {
            out.addAll(sectionEntries(p.text(), c.urls().page(p.slug()), p.title()));
        }
        return out;
    }

    static List<Entry> faqs(Context c) {
        return c.perBriefing("faq", b -> b.data().faqs().stream().map(f -> entry(f.question(),
                c.urls().briefing(b.slug()) + "#faq-" + f.id(), c.text(b, f.answer()),
                b.title(), null, List.of(), List.of())).toList());
    }

    static List<Entry> events(Context c) {
        return c.perBriefing("event", b -> b.data().timeline().stream().map(e -> entry(e.title(),
                c.urls().briefing(b.slug()) + "#event-" + e.id(),
                e.text().map(t -> c.text(b, t)).orElse(""), b.title(),
                c.format().date(e.date()), List.of(), List.of())).toList());
    }

    /**
     * The rows the briefings' dataset tables show, each linking to its own row of the table (a row shown by two
     * tables, to the first). Rows a table leaves out (its filter, limit or row cap) have no place on the page to
     * link to, and are not indexed: the downloads hold them.
     */
    static List<Entry> rows(Context c) {
        return c.perBriefing("row", b -> {
            TableViews views = new TableViews(c.format(), c.urls(), c.site().content().companies());
            List<Entry> entries = new ArrayList<>();
            Set<List<Object>> seen = new java.util.HashSet<>();
            for (briefing.content.DatasetTable t : b.body().tables()) {
                TableViews.TableView table = views.table(b, t);
                for (int i = 0; i < t.rows().size(); i++) {
                    briefing.dataset.Row row = t.rows().get(i);
                    if (seen.add(List.of(t.resource().name(), row.number()))) {
                        entries.add(entry(views.rowTitle(b, t.resource(), row),
                                c.urls().briefing(b.slug()) + "#" + t.rowId(row),
                                TableViews.rowText(table, table.rows().get(i)), b.title(), null, List.of(),
                                List.of()));
                    }
                }
            }
            return entries;
        });
    }

    /** The deal tracker's rows, in its order (newest first), each linking to the table on its briefing page. */
    static List<Entry> deals(Context c) {
        // Made per briefing, and reused for a briefing loaded again unchanged (as perBriefing does), then put in the
        // tracker's order. A briefing's deals keep their order among themselves: it depends on them alone.
        // A ledger deal depends on the ledger and on every briefing that covers it, so its entry is made afresh.
        List<Deal> all = c.deals().deals();
        Map<Briefing, List<Deal>> byBriefing = new java.util.IdentityHashMap<>();
        all.stream().filter(d -> d.id().isEmpty())
                .forEach(d -> byBriefing.computeIfAbsent(d.briefing().orElseThrow(), b -> new ArrayList<>()).add(d));
        Map<Briefing, java.util.Iterator<Entry>> made = new java.util.IdentityHashMap<>();
        byBriefing.forEach((b, deals) -> made.put(b, c.cache().entries("deal", b,
                x -> deals.stream().map(d -> deal(c, d)).toList()).iterator()));
        return all.stream().map(d -> d.id().isPresent() ? deal(c, d) : made.get(d.briefing().get()).next()).toList();
    }

    /** A deal's entry links to where its first (newest) briefing shows it, or to the tracker when none covers it. */
    private static Entry deal(Context c, Deal d) {
        String text = c.format().money(d.amount()) + " (" + d.status().label() + ")"
                + (d.text().isEmpty() ? "" : ". " + d.text());
        Optional<Deal.Coverage> first = d.coverage().stream().findFirst();
        return entry(d.investor().name() + " to " + d.target().name(),
                first.map(f -> c.urls().briefing(f.briefing().slug()) + "#" + DealTracker.section(f))
                        .orElse(c.urls().deals()),
                text, first.map(f -> f.briefing().title()).orElse(null), d.date().map(c.format()::date).orElse(null),
                List.of(), d.source().map(s -> List.of(s.name())).orElse(List.of()));
    }

    /** The companies of companies.yaml, in its order: name, aliases to match, description. */
    static List<Entry> companies(Context c) {
        return c.site().desk().companies().stream().map(p -> entry(p.company().name(),
                c.urls().company(p.company().id()), p.company().description(), null, null, p.company().aliases(),
                List.of())).toList();
    }

    // ---- text ------------------------------------------------------------------------------------------------------

    private static List<Entry> sectionEntries(RenderedMarkdown.Text text, String pageUrl, String pageTitle) {
        return text.sections().stream().map(s -> entry(s.heading().text(), pageUrl + "#" + s.heading().id(),
                s.text(), pageTitle, null, List.of(), List.of())).toList();
    }

    /**
     * An entry whose snippet is the start of {@code text} and whose words are the rest of {@code text} and
     * {@code more}, less the words already in the title, snippet and keywords.
     */
    static Entry entry(String title, String url, String text, String in, String date, List<String> keywords,
                       List<String> more) {
        String clean = collapseSpaces(text == null ? "" : text).strip();
        String snippet = snippet(clean);
        Set<String> shown = new LinkedHashSet<>(words(title));
        shown.addAll(words(snippet));
        keywords.forEach(k -> shown.addAll(words(k)));
        Set<String> rest = new LinkedHashSet<>(words(clean));
        more.forEach(m -> rest.addAll(words(m)));
        rest.removeAll(shown);
        rest.removeIf(w -> w.codePointCount(0, w.length()) < 2);
        return new Entry(title, url, snippet.isEmpty() ? null : snippet, in, date, List.copyOf(keywords),
                String.join(" ", rest));
    }

    /** The start of a text, cut after a whole word with an ellipsis when longer than {@link #SNIPPET}. */
    static String snippet(String text) {
        if (text.length() <= SNIPPET) {
            return text;
        }
        int cut = text.lastIndexOf(' ', SNIPPET);
        if (cut < SNIPPET / 2) {
            cut = Character.isLowSurrogate(text.charAt(SNIPPET)) ? SNIPPET - 1 : SNIPPET;
        }
        String start = text.substring(0, cut).strip();
        while (!start.isEmpty() && ",;:.–—-".indexOf(start.charAt(start.length() - 1)) >= 0) {
            start = start.substring(0, start.length() - 1).strip();
        }
        return start + "…";
    }

    /**
     * Text as the search compares it: decomposed, without accents and other combining marks, lower case. The search
     * page's script folds queries the same way ({@code normalize('NFD')}, no {@code \p{M}}, {@code toLowerCase()}).
     */
    static String fold(String text) {
        if (isAscii(text)) { // no accents to take off: most text, and a loop is much quicker than the patterns
            return text.toLowerCase(Locale.ROOT);
        }
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** The folded words of a text: runs of letters and digits (Unicode's categories L and N). */
    static List<String> words(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            boolean word = isWordCodePoint(c);
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                words.add(folded.substring(start, i));
                start = -1;
            }
            i += Character.charCount(c);
        }
        if (start >= 0) {
            words.add(folded.substring(start));
        }
        return List.copyOf(words);
    }

    /** What {@code [\p{L}\p{N}]} matches. */
    private static boolean isWordCodePoint(int c) {
        if (c < 0x80) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        int type = Character.getType(c);
        return Character.isLetter(c) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Each run of white space ({@code \s}: space, tab, line breaks, vertical tab, form feed) as one space. */
    static String collapseSpaces(String text) {
        StringBuilder out = null;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                int end = i + 1;
                while (end < text.length() && isSpace(text.charAt(end))) {
                    end++;
                }
                if (end - i > 1 || c != ' ') {
                    if (out == null) {
                        out = new StringBuilder(text.length()).append(text, 0, i);
                    }
                    out.append(' ');
                } else if (out != null) {
                    out.append(' ');
                }
                i = end;
            } else {
                if (out != null) {
                    out.append(c);
                }
                i++;
            }
        }
        return out == null ? text : out.toString();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    // ---- output ----------------------------------------------------------------------------------------------------

    /** The index as the files the search page's script fetches (see {@link SearchIndexFiles}), under {@code folder}. */
    static List<OutputFile> files(List<Group> groups, String folder) {
        return SearchIndexFiles.files(groups, folder);
    }

    /**
     * How many entries of each kind the search page lists for readers without JavaScript. A desk of 10,000
     * briefings has some 175,000 entries, and the page is part of what every query downloads: 500 a kind made it a
     * megabyte. The index itself keeps every entry, so the search box still finds them all; the list says how many
     * there are and where to browse them all (the home page's list of briefings, the companies A to Z, the deal
     * tracker).
     */
    static final int LISTED_PER_KIND = 50;

    /** Where every entry of a kind can be browsed without JavaScript: the deal tracker, the companies, the briefings. */
    private static String browseUrl(Kind kind, Urls urls) {
        return switch (kind.id()) {
            case "deal" -> urls.deals();
            case "company" -> urls.companies();
            default -> urls.home() + "#all-briefings";
        };
    }

    private static String browseLabel(Kind kind) {
        return switch (kind.id()) {
            case "deal" -> "the deal tracker";
            case "company" -> "the list of companies";
            default -> "the list of all briefings";
        };
    }

    static Views.SearchView view(List<Group> groups, Urls urls) {
        List<Views.SearchGroupView> shown = groups.stream().filter(g -> !g.entries().isEmpty())
                .map(g -> new Views.SearchGroupView(g.kind().id(), g.kind().heading(), g.entries().stream()
                        .limit(LISTED_PER_KIND)
                        .map(e -> new Views.SearchEntryView(e.title(), e.url(), e.text(), e.in(), e.date()))
                        .toList(), g.entries().size(), browseUrl(g.kind(), urls), browseLabel(g.kind())))
                .toList();
        int total = groups.stream().mapToInt(g -> g.entries().size()).sum();
        List<Views.SearchLinkView> browse = new ArrayList<>();
        for (Group g : groups) {
            int n = g.entries().size();
            String count = String.format(Locale.ROOT, "%,d", n);
            switch (g.kind().id()) {
                case "briefing" -> {
                    if (n > 0) {
                        browse.add(new Views.SearchLinkView(n == 1 ? "The briefing"
                                : "All " + count + " briefings, newest first", urls.home() + "#all-briefings"));
                    }
                }
                case "company" -> {
                    if (n > 0) {
                        browse.add(new Views.SearchLinkView(n == 1 ? "The company" : "All " + count + " companies",
                                urls.companies()));
                    }
                }
                case "deal" -> {
                    if (n > 0) {
                        browse.add(new Views.SearchLinkView("The deal tracker: " + (n == 1 ? "1 deal"
                                : count + " deals"), urls.deals()));
                    }
                }
                default -> {
                }
            }
        }
        return new Views.SearchView(urls.searchFile(briefing.site.SiteAssembler.SEARCH_INDEX),
                urls.asset("search.js"), total, shown, List.copyOf(browse));
    }
}
