package briefing.check;

import briefing.content.LinkRef;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.render.OutputFile;
import briefing.site.Route;
import briefing.site.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds internal links, images and stylesheets that point at nothing, anchors that do not exist, and root-relative
 * URLs that escape the base path (they would break on GitHub Pages under {@code /REPO/}). Runs on the files in
 * memory, before anything is written, so a broken link fails the build instead of reaching readers. Links an
 * editor wrote in Markdown are reported at their line in the Markdown; the rest (from templates) at the page.
 */
public final class LinkChecker {

    private final String basePath;
    private final String shownOutput;
    private final Scans scans;

    /**
     * @param basePath    the site's base path ("/" or "/repo/")
     * @param shownOutput the output folder as shown in messages
     */
    public LinkChecker(String basePath, String shownOutput) {
        this(basePath, shownOutput, new Scans());
    }

    /** @param scans pages scanned by earlier checks, reused for a page whose bytes are the same array */
    public LinkChecker(String basePath, String shownOutput, Scans scans) {
        this.basePath = basePath;
        this.shownOutput = shownOutput;
        this.scans = scans;
    }

    /**
     * The scans of the previous check, by the page's bytes (the array itself: rendering hands back the same array
     * for a page it did not render again, and arrays are never changed once rendered). Kept across the builds of
     * one pipeline, as in {@code serve}; holds just the last check's pages.
     */
    public static final class Scans {
        private Map<Object, Scanned> previous = Map.of();
        /** What the last check checked links against, and each page's findings then. */
        private Universe universe;
        private Map<String, PageFindings> findings = Map.of();

        private synchronized Map<Object, Scanned> previous() {
            return previous;
        }

        private synchronized void keep(Map<Object, Scanned> now) {
            previous = now;
        }

        private synchronized Map<String, PageFindings> findingsIn(Universe now) {
            return now.equals(universe) ? findings : Map.of();
        }

        private synchronized void keep(Universe now, Map<String, PageFindings> found) {
            universe = now;
            findings = found;
        }
    }

    /**
     * Everything a page's findings depend on besides the page itself: the published files and every page's ids
     * (and how findings name the site). While it is unchanged, a page scanned as before has the same findings.
     */
    private record Universe(String basePath, String shownOutput, Set<String> paths, Map<String, Set<String>> ids) {
    }

    /** One page's findings, and the scan and Markdown links they came from. */
    private record PageFindings(Scanned scanned, List<LinkRef> links, List<Diagnostic> found) {
    }

    /** A byte array as a key, compared by identity. */
    private record Bytes(byte[] bytes) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Bytes other && other.bytes == bytes;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(bytes);
        }
    }

    /** A broken URL: what is wrong and how to fix it. */
    private record Problem(String message, String hint) {
    }

    /** What the check needs of a page: its ids and the URLs it points at, not its whole DOM. */
    record Scanned(Set<String> ids, List<String> urls) {
    }

    public void check(Site site, List<OutputFile> files, Diagnostics problems) {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        // Pages are parsed in parallel and each DOM is dropped once scanned: at 10,000 pages, holding them all
        // cost gigabytes. The findings are reported in sorted page order, so the output does not depend on it.
        Map<Object, Scanned> before = scans.previous();
        Map<Object, Scanned> now = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, Scanned> pages = files.parallelStream()
                .filter(f -> f.path().endsWith(".html"))
                .collect(java.util.stream.Collectors.toConcurrentMap(OutputFile::path, f -> {
                    Bytes key = new Bytes(f.bytes());
                    Scanned scanned = before.get(key);
                    if (scanned == null) {
                        scanned = scan(f);
                    }
                    now.put(key, scanned);
                    return scanned;
                }));
        scans.keep(Map.copyOf(now));
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, scanned) -> ids.put(path, scanned.ids()));
        Map<String, List<LinkRef>> written = markdownLinks(site);
        // A page whose scan is the previous build's, checked against the same files and ids, has the same findings
        // (in serve, most pages): only pages rendered again, or all when a page or an id came or went, are checked.
        Universe universe = new Universe(basePath, shownOutput, paths, ids);
        Map<String, PageFindings> before2 = scans.findingsIn(universe);
        Map<String, PageFindings> found = new HashMap<>();
        pages.keySet().stream().sorted().forEach(path -> {
            Scanned scanned = pages.get(path);
            List<LinkRef> links = written.getOrDefault(path, List.of());
            PageFindings last = before2.get(path);
            List<Diagnostic> findings = last != null && last.scanned() == scanned && last.links().equals(links)
                    ? last.found() : check(path, scanned, links, paths, ids);
            found.put(path, new PageFindings(scanned, links, findings));
            problems.addAll(findings);
        });
        scans.keep(universe, found);
    }

    private List<Diagnostic> check(String path, Scanned scanned, List<LinkRef> links, Set<String> paths,
                                   Map<String, Set<String>> ids) {
        List<Diagnostic> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (LinkRef link : links) {
            check(path, link.published(), paths, ids).ifPresent(p -> {
                findings.add(Diagnostic.error(link.location(),
                        p.message().replace(quote(link.published()), quote(link.written())), p.hint()));
                reported.add(link.published());
            });
        }
        for (String url : scanned.urls()) {
            if (!reported.contains(url)) {
                check(path, url, paths, ids).ifPresent(p -> findings.add(Diagnostic.error(
                        SourceLocation.file(shownOutput + "/" + path), p.message(), p.hint())));
            }
        }
        return List.copyOf(findings);
    }

    private static Scanned scan(OutputFile file) {
        Scanned fast = PageScanner.scan(file.bytes());
        return fast != null ? fast : parse(file.bytes());
    }

    /** The same as {@link PageScanner#scan}, for any HTML: jsoup's DOM, as a browser would build it. */
    static Scanned parse(byte[] html) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        Set<String> found = new HashSet<>();
        doc.select("[id]").forEach(e -> found.add(e.id()));
        doc.select("a[name]").forEach(e -> found.add(e.attr("name")));
        List<String> urls = new java.util.ArrayList<>();
        for (Element e : doc.select("a[href], link[href], img[src], script[src]")) {
            urls.add(e.attr(e.hasAttr("href") ? "href" : "src"));
        }
        return new Scanned(found, urls);
    }

    /** The Markdown links of each page, by the page's output file. */
    private static Map<String, List<LinkRef>> markdownLinks(Site site) {
        Map<String, List<LinkRef>> links = new HashMap<>();
        for (Route route : site.routes()) {
            if (route instanceof Route.BriefingPage b) {
                links.put(route.output(), b.briefing().body().links());
            } else if (route instanceof Route.PlainPage p) {
                links.put(route.output(), p.page().links());
            }
        }
        return links;
    }

    private static String quote(String url) {
        return "\"" + url + "\"";
    }

    /**
     * Where a URL leads: nowhere we check (external, mailto), a problem, or a published file with the fragment
     * (raw, and decoded to compare with ids).
     */
    private record Resolved(Problem problem, String file, String target, String fragment, String decodedFragment) {
        static final Resolved UNCHECKED = new Resolved(null, null, null, null, null);

        static Resolved problem(String message, String hint) {
            return new Resolved(new Problem(message, hint), null, null, null, null);
        }
    }

    /**
     * Resolutions of this check, by what they depend on: a URL with only a fragment or query on its page, a
     * root-relative one on nothing else, a relative one on its page's folder. Pages share most of their links
     * (navigation, assets, the home page), so most are resolved once.
     */
    private final Map<String, Resolved> resolved = new java.util.concurrent.ConcurrentHashMap<>();

    private Optional<Problem> check(String page, String url, Set<String> paths, Map<String, Set<String>> ids) {
        if (url.isEmpty() || url.startsWith("mailto:")) {
            return Optional.empty();
        }
        char first = url.charAt(0);
        String key = first == '#' || first == '?' ? page + "\n" + url
                : first == '/' ? url : page.substring(0, page.lastIndexOf('/') + 1) + "\n" + url;
        Resolved r = resolved.get(key);
        if (r == null) {
            r = resolve(page, url, paths);
            resolved.put(key, r);
        }
        if (r.problem() != null) {
            return Optional.of(r.problem());
        }
        if (r.file() != null && r.fragment() != null && !r.fragment().isEmpty() && ids.containsKey(r.file())
                && !ids.get(r.file()).contains(r.decodedFragment())) {
            return Optional.of(new Problem("broken anchor " + quote(url) + ": " + basePath + r.target()
                    + " has no id \"" + r.fragment() + "\"", "headings get ids from their text; check the spelling"));
        }
        return Optional.empty();
    }

    private Resolved resolve(String page, String url, Set<String> paths) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Resolved.problem("malformed URL " + quote(url), "percent-encode spaces and special characters");
        }
        if (uri.getScheme() != null || url.startsWith("//")) {
            return Resolved.UNCHECKED; // external; not ours to check offline
        }
        String fragment = uri.getRawFragment();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String target;
        if (path.isEmpty()) {
            target = page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
        } else if (path.startsWith("/")) {
            path = URI.create(path).normalize().getRawPath();
            if (!path.startsWith(basePath)) {
                return Resolved.problem("link " + quote(url) + " escapes the site's base path " + basePath,
                        "write links relative to the site, e.g. " + basePath + "about/");
            }
            target = path.substring(basePath.length());
        } else {
            String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
            String resolvedPath = URI.create("/" + dir).resolve(path).getRawPath();
            if (resolvedPath.startsWith("/..")) {
                return Resolved.problem("link " + quote(url) + " climbs out of the site", "remove the extra ../");
            }
            target = resolvedPath.substring(1);
        }
        // Decoded once, as a path: the raw forms above keep "%2F" and "%25" from changing what is resolved.
        target = UrlPath.decode(target);
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        if (!paths.contains(file)) {
            if (paths.contains(file + "/index.html")) {
                file = file + "/index.html";
            } else {
                return Resolved.problem("broken link " + quote(url) + ": nothing is published at " + basePath
                        + target, "check the page or file name");
            }
        }
        String decoded = fragment == null || fragment.isEmpty() ? fragment
                : UrlPath.decode(fragment);
        return new Resolved(null, file, target, fragment, decoded);
    }
}
