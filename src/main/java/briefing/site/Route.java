package briefing.site;

import briefing.content.Briefing;
import briefing.content.Page;
import briefing.desk.CompanyProfile;
import briefing.desk.DealList;

import java.util.List;

/** One file of the site to render: its URL path (under the base path) and the file it is written to. */
public sealed interface Route {

    String path();

    String output();

    /**
     * One page of the home page's list of briefings, newest first: page 1 is the home page, which also shows the
     * newest briefing in full; page {@code number} > 1 is at {@code page/<number>/}. Each lists at most
     * {@code pagination.per_page} briefings, so no page grows with the desk.
     *
     * @param count     how many pages the list has (at least 1, even with no briefing)
     * @param briefings the briefings this page lists, newest first
     * @param first     the position of this page's first briefing in the whole list, from 0
     * @param total     how many briefings the whole list has
     */
    record Home(String path, String output, int number, int count, List<Briefing> briefings, int first, int total)
            implements Route {
        public Home {
            briefings = List.copyOf(briefings);
        }
    }

    record BriefingPage(String path, String output, Briefing briefing) implements Route {
    }

    record PlainPage(String path, String output, Page page) implements Route {
    }

    /**
     * A page of the deal tracker: page {@code number} of {@code count} of one of its lists (every deal newest
     * first at {@code deals/}, other orders and filters in folders below it, each paginated as {@code page/N/}).
     * Exists only when there is at least one deal; the whole ledger's CSV and JSON downloads are the
     * {@link DealsData} site files, and each page's rows as JSON, for the script, its {@link DealsRows} file.
     */
    record Deals(String path, String output, DealList list, int number, int count) implements Route {
    }

    /**
     * The list of companies, when the site has {@code companies.yaml}: page {@code number} of {@code count}, with
     * {@code profiles}, the companies this page lists (in file order), from position {@code first} (from 0).
     */
    record Companies(String path, String output, int number, int count, List<CompanyProfile> profiles, int first)
            implements Route {
        public Companies {
            profiles = List.copyOf(profiles);
        }
    }

    /**
     * One company's page: every deal, figure and event about it across briefings, page {@code number} of
     * {@code count} (each page shows the next slice of each), page 1 at the company's URL.
     */
    record CompanyPage(String path, String output, CompanyProfile profile, int number, int count) implements Route {
    }

    /**
     * The search page: a form, a script that searches the {@link SearchIndex} as the reader types, and every entry of
     * the index listed by kind, so that without JavaScript nothing is lost. Every site has one.
     */
    record Search(String path, String output) implements Route {
    }

    /** GitHub Pages serves {@code 404.html} for any missing path, at any depth: its links must be absolute. */
    record NotFound(String path, String output) implements Route {
    }

    /** {@code sitemap.xml}: every HTML page but the 404 page, with absolute URLs. */
    record Sitemap(String path, String output) implements Route {
    }

    /** {@code robots.txt}: allows everything and names the sitemap. */
    record Robots(String path, String output) implements Route {
    }

    /** {@code deals/deals.csv} or {@code deals/deals.json}: the deal tracker's whole dataset as a download. */
    record DealsData(String path, String output, String format) implements Route {
    }

    /** {@code rows.json} beside a page of the deal tracker: that page's rows, which the tracker's script loads. */
    record DealsRows(String path, String output, Deals page) implements Route {
    }

    /**
     * {@code search/index.json}: the manifest of what the search page searches, with the index's shards and chunks
     * beside it in {@code search/s/} and {@code search/c/} (as many files as the index needs).
     */
    record SearchIndex(String path, String output) implements Route {
    }

    /** {@code feed.xml}: the Atom feed of the briefings, newest first. Exists only when there is a briefing. */
    record Feed(String path, String output) implements Route {
    }
}
