package briefing.engine;

/**
 * A kind of derived value, named for messages and counts: the briefing loaded from a folder, a chart drawn from a
 * spec, a page rendered from its inputs. A node of the engine is a query with one key.
 *
 * @param <K> what the value is derived from, besides the inputs it reads (compared with {@code equals})
 * @param <V> the value
 */
public record Query<K, V>(String name) {
}
