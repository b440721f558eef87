package briefing.hostile;

import briefing.pipeline.TestSite;
import briefing.serve.DevServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dev server under load and attack (README "Reliability"), on loopback only: 200 concurrent clients for a
 * bounded time while the content changes and rebuilds happen get only complete pages (200 ending in
 * {@code </html>}) or 404s, never a 5xx; traversal and malformed requests get 400/404; idle and half-sent
 * connections do not starve other clients.
 */
class DevServerLoadTest {

    static final int CLIENTS = 200;
    static final long MILLIS = Long.getLong("load.millis", 8_000);

    @TempDir
    Path dir;
    DevServer server;
    TestSite site;

    @BeforeEach
    void start() throws Exception {
        site = TestSite.of("/hostile/base.txtar", dir);
        server = new DevServer(dir, site.options(), new InetSocketAddress("127.0.0.1", 0), PathsTest.quiet());
        server.start();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    @Test
    void twoHundredClientsGetCompletePagesWhileTheSiteRebuilds() throws Exception {
        URI base = server.url();
        List<String> paths = List.of("", "about/", "briefings/deal/", "missing/", "assets/style.css", "feed.xml");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
        ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
        long end = System.currentTimeMillis() + MILLIS;
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.submit(() -> {
                int i = client;
                while (System.currentTimeMillis() < end && problems.size() < 20) {
                    String path = paths.get(i++ % paths.size());
                    try {
                        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
                        statuses.computeIfAbsent(r.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                        boolean html = path.isEmpty() || path.endsWith("/");
                        if (r.statusCode() == 200 && html && !r.body().strip().endsWith("</html>")) {
                            problems.add(path + ": incomplete page of " + r.body().length() + " chars");
                        } else if (r.statusCode() == 404 && !path.equals("missing/")) {
                            problems.add(path + ": 404");
                        } else if (r.statusCode() != 200 && r.statusCode() != 404) {
                            problems.add(path + ": status " + r.statusCode());
                        }
                    } catch (IOException | InterruptedException e) {
                        problems.add(path + ": " + e);
                    }
                }
            });
        }
        // Saves during the load: each one rebuilds and swaps the served site.
        Path about = dir.resolve("content/about.md");
        long versionBefore = server.version();
        for (int save = 0; System.currentTimeMillis() < end - 500; save++) {
            Thread.sleep(MILLIS / 6);
            Files.writeString(about, "---\ntitle: About, save " + save + "\n---\nAbout this desk, version " + save + ".\n");
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        int total = statuses.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("dev server load: %d requests from %d clients in %d ms, statuses %s, %d rebuilds%n", total,
                CLIENTS, MILLIS, statuses, server.version() - versionBefore);
        assertThat(problems).isEmpty();
        assertThat(statuses.keySet()).containsOnly(200, 404);
        assertThat(server.version() - versionBefore).as("rebuilds happened under load").isPositive();
        assertThat(total).isGreaterThan(CLIENTS);
    }

    @Test
    void traversalAndMalformedRequestsGet400Or404() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "root:SECRET");
        String base = server.url().getRawPath();
        List<String> targets = List.of("/../../../../etc/passwd", base + "../secret.txt", base + "..%2fsecret.txt",
                base + "%2e%2e/secret.txt", base + "%2e%2e%2fsecret.txt", base + "%252e%252e/secret.txt",
                base + "%252e%252e%252fsecret.txt", base + "..\\secret.txt", base + "%5c..%5csecret.txt",
                base + "..%5csecret.txt", base + "about/%00", base + "about%00/index.html", base + "%c0%ae%c0%ae/secret.txt",
                base + "%", base + "%zz", "//etc/passwd", base + "./about/", "/%2e%2e/%2e%2e/etc/passwd",
                base + "about/../../secret.txt", "*", base + "a".repeat(20_000));
        for (String target : targets) {
            String response = raw("GET " + target + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            int status = status(response);
            assertThat(status).as("GET %s -> %s", target, firstLine(response)).isIn(400, 404, -1);
            assertThat(response).as(target).doesNotContain("SECRET").doesNotContain("root:");
        }
        for (String garbage : List.of("GARBAGE\r\n\r\n", "GET\r\n\r\n",
                "GET / HTTP/1.1\r\nNoColonHeader\r\n\r\n", "\0\0\0\0\r\n\r\n", "POST / HTTP/1.1\r\nHost: x\r\n"
                        + "Content-Length: 5\r\nConnection: close\r\n\r\nhello", "DELETE " + base + " HTTP/1.1\r\n"
                        + "Host: x\r\nConnection: close\r\n\r\n")) {
            String response = raw(garbage);
            int status = status(response);
            assertThat(status).as("%s -> %s", garbage.strip(), firstLine(response)).isNotEqualTo(200)
                    .satisfiesAnyOf(s -> assertThat(s).isBetween(400, 499), s -> assertThat(s).isEqualTo(-1));
        }
    }

    @Test
    void idleAndHalfSentConnectionsDoNotBlockOthers() throws Exception {
        List<Socket> idle = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                Socket s = new Socket("127.0.0.1", server.url().getPort());
                if (i % 2 == 1) {
                    // Half a request, never finished (slowloris).
                    s.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes(StandardCharsets.US_ASCII));
                    s.getOutputStream().flush();
                }
                idle.add(s);
            }
            long start = System.nanoTime();
            String response = raw("GET " + server.url().getRawPath() + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertThat(status(response)).isEqualTo(200);
            assertThat(response.strip()).endsWith("</html>");
            assertThat(millis).as("served beside 50 idle connections").isLessThan(2_000);
        } finally {
            for (Socket s : idle) {
                s.close();
            }
        }
    }

    private String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.url().getPort())) {
            socket.setSoTimeout(5_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            try {
                in.transferTo(body);
            } catch (SocketTimeoutException | java.net.SocketException e) {
                // closed or stalled: judged by what arrived
            }
            return body.toString(StandardCharsets.UTF_8);
        }
    }

    private static int status(String response) {
        String line = firstLine(response);
        String[] parts = line.split(" ");
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            return -1;
        }
        return Integer.parseInt(parts[1]);
    }

    private static String firstLine(String response) {
        int end = response.indexOf("\r\n");
        return end < 0 ? response : response.substring(0, end);
    }
}
