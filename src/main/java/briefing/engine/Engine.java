package briefing.engine;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Demand-driven incremental computation, in the manner of Salsa and Bazel: each derived value is a node memoised
 * with what it read (files and folders by their content hash, values the build set, other nodes) and when each of
 * those had last changed. A build starts a revision ({@link #newRevision}) and asks for its outputs; a node whose
 * dependencies are all unchanged is reused as it is (green), otherwise it is computed again (red). A node computed
 * again to a value equal to its old one keeps the old object and its old change revision, so what read it stays
 * green too, and objects compared by identity further on (a briefing, a page's bytes) stay the same objects.
 *
 * <p>Exact, not heuristic: files are compared by content hash, not by time (see {@link FileRevisions} for the one
 * shortcut, and when it is not taken). Nodes nothing asked for during a revision are dropped by {@link #sweep}.
 * Thread-safe: a node is computed by one thread at a time; the computations of different nodes run in parallel.
 */
public final class Engine {

    private static final String FILE = "file";
    private static final String FOLDER = "folder";
    private static final String VALUE = "value";

    private final Map<Node.Key, Node> nodes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> computed = new ConcurrentHashMap<>();
    private final FileRevisions files = new FileRevisions();
    /** Folders whose revision was taken outside any node ({@link #folderRevision}): kept by {@link #sweep}. */
    private final java.util.Set<Path> roots = ConcurrentHashMap.newKeySet();
    private volatile long revision = 1;

    /** Starts a revision: files and folders are looked at again the first time something reads them. */
    public synchronized long newRevision() {
        return ++revision;
    }

    public long revision() {
        return revision;
    }

    /** Sets an input value for this revision; nodes that read it are stale only if it is not equal to the last. */
    public <T> void set(Input<T> input, T value) {
        Node node = nodes.computeIfAbsent(new Node.Key(VALUE, input.name()), Node::new);
        synchronized (node) {
            if (!node.present || !same(node.value, value)) {
                node.value = value;
                node.changedAt = revision;
                node.present = true;
            }
            node.verifiedAt = revision;
            node.usedAt = revision;
        }
    }

    /** The current value of a node, computed with {@code compute} unless what it read last time is unchanged. */
    public <K, V> V get(Query<K, V> query, K key, Compute<V> compute) {
        return current(node(query, key), compute);
    }

    /** How many times nodes of {@code query} were computed (not reused) since this engine was made. */
    public long computed(Query<?, ?> query) {
        AtomicLong count = computed.get(query.name());
        return count == null ? 0 : count.get();
    }

    /** How many nodes are memoised now, by query (inputs as "file", "folder" and "value"), in name order. */
    public Map<String, Integer> sizes() {
        Map<String, Integer> sizes = new TreeMap<>();
        nodes.keySet().forEach(k -> sizes.merge(k.query(), 1, Integer::sum));
        return sizes;
    }

    /**
     * Forgets every node that the current revision did not ask for, directly or through a node that read it: a
     * removed briefing, a page no longer in the site, a chart whose spec changed. Call it after a whole build.
     */
    public void sweep() {
        long now = revision;
        nodes.values().removeIf(node -> node.usedAt < now);
        List<Path> kept = new java.util.ArrayList<>(roots);
        nodes.keySet().stream().filter(k -> k.query().equals(FILE) || k.query().equals(FOLDER))
                .forEach(k -> kept.add((Path) k.key()));
        files.retain(kept);
    }

    /**
     * The revision of a folder and everything under it now, taken outside any node: for the record of a whole
     * build that tells the next process nothing changed (see {@link #exportRevisions}). Each call looks again.
     */
    public ContentHash folderRevision(Path folder) {
        Path at = folder.toAbsolutePath().normalize();
        roots.add(at);
        return files.revision(at, true);
    }

    /**
     * What the revisions of the files under {@code folders} were taken from (their attributes and hashes), for
     * {@link #restoreRevisions} in the next process: it then takes an unchanged folder's revision from file
     * attributes alone, without reading the files, as git does with its index.
     */
    public byte[] exportRevisions(Collection<Path> folders) {
        return files.export(folders);
    }

    /** How many times a file was read and hashed (not known from its attributes) since this engine was made. */
    public long filesHashed() {
        return files.hashed();
    }

    /** Takes in what {@link #exportRevisions} gave; a table it cannot read is ignored (files are read again). */
    public void restoreRevisions(byte[] table) {
        files.restore(table);
    }

    <K, V> Node node(Query<K, V> query, K key) {
        Objects.requireNonNull(key, "key");
        return nodes.computeIfAbsent(new Node.Key(query.name(), key), Node::new);
    }

    Node fileNode(Path path, boolean folder) {
        return nodes.computeIfAbsent(new Node.Key(folder ? FOLDER : FILE, path.toAbsolutePath().normalize()),
                Node::new);
    }

    Node valueNode(Input<?> input) {
        Node node = nodes.get(new Node.Key(VALUE, input.name()));
        if (node == null) {
            throw new IllegalStateException("input " + input.name() + " was read before it was set");
        }
        return node;
    }

    @SuppressWarnings("unchecked")
    <V> V current(Node node, Compute<V> compute) {
        synchronized (node) {
            node.usedAt = revision;
            if (node.present && verify(node)) {
                return (V) node.value;
            }
            long at = revision;
            Reads reads = new Reads(this);
            V value = compute.compute(reads);
            computed.computeIfAbsent(node.key.query(), q -> new AtomicLong()).incrementAndGet();
            if (!node.present || !same(node.value, value)) {
                node.value = value;
                node.changedAt = at;
            }
            node.dependencies = reads.dependencies();
            node.present = true;
            node.verifiedAt = at;
            return (V) node.value;
        }
    }

    /** Brings an input node to this revision: a file or folder is hashed again (once per revision). */
    void verifyInput(Node node) {
        synchronized (node) {
            node.usedAt = revision;
            if (node.verifiedAt == revision || node.key.query().equals(VALUE)) {
                return;
            }
            ContentHash hash = files.revision((Path) node.key.key(), node.key.query().equals(FOLDER));
            if (!node.present || !hash.equals(node.value)) {
                node.value = hash;
                node.changedAt = revision;
                node.present = true;
            }
            node.verifiedAt = revision;
        }
    }

    /**
     * Whether a node's value is current: it was verified in this revision, or everything it read is current and
     * has not changed since it read it. The caller holds the node's monitor.
     */
    private boolean verify(Node node) {
        if (node.verifiedAt == revision) {
            return true;
        }
        for (Node.Dependency dependency : node.dependencies) {
            Node read = nodes.get(dependency.key());
            if (read == null) {
                return false; // swept: what it was is unknown
            }
            synchronized (read) {
                read.usedAt = revision;
                if (isInput(read)) {
                    verifyInput(read);
                } else if (!read.present || !verify(read)) {
                    return false;
                }
                if (read.changedAt != dependency.changedAt()) {
                    return false;
                }
            }
        }
        node.verifiedAt = revision;
        return true;
    }

    private static boolean isInput(Node node) {
        String kind = node.key.query();
        return kind.equals(FILE) || kind.equals(FOLDER) || kind.equals(VALUE);
    }

    private static boolean same(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        return Objects.equals(a, b);
    }
}
