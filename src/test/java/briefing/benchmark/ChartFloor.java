package briefing.benchmark;

import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieChartBuilder;
import org.knowm.xchart.VectorGraphicsEncoder;

import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for a build with charts: a JVM that starts, initialises AWT headless and writes one XChart SVG. The
 * benchmark runs it as a whole process ({@code java -cp target/bench-classes:target/briefing.jar
 * briefing.benchmark.ChartFloor OUT_DIR}), so its wall time includes JVM start-up exactly like a build's does.
 */
public final class ChartFloor {

    private ChartFloor() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        if (!GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("not headless");
        }
        Toolkit.getDefaultToolkit();
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Files.createDirectories(out);
        PieChart chart = new PieChartBuilder().width(720).height(420).title("Floor").build();
        chart.addSeries("Amazon", 50);
        chart.addSeries("SoftBank", 30);
        chart.addSeries("Rest", 20);
        VectorGraphicsEncoder.saveVectorGraphic(chart, out.resolve("floor.svg").toString(),
                VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
    }
}
