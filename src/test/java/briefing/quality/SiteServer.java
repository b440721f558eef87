package briefing.quality;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Serves a built site under {@value #PREFIX} on 127.0.0.1, the way GitHub Pages serves a project site: a folder is
 * answered with its {@code index.html} (a folder URL without its slash is redirected), anything missing gets the
 * site's {@code 404.html} with status 404, and nothing outside the prefix exists. Every request is recorded.
 */
public final class SiteServer implements AutoCloseable {

    public static final String PREFIX = "/briefing/";

    /** One answered request: the decoded path, the status and the number of body bytes sent. */
    public record Hit(String method, String path, int status, long bytes, String contentType) {
    }

    private final Path root;
    private final HttpServer server;
    private final ExecutorService executor;
    private final List<Hit> hits = new CopyOnWriteArrayList<>();

    private SiteServer(Path root) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        this.executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "site-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    public static SiteServer start(Path root) throws IOException {
        return new SiteServer(root);
    }

    /** {@code http://127.0.0.1:PORT}, without a trailing slash. */
    public String origin() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The absolute URL of a path under the prefix, e.g. {@code url("about/")}. */
    public String url(String pathUnderPrefix) {
        return origin() + PREFIX + pathUnderPrefix;
    }

    public List<Hit> hits() {
        return List.copyOf(hits);
    }

    public void clearHits() {
        hits.clear();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String path = exchange.getRequestURI().getPath();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", new byte[0]);
                return;
            }
            Path file = resolve(path);
            if (file != null && Files.isDirectory(file)) {
                if (!path.endsWith("/")) {
                    exchange.getResponseHeaders().add("Location", path + "/");
                    send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
                    return;
                }
                file = file.resolve("index.html");
            }
            if (file != null && Files.isRegularFile(file)) {
                send(exchange, 200, contentType(file.getFileName().toString()), Files.readAllBytes(file));
                return;
            }
            Path notFound = root.resolve("404.html");
            byte[] body = Files.isRegularFile(notFound) ? Files.readAllBytes(notFound) : "Not found".getBytes();
            send(exchange, 404, "text/html; charset=utf-8", body);
        }
    }

    /** The file for a request path, or null when the path is outside the prefix or escapes the site. */
    private Path resolve(String path) {
        if (path == null || !(path + "/").startsWith(PREFIX)) {
            return null;
        }
        String rel = path.length() <= PREFIX.length() ? "" : path.substring(PREFIX.length());
        Path file = root.resolve(rel).normalize();
        return file.startsWith(root) ? file : null;
    }

    private void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.getResponseHeaders().add("Cache-Control", "no-store");
        hits.add(new Hit(exchange.getRequestMethod(), exchange.getRequestURI().getPath(), status,
                head ? 0 : body.length, type));
        if (head || body.length == 0) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    static String contentType(String name) {
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return switch (ext) {
            case "html" -> "text/html; charset=utf-8";
            case "css" -> "text/css; charset=utf-8";
            case "js" -> "text/javascript; charset=utf-8";
            case "svg" -> "image/svg+xml";
            case "png" -> "image/png";
            case "ico" -> "image/x-icon";
            case "csv" -> "text/csv; charset=utf-8";
            case "json" -> "application/json";
            case "xml" -> "application/xml";
            case "txt" -> "text/plain; charset=utf-8";
            default -> "application/octet-stream";
        };
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
