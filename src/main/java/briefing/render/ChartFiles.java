package briefing.render;

import briefing.chart.ChartCache;
import briefing.chart.ChartDataExporter;
import briefing.chart.ChartLayout;
import briefing.chart.ChartRenderer;
import briefing.chart.ChartSpec;
import briefing.chart.RenderedChart;
import briefing.engine.Engine;
import briefing.engine.Query;
import briefing.site.Site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Draws every chart of the site and exports its data: per chart a light and a dark SVG for the page, a 2x PNG for
 * feeds and social cards, and CSV and JSON downloads. File names are the chart's id, stable from build to build.
 */
public final class ChartFiles {

    static String lightSvg(ChartSpec c) {
        return c.id() + ".svg";
    }

    static String darkSvg(ChartSpec c) {
        return c.id() + "-dark.svg";
    }

    /** The narrow shape for phones, chosen by the page's {@code <picture>}. */
    static String narrowSvg(ChartSpec c) {
        return c.id() + ChartLayout.NARROW.suffix() + ".svg";
    }

    static String narrowDarkSvg(ChartSpec c) {
        return c.id() + ChartLayout.NARROW.suffix() + "-dark.svg";
    }

    static String png(ChartSpec c) {
        return c.id() + ".png";
    }

    static String csv(ChartSpec c) {
        return c.id() + ".csv";
    }

    static String json(ChartSpec c) {
        return c.id() + ".json";
    }

    /**
     * A chart drawn in one shape, by its full spec, locale and layout: memoised by the engine (a rebuild in
     * {@code serve} redraws only the charts whose data or declaration changed), and read from or saved to the disk
     * cache by the renderer.
     */
    public static final Query<List<Object>, RenderedChart> DRAWN = new Query<>("chart.drawn");

    /** Charts of the current (or last) build filed so far, for a progress line; read from another thread. */
    private final java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
    /** Of the last build's distinct charts, how many were drawn (the rest came from the cache or the previous build). */
    private volatile int drawnCount;
    private volatile int distinctCount;

    /** Charts placed so far in the build running now (or all of the last one's). */
    public int done() {
        return done.get();
    }

    /** Of the last build's distinct charts, how many were drawn rather than reused. */
    public int drawnCount() {
        return drawnCount;
    }

    /** The last build's distinct charts (a chart placed twice counts once). */
    public int distinctCount() {
        return distinctCount;
    }

    /**
     * @param engine where the charts of earlier builds of this process are memoised
     * @param cache  charts drawn by earlier runs, or null to draw every chart the engine does not have
     */
    public synchronized List<OutputFile> render(Site site, Engine engine, ChartCache cache) {
        List<OutputFile> files = new ArrayList<>();
        List<Site.PlacedChart> charts = site.charts();
        done.set(0);
        drawnCount = 0;
        distinctCount = 0;
        if (charts.isEmpty()) {
            return files; // no chart: don't pay for starting AWT
        }
        java.util.Locale locale = site.content().config().locale();
        ChartRenderer renderer = new ChartRenderer(locale, cache);
        ChartDataExporter exporter = new ChartDataExporter();
        // Charts are drawn on both cores (each drawing is independent), then filed in the site's chart order.
        Map<List<Object>, RenderedChart> now = new java.util.concurrent.ConcurrentHashMap<>();
        charts.parallelStream().forEach(p -> {
            for (ChartLayout layout : List.of(ChartLayout.WIDE, ChartLayout.NARROW)) {
                List<Object> key = List.of(p.chart(), locale, layout.id());
                now.computeIfAbsent(key, k -> engine.get(DRAWN, k, reads -> renderer.render(p.chart(), layout)));
            }
            done.incrementAndGet();
        });
        for (Site.PlacedChart p : charts) {
            String folder = site.urls().outputPath(p.pagePath()).replace("index.html", "charts/");
            ChartSpec c = p.chart();
            RenderedChart drawn = now.get(List.of(c, locale, ChartLayout.WIDE.id()));
            RenderedChart narrow = now.get(List.of(c, locale, ChartLayout.NARROW.id()));
            files.add(new OutputFile(folder + lightSvg(c), drawn.lightSvg()));
            files.add(new OutputFile(folder + darkSvg(c), drawn.darkSvg()));
            files.add(new OutputFile(folder + narrowSvg(c), narrow.lightSvg()));
            files.add(new OutputFile(folder + narrowDarkSvg(c), narrow.darkSvg()));
            files.add(new OutputFile(folder + png(c), drawn.png()));
            files.add(new OutputFile(folder + csv(c), exporter.csv(c)));
            files.add(new OutputFile(folder + json(c), exporter.json(c)));
        }
        drawnCount = (renderer.drawnCount() + 1) / 2; // counted per chart, not per shape
        distinctCount = now.size() / 2; // each chart is drawn in two shapes
        return files;
    }
}
