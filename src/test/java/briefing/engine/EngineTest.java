package briefing.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Red-green verification: a node is computed again exactly when something it read changed. */
class EngineTest {

    /** Files dated in the past, as on a real desk: only files saved just now are always hashed again. */
    private static final FileTime PAST = FileTime.from(Instant.parse("2025-01-01T00:00:00Z"));

    private static final Query<Path, String> TEXT = new Query<>("test.text");
    private static final Query<Path, Integer> LENGTH = new Query<>("test.length");
    private static final Query<Path, List<String>> LISTING = new Query<>("test.listing");
    private static final Input<String> GREETING = new Input<>("test.greeting");

    @TempDir
    Path dir;

    private final Engine engine = new Engine();
    private final AtomicInteger lengths = new AtomicInteger();
    private int saves;

    /** Writes a file as an editor saves it: each save a second after the last, long ago. */
    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
        Files.setLastModifiedTime(file, FileTime.from(PAST.toInstant().plusSeconds(saves++)));
        return file;
    }

    private String text(Path file) {
        return engine.get(TEXT, file, reads -> {
            reads.file(file);
            try {
                return Files.readString(file);
            } catch (Exception e) {
                return "missing";
            }
        });
    }

    /** A node that reads another node: the text's length. */
    private int length(Path file) {
        return engine.get(LENGTH, file, reads -> {
            lengths.incrementAndGet();
            return reads.get(TEXT, file, inner -> {
                inner.file(file);
                try {
                    return Files.readString(file);
                } catch (Exception e) {
                    return "missing";
                }
            }).length();
        });
    }

    @Test
    void aNodeIsReusedWhileItsFileIsUnchangedAndComputedAgainWhenItChanges() throws Exception {
        Path file = write("a.txt", "one");
        assertThat(text(file)).isEqualTo("one");
        engine.newRevision();
        assertThat(text(file)).isEqualTo("one");
        assertThat(engine.computed(TEXT)).isEqualTo(1);

        write("a.txt", "two");
        engine.newRevision();
        assertThat(text(file)).isEqualTo("two");
        assertThat(engine.computed(TEXT)).isEqualTo(2);
    }

    @Test
    void aFileSavedJustBeforeItWasHashedIsHashedAgainEvenWithTheSameSizeAndTime() throws Exception {
        // The file system's clock is coarse: a second save within the same tick keeps the time and, here, the size.
        Path file = dir.resolve("a.txt");
        FileTime now = FileTime.from(Instant.now());
        Files.writeString(file, "one");
        Files.setLastModifiedTime(file, now);
        assertThat(text(file)).isEqualTo("one");
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, now);
        engine.newRevision();
        assertThat(text(file)).isEqualTo("two");
    }

    @Test
    void aFileWhoseAttributesAreUnchangedIsNotReadAgain() throws Exception {
        Path file = write("a.txt", "one");
        FileTime time = Files.getLastModifiedTime(file);
        assertThat(text(file)).isEqualTo("one");
        // Changed behind the engine's back with its size and time kept (no editor does this; cp -p and rsync -t
        // may, and rsync itself would skip the file too): the attributes are trusted.
        Files.writeString(file, "two");
        Files.setLastModifiedTime(file, time);
        engine.newRevision();
        assertThat(text(file)).isEqualTo("one");
    }

    @Test
    void aValueComputedAgainToAnEqualValueKeepsWhatReadItGreen() throws Exception {
        Path file = write("a.txt", "one");
        assertThat(length(file)).isEqualTo(3);
        assertThat(lengths).hasValue(1);

        write("a.txt", "two"); // another text of the same length: TEXT is computed again, LENGTH too (its value read)
        engine.newRevision();
        assertThat(length(file)).isEqualTo(3);
        assertThat(lengths).hasValue(2);

        write("a.txt", "two"); // the same bytes written again: nothing is computed
        engine.newRevision();
        assertThat(length(file)).isEqualTo(3);
        assertThat(lengths).hasValue(2);
        assertThat(engine.computed(TEXT)).isEqualTo(2);
    }

    @Test
    void anEqualValueKeepsTheOldObject() throws Exception {
        Query<Path, List<String>> lines = new Query<>("test.lines");
        Path file = write("a.txt", "one\n");
        List<String> first = engine.get(lines, file, reads -> {
            reads.file(file);
            return List.of("constant");
        });
        write("a.txt", "two\n");
        engine.newRevision();
        List<String> second = engine.get(lines, file, reads -> {
            reads.file(file);
            return List.of("constant");
        });
        assertThat(second).isSameAs(first);
        assertThat(engine.computed(lines)).isEqualTo(2);
    }

    @Test
    void aFolderChangesWithEveryFileAddedRenamedChangedOrRemovedAtAnyDepth() throws Exception {
        Path folder = dir.resolve("briefing");
        write("briefing/index.md", "# Hello");
        write("briefing/data/table.csv", "a,b\n1,2\n");
        List<String> seen = new java.util.ArrayList<>();
        Runnable build = () -> {
            engine.newRevision();
            engine.get(LISTING, folder, reads -> {
                seen.add(reads.folder(folder).hex());
                return List.of();
            });
        };
        build.run();
        build.run();
        assertThat(seen).hasSize(1);

        write("briefing/data/table.csv", "a,b\n1,3\n");
        build.run();
        write("briefing/data/extra.csv", "x\n");
        build.run();
        Files.move(folder.resolve("data/extra.csv"), folder.resolve("data/renamed.csv"));
        build.run();
        Files.delete(folder.resolve("data/renamed.csv"));
        build.run();
        Files.createDirectories(folder.resolve("empty"));
        build.run();
        assertThat(seen).hasSize(6);
        assertThat(seen.get(4)).as("back to the same files, back to the same revision").isEqualTo(seen.get(1));
        assertThat(java.util.Set.copyOf(seen)).hasSize(5);
        build.run();
        assertThat(seen).hasSize(6);
    }

    @Test
    void aSymbolicLinkIsNeverTrusted() throws Exception {
        Path target = write("target.txt", "one");
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target);
        text(link);
        engine.newRevision();
        text(link);
        assertThat(engine.computed(TEXT)).as("a link's target may change without the link").isEqualTo(2);
    }

    @Test
    void aValueInputChangesWhatReadItOnlyWhenItIsNotEqual() {
        Query<String, String> greet = new Query<>("test.greet");
        engine.set(GREETING, "hello");
        assertThat(engine.get(greet, "x", reads -> reads.value(GREETING) + " x")).isEqualTo("hello x");
        engine.newRevision();
        engine.set(GREETING, new String("hello"));
        assertThat(engine.get(greet, "x", reads -> reads.value(GREETING) + " x")).isEqualTo("hello x");
        assertThat(engine.computed(greet)).isEqualTo(1);
        engine.newRevision();
        engine.set(GREETING, "bye");
        assertThat(engine.get(greet, "x", reads -> reads.value(GREETING) + " x")).isEqualTo("bye x");
        assertThat(engine.computed(greet)).isEqualTo(2);
    }

    @Test
    void aSweepForgetsWhatTheRevisionDidNotAskForButKeepsWhatItsNodesRead() throws Exception {
        Path a = write("a.txt", "one");
        Path b = write("b.txt", "three");
        length(a);
        length(b);
        engine.newRevision();
        length(a); // reused: its TEXT node and file are used through it
        engine.sweep();
        assertThat(engine.sizes()).containsEntry("test.length", 1).containsEntry("test.text", 1)
                .containsEntry("file", 1);
        engine.newRevision();
        length(a);
        assertThat(lengths).hasValue(2);
        length(b); // forgotten: computed again
        assertThat(lengths).hasValue(3);
    }

    @Test
    void nodesAreComputedOnceWhateverTheThreads() throws Exception {
        Path file = write("a.txt", "one");
        Query<Path, Integer> slow = new Query<>("test.slow");
        AtomicInteger runs = new AtomicInteger();
        List<Integer> results = IntStream.range(0, 64).parallel().mapToObj(i -> engine.get(slow, file, reads -> {
            reads.file(file);
            runs.incrementAndGet();
            return 42;
        })).toList();
        assertThat(results).containsOnly(42);
        assertThat(runs).hasValue(1);
    }

    /** A new engine given the last one's table of file attributes reads no unchanged file, and every changed one. */
    @Test
    void theTableOfWhatWasHashedCarriesToTheNextProcess() throws Exception {
        write("a.txt", "one");
        write("sub/b.txt", "two");
        ContentHash before = engine.folderRevision(dir);
        byte[] table = engine.exportRevisions(List.of(dir));

        Engine next = new Engine();
        next.restoreRevisions(table);
        assertThat(next.folderRevision(dir)).isEqualTo(before);
        assertThat(next.filesHashed()).isZero();

        write("sub/b.txt", "TWO");
        Engine after = new Engine();
        after.restoreRevisions(table);
        assertThat(after.folderRevision(dir)).isNotEqualTo(before);
        assertThat(after.filesHashed()).isEqualTo(1);

        Engine unreadable = new Engine();
        unreadable.restoreRevisions(new byte[] {0, 0, 0, 1, 0, 0});
        assertThat(unreadable.folderRevision(dir)).isEqualTo(after.folderRevision(dir));
        assertThat(unreadable.filesHashed()).isEqualTo(2);
    }

    /**
     * A file modified shortly before it was hashed is read again next time: a save in the same tick of the file
     * system's clock would keep its time. The window follows the times' precision: 2 s when they are whole
     * seconds (FAT, HFS+), 100 ms when they have a fraction.
     */
    @Test
    void aFileSavedJustBeforeItWasHashedIsReadAgainTheWindowFollowingThePrecisionOfFileTimes() throws Exception {
        Path fine = dir.resolve("fine.txt");
        Path coarse = dir.resolve("coarse.txt");
        Path fresh = dir.resolve("fresh.txt");
        Files.writeString(fine, "fine");
        Files.writeString(coarse, "coarse");
        Files.writeString(fresh, "fresh");
        Instant second = Instant.now().minusMillis(1_500).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        Files.setLastModifiedTime(coarse, FileTime.from(Instant.now().minusMillis(1_000)
                .truncatedTo(java.time.temporal.ChronoUnit.SECONDS))); // whole seconds, 1 to 2 s ago
        Files.setLastModifiedTime(fine, FileTime.from(second.plusMillis(500))); // a fraction, 1 to 2 s ago
        engine.folderRevision(dir);
        byte[] table = engine.exportRevisions(List.of(dir));

        Engine next = new Engine();
        next.restoreRevisions(table);
        next.folderRevision(dir);
        assertThat(next.filesHashed()).as("the coarse file and the one saved just now").isEqualTo(2);
    }
}
