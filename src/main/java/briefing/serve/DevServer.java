package briefing.serve;

import briefing.pipeline.BuildOptions;
import briefing.pipeline.BuildPipeline;
import briefing.pipeline.BuildResult;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.DiagnosticPrinter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The preview server. Builds, writes the site like {@code build} does, and serves the built files from memory at
 * the same base path as production, so every link behaves as it will on GitHub Pages. Watches the inputs and
 * rebuilds on every save; open pages reload themselves over server-sent events. When a build fails, the last good
 * site stays up with the errors shown over it. Only GET and HEAD; only files of the site.
 */
public final class DevServer implements AutoCloseable {

    /** What the command line prints; the server itself never prints. */
    public interface Listener {
        void built(BuildResult result);

        void failed(List<Diagnostic> problems);

        void crashed(Throwable bug);
    }

    static final String PREFIX = "/__briefing/";

    private static final String RELOAD_SCRIPT = """
            // Injected by `briefing serve` only; never part of the published site.
            (function () {
              var source = new EventSource("/__briefing/events");
              var seen = null;
              source.onmessage = function (event) {
                if (seen !== null && event.data !== seen) { location.reload(); }
                seen = event.data;
              };
            })();
            """;

    private final BuildPipeline pipeline;
    private final BuildOptions options;
    private final Listener listener;
    private final DiagnosticPrinter printer;
    private final Object lock = new Object();
    private final HttpServer server;
    private final ExecutorService threads;
    private volatile SiteSnapshot snapshot = new SiteSnapshot(0, Map.of(), List.of());
    private volatile String basePath = "/";
    private volatile boolean closed;
    private SourceWatcher watcher;

    public DevServer(Path workingDir, BuildOptions options, InetSocketAddress address, Listener listener)
            throws IOException {
        this.pipeline = new BuildPipeline(workingDir);
        this.options = options;
        this.listener = listener;
        this.printer = new DiagnosticPrinter(workingDir);
        this.server = HttpServer.create(address, 64);
        this.threads = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "briefing-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(threads);
        server.createContext("/", this::handle);
    }

    /**
     * Builds once, then serves and watches. Refuses an unsafe output folder before anything else (every rebuild's
     * publish checks it again).
     */
    public void start() throws IOException, BuildFailedException {
        pipeline.checkOutput(options);
        // Watch before the first build, so a save during it still triggers the next one.
        watcher = new SourceWatcher(List.of(options.contentDir(), options.templatesDir()), this::rebuild);
        rebuild();
        server.start();
    }

    public URI url() {
        InetSocketAddress at = server.getAddress();
        return URI.create("http://" + at.getHostString() + ":" + at.getPort() + basePath);
    }

    public long version() {
        return snapshot.version();
    }

    /** One build; never throws, whatever the input: a half-saved file is just a failed build. */
    void rebuild() {
        synchronized (lock) {
            long next = snapshot.version() + 1;
            try {
                // The first build replaces the output folder as a whole, like build; later ones replace only the
                // files that changed, each atomically (see SiteWriter#update).
                BuildPipeline.Published published = pipeline.publish(options, BuildPipeline.Publish.IN_PLACE);
                basePath = published.rendered().site().urls().basePath();
                snapshot = SiteSnapshot.of(next, published.rendered().files());
                listener.built(published.result());
            } catch (BuildFailedException e) {
                snapshot = snapshot.failed(next, e.diagnostics());
                listener.failed(e.diagnostics());
            } catch (IOException | RuntimeException e) {
                snapshot = snapshot.failed(next, List.of());
                listener.crashed(e);
            }
            lock.notifyAll();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getRawPath();
            if (path.startsWith(PREFIX)) {
                internal(exchange, path.substring(PREFIX.length()));
                return;
            }
            String decoded = RequestPaths.decode(path);
            if (decoded == null) {
                send(exchange, 400, "text/plain", "bad request path\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            serveFile(exchange, decoded);
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        SiteSnapshot current = snapshot;
        String base = basePath;
        if (path.equals(base.substring(0, base.length() - 1))) {
            redirect(exchange, base);
            return;
        }
        String relative = path.startsWith(base) ? path.substring(base.length()) : null;
        byte[] body = null;
        String file = null;
        if (relative != null) {
            file = relative.isEmpty() || relative.endsWith("/") ? relative + "index.html" : relative;
            body = current.files().get(file);
            if (body == null && current.files().containsKey(relative + "/index.html")) {
                redirect(exchange, path + "/");
                return;
            }
        }
        int status = 200;
        if (body == null) {
            status = 404;
            file = "404.html";
            body = current.files().getOrDefault(file, "not found\n".getBytes(StandardCharsets.UTF_8));
        }
        String type = contentType(file);
        if (type.startsWith("text/html")) {
            body = decorate(body, current);
        }
        send(exchange, status, type, body);
    }

    /** Adds the reload script, and the errors of a failed build over the last good page. */
    private byte[] decorate(byte[] html, SiteSnapshot current) {
        String page = new String(html, StandardCharsets.UTF_8);
        StringBuilder inject = new StringBuilder();
        if (!current.problems().isEmpty()) {
            inject.append("<div id=\"briefing-errors\" role=\"alert\" style=\"position:fixed;inset:0;z-index:2147483647;")
                    .append("overflow:auto;background:rgba(20,20,24,.96);color:#fff;padding:1.5rem;")
                    .append("font:14px/1.5 ui-monospace,monospace\"><p style=\"font:bold 16px sans-serif\">")
                    .append("The last build failed; this is the last good version. Fix these and save:</p><pre ")
                    .append("style=\"white-space:pre-wrap\">")
                    .append(escape(printer.renderAll(current.problems())))
                    .append("</pre></div>");
        }
        inject.append("<script src=\"").append(PREFIX).append("reload.js\"></script>");
        int end = page.lastIndexOf("</body>");
        String out = end < 0 ? page + inject : page.substring(0, end) + inject + page.substring(end);
        return out.getBytes(StandardCharsets.UTF_8);
    }

    private void internal(HttpExchange exchange, String what) throws IOException {
        switch (what) {
            case "reload.js" -> send(exchange, 200, "text/javascript; charset=utf-8",
                    RELOAD_SCRIPT.getBytes(StandardCharsets.UTF_8));
            case "events" -> events(exchange);
            default -> send(exchange, 404, "text/plain", "not found\n".getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Server-sent events: the build version now and after every build, so pages reload when it changes. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        if (exchange.getRequestMethod().equals("HEAD")) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        long sent = -1;
        try {
            while (!closed) {
                long version;
                synchronized (lock) {
                    if (snapshot.version() == sent) {
                        lock.wait(15_000);
                    }
                    version = snapshot.version();
                }
                String message = version == sent ? ": keep-alive\n\n" : "data: " + version + "\n\n";
                out.write(message.getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = version;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the page was closed or reloaded
        }
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        send(exchange, 301, "text/plain", new byte[0]);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            exchange.getResponseBody().write(body);
        }
    }

    /** Media types of the files a site has; anything else is served as bytes. */
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json",
            "csv", "text/csv; charset=utf-8",
            "xml", "application/xml",
            "txt", "text/plain; charset=utf-8");

    static String contentType(String file) {
        String name = file.toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public void close() throws IOException {
        closed = true;
        synchronized (lock) {
            lock.notifyAll();
        }
        if (watcher != null) {
            watcher.close();
        }
        server.stop(0);
        threads.shutdownNow();
    }
}
