package briefing.engine;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one computation read, recorded as it reads: the files, folders and values it depends on and the other
 * nodes it asked for. Safe to use from the threads of a parallel stream inside the computation.
 */
public final class Reads {

    private final Engine engine;
    /** In the order first read; a node read twice is one dependency. */
    private final Map<Node.Key, Node.Dependency> dependencies = new LinkedHashMap<>();

    Reads(Engine engine) {
        this.engine = engine;
    }

    /** The revision of a file (its content hash): the computation depends on the file's bytes. */
    public ContentHash file(Path file) {
        return (ContentHash) read(engine.fileNode(file, false));
    }

    /**
     * The revision of a folder and everything under it (names, kinds and content hashes): the computation depends
     * on every file in it, and on which files there are.
     */
    public ContentHash folder(Path folder) {
        return (ContentHash) read(engine.fileNode(folder, true));
    }

    /** The value the build set for {@code input} at this revision. */
    @SuppressWarnings("unchecked")
    public <T> T value(Input<T> input) {
        return (T) read(engine.valueNode(input));
    }

    /** Another node's value, computed if it is not current. */
    public <K, V> V get(Query<K, V> query, K key, Compute<V> compute) {
        Node node = engine.node(query, key);
        V value = engine.current(node, compute);
        record(node);
        return value;
    }

    private Object read(Node node) {
        engine.verifyInput(node);
        Object value;
        synchronized (node) {
            value = node.value;
        }
        record(node);
        return value;
    }

    private void record(Node node) {
        long changedAt;
        synchronized (node) {
            changedAt = node.changedAt;
        }
        synchronized (dependencies) {
            dependencies.putIfAbsent(node.key, new Node.Dependency(node.key, changedAt));
        }
    }

    List<Node.Dependency> dependencies() {
        synchronized (dependencies) {
            return List.copyOf(dependencies.values());
        }
    }
}
