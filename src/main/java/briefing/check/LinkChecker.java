package briefing.check;

import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.Diagnostics;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Finds internal links, images and stylesheets that point at nothing, anchors that do not exist, and root-relative
 * URLs that escape the base path (they would break on GitHub Pages under {@code /REPO/}). Checks the
 * {@link LinkTable} of the files in memory, before anything is written, so a broken link fails the build instead of
 * reaching readers. Links an editor wrote in Markdown are reported at their line in the Markdown; the rest (from
 * templates) at the page.
 */
public final class LinkChecker {

    private final String basePath;

    /** @param basePath the site's base path ("/" or "/repo/") */
    public LinkChecker(String basePath) {
        this.basePath = basePath;
    }

    /** A broken URL: what is wrong and how to fix it. */
    private record Problem(String message, String hint) {
    }

    /** Reports every broken link of the table, page by page in sorted order, each page's in its order. */
    public void check(LinkTable table, Diagnostics problems) {
        Map<String, Set<String>> ids = new HashMap<>();
        table.pages().forEach((path, page) -> ids.put(path, page.anchors()));
        table.pages().keySet().stream().sorted().forEach(path -> problems.addAll(check(path,
                table.pages().get(path), table.files(), ids)));
    }

    /** The findings of one page of the table. */
    public List<Diagnostic> check(String path, PageLinks page, Set<String> files, Map<String, Set<String>> ids) {
        List<Diagnostic> findings = new ArrayList<>();
        for (PageLinks.Link link : page.links()) {
            check(path, link.url(), files, ids).ifPresent(p -> findings.add(Diagnostic.error(link.location(),
                    p.message().replace(quote(link.url()), quote(link.written())), p.hint())));
        }
        return List.copyOf(findings);
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
