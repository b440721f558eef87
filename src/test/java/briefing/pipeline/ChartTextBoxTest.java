package briefing.pipeline;

import briefing.chart.ChartLayout;
import briefing.diagnostic.BuildFailedException;
import briefing.render.OutputFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every chart the build draws, measured as a reader's browser lays it out: the real briefing (its charts, the
 * company pages and the deal tracker) and every test site under {@code src/test/resources/sites} that builds. For
 * each {@code <text>} of each SVG the box is computed from its position (with the transforms around it) and the
 * metrics of the font it was drawn with (java.awt's, as XChart and our painters measured it). A box outside the
 * canvas is clipped text; two boxes that overlap are text over text. Sizes are checked at the narrowest width the
 * CSS shows each shape ({@link ChartLayout#minShownWidth()}): 13 CSS px at least on a 390 px phone, 12 on a desktop.
 */
class ChartTextBoxTest {

    /** Boxes may touch; they may not overlap by more than this (rounding of positions in the SVG). */
    private static final double SLACK = 0.75;
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final Pattern SIZE = Pattern.compile("font-size:([0-9.]+)px");
    private static final Pattern FAMILY = Pattern.compile("font-family:(?:&quot;|\")?([^;,\"&]+)");

    @TempDir
    static Path tmp;
    /** Site name + chart path -> SVG bytes. */
    static final Map<String, byte[]> charts = new TreeMap<>();

    @BeforeAll
    static void buildEverySite() throws Exception {
        collect("content", new BuildPipeline(Path.of("")).render(new BuildOptions(Path.of("content"),
                Path.of("templates"), tmp.resolve("unused"), Optional.empty(), false)).files());
        try (Stream<Path> sites = Files.list(Path.of("src/test/resources/sites"))) {
            for (Path site : sites.filter(p -> p.toString().endsWith(".txtar")).sorted().toList()) {
                String name = site.getFileName().toString();
                try {
                    TestSite test = TestSite.of(name, tmp.resolve(name));
                    collect(name, new BuildPipeline(test.dir()).render(test.options()).files());
                } catch (BuildFailedException expected) {
                    // a site of errors: it draws nothing
                }
            }
        }
    }

    private static void collect(String site, List<OutputFile> files) {
        for (OutputFile f : files) {
            if (f.path().contains("charts/") && f.path().endsWith(".svg")) {
                charts.put(site + ": " + f.path(), f.bytes());
            }
        }
    }

    record Box(String text, Rectangle2D bounds, double size) {
    }

    @Test
    void theBuildsDrawChartsInBothShapes() {
        assertThat(charts.keySet()).anyMatch(k -> k.startsWith("content: briefings/"))
                .anyMatch(k -> k.startsWith("content: companies/")).anyMatch(k -> k.startsWith("content: deals/"))
                .anyMatch(k -> k.contains("-narrow.svg")).anyMatch(k -> k.startsWith("charts-every-type"));
    }

    @Test
    void noTextIsClippedOrOverlapsOtherTextAndEveryTextIsLegible() throws Exception {
        List<String> problems = new ArrayList<>();
        int measured = 0;
        for (Map.Entry<String, byte[]> chart : charts.entrySet()) {
            Element root = parse(chart.getValue());
            String[] viewBox = root.getAttribute("viewBox").trim().split("\\s+");
            double width = Double.parseDouble(viewBox[2]);
            double height = Double.parseDouble(viewBox[3]);
            ChartLayout layout = width == ChartLayout.NARROW.width() ? ChartLayout.NARROW : ChartLayout.WIDE;
            double minimum = layout == ChartLayout.NARROW ? 13 : 12;
            List<Box> boxes = boxes(root);
            measured += boxes.size();
            Rectangle2D canvas = new Rectangle2D.Double(-SLACK, -SLACK, width + 2 * SLACK, height + 2 * SLACK);
            for (int i = 0; i < boxes.size(); i++) {
                Box a = boxes.get(i);
                double css = layout.cssPx(a.size(), layout.minShownWidth());
                if (css < minimum - 1e-9) {
                    problems.add(chart.getKey() + ": \"" + a.text() + "\" is " + css + " CSS px at "
                            + layout.minShownWidth() + " px, under " + minimum);
                }
                if (!canvas.contains(a.bounds())) {
                    problems.add(chart.getKey() + ": \"" + a.text() + "\" " + a.bounds() + " leaves the canvas "
                            + width + "x" + height);
                }
                for (int j = i + 1; j < boxes.size(); j++) {
                    Box b = boxes.get(j);
                    Rectangle2D overlap = a.bounds().createIntersection(b.bounds());
                    if (overlap.getWidth() > SLACK && overlap.getHeight() > SLACK) {
                        problems.add(chart.getKey() + ": \"" + a.text() + "\" overlaps \"" + b.text() + "\"");
                    }
                }
            }
        }
        assertThat(measured).isGreaterThan(100);
        assertThat(problems).isEmpty();
    }

    private static final Pattern COLOUR = Pattern.compile("(fill|stroke):rgb\\((\\d+),(\\d+),(\\d+)\\)");

    /**
     * Every colour a chart draws a mark in (bars, slices, lines, points, hatching, keys, annotation rings: every
     * shape but the background and the grid, whose faintness is the point) has a WCAG contrast of at least 3:1
     * with the background of its theme, light or dark, so no series fades into the page.
     */
    @Test
    void everyColourOfEveryChartStandsOutFromItsBackground() throws Exception {
        List<String> problems = new ArrayList<>();
        java.util.Set<String> seen = new java.util.TreeSet<>();
        for (Map.Entry<String, byte[]> chart : charts.entrySet()) {
            boolean dark = chart.getKey().endsWith("-dark.svg");
            briefing.chart.ChartTheme theme = dark ? briefing.chart.ChartTheme.DARK : briefing.chart.ChartTheme.LIGHT;
            Element root = parse(chart.getValue());
            NodeList all = root.getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.getLocalName().equals("text")) {
                    continue; // text is held to its own contrast, on what it sits on
                }
                Matcher m = COLOUR.matcher(e.getAttribute("style"));
                while (m.find()) {
                    java.awt.Color c = new java.awt.Color(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                            Integer.parseInt(m.group(4)));
                    if (c.equals(theme.background()) || c.equals(theme.grid())) {
                        continue;
                    }
                    double ratio = briefing.chart.ChartTheme.contrast(c, theme.background());
                    seen.add(theme.name() + " " + m.group(0).replaceFirst("^(fill|stroke):", ""));
                    if (ratio < 3) {
                        problems.add(chart.getKey() + ": " + m.group(0) + " has a contrast of "
                                + String.format(java.util.Locale.ROOT, "%.2f", ratio) + " with the background");
                    }
                }
            }
        }
        assertThat(seen).as("the colours measured").hasSizeGreaterThan(8);
        assertThat(problems).isEmpty();
    }

    /** The box of every non-blank text: advance and the font's ascent and descent, transformed to the canvas. */
    static List<Box> boxes(Element root) {
        List<Box> boxes = new ArrayList<>();
        NodeList texts = root.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            Element text = (Element) texts.item(i);
            String content = text.getTextContent();
            if (content.isBlank()) {
                continue;
            }
            String style = text.getAttribute("style");
            Matcher size = SIZE.matcher(style);
            assertThat(size.find()).as("font size of " + content).isTrue();
            float px = Float.parseFloat(size.group(1));
            Matcher family = FAMILY.matcher(style);
            String name = family.find() ? family.group(1).strip() : Font.SANS_SERIF;
            int weight = style.contains("font-weight:bold") ? Font.BOLD : Font.PLAIN;
            Font font = new Font(name, weight, 1).deriveFont(px);
            double advance = font.getStringBounds(content, FRC).getWidth();
            LineMetrics metrics = font.getLineMetrics(content, FRC);
            double x = number(text.getAttribute("x"));
            double y = number(text.getAttribute("y"));
            Rectangle2D local = new Rectangle2D.Double(x, y - metrics.getAscent(), advance,
                    metrics.getAscent() + metrics.getDescent());
            AffineTransform transform = new AffineTransform();
            List<Element> chain = new ArrayList<>();
            for (Node n = text; n instanceof Element e; n = n.getParentNode()) {
                chain.add(0, e);
            }
            for (Element e : chain) {
                transform.concatenate(transform(e.getAttribute("transform")));
            }
            boxes.add(new Box(content, transform.createTransformedShape(local).getBounds2D(), px));
        }
        return boxes;
    }

    private static double number(String attribute) {
        return attribute.isBlank() ? 0 : Double.parseDouble(attribute.trim().split("[\\s,]+")[0]);
    }

    private static final Pattern TRANSFORM = Pattern.compile("(matrix|translate|rotate|scale)\\(([^)]*)\\)");

    static AffineTransform transform(String attribute) {
        AffineTransform t = new AffineTransform();
        Matcher m = TRANSFORM.matcher(attribute);
        while (m.find()) {
            String[] parts = m.group(2).trim().split("[\\s,]+");
            double[] v = new double[parts.length];
            for (int i = 0; i < parts.length; i++) {
                v[i] = Double.parseDouble(parts[i]);
            }
            switch (m.group(1)) {
                case "matrix" -> t.concatenate(new AffineTransform(v[0], v[1], v[2], v[3], v[4], v[5]));
                case "translate" -> t.translate(v[0], v.length > 1 ? v[1] : 0);
                case "rotate" -> t.rotate(Math.toRadians(v[0]), v.length > 2 ? v[1] : 0, v.length > 2 ? v[2] : 0);
                default -> t.scale(v[0], v.length > 1 ? v[1] : v[0]);
            }
        }
        return t;
    }

    static Element parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg)).getDocumentElement();
    }
}
