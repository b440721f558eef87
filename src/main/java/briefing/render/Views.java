package briefing.render;

import freemarker.core.TemplateHTMLOutputModel;

import java.util.List;

/**
 * What templates see: flat records of display-ready strings (already formatted in the site's locale), never the
 * content model or a loader. Fields that may be absent are {@code null}; templates test them with {@code ??}.
 * HTML from Markdown arrives as {@link TemplateHTMLOutputModel} so auto-escaping leaves it alone.
 */
public final class Views {

    private Views() {
    }

    /** Site-wide values every page has. */
    public record SiteView(String title, String description, String language, String baseUrl, String homeUrl,
                           String stylesheetUrl, String faviconUrl, String publisher, String publisherUrl,
                           List<LinkView> nav, String feedUrl, String searchUrl) {
    }

    /**
     * The page being rendered: its head metadata.
     *
     * @param ogType  Open Graph type: {@code article} for a briefing, {@code website} otherwise
     * @param image   the social card image (absolute URL), or null when the page has none
     * @param jsonLd  JSON-LD blocks, each already escaped for a {@code <script>} element
     * @param prevUrl the newer page of the home page's list ({@code rel="prev"}), or null
     * @param nextUrl the older page of the home page's list ({@code rel="next"}), or null
     */
    public record PageView(String kind, String title, String description, String url, String canonicalUrl,
                           String ogType, ImageView image, List<TemplateHTMLOutputModel> jsonLd, String prevUrl,
                           String nextUrl) {

        /** A page that is not one of a series: no {@code rel="prev"} or {@code rel="next"}. */
        public PageView(String kind, String title, String description, String url, String canonicalUrl,
                        String ogType, ImageView image, List<TemplateHTMLOutputModel> jsonLd) {
            this(kind, title, description, url, canonicalUrl, ogType, image, jsonLd, null, null);
        }
    }

    /** An image for social cards and feeds: absolute URL, size in pixels, and its text alternative. */
    public record ImageView(String url, int width, int height, String alt) {
    }

    /** One {@code <url>} of sitemap.xml: absolute location and, when the content has a date, YYYY-MM-DD. */
    public record SitemapEntryView(String loc, String lastmod) {
    }

    /** The Atom feed: dates are RFC 3339 timestamps at midnight UTC of the content's own dates. */
    public record FeedView(String id, String title, String subtitle, String updated, String selfUrl,
                           String homeUrl, String author, String authorUrl, String language,
                           List<FeedEntryView> entries) {
    }

    /** @param updates the briefing's updates as plain-text lines ("Updated March 3, 2026: ..."), newest first */
    public record FeedEntryView(String id, String url, String title, String published, String updated,
                                String summary, List<String> updates, List<String> authors, List<String> tags) {
    }

    public record LinkView(String label, String url) {
    }

    /** A date as shown and as machine-readable for {@code <time datetime>}. */
    public record DateView(String text, String iso) {
    }

    /** A figure with the status and source that must travel with it. */
    /**
     * @param derivedAnchor for a derived figure (which has no source of its own), the id of its entry in the
     *                      briefing page's "How these figures are computed"; null otherwise
     */
    public record FigureView(String key, String label, String value, String status, String statusLabel,
                             SourceRefView source, DateView date, String derivedAnchor) {
    }

    /**
     * A derived figure's entry in "How these figures are computed": the figure, the operation in words and each
     * input with its value, status and where it comes from.
     *
     * @param selection for an operation over a dataset column, which cells it took, in words; null otherwise
     * @param more      how many inputs are left out of {@code inputs} (a sum over a long column lists its first ones)
     */
    public record DerivedView(String key, String anchor, String label, String value, String status,
                              String statusLabel, String operation, String selection, List<DerivedInputView> inputs,
                              int more) {
    }

    /**
     * One input of a derived figure. {@code role} is what it is to the operation ("Part", "Of", "From", "Minus",
     * "To"), null for the terms of a sum or count; {@code derivedAnchor} is set when the input is derived too.
     */
    public record DerivedInputView(String role, String key, String label, String value, String status,
                                   String statusLabel, SourceRefView source, String derivedAnchor) {
    }

    public record SourceRefView(String id, String name, String anchor) {
    }

    public record BriefingSummaryView(String title, String url, DateView date, TemplateHTMLOutputModel summary,
                                      List<String> tags) {
    }

    /**
     * One page of the home page's list of briefings, and the way to the others.
     *
     * @param number    this page's number, from 1 (the home page)
     * @param count     how many pages there are
     * @param start     the position of this page's first briefing in the whole list, from 1 (for {@code <ol start>})
     * @param from      {@code start} as shown, in the site's locale
     * @param to        the position of this page's last briefing, as shown
     * @param total     how many briefings there are, as shown
     * @param prevUrl   the page of newer briefings, or null on the home page
     * @param nextUrl   the page of older briefings, or null on the last page
     * @param pages     the page numbers to link: the first, the last and those around this one, with gaps between
     */
    public record PaginationView(int number, int count, List<BriefingSummaryView> briefings, int start, String from,
                                 String to, String total, String prevUrl, String nextUrl, List<PageLinkView> pages) {
    }

    /**
     * A page number in the pagination links, or a gap ({@code url} null, {@code label} an ellipsis) where numbers
     * are left out.
     */
    public record PageLinkView(String label, String url, boolean current) {
    }

    public record BriefingView(
            String slug,
            String url,
            String title,
            String subtitle,
            DateView date,
            DateView updated,
            List<UpdateView> updates,
            List<String> authors,
            List<String> tags,
            TemplateHTMLOutputModel summary,
            String summaryText,
            List<FigureView> keyFigures,
            List<BodyPart> body,
            List<TocEntry> toc,
            InvestmentsView investments,
            RoundView round,
            ValuationsView valuations,
            WorkforceView workforce,
            List<EventView> timeline,
            List<FaqView> faqs,
            List<SourceView> sources,
            List<ChartView> charts,
            java.util.Map<String, ChartView> chartsById,
            List<DerivedView> derived) {
    }

    /**
     * One of a briefing's updates, newest first. {@code figure} and {@code figureAnchor} (the id of the place on the
     * briefing page that shows the figure) are null when the update names no figure.
     */
    public record UpdateView(DateView date, TemplateHTMLOutputModel text, FigureView figure, String figureAnchor) {
    }

    /** A piece of the body: HTML, a chart placed there with a {@code chart} block, or a {@code table} block's table. */
    public record BodyPart(TemplateHTMLOutputModel html, ChartView chart, TableViews.TableView table) {
        public BodyPart(TemplateHTMLOutputModel html, ChartView chart) {
            this(html, chart, null);
        }
    }

    /**
     * A chart and everything to show it accessibly: light and dark SVG, its text description, and its numbers as a
     * table and as downloads. {@code pngUrl} is root-relative like every page link; {@code pngAbsoluteUrl} is for
     * feeds and social cards, which need the host.
     */
    public record ChartView(String id, String anchor, String type, String title, String subtitle,
                            String description, String note, SourceRefView source, String lightSvgUrl,
                            String darkSvgUrl, String pngUrl, String pngAbsoluteUrl, String csvUrl, String jsonUrl,
                            int width, int height, String narrowSvgUrl, String narrowDarkSvgUrl, int narrowWidth,
                            int narrowHeight, int narrowBreakpoint,
                            List<String> header, List<List<String>> rows, CalloutView callout,
                            String scaleNote) {
    }

    /**
     * A chart of one value, shown as a figure: the label it has, the value as the text says it ("up to $50
     * billion"), its status and, when the point names its own, its source (else the caption's covers it).
     */
    public record CalloutView(String label, String value, String status, String statusLabel, String source) {
    }

    public record TocEntry(int level, String id, String text) {
    }

    /** One entry in an investments cell: a label and, when it is a figure, the figure. */
    public record ItemView(String text, FigureView figure, String statusLabel, String status, SourceRefView source) {
    }

    /** @param companyUrl the company's page, null without company pages (as for every {@code ...Url} of a name) */
    public record InvestmentRowView(String id, String company, String companyUrl, List<ItemView> current, List<ItemView> potential,
                                    String purpose) {
    }

    public record InvestmentsView(String investor, String investorUrl, List<InvestmentRowView> rows) {
    }

    public record ParticipantView(String id, String investor, String investorUrl, FigureView amount, FigureView share, String stage,
                                  String status, String statusLabel, SourceRefView source, String note) {
    }

    public record RoundView(String company, String companyUrl, String name, DateView date, FigureView total,
                            List<ParticipantView> participants) {
    }

    public record ValuationView(String id, DateView date, FigureView amount, String event) {
    }

    public record ValuationsView(String company, String companyUrl, List<ValuationView> entries) {
    }

    public record WorkforceChangeView(String id, DateView date, FigureView count, String kind, String scope,
                                      String note) {
    }

    public record WorkforceView(String company, String companyUrl, List<WorkforceChangeView> changes) {
    }

    public record EventView(String id, DateView date, String title, TemplateHTMLOutputModel text, String status,
                            String statusLabel, SourceRefView source, List<LinkView> companies) {
    }

    /** A question and its answer, as HTML for the page and as plain text for structured data. */
    public record FaqView(String id, String question, TemplateHTMLOutputModel answer, String answerText,
                          List<SourceRefView> sources) {
    }

    public record SourceView(String id, String anchor, String name, String publisher, DateView date, String kind,
                             String status, String statusLabel, String url, String note) {
    }

    /**
     * One deal of the deal tracker. {@code text} (the investments item's label or the round's name), {@code date},
     * {@code year}, {@code sourceName}, {@code sourceUrl} and the company URLs may be null. {@code number} is the
     * amount as a plain number, for sorting. {@code coveredIn} links the briefings that cover the deal, newest
     * first (empty for a ledger deal no briefing covers yet); {@code sourceUrl} is the source's entry on the first.
     */
    public record DealRowView(String investor, String investorUrl, String target, String targetUrl, String text,
                              String amount, String number, String status, String statusLabel, DateView date,
                              String year, List<LinkView> coveredIn, String sourceName, String sourceUrl) {
    }

    /**
     * A page of the deal tracker: one page of one of its lists (an order or a filter), the links to the other
     * lists and pages, the URLs of the whole ledger's CSV and JSON downloads and of this page's rows as JSON (for
     * the script), and its chart of deal value by quarter (on the tracker's first page only; otherwise null).
     *
     * @param title      what the list is ("Deals, newest first")
     * @param total      how many deals the list has, as shown
     * @param all        how many deals the tracker has, as shown
     * @param pagination this page among the list's pages
     * @param sorts      the orders of every deal, the current one marked
     * @param statuses   a list per status, and every deal; the current one marked
     * @param years      a list per year (newest first, undated last), and every deal; the current one marked
     */
    public record DealsView(List<DealRowView> rows, String csvUrl, String jsonUrl, String rowsUrl, ChartView chart,
                            String title, String total, String all, PagesView pagination, List<ChoiceView> sorts,
                            List<ChoiceView> statuses, List<ChoiceView> years) {
    }

    /** A link to one of a page's choices (an order, a filter), {@code current} when it is the page's own. */
    public record ChoiceView(String label, String url, boolean current) {
    }

    /**
     * One page among the pages of a list (the deal tracker's, a company's, the companies'), and the way to the
     * others: as {@link PaginationView} without the briefings. {@code from} and {@code to} are the positions of
     * the page's first and last item as shown, {@code total} how many items the list has.
     */
    public record PagesView(int number, int count, String from, String to, String total, String prevUrl,
                            String nextUrl, List<PageLinkView> pages) {
    }

    /**
     * A company's page. {@code url} is the company's own site (may be null); {@code charts} its amounts over time,
     * deal amounts and valuations apart (may be empty; on page 1 only). A company with many deals, figures or
     * events has more than one page: each shows the next slice of each list, and {@code pagination} leads to the
     * others (null with one page); {@code dealCount} is how many deals it has in all, as shown.
     */
    public record CompanyView(String id, String name, List<String> aliases, String description, String url,
                              List<ChartView> charts, List<DealRowView> deals, List<CompanyFiguresView> figures,
                              List<CompanyEventView> events, String dealCount, PagesView pagination) {
    }

    /** The figures about a company from one briefing; their sources are on that briefing's page. */
    public record CompanyFiguresView(String briefingTitle, String briefingUrl, List<FigureView> figures) {
    }

    public record CompanyEventView(EventView event, String briefingTitle, String briefingUrl) {
    }

    /** One line of the list of companies. */
    public record CompanySummaryView(String name, String url, String description, int deals, int figures,
                                     int events) {
    }

    /**
     * The search page: its index and script, and every entry of the index by kind, which is what the page shows
     * without JavaScript.
     *
     * @param total how many entries the index holds
     */
    public record SearchView(String indexUrl, String scriptUrl, int total, List<SearchGroupView> groups,
                             List<SearchLinkView> browse) {
    }

    /** A page where readers without JavaScript find every entry of a kind: all briefings, all companies. */
    public record SearchLinkView(String label, String url) {
    }

    /**
     * The entries of one kind: its id (e.g. {@code section}), the heading of its list, the first entries, how many
     * there are in all, and where to browse them all when not all are listed.
     */
    public record SearchGroupView(String kind, String heading, List<SearchEntryView> entries, int total,
                                  String browseUrl, String browseLabel) {
    }

    /** One entry of the search index; {@code text}, {@code in} and {@code date} may be null. */
    public record SearchEntryView(String title, String url, String text, String in, String date) {
    }

    public record PlainPageView(String title, TemplateHTMLOutputModel body, List<TocEntry> toc) {
    }
}
