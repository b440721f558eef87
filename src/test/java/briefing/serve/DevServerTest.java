package briefing.serve;

import briefing.pipeline.BuildResult;
import briefing.pipeline.TestSite;
import briefing.diagnostic.Diagnostic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** The preview server at the HTTP level: content, live reload, errors over the last good page, and safety. */
class DevServerTest {

    @TempDir
    Path tmp;

    DevServer server;
    final List<String> events = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws Exception {
        TestSite site = TestSite.of("figure-references.txtar", tmp);
        Files.writeString(tmp.resolve("content/site.yaml"), Files.readString(tmp.resolve("content/site.yaml"))
                .replace("base_url: https://example.org/", "base_url: https://example.org/desk/"));
        server = new DevServer(tmp, site.options(), new InetSocketAddress("127.0.0.1", 0), new DevServer.Listener() {
            @Override
            public void built(BuildResult result) {
                events.add("built");
            }

            @Override
            public void failed(List<Diagnostic> problems) {
                events.add("failed: " + problems.get(0).headline());
            }

            @Override
            public void crashed(Throwable bug) {
                events.add("crashed: " + bug);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return send("GET", path);
    }

    HttpResponse<String> send(String method, String path) throws Exception {
        URI base = server.url();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + base.getHost() + ":" + base.getPort() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(10)).build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a raw request line, for paths an HTTP client would normalise before sending. */
    String raw(String path) throws Exception {
        URI base = server.url();
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))
                    .readLine();
        }
    }

    void awaitVersion(long version) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (server.version() < version && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.version()).as("a rebuild after the change").isGreaterThanOrEqualTo(version);
    }

    @Test
    void servesTheSiteUnderTheProductionBasePathWithTheReloadScript() throws Exception {
        assertThat(server.url().getPath()).isEqualTo("/desk/");
        HttpResponse<String> page = get("/desk/briefings/deal/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.body()).contains("up to $50 billion", "<script src=\"/__briefing/reload.js\"></script>");
        assertThat(get("/desk/assets/style.css").statusCode()).isEqualTo(200);
        assertThat(get("/desk/briefings/deal").statusCode()).isEqualTo(301);
        assertThat(get("/desk/nothing-here/").statusCode()).isEqualTo(404);
        assertThat(get("/__briefing/reload.js").body()).contains("EventSource");
    }

    @Test
    void theReloadScriptIsNeverWrittenToTheSiteFolder() throws Exception {
        String written = Files.readString(tmp.resolve("site/briefings/deal/index.html"));
        assertThat(written).contains("up to $50 billion").doesNotContain("__briefing");
    }

    @Test
    void aChangedYamlFileRebuildsAndAnnouncesANewVersion() throws Exception {
        long before = server.version();
        Path round = tmp.resolve("content/briefings/deal/round.yaml");
        Files.writeString(round, Files.readString(round).replace("up to $50 billion", "up to $60 billion"));
        awaitVersion(before + 1);
        assertThat(get("/desk/briefings/deal/").body()).contains("up to $60 billion");
        assertThat(Files.readString(tmp.resolve("site/briefings/deal/index.html"))).contains("up to $60 billion");

        HttpRequest events = HttpRequest.newBuilder(URI.create("http://" + server.url().getHost() + ":"
                + server.url().getPort() + "/__briefing/events")).timeout(Duration.ofSeconds(10)).build();
        HttpResponse<java.util.stream.Stream<String>> stream = http.send(events,
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.headers().firstValue("Content-Type")).contains("text/event-stream");
        assertThat(stream.body().filter(l -> l.startsWith("data:")).findFirst())
                .contains("data: " + server.version());
    }

    /** Every file under root with its text. */
    static Map<String, String> contents(Path root) throws Exception {
        Map<String, String> out = new java.util.TreeMap<>();
        try (java.util.stream.Stream<Path> walk = Files.walk(root)) {
            for (Path f : walk.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString(), Files.readString(f, StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    @Test
    void aRebuildReplacesOnlyTheChangedFilesInTheOutputFolderAndRemovesPagesThatAreGone() throws Exception {
        Path site = tmp.resolve("site");
        Object folder = Files.readAttributes(site, "unix:ino").get("ino");
        Object style = Files.readAttributes(site.resolve("assets/style.css"), "unix:ino").get("ino");
        Path extra = tmp.resolve("content/extra.md");
        Files.writeString(extra, "---\ntitle: Extra\n---\nA page for a while.\n");
        long before = server.version();
        awaitVersion(before + 1);
        assertThat(site.resolve("extra/index.html")).exists();
        Files.delete(extra);
        awaitVersion(before + 2);

        assertThat(site.resolve("extra")).doesNotExist();
        assertThat(Files.readAttributes(site, "unix:ino").get("ino")).as("updated in place, not swapped")
                .isEqualTo(folder);
        assertThat(Files.readAttributes(site.resolve("assets/style.css"), "unix:ino").get("ino")).isEqualTo(style);
        try (java.util.stream.Stream<Path> entries = Files.list(tmp)) {
            assertThat(entries.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(".staging-") || n.startsWith(".retired-"));
        }
        try (java.util.stream.Stream<Path> files = Files.walk(site)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".briefing-new"));
        }
        assertThat(events).noneMatch(e -> e.startsWith("failed") || e.startsWith("crashed"));
    }

    @Test
    void aChangedTemplateIsUsedByTheNextBuild() throws Exception {
        server.close();
        Path templates = tmp.resolve("own-templates");
        TestSite.copyTree(TestSite.PROJECT_TEMPLATES, templates);
        briefing.pipeline.BuildOptions base = TestSite.of("figure-references.txtar", tmp.resolve("again")).options();
        server = new DevServer(tmp.resolve("again"), new briefing.pipeline.BuildOptions(base.contentDir(), templates,
                base.outputDir(), base.baseUrl(), false), new InetSocketAddress("127.0.0.1", 0), new DevServer.Listener() {
            public void built(BuildResult result) { }
            public void failed(List<Diagnostic> problems) { events.add("failed"); }
            public void crashed(Throwable bug) { events.add("crashed: " + bug); }
        });
        server.start();
        long before = server.version();
        Path footer = templates.resolve("layouts/base.ftlh");
        Files.writeString(footer, Files.readString(footer).replace("</footer>", "<p>Edited template</p></footer>"));
        awaitVersion(before + 1);
        assertThat(get("/briefings/deal/").body()).contains("<p>Edited template</p>");
        assertThat(events).noneMatch(e -> e.startsWith("failed") || e.startsWith("crashed"));
    }

    @Test
    void aBrokenBuildShowsItsErrorsOverTheLastGoodPage() throws Exception {
        long before = server.version();
        Path round = tmp.resolve("content/briefings/deal/round.yaml");
        Map<String, String> published = contents(tmp.resolve("site"));
        Files.writeString(round, Files.readString(round).replace("up to $50 billion", "fifty"));
        awaitVersion(before + 1);
        assertThat(contents(tmp.resolve("site"))).as("a failed build publishes nothing")
                .isEqualTo(published);
        HttpResponse<String> page = get("/desk/briefings/deal/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("up to $50 billion", "id=\"briefing-errors\"",
                "content/briefings/deal/round.yaml:", "found &quot;fifty&quot;".replace("&quot;", "\""));
        assertThat(events).anyMatch(e -> e.startsWith("failed: content/briefings/deal/"));
        // A half-saved (empty) file is just another failed build; the server keeps going.
        Files.writeString(round, "");
        awaitVersion(before + 2);
        assertThat(get("/desk/briefings/deal/").statusCode()).isEqualTo(200);
        assertThat(events).noneMatch(e -> e.startsWith("crashed"));
    }

    @Test
    void theErrorOverlayShowsTheSourceLineAsTheFileIsNowNotAsAnEarlierBuildReadIt() throws Exception {
        long before = server.version();
        Path round = tmp.resolve("content/briefings/deal/round.yaml");
        String good = Files.readString(round);
        Files.writeString(round, good.replace("up to $50 billion", "fifty"));
        awaitVersion(before + 1);
        assertThat(get("/desk/briefings/deal/").body()).contains("  amount: fifty\n");
        // Same mistake at the same place, other text: the overlay must not show the line the first report read.
        Files.writeString(round, good.replace("up to $50 billion", "sixty"));
        awaitVersion(before + 2);

        String page = get("/desk/briefings/deal/").body();

        assertThat(page).contains("found \"sixty\"", "  amount: sixty\n").doesNotContain("fifty");
    }

    @Test
    void theErrorOverlayEscapesControlCharactersOfTheSourceLine() throws Exception {
        long before = server.version();
        Path index = tmp.resolve("content/briefings/deal/index.md");
        Files.writeString(index, Files.readString(index).stripTrailing() + "\n\nSee {{ round.nope }} \u001b[2J\u202Eevil\n");
        awaitVersion(before + 1);

        String page = get("/desk/briefings/deal/").body();

        assertThat(page).contains("error: unknown figure `round.nope`\n  See {{ round.nope }} \\e[2J\\u202Eevil\n      ^\n")
                .doesNotContain("\u001b").doesNotContain("\u202E");
    }

    @Test
    void refusesTraversalEncodedTraversalAndOtherMethods() throws Exception {
        assertThat(raw("/desk/../content/site.yaml")).contains(" 400 ");
        assertThat(raw("/desk/%2e%2e/content/site.yaml")).contains(" 400 ");
        assertThat(raw("/desk/..%2fcontent%2fsite.yaml")).contains(" 400 ");
        assertThat(raw("/desk/%5c..%5csite.yaml")).contains(" 400 ");
        assertThat(raw("/desk/a%00b")).contains(" 400 ");
        // "//etc/passwd" reads as host "etc", path "/passwd": outside the base path, so not found.
        assertThat(raw("//etc/passwd")).containsAnyOf(" 400 ", " 404 ");
        assertThat(get("/etc/passwd").statusCode()).isEqualTo(404);
        assertThat(get("/desk/content/site.yaml").statusCode()).isEqualTo(404);
        HttpResponse<String> post = send("POST", "/desk/");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(send("DELETE", "/desk/").statusCode()).isEqualTo(405);
        assertThat(send("HEAD", "/desk/").statusCode()).isEqualTo(200);
    }
}
