package briefing;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** Keeps the packages' arrows pointing one way: each stage uses only the stages before it. */
class ArchitectureTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("briefing");

    @Test
    void packagesDependOnlyOnEarlierStages() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("diagnostic").definedBy("briefing.diagnostic..")
                .layer("engine").definedBy("briefing.engine..")
                .layer("value").definedBy("briefing.value..")
                .layer("source").definedBy("briefing.source..")
                .layer("config").definedBy("briefing.config..")
                .layer("dataset").definedBy("briefing.dataset..")
                .layer("data").definedBy("briefing.data..")
                .layer("chart").definedBy("briefing.chart..")
                .layer("content").definedBy("briefing.content..")
                .layer("desk").definedBy("briefing.desk..")
                .layer("site").definedBy("briefing.site..")
                .layer("render").definedBy("briefing.render..")
                .layer("check").definedBy("briefing.check..")
                .layer("output").definedBy("briefing.output..")
                .layer("pipeline").definedBy("briefing.pipeline..")
                .layer("serve").definedBy("briefing.serve..")
                .layer("history").definedBy("briefing.history..")
                .layer("cli").definedBy("briefing.cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("history").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("serve", "cli")
                .whereLayer("output").mayOnlyBeAccessedByLayers("pipeline", "serve", "cli")
                .whereLayer("check").mayOnlyBeAccessedByLayers("pipeline", "serve", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("check", "output", "pipeline", "serve", "cli")
                .whereLayer("desk").mayOnlyBeAccessedByLayers("site", "render", "check", "output", "pipeline", "serve", "cli")
                .whereLayer("site").mayOnlyBeAccessedByLayers("render", "check", "output", "pipeline", "serve", "cli")
                .whereLayer("content").mayOnlyBeAccessedByLayers("desk", "site", "render", "check", "output", "pipeline", "serve",
                        "history", "cli")
                .whereLayer("chart").mayOnlyBeAccessedByLayers("content", "desk", "site", "render", "check", "output", "pipeline",
                        "serve", "cli")
                .whereLayer("data").mayOnlyBeAccessedByLayers("chart", "content", "desk", "site", "render", "check", "output",
                        "pipeline", "serve", "history", "cli")
                .whereLayer("dataset").mayOnlyBeAccessedByLayers("data", "chart", "content", "desk", "site", "render",
                        "check", "output", "pipeline", "serve", "history", "cli")
                .whereLayer("config").mayOnlyBeAccessedByLayers("dataset", "data", "chart", "content", "desk", "site", "render", "check",
                        "output", "pipeline", "serve", "history", "cli")
                .whereLayer("source").mayOnlyBeAccessedByLayers("config", "dataset", "data", "chart", "content", "desk", "site", "render",
                        "check", "output", "pipeline", "serve", "history", "cli")
                .whereLayer("engine").mayOnlyBeAccessedByLayers("value", "source", "config", "dataset", "data",
                        "chart", "content", "desk", "site", "render", "check", "output", "pipeline", "serve",
                        "history", "cli")
                .whereLayer("value").mayOnlyBeAccessedByLayers("source", "config", "dataset", "data", "chart", "content", "desk", "site",
                        "render", "check", "output", "pipeline", "serve", "history", "cli")
                .check(CLASSES);
    }

    /**
     * Configuration is passed in: only the command line reads the environment or sets a system property (a
     * JVM-wide global that would leak between builds, tests and servers in one JVM).
     */
    @Test
    void onlyTheCliReadsTheEnvironmentOrSetsSystemProperties() {
        noClasses().that().resideOutsideOfPackage("briefing.cli..")
                .should().callMethod(System.class, "getenv")
                .orShould().callMethod(System.class, "getenv", String.class)
                .orShould().callMethod(System.class, "setProperty", String.class, String.class)
                .orShould().callMethod(System.class, "clearProperty", String.class)
                .orShould().callMethod(System.class, "setProperties", java.util.Properties.class)
                .check(CLASSES);
    }

    @Test
    void onlyTheCliPrints() {
        noClasses().that().resideOutsideOfPackage("briefing.cli..")
                .should().accessField(System.class, "out")
                .orShould().accessField(System.class, "err")
                .check(CLASSES);
    }
}
