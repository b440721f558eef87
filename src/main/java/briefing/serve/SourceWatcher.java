package briefing.serve;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Watches folders (and every folder created in them) and calls back once per burst of changes: editors save a file
 * as several events (truncate, write, rename), and one rebuild per save is what we want.
 */
final class SourceWatcher implements AutoCloseable {

    /**
     * Quiet time that ends a burst. Short enough to feel instant, long enough to catch a save's events: editors
     * write a file (truncate and write, or write a new file and rename it) in well under a millisecond. A save
     * slower than this is built twice, the first time failing on the half-written file, which serve shows until
     * the second build a moment later.
     */
    static final long SETTLE_MILLIS = 10;

    private final WatchService service;
    private final Thread thread;

    SourceWatcher(List<Path> roots, Runnable onChange) throws IOException {
        this.service = FileSystems.getDefault().newWatchService();
        for (Path root : roots) {
            registerTree(root);
        }
        this.thread = new Thread(() -> loop(onChange), "briefing-watcher");
        this.thread.setDaemon(true);
        this.thread.start();
    }

    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                dir.register(service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                        StandardWatchEventKinds.ENTRY_DELETE);
            }
        }
    }

    private void loop(Runnable onChange) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                WatchKey key = service.take();
                Set<Path> created = new HashSet<>();
                drain(key, created);
                WatchKey more;
                while ((more = service.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS)) != null) {
                    drain(more, created);
                }
                for (Path dir : created) {
                    try {
                        registerTree(dir);
                    } catch (IOException e) {
                        // The folder vanished again before we saw it; nothing in it to watch.
                    }
                }
                onChange.run();
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void drain(WatchKey key, Set<Path> created) {
        Path dir = (Path) key.watchable();
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == StandardWatchEventKinds.ENTRY_CREATE && event.context() instanceof Path name) {
                Path path = dir.resolve(name);
                if (Files.isDirectory(path)) {
                    created.add(path);
                }
            }
        }
        key.reset();
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
