package briefing.site;

import briefing.content.Briefing;
import briefing.content.Page;
import briefing.desk.CompanyProfile;

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
     * The deal tracker: every deal with an amount of every briefing, in one table. Exists only when there is at
     * least one deal; its CSV and JSON downloads are the {@link DealsData} site files.
     */
    record Deals(String path, String output) implements Route {
    }

    /** The list of companies, when the site has {@code companies.yaml}. */
    record Companies(String path, String output) implements Route {
    }

    /** One company's page: every deal, figure and event about it across briefings. */
    record CompanyPage(String path, String output, CompanyProfile profile) implements Route {
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
