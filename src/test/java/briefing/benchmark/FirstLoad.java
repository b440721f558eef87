package briefing.benchmark;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;

/**
 * What a reader downloads when a page of a built site first loads: the HTML, the stylesheets and scripts it links
 * ({@code <link rel="stylesheet">}, {@code <script src>}), raw and gzipped (level 6, as web servers commonly
 * serve), each file once. The deal tracker's script fetches nothing until the reader follows a link (its
 * browser test checks that), so its first load has no JSON; images are left out (the tracker's chart is an
 * {@code <img>} loaded lazily, and its bytes do not grow with the desk). Measured on the files the build wrote.
 */
final class FirstLoad {

    private static final Pattern ASSET = Pattern.compile(
            "<link rel=\"stylesheet\" href=\"([^\"]+)\"|<script src=\"([^\"]+)\"");

    /** One page's first load: the files and their bytes, raw and gzipped. */
    record Weight(String page, List<String> files, long raw, long gzip) {
        String line() {
            return String.format(Locale.ROOT, "%-28s %9.1f KB raw %8.1f KB gzip  (%s)", page, raw / 1024.0,
                    gzip / 1024.0, String.join(" + ", files));
        }
    }

    private FirstLoad() {
    }

    /**
     * Run alone on a built site: {@code java -cp target/bench-classes briefing.benchmark.FirstLoad SITE [PAGE...]};
     * without pages, the tracker, the largest company page and the list of companies.
     */
    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        List<String> pages = new ArrayList<>(List.of(args).subList(1, args.length));
        if (pages.isEmpty()) {
            pages.add("deals/index.html");
            String company = largestCompanyPage(site);
            if (company != null) {
                pages.add(company);
                pages.add("companies/index.html");
            }
        }
        for (String page : pages) {
            System.out.println(of(site, page).line());
        }
    }

    /** The first load of {@code page} (a path under {@code site}, e.g. {@code deals/index.html}). */
    static Weight of(Path site, String page) throws IOException {
        Path html = site.resolve(page);
        byte[] bytes = Files.readAllBytes(html);
        Set<Path> files = new LinkedHashSet<>(List.of(html));
        Matcher m = ASSET.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (m.find()) {
            files.add(file(site, m.group(1) != null ? m.group(1) : m.group(2)));
        }
        long raw = 0;
        long gzip = 0;
        List<String> names = new ArrayList<>();
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            raw += b.length;
            gzip += gzip(b);
            names.add(site.relativize(f) + " " + b.length);
        }
        return new Weight(page, names, raw, gzip);
    }

    /** The largest company page of the site, by its HTML's size; null without company pages. */
    static String largestCompanyPage(Path site) throws IOException {
        Path companies = site.resolve("companies");
        if (!Files.isDirectory(companies)) {
            return null;
        }
        try (Stream<Path> pages = Files.list(companies)) {
            return pages.map(p -> p.resolve("index.html")).filter(Files::isRegularFile)
                    .max(java.util.Comparator.comparingLong(p -> p.toFile().length()))
                    .map(p -> site.relativize(p).toString()).orElse(null);
        }
    }

    /** The file a site URL path names: the base path is whatever leading folders the output does not have. */
    private static Path file(Path site, String url) throws IOException {
        String path = url.replaceFirst("^https?://[^/]+", "").replaceFirst("[?#].*$", "");
        String[] parts = path.replaceFirst("^/", "").split("/");
        for (int skip = 0; skip < parts.length; skip++) {
            Path candidate = site.resolve(String.join("/", java.util.Arrays.copyOfRange(parts, skip, parts.length)));
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("no file in " + site + " for " + url);
    }

    private static long gzip(byte[] b) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream z = new GZIPOutputStream(out)) {
            z.write(b);
        }
        return out.size();
    }
}
