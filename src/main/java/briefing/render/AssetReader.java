package briefing.render;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Reads the static files under {@code templates/assets/} (CSS, icons) so they are published under {@code assets/}. */
public final class AssetReader {

    public static final String FOLDER = "assets";

    /**
     * @param templatesShown the templates folder as shown in messages
     * @throws BuildFailedException for an asset that cannot be read or links to outside the templates folder
     */
    public List<OutputFile> read(Path templatesDir, String templatesShown) throws BuildFailedException {
        Path assets = templatesDir.resolve(FOLDER).toAbsolutePath().normalize();
        if (!Files.isDirectory(assets)) {
            return List.of();
        }
        Diagnostics problems = new Diagnostics();
        List<OutputFile> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(assets)) {
            Path root = templatesDir.toAbsolutePath().toRealPath();
            for (Path file : walk.sorted().toList()) {
                String relative = assets.relativize(file).toString().replace('\\', '/');
                SourceLocation at = SourceLocation.file(templatesShown + "/" + FOLDER + "/" + relative);
                try {
                    if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(root)) {
                        problems.error(at, "asset is a link to a file outside the templates folder",
                                "copy the file into templates/assets/");
                        continue;
                    }
                    if (Files.isRegularFile(file)) {
                        files.add(new OutputFile(FOLDER + "/" + relative, Files.readAllBytes(file)));
                    }
                } catch (IOException e) {
                    problems.error(at, "cannot read asset: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.error(SourceLocation.file(templatesShown + "/" + FOLDER), "cannot list assets: " + e.getMessage());
        }
        problems.throwIfErrors();
        return files;
    }
}
