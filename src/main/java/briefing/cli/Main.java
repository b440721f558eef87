package briefing.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import briefing.diagnostic.ShownText;
import briefing.diagnostic.Suggestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Supplier;

/** {@code briefing}: the entry point. Subcommands do the work; this only wires picocli and exit codes. */
@Command(name = "briefing",
        mixinStandardHelpOptions = true,
        versionProvider = Main.Version.class,
        description = "Builds a data-driven market briefing site from Markdown, YAML data and FreeMarker templates.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:success",
                "1:content, data, configuration or template errors (nothing written)",
                "64:usage error (bad subcommand, option or value; for diff, a revision git cannot read)",
                "70:internal error (a bug: please report it)",
                "73:the output folder could not be written"})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * What {@code --progress auto} means: decided from the terminal and the environment only for a real process
     * ({@link #main}); a command run through {@link #execute(String[], PrintWriter, PrintWriter)} (tests) shows
     * progress only when asked.
     */
    ProgressLine.Mode autoProgress = ProgressLine.Mode.OFF;

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true"); // before any AWT class: a stale DISPLAY must not matter
        Main main = new Main();
        main.autoProgress = ProgressLine.detect();
        System.exit(execute(main, args, new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8)));
    }

    /** Runs a command line with the given streams; tests call this instead of {@link #main}. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return execute(new Main(), args, out, err);
    }

    /** The subcommands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> all = new LinkedHashMap<>();
        all.put("build", BuildCommand::new);
        all.put("check", CheckCommand::new);
        all.put("serve", ServeCommand::new);
        all.put("new", NewCommand::new);
        all.put("schema", SchemaCommand::new);
        all.put("diff", DiffCommand::new);
        all.put("completion", CompletionCommand::new);
        all.put("help", CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(all);
    }

    /**
     * The command line for these arguments. picocli models a command by reflection over its options, in classes
     * that class data sharing cannot keep (picocli is Java 5 bytecode), and that was most of the start of a small
     * build: so a run models only the subcommand it runs. Help, completion and anything that is not a subcommand's
     * name (a typo gets "did you mean") get them all.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cli = new CommandLine(main);
        String first = args.length > 0 ? args[0] : "";
        boolean one = SUBCOMMANDS.containsKey(first) && !first.equals("help") && !first.equals("completion");
        SUBCOMMANDS.forEach((name, make) -> {
            if (!one || name.equals(first)) {
                cli.addSubcommand(name, make.get());
            }
        });
        return cli;
    }

    private static int execute(Main main, String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine(main, args);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? ExitCode.USAGE
                : ExitCode.INTERNAL);
        cli.setParameterExceptionHandler((e, arguments) -> {
            CommandLine failed = e.getCommandLine();
            failed.getErr().println("error: " + ShownText.message(String.valueOf(e.getMessage())));
            suggestion(e).ifPresent(hint -> failed.getErr().println("  hint: " + hint));
            failed.getErr().println("Try '" + failed.getCommandSpec().qualifiedName() + " --help' for usage.");
            return ExitCode.USAGE;
        });
        cli.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println("internal error: " + e);
            e.printStackTrace(command.getErr());
            command.getErr().println("This is a bug in briefing; please report it with the output above.");
            return ExitCode.INTERNAL;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * "Did you mean" for a mistyped subcommand or option, from the names the command that failed knows (the same
     * edit distance as for keys and ids in the content).
     */
    static Optional<String> suggestion(CommandLine.ParameterException e) {
        if (!(e instanceof CommandLine.UnmatchedArgumentException unmatched) || unmatched.getUnmatched().isEmpty()) {
            return Optional.empty();
        }
        String typed = unmatched.getUnmatched().get(0);
        CommandLine.Model.CommandSpec spec = e.getCommandLine().getCommandSpec();
        Collection<String> known;
        if (typed.startsWith("-")) {
            int equals = typed.indexOf('=');
            typed = equals > 0 ? typed.substring(0, equals) : typed;
            known = spec.optionsMap().keySet();
        } else {
            known = spec.subcommands().keySet();
        }
        return Suggestion.closest(typed, known).map(name -> "did you mean `" + name + "`?");
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reads the version Maven wrote into the jar, so --version never drifts from the pom. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() throws IOException {
            Properties p = new Properties();
            try (InputStream in = Main.class.getResourceAsStream("/briefing/version.properties")) {
                if (in != null) {
                    p.load(in);
                }
            }
            String cache = InputOptions.cacheDir(java.nio.file.Path.of("content"))
                    .map(d -> d.resolve("charts").toString()).orElse("off (" + InputOptions.CACHE_VARIABLE + "=off)");
            return new String[] {"briefing " + p.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ", "
                            + System.getProperty("java.home") + ")",
                    "Chart cache: " + cache};
        }
    }
}
