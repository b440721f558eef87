package briefing.check;

import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.render.OutputFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds internal links, images and stylesheets that point at nothing, anchors that do not exist, and root-relative
 * URLs that escape the base path (they would break on GitHub Pages under {@code /REPO/}). Runs on the files in
 * memory, before anything is written, so a broken link fails the build instead of reaching readers.
 */
public final class LinkChecker {

    private final String basePath;
    private final String shownOutput;

    /**
     * @param basePath    the site's base path ("/" or "/repo/")
     * @param shownOutput the output folder as shown in messages
     */
    public LinkChecker(String basePath, String shownOutput) {
        this.basePath = basePath;
        this.shownOutput = shownOutput;
    }

    public void check(List<OutputFile> files, Diagnostics problems) {
        Set<String> paths = new HashSet<>();
        files.forEach(f -> paths.add(f.path()));
        Map<String, Document> pages = new HashMap<>();
        for (OutputFile f : files) {
            if (f.path().endsWith(".html")) {
                pages.put(f.path(), Jsoup.parse(new String(f.bytes(), StandardCharsets.UTF_8)));
            }
        }
        Map<String, Set<String>> ids = new HashMap<>();
        pages.forEach((path, doc) -> {
            Set<String> found = new HashSet<>();
            doc.select("[id]").forEach(e -> found.add(e.id()));
            doc.select("a[name]").forEach(e -> found.add(e.attr("name")));
            ids.put(path, found);
        });
        pages.keySet().stream().sorted().forEach(path -> {
            for (Element e : pages.get(path).select("a[href], link[href], img[src], script[src]")) {
                String attr = e.hasAttr("href") ? "href" : "src";
                checkUrl(path, e.attr(attr), paths, ids, problems);
            }
        });
    }

    private void checkUrl(String page, String url, Set<String> paths, Map<String, Set<String>> ids,
                          Diagnostics problems) {
        SourceLocation at = SourceLocation.file(shownOutput + "/" + page);
        if (url.isEmpty() || url.startsWith("mailto:")) {
            return;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            problems.error(at, "malformed URL \"" + url + "\"", "percent-encode spaces and special characters");
            return;
        }
        if (uri.getScheme() != null || url.startsWith("//")) {
            return; // external; not ours to check offline
        }
        String fragment = uri.getRawFragment();
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        String target;
        if (path.isEmpty()) {
            target = page;
        } else if (path.startsWith("/")) {
            if (!path.startsWith(basePath)) {
                problems.error(at, "link \"" + url + "\" escapes the site's base path " + basePath,
                        "write links relative to the site, e.g. " + basePath + "about/");
                return;
            }
            target = path.substring(basePath.length());
        } else {
            String dir = page.contains("/") ? page.substring(0, page.lastIndexOf('/') + 1) : "";
            target = URI.create("/" + dir).resolve(path).getPath().substring(1);
        }
        target = URLDecoder.decode(target, StandardCharsets.UTF_8);
        String file = target.isEmpty() || target.endsWith("/") ? target + "index.html" : target;
        if (!paths.contains(file)) {
            if (paths.contains(file + "/index.html")) {
                file = file + "/index.html";
            } else {
                problems.error(at, "broken link \"" + url + "\": nothing is published at " + basePath + target,
                        "check the page or file name");
                return;
            }
        }
        if (fragment != null && !fragment.isEmpty() && ids.containsKey(file)
                && !ids.get(file).contains(URLDecoder.decode(fragment, StandardCharsets.UTF_8))) {
            problems.error(at, "broken anchor \"" + url + "\": " + basePath + target + " has no id \"" + fragment + "\"",
                    "headings get ids from their text; check the spelling");
        }
    }
}
