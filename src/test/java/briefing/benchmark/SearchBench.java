package briefing.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark's search figures: for a built site, the bytes a reader's browser transfers for a query, as
 * {@link SearchTransfer} works out what the search page's script fetches (the manifest, the shards of the query's
 * words, the chunks of the first results shown), plus the search page and its script; raw and gzipped (each file on
 * its own, as a server sends it). SearchBrowserTest checks in Chromium that the script fetches exactly these files.
 */
final class SearchBench {

    /** Queries on the synthetic desk: an investor, a company of two words, two common words, a company, a noun. */
    static final List<String> DESK_QUERIES = List.of("northwind", "helix cloud", "strategic partnership", "quartz",
            "regulator");
    static final List<String> REAL_QUERIES = List.of("softbank", "amazon openai", "regulatory questions");

    /** One query's transfer. */
    record Row(String site, int n, String query, int results, int shards, int chunks, long indexRaw, long indexGzip,
               long raw, long gzip) {
    }

    private SearchBench() {
    }

    static List<Row> measure(String site, int n, Path out, List<String> queries) throws IOException {
        SearchTransfer transfer = SearchTransfer.of(out);
        SearchTransfer.Bytes page = SearchTransfer.bytesOf(Files.readAllBytes(out.resolve("search/index.html")));
        SearchTransfer.Bytes script = SearchTransfer.bytesOf(Files.readAllBytes(out.resolve("assets/search.js")));
        List<Row> rows = new ArrayList<>();
        for (String q : queries) {
            SearchTransfer.Query query = transfer.query(q, SearchTransfer.PAGE);
            SearchTransfer.Bytes index = transfer.bytes(query.files());
            rows.add(new Row(site, n, q, query.ranked().size(),
                    (int) query.files().stream().filter(f -> f.startsWith("s/")).count(),
                    (int) query.files().stream().filter(f -> f.startsWith("c/")).count(), index.raw(), index.gzip(),
                    index.raw() + page.raw() + script.raw(), index.gzip() + page.gzip() + script.gzip()));
        }
        return rows;
    }

    static String table(List<Row> rows) {
        StringBuilder t = new StringBuilder(String.format(Locale.ROOT,
                "%nsearch: bytes transferred for one query (search page + search.js + manifest + shards + chunks of"
                        + " the first %d results)%n%-26s %6s %-22s %8s %6s %6s %11s %10s %11s %10s%n",
                SearchTransfer.PAGE, "case", "N", "query", "results", "shards", "chunks", "index raw", "index gz",
                "total raw", "total gz"));
        for (Row r : rows) {
            t.append(String.format(Locale.ROOT, "%-26s %6s %-22s %8d %6d %6d %11d %10d %11d %10d%n", r.site(),
                    r.n() > 0 ? Integer.toString(r.n()) : "-", r.query(), r.results(), r.shards(), r.chunks(),
                    r.indexRaw(), r.indexGzip(), r.raw(), r.gzip()));
        }
        return t.toString();
    }

    static String json(List<Row> rows) {
        return rows.stream().map(r -> String.format(Locale.ROOT, "    {\"case\": \"%s\", \"n\": %d, \"query\": \"%s\","
                        + " \"results\": %d, \"shards\": %d, \"chunks\": %d, \"index_bytes\": %d, \"index_gzip_bytes\": "
                        + "%d, \"total_bytes\": %d, \"total_gzip_bytes\": %d}", r.site(), r.n(), r.query(), r.results(),
                r.shards(), r.chunks(), r.indexRaw(), r.indexGzip(), r.raw(), r.gzip()))
                .collect(Collectors.joining(",\n", "[\n", "\n  ]"));
    }

    /** Run alone on a built site: {@code java -cp ... briefing.benchmark.SearchBench SITE [query...]}. */
    public static void main(String[] args) throws IOException {
        Path site = Path.of(args[0]);
        List<String> queries = args.length > 1 ? List.of(args).subList(1, args.length) : DESK_QUERIES;
        System.out.print(table(measure(site.toString(), -1, site, queries)));
    }
}
