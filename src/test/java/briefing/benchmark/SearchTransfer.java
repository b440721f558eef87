package briefing.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;

/**
 * What the search page's script (templates/assets/search.js) fetches for a query, worked out from a built site's
 * files the way the script does it: the manifest, the shards of the query's words, the chunks of the first results
 * shown. For the benchmark (bytes per query at 1,000 and 10,000 briefings, without a browser) and for tests, which
 * check in Chromium that the script fetches exactly these files and ranks the same way. Self-contained (Jackson
 * only), because the benchmark is compiled against the jar alone.
 */
public final class SearchTransfer {

    /** Results the script shows at first ({@code PAGE} in search.js). */
    public static final int PAGE = 10;
    /** {@code PREFIX_SHARDS} in search.js. */
    static final int PREFIX_SHARDS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    /**
     * One query: the files fetched (paths under the search folder, manifest first), the entries ranked (their
     * numbers, best first), and whether a common word's places were cut.
     */
    public record Query(String text, List<String> files, List<Integer> ranked, boolean capped) {
    }

    /** Bytes of a set of files, as stored and as gzip sends them (each file compressed on its own, level 6). */
    public record Bytes(long raw, long gzip) {
        Bytes plus(Bytes o) {
            return new Bytes(raw + o.raw, gzip + o.gzip);
        }
    }

    private final Function<String, byte[]> files;
    private final JsonNode manifest;
    private final List<String> keys = new ArrayList<>();
    private final Map<Integer, JsonNode> shards = new HashMap<>();
    private final Map<Integer, JsonNode> chunks = new HashMap<>();

    /** @param files the site's search folder: path (e.g. {@code s/3.json}) to bytes */
    public SearchTransfer(Function<String, byte[]> files) {
        this.files = files;
        this.manifest = read("index.json");
        manifest.get("shards").forEach(k -> keys.add(k.asText()));
    }

    /** The search folder of a built site. */
    public static SearchTransfer of(Path site) {
        Path folder = site.resolve("search");
        return new SearchTransfer(p -> {
            try {
                return Files.readAllBytes(folder.resolve(p));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    public JsonNode manifest() {
        return manifest;
    }

    /** Every entry of the index, in order, from its chunks. */
    public List<JsonNode> entries() {
        List<JsonNode> out = new ArrayList<>();
        int n = manifest.get("entries").asInt();
        for (int i = 0; i < n; i++) {
            out.add(entry(i));
        }
        return out;
    }

    public JsonNode entry(int number) {
        int size = manifest.get("chunk").asInt();
        return chunks.computeIfAbsent(number / size, c -> read("c/" + c + ".json")).get(number % size);
    }

    /** Text as the index compares it: decomposed, without combining marks, lower case; then its words. */
    public static List<String> words(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return NOT_WORD.splitAsStream(folded).filter(w -> !w.isEmpty()).toList();
    }

    private int shardOf(String word) {
        int lo = 0;
        int hi = keys.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (keys.get(mid).compareTo(word) <= 0) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    private record Plan(List<Integer> shards, boolean prefix) {
    }

    private Plan plan(String q) {
        int first = shardOf(q);
        int last = first;
        while (last + 1 < keys.size() && keys.get(last + 1).startsWith(q)) {
            last++;
        }
        if (last - first + 1 > PREFIX_SHARDS) {
            return new Plan(List.of(first), false);
        }
        List<Integer> shards = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            shards.add(i);
        }
        return new Plan(shards, true);
    }

    private record Match(double weight, int field, int length, boolean whole) {
    }

    /** The query as search.js runs it: the files it fetches to show its first {@code shown} results. */
    public Query query(String text, int shown) {
        List<String> query = words(text);
        Set<String> fetched = new LinkedHashSet<>();
        fetched.add("index.json");
        List<Map<Integer, Match>> matched = new ArrayList<>();
        boolean capped = false;
        for (String q : query) {
            Plan plan = plan(q);
            Map<Integer, Match> found = new HashMap<>();
            for (int s : plan.shards()) {
                fetched.add("s/" + s + ".json");
                JsonNode shard = shards.computeIfAbsent(s, x -> read("s/" + x + ".json"));
                for (Iterator<Map.Entry<String, JsonNode>> it = shard.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> w = it.next();
                    boolean whole = w.getKey().equals(q);
                    if (!whole && !(plan.prefix() && w.getKey().startsWith(q))) {
                        continue;
                    }
                    JsonNode list = w.getValue();
                    capped |= (list.size() - 1) / 2 < list.get(0).asInt();
                    int entry = 0;
                    for (int i = 1; i < list.size(); i += 2) {
                        entry += list.get(i).asInt();
                        int code = list.get(i + 1).asInt();
                        int field = code & 3;
                        double weight = (field == 3 ? 10 : field == 2 ? 6 : 2) / (whole ? 1.0 : 2.0);
                        Match before = found.get(entry);
                        if (before == null || weight > before.weight()
                                || (weight == before.weight() && (code >> 2) < before.length())) {
                            found.put(entry, new Match(weight, field, code >> 2, whole));
                        }
                    }
                }
            }
            matched.add(found);
        }
        List<Integer> ranked = rank(query, matched);
        for (int r : ranked.subList(0, Math.min(shown, ranked.size()))) {
            fetched.add("c/" + r / manifest.get("chunk").asInt() + ".json");
        }
        return new Query(text, List.copyOf(fetched), ranked, capped);
    }

    private record Ranked(int entry, int tier, double score, int length) {
    }

    private static List<Integer> rank(List<String> query, List<Map<Integer, Match>> matched) {
        if (matched.isEmpty()) {
            return List.of();
        }
        int distinct = new LinkedHashSet<>(query).size();
        List<Ranked> ranked = new ArrayList<>();
        entries:
        for (int entry : matched.get(0).keySet()) {
            double score = 0;
            boolean exact = true;
            boolean titled = true;
            int length = 0;
            for (Map<Integer, Match> m : matched) {
                Match x = m.get(entry);
                if (x == null) {
                    continue entries;
                }
                score += x.weight();
                titled &= x.field() == 3;
                exact &= x.field() == 3 && x.whole() && x.length() == distinct;
                length = Math.max(length, x.field() == 3 ? x.length() : 0);
            }
            ranked.add(new Ranked(entry, exact ? 0 : titled ? 1 : 2, score, length == 0 ? 999 : length));
        }
        ranked.sort(Comparator.comparingInt(Ranked::tier).thenComparing(Ranked::score, Comparator.reverseOrder())
                .thenComparingInt(Ranked::length).thenComparingInt(Ranked::entry));
        return ranked.stream().map(Ranked::entry).toList();
    }

    /** The bytes of files of the search folder. */
    public Bytes bytes(List<String> paths) {
        Bytes total = new Bytes(0, 0);
        for (String p : paths) {
            total = total.plus(bytesOf(files.apply(p)));
        }
        return total;
    }

    public static Bytes bytesOf(byte[] bytes) {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Bytes(bytes.length, gz.size());
    }

    private JsonNode read(String path) {
        try {
            return JSON.readTree(files.apply(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
