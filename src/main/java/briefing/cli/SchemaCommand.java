package briefing.cli;

import briefing.pipeline.SchemaCatalog;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code briefing schema}: the JSON Schemas of site.yaml, the data files and charts.yaml, for editors' tools. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = "Prints the JSON Schema of one YAML file (e.g. round.yaml), or writes them all with --output. "
                + "Without arguments, lists the files that have one. The site also publishes them under schemas/.")
public final class SchemaCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "0..1", description = "A file name such as round.yaml.")
    String file;

    @Option(names = "--output", paramLabel = "DIR", description = "Write every schema as DIR/<name>.json.")
    Path output;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        Map<String, byte[]> schemas = new SchemaCatalog().schemas();
        if (output != null) {
            Files.createDirectories(output);
            for (Map.Entry<String, byte[]> schema : schemas.entrySet()) {
                Files.write(output.resolve(SchemaCatalog.jsonName(schema.getKey())), schema.getValue());
            }
            out.println("Wrote " + schemas.size() + " schemas to " + output);
            return ExitCode.OK;
        }
        if (file == null) {
            schemas.keySet().forEach(out::println);
            return ExitCode.OK;
        }
        byte[] schema = schemas.get(file);
        if (schema == null) {
            spec.commandLine().getErr().println("error: no schema for \"" + file + "\"; files with one: "
                    + String.join(", ", schemas.keySet()));
            return ExitCode.USAGE;
        }
        out.print(new String(schema, StandardCharsets.UTF_8));
        return ExitCode.OK;
    }
}
