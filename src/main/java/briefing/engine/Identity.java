package briefing.engine;

/**
 * An object compared by identity, for inputs whose objects the engine itself keeps the same while they are
 * unchanged (a loaded briefing, a page's bytes): comparing them so costs nothing, where {@code equals} would walk
 * the whole value.
 */
public record Identity(Object object) {
    @Override
    public boolean equals(Object o) {
        return o instanceof Identity other && other.object == object;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(object);
    }
}
