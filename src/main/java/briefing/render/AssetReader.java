package briefing.render;

import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostics;
import briefing.diagnostic.SourceLocation;
import briefing.source.SourceReader;

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
        // The source reader's check, confined to the templates folder: a link leading out of it, a broken link
        // or a FIFO is refused before it is read.
        SourceReader confined = new SourceReader(templatesDir, 0).within(templatesDir, "templates folder");
        try (Stream<Path> walk = Files.walk(assets)) {
            for (Path file : walk.sorted().toList()) {
                if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String relative = assets.relativize(file).toString().replace('\\', '/');
                String shown = templatesShown + "/" + FOLDER + "/" + relative;
                try {
                    confined.admit(file, shown);
                    files.add(new OutputFile(FOLDER + "/" + relative, Files.readAllBytes(file)));
                } catch (BuildFailedException e) {
                    problems.addAll(e.diagnostics());
                } catch (IOException e) {
                    problems.error(SourceLocation.file(shown), "cannot read asset: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            problems.error(SourceLocation.file(templatesShown + "/" + FOLDER), "cannot list assets: " + e.getMessage());
        }
        problems.throwIfErrors();
        return files;
    }
}
