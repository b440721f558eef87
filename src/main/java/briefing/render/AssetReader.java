package briefing.render;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the static files under {@code templates/assets/} (CSS, icons) so they are published under {@code assets/}. */
public final class AssetReader {

    public static final String FOLDER = "assets";

    public List<OutputFile> read(Path templatesDir) throws IOException {
        Path assets = templatesDir.resolve(FOLDER).toAbsolutePath().normalize();
        if (!Files.isDirectory(assets)) {
            return List.of();
        }
        Path root = templatesDir.toAbsolutePath().toRealPath();
        List<OutputFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.sorted().toList()) {
                if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root)) {
                        throw new IOException("asset is a link to outside the templates folder: " + file);
                    }
                    if (!Files.isRegularFile(file)) {
                        continue;
                    }
                }
                String relative = assets.relativize(file).toString().replace('\\', '/');
                files.add(new OutputFile(FOLDER + "/" + relative, Files.readAllBytes(file)));
            }
        }
        return files;
    }
}
