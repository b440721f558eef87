package briefing.engine;

import java.util.List;

/**
 * One memoised value: a query's value for one key, or an input's current revision. Guarded by its own monitor
 * while it is verified or computed, so two threads never compute one node at once; nodes are locked only from a
 * node to what it reads, never back, so there is no cycle to deadlock on.
 */
final class Node {

    /** What a node read, and when that had last changed as the node saw it. */
    record Dependency(Key key, long changedAt) {
    }

    /** A node's identity: the query (or input kind) and its key. */
    record Key(String query, Object key) {
    }

    final Key key;
    Object value;
    List<Dependency> dependencies = List.of();
    /** The revision at which the value was last computed to something new (equal values keep the older one). */
    long changedAt;
    /** The last revision at which the value was known to be current. */
    long verifiedAt = -1;
    /** The last revision that asked for it, directly or through a node that read it (for {@link Engine#sweep}). */
    volatile long usedAt;
    /** False until the first value: a node being made. */
    boolean present;

    Node(Key key) {
        this.key = key;
    }
}
