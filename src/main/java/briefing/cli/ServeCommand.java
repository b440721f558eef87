package briefing.cli;

import briefing.pipeline.BuildResult;
import briefing.diagnostic.BuildFailedException;
import briefing.diagnostic.Diagnostic;
import briefing.diagnostic.DiagnosticPrinter;
import briefing.diagnostic.ShownText;
import briefing.serve.DevServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code briefing serve}: the editor's loop. Builds, serves, watches, rebuilds and reloads until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on http://127.0.0.1:8080/ under the production base path, and "
                + "rebuilds and reloads open pages on every save. A failed build keeps the last good site up "
                + "with the errors shown over it.")
public final class ServeCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    InputOptions input;

    @CommandLine.Mixin
    OutputOption target;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "8080", converter = PortConverter.class,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    /** A TCP port, 0 to 65535: anything else is a usage error before the server is made. */
    static final class PortConverter implements CommandLine.ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int port;
            try {
                port = Integer.parseInt(value.strip());
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 0 || port > 65535) {
                throw new CommandLine.TypeConversionException("'" + value + "' is not a port: use 1 to 65535, or 0 "
                        + "for a free one");
            }
            return port;
        }
    }

    /**
     * What serve prints for each build: the summary line of {@code build} ("Built" the first time, then "Rebuilt":
     * how many pages, which charts were drawn or reused, how many files were written or unchanged, the time of each
     * stage), or the errors and that the last good version stays up.
     */
    static final class Messages implements DevServer.Listener {
        private final PrintWriter out;
        private final PrintWriter err;
        private final DiagnosticPrinter printer;
        private final Path output;
        private boolean first = true;

        Messages(PrintWriter out, PrintWriter err, DiagnosticPrinter printer, Path output) {
            this.out = out;
            this.err = err;
            this.printer = printer;
            this.output = output;
        }

        @Override
        public void built(BuildResult result) {
            result.warnings().forEach(w -> err.print(printer.render(w)));
            out.println(BuildCommand.summary(first ? "Built" : "Rebuilt", result, output));
            first = false;
            out.flush();
            err.flush();
        }

        @Override
        public void failed(List<Diagnostic> problems) {
            err.print(printer.renderAll(problems));
            err.println("build failed; still serving the last good version");
            err.flush();
        }

        @Override
        public void crashed(Throwable bug) {
            err.println("internal error (a bug in briefing; the server keeps running):");
            bug.printStackTrace(err);
            err.flush();
        }
    }

    /**
     * The JDK's HTTP server reads these once, when its first server is made, so they are set before the server is:
     * a client that opens a connection and never finishes its request (slowloris) is dropped after maxReqTime
     * seconds instead of holding the socket forever, and idle keep-alive connections close after idleInterval. No
     * maxRspTime: the live-reload event stream is a response that lasts as long as the page is open. A value given
     * on the java command line wins.
     */
    static void limitSlowClients() {
        System.setProperty("sun.net.httpserver.maxReqTime", System.getProperty("sun.net.httpserver.maxReqTime", "20"));
        System.setProperty("sun.net.httpserver.idleInterval",
                System.getProperty("sun.net.httpserver.idleInterval", "30"));
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path cwd = Path.of("").toAbsolutePath();
        DiagnosticPrinter printer = new DiagnosticPrinter(cwd);
        DevServer.Listener listener = new Messages(out, err, printer, target.output);
        limitSlowClients();
        DevServer server;
        try {
            server = new DevServer(cwd, BuildCommand.options(input, target), new InetSocketAddress(host, port),
                    listener);
        } catch (BindException e) {
            err.println("error: cannot listen on " + ShownText.escape(host) + ":" + port + ": " + e.getMessage());
            err.println("choose another port with --port");
            return ExitCode.USAGE;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // shutting down anyway
            }
            stopped.countDown();
        }, "briefing-shutdown"));
        try {
            server.start();
        } catch (BuildFailedException e) {
            server.close();
            err.print(printer.renderAll(e.diagnostics()));
            err.println("not serving; " + target.output + " was left unchanged");
            return ExitCode.CONTENT_ERROR;
        }
        out.println("Serving " + server.url() + " (Ctrl-C to stop)");
        out.flush();
        stopped.await();
        return ExitCode.OK;
    }
}
