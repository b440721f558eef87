package briefing.engine;

/**
 * A value the build sets from outside the engine at each revision (see {@link Engine#set}), such as the list of
 * every briefing's summary: nodes that read it depend on it like on a file.
 */
public record Input<T>(String name) {
}
