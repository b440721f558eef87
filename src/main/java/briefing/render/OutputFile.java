package briefing.render;

/** A file of the finished site, in memory until the writer puts it in place. */
public record OutputFile(String path, byte[] bytes) {
}
