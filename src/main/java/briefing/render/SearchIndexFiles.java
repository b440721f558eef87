package briefing.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The search index as the files the search page's script fetches, so that a query downloads a small part of it
 * whatever the size of the site (as Pagefind does):
 * <ul>
 *   <li>{@code search/index.json}, the manifest: the kinds' labels, how many entries there are, and the first word
 *       (cut to the shortest prefix that tells it from the word before) of each shard;</li>
 *   <li>{@code search/s/N.json}, the shards: every word of the index in sorted order, cut into runs of about
 *       {@link #SHARD_CHARS} characters; for each word, where it occurs (entry number and field);</li>
 *   <li>{@code search/c/N.json}, the chunks: what a result shows (kind, title, URL, snippet, page, date) for
 *       {@link #CHUNK} entries at a time, fetched only for the results on screen.</li>
 * </ul>
 * Entries are numbered in the index's order (by kind, then content order), which is also the order of results that
 * rank the same. The script fetches every file with {@code ?v=} and a hash of all of them, so a browser that cached
 * files of an older build never mixes them with a newer manifest. Jackson escapes every string, and no file is part
 * of an HTML page, so no text in them can become markup.
 */
final class SearchIndexFiles {

    /** The format's version: raise it when a field changes meaning. */
    static final int VERSION = 2;

    /** Entries per chunk file: a result costs one small file, and neighbours (one briefing's parts) share it. */
    static final int CHUNK = 16;

    /**
     * The most places kept per word: a word in most of 100,000 entries would otherwise weigh a megabyte. The best
     * places are kept (titles and names before other text, short titles first), and the shard says how many there
     * are in all, so the page can say the results are the best ones of more.
     */
    static final int POSTINGS = 2000;

    /** About how long a shard is, in characters of JSON, before the next word starts a new one. */
    static final int SHARD_CHARS = 24 * 1024;

    /** Where a word occurs: a title or name (its whole text may be the query), a keyword, or the rest of the text. */
    static final int TITLE = 3;
    static final int KEYWORD = 2;
    static final int BODY = 1;

    private static final ObjectMapper JSON = new ObjectMapper();

    private SearchIndexFiles() {
    }

    /**
     * The files of the index, at paths under {@code folder} (the folder of the manifest, e.g. {@code search/}), the
     * manifest first.
     */
    static List<OutputFile> files(List<SearchIndexer.Group> groups, String folder) {
        List<SearchIndexer.Entry> entries = new ArrayList<>();
        List<SearchIndexer.Kind> kinds = new ArrayList<>();
        for (SearchIndexer.Group g : groups) {
            for (SearchIndexer.Entry e : g.entries()) {
                entries.add(e);
                kinds.add(g.kind());
            }
        }
        TreeMap<String, Places> words = words(entries, kinds);
        List<OutputFile> out = new ArrayList<>();
        MessageDigest hash = sha256();

        // Shards: consecutive words, each as "word":[total, first entry, code, entry delta, code, ...].
        List<String> keys = new ArrayList<>();
        StringBuilder shard = new StringBuilder();
        String previous = null;
        for (Map.Entry<String, Places> w : words.entrySet()) {
            String json = quote(w.getKey()) + ":" + w.getValue().json();
            if (shard.length() > 0 && shard.length() + 1 + json.length() > SHARD_CHARS) {
                out.add(file(folder + "s/" + (keys.size() - 1) + ".json", "{" + shard + "}\n", hash));
                shard.setLength(0);
            }
            if (shard.length() == 0) {
                keys.add(previous == null ? "" : key(previous, w.getKey()));
            } else {
                shard.append(',');
            }
            shard.append(json);
            previous = w.getKey();
        }
        if (shard.length() > 0 || keys.isEmpty()) {
            if (keys.isEmpty()) {
                keys.add("");
            }
            out.add(file(folder + "s/" + (keys.size() - 1) + ".json", "{" + shard + "}\n", hash));
        }

        // Chunks: what each result shows.
        for (int first = 0; first < entries.size() || first == 0; first += CHUNK) {
            StringBuilder chunk = new StringBuilder("[");
            for (int i = first; i < Math.min(first + CHUNK, entries.size()); i++) {
                chunk.append(i == first ? "\n" : ",\n").append(write(shown(kinds.get(i), entries.get(i))));
            }
            out.add(file(folder + "c/" + first / CHUNK + ".json", chunk.append("\n]\n").toString(), hash));
        }

        ObjectNode manifest = JSON.createObjectNode();
        manifest.put("version", VERSION);
        manifest.put("v", HexFormat.of().formatHex(hash.digest()).substring(0, 12));
        ObjectNode labels = manifest.putObject("kinds");
        groups.forEach(g -> labels.put(g.kind().id(), g.kind().label()));
        manifest.put("entries", entries.size());
        manifest.put("chunk", CHUNK);
        keys.forEach(manifest.putArray("shards")::add);
        out.add(0, new OutputFile(folder + "index.json",
                (write(manifest) + "\n").getBytes(StandardCharsets.UTF_8)));
        return List.copyOf(out);
    }

    /**
     * The shortest start of {@code word} that sorts after {@code before} (which sorts before it): the key of a shard
     * whose first word is {@code word}. Cut between code points, never inside a surrogate pair.
     */
    static String key(String before, String word) {
        int end = 0;
        while (end < word.length()) {
            end += Character.charCount(word.codePointAt(end));
            if (word.substring(0, end).compareTo(before) > 0) {
                break;
            }
        }
        return word.substring(0, end);
    }

    /** The places of each word of the entries, by word in sorted order (UTF-16 order, as JavaScript compares). */
    static TreeMap<String, Places> words(List<SearchIndexer.Entry> entries, List<SearchIndexer.Kind> kinds) {
        TreeMap<String, Places> words = new TreeMap<>();
        for (int i = 0; i < entries.size(); i++) {
            SearchIndexer.Entry e = entries.get(i);
            // The best place of each word in this entry: the highest field, then the shortest phrase.
            Map<String, Integer> best = new HashMap<>();
            List<String> title = SearchIndexer.words(e.title());
            title.forEach(w -> keep(best, w, TITLE, title.size()));
            // A company's aliases are its names; other keywords (a briefing's tags) are keywords.
            int field = kinds.get(i).id().equals("company") ? TITLE : KEYWORD;
            for (String k : e.keywords()) {
                List<String> phrase = SearchIndexer.words(k);
                phrase.forEach(w -> keep(best, w, field, phrase.size()));
            }
            for (String text : new String[] {e.text(), e.date(), e.words()}) {
                SearchIndexer.words(text).forEach(w -> keep(best, w, BODY, 0));
            }
            int entry = i;
            best.forEach((w, code) -> words.computeIfAbsent(w, x -> new Places()).add(entry, code));
        }
        return words;
    }

    /** A place's code: {@code field + 4 * length}, length being the word count of its title or name (0 in text). */
    private static void keep(Map<String, Integer> best, String word, int field, int length) {
        int code = field + 4 * Math.min(length, 255);
        best.merge(word, code, (a, b) -> rank(a) <= rank(b) ? a : b);
    }

    /** Smaller is better: a higher field, then a shorter title. */
    private static int rank(int code) {
        return (3 - (code & 3)) * 1024 + (code >> 2);
    }

    /** Where one word occurs, as (entry, code) pairs in entry order, packed in longs. */
    static final class Places {
        private long[] places = new long[4];
        private int size;

        void add(int entry, int code) {
            if (size == places.length) {
                places = Arrays.copyOf(places, size * 2);
            }
            places[size++] = ((long) entry << 32) | code;
        }

        int size() {
            return size;
        }

        /**
         * {@code [total, first entry, code, entry - previous entry, code, ...]}: the best {@link #POSTINGS} places
         * (a stable sort by rank keeps entry order among equals), in entry order.
         */
        String json() {
            long[] kept = Arrays.copyOf(places, size);
            if (size > POSTINGS) {
                Long[] boxed = new Long[size];
                for (int i = 0; i < size; i++) {
                    boxed[i] = kept[i];
                }
                Arrays.sort(boxed, java.util.Comparator.comparingInt(p -> rank((int) (long) p)));
                kept = new long[POSTINGS];
                for (int i = 0; i < POSTINGS; i++) {
                    kept[i] = boxed[i];
                }
                Arrays.sort(kept); // by entry: the entry is the high half
            }
            StringBuilder out = new StringBuilder().append('[').append(size);
            int previous = 0;
            for (long p : kept) {
                int entry = (int) (p >>> 32);
                out.append(',').append(entry - previous).append(',').append((int) p);
                previous = entry;
            }
            return out.append(']').toString();
        }
    }

    /** What a result shows: the fields of the entry but its words and keywords, which only matter for matching. */
    private static ObjectNode shown(SearchIndexer.Kind kind, SearchIndexer.Entry e) {
        ObjectNode node = JSON.createObjectNode();
        node.put("kind", kind.id());
        node.put("title", e.title());
        node.put("url", e.url());
        putIfPresent(node, "text", e.text());
        putIfPresent(node, "in", e.in());
        putIfPresent(node, "date", e.date());
        return node;
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null && !value.isEmpty()) {
            node.put(field, value);
        }
    }

    private static OutputFile file(String path, String text, MessageDigest hash) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        hash.update(path.getBytes(StandardCharsets.UTF_8));
        hash.update((byte) 0);
        hash.update(bytes);
        return new OutputFile(path, bytes);
    }

    private static String quote(String word) {
        return write(JSON.getNodeFactory().textNode(word));
    }

    private static String write(Object node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree always serialises", e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
