package briefing.engine;

/** Computes a node's value; everything it reads from files, values or other nodes goes through {@code reads}. */
@FunctionalInterface
public interface Compute<V> {
    V compute(Reads reads);
}
