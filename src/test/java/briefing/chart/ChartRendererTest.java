package briefing.chart;

import briefing.diagnostic.SourceLocation;
import briefing.value.ValueFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ChartRendererTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final List<String> CATEGORIES = List.of("Cloud", "Devices", "Ads & search", "Services");

    private final ChartRenderer renderer = new ChartRenderer(Locale.US, null);

    static ChartSpec spec(ChartType type, int seriesCount, Double... firstSeries) {
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int s = 0; s < seriesCount; s++) {
            List<ChartSpec.Point> points = new ArrayList<>();
            for (int i = 0; i < CATEGORIES.size(); i++) {
                Double value = s == 0 && firstSeries.length > 0 ? firstSeries[i] : Double.valueOf((i + 1) * 12.5e9 + s * 5e9);
                String shown = value == null ? "n/a" : new briefing.value.ValueFormat(Locale.US).moneyShort(
                        new briefing.value.Money("USD", java.math.BigDecimal.valueOf(value),
                                briefing.value.Qualifier.EXACT));
                points.add(new ChartSpec.Point(CATEGORIES.get(i), value, shown, shown, false,
                        Optional.empty(), Optional.of(LocalDate.of(2022 + i, 1, 1))));
            }
            series.add(new ChartSpec.Series(s == 0 ? "Revenue" : "Profit", points));
        }
        return new ChartSpec("rev-" + type.id(), type, "Revenue <by> segment", Optional.empty(),
                "Revenue rose from $12.5B & more.", Optional.of("Segment"), Optional.of("Revenue"), ValueKind.MONEY,
                Optional.of("USD"), Optional.empty(), Optional.empty(), CATEGORIES, series,
                new SourceLocation("charts.yaml", 1, 1));
    }

    private static int seriesFor(ChartType type) {
        return type == ChartType.GROUPED_BAR || type == ChartType.STACKED_BAR || type == ChartType.LINE ? 2 : 1;
    }

    static Document parse(byte[] svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        DocumentBuilder builder = factory.newDocumentBuilder();
        return builder.parse(new ByteArrayInputStream(svg));
    }

    private static List<String> texts(Document document) {
        NodeList nodes = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void svgIsAccessibleResponsiveXmlWithTextAsText(ChartType type) throws Exception {
        ChartSpec spec = spec(type, seriesFor(type));
        RenderedChart chart = renderer.render(spec);

        for (byte[] svg : List.of(chart.lightSvg(), chart.darkSvg())) {
            String source = new String(svg, StandardCharsets.UTF_8);
            assertThat(source).doesNotContain("<!DOCTYPE").doesNotContain("svg11.dtd");
            Document document = parse(svg);
            assertThat(document.getDoctype()).isNull();
            Element root = document.getDocumentElement();
            assertThat(root.getLocalName()).isEqualTo("svg");
            assertThat(root.getAttribute("role")).isEqualTo("img");
            assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 720 420");
            assertThat(root.getAttribute("width")).isEqualTo("100%");
            assertThat(root.hasAttribute("height")).isFalse();
            String prefix = "chart-rev-" + type.id() + "-";
            assertThat(root.getAttribute("aria-labelledby")).isEqualTo(prefix + "title " + prefix + "desc");

            Element title = firstElementChild(root);
            assertThat(title.getLocalName()).isEqualTo("title");
            assertThat(title.getAttribute("id")).isEqualTo(prefix + "title");
            assertThat(title.getTextContent()).isEqualTo("Revenue <by> segment");
            Element desc = nextElement(title);
            assertThat(desc.getLocalName()).isEqualTo("desc");
            assertThat(desc.getAttribute("id")).isEqualTo(prefix + "desc");
            assertThat(desc.getTextContent()).isEqualTo("Revenue rose from $12.5B & more.");

            List<String> texts = texts(document);
            // One title, in the page's caption and the SVG's <title>: the graphic does not repeat it.
            assertThat(texts).doesNotContain("Revenue <by> segment");
            switch (type) {
                case PIE, DONUT -> assertThat(texts).contains("Cloud ($12.5B)", "Services ($50B)", "10%", "40%");
                case LINE -> assertThat(texts).contains("$20B", "$50B", "Revenue", "Profit", "Segment");
                default -> assertThat(texts).containsAll(CATEGORIES).contains("$50B", "Segment", "Revenue");
            }

            // Every id carries the chart's prefix; every reference points at one of them.
            Matcher ids = Pattern.compile("\\bid=\"([^\"]*)\"").matcher(source);
            List<String> idList = new ArrayList<>();
            while (ids.find()) {
                idList.add(ids.group(1));
            }
            assertThat(idList).isNotEmpty().allMatch(id -> id.startsWith(prefix)).doesNotHaveDuplicates();
            Matcher refs = Pattern.compile("(?:url\\(#|href=\"#)([^\")]*)").matcher(source);
            while (refs.find()) {
                assertThat(idList).contains(refs.group(1));
            }
            assertThat(svg.length).isLessThan(30_000);
        }
        assertThat(chart.lightSvg()).isNotEqualTo(chart.darkSvg());
        String light = new String(chart.lightSvg(), StandardCharsets.UTF_8);
        String dark = new String(chart.darkSvg(), StandardCharsets.UTF_8);
        assertThat(light).contains("fill:rgb(255,255,255)").doesNotContain("rgb(21,23,27)");
        assertThat(dark).contains("fill:rgb(21,23,27)");
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void pngIsTwiceTheSize(ChartType type) throws Exception {
        byte[] png = renderer.render(spec(type, seriesFor(type))).png();
        assertThat(Arrays.copyOf(png, 8)).isEqualTo(PNG_SIGNATURE);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(840);
        assertThat(new String(png, StandardCharsets.ISO_8859_1)).doesNotContain("tIME");
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void rendersAreByteIdenticalWhateverTheDefaultLocaleAndTimeZone(ChartType type) {
        ChartSpec spec = spec(type, seriesFor(type));
        RenderedChart first = renderer.render(spec);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            // th_TH_TH, fa-IR and ar-EG format numbers with non-Latin digits by default; DejaVu Sans has no
            // glyphs for Thai digits, so a number formatted in the JVM's locale would draw as boxes.
            for (Locale jvm : List.of(Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("de-DE"),
                    new Locale("th", "TH", "TH"), Locale.forLanguageTag("fa-IR"), Locale.forLanguageTag("ar-EG"))) {
                String tag = jvm.toString();
                Locale.setDefault(jvm);
                TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
                RenderedChart again = new ChartRenderer(Locale.US, null).render(spec);
                assertThat(new String(again.lightSvg(), StandardCharsets.UTF_8)).as(tag + " light")
                        .isEqualTo(new String(first.lightSvg(), StandardCharsets.UTF_8));
                assertThat(new String(again.darkSvg(), StandardCharsets.UTF_8)).as(tag + " dark")
                        .isEqualTo(new String(first.darkSvg(), StandardCharsets.UTF_8));
                assertThat(again.png()).as(tag + " png").isEqualTo(first.png());
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertThat(renderer.render(spec)).isEqualTo(first);
    }

    @ParameterizedTest
    @EnumSource(ChartType.class)
    void missingValuesAreSkipped(ChartType type) throws Exception {
        ChartSpec spec = spec(type, seriesFor(type), 12.5e9, null, 37.5e9, 50e9);
        RenderedChart chart = renderer.render(spec);
        List<String> texts = texts(parse(chart.lightSvg()));
        assertThat(texts).isNotEmpty();
        if (type.isPartOfWhole()) {
            // No slice, no legend entry, no "0%": the missing category is simply absent.
            assertThat(texts).noneMatch(t -> t.startsWith("Devices")).doesNotContain("0%")
                    .contains("Cloud ($12.5B)");
        }
        if (type == ChartType.BAR || type == ChartType.HORIZONTAL_BAR) {
            // The category stays on the axis, but it gets no bar: three bars in the first colour, not four.
            assertThat(texts).contains("Devices");
            String svg = new String(chart.lightSvg(), StandardCharsets.UTF_8);
            assertThat(Pattern.compile("fill:rgb\\(0,114,178\\)").matcher(svg).results().count()).isEqualTo(3);
        }
        assertThat(ImageIO.read(new ByteArrayInputStream(chart.png())).getWidth()).isEqualTo(1440);
    }

    @Test
    void ticksFollowTheValueKindAndLocale() throws Exception {
        ChartSpec money = spec(ChartType.BAR, 1);
        ChartSpec count = withFormat(money, ValueKind.COUNT, List.of(4000.0, 8000.0, 12000.0, 16000.0));
        ChartSpec percent = withFormat(money, ValueKind.PERCENT, List.of(10.0, 20.0, 40.0, 50.0));
        assertThat(texts(parse(renderer.render(count).lightSvg()))).contains("16,000");
        assertThat(texts(parse(renderer.render(percent).lightSvg()))).contains("50%");
        assertThat(texts(parse(new ChartRenderer(Locale.GERMANY, null).render(count).lightSvg()))).contains("16.000");
    }

    /** JVM default locales whose numbers are not written in Latin digits (th_TH_TH: Thai; fa-IR, ar-EG: Arabic-Indic). */
    static final List<Locale> NON_LATIN_DIGITS = List.of(new Locale("th", "TH", "TH"), Locale.forLanguageTag("fa-IR"),
            Locale.forLanguageTag("ar-EG"));

    @Test
    void everyNumberInEveryChartIsTheSiteLocalesWhateverTheJvmDefault() throws Exception {
        ChartSpec money = spec(ChartType.BAR, 1);
        List<ChartSpec> specs = new ArrayList<>();
        for (ChartType type : ChartType.values()) {
            // Counts and percents: value labels inside bars, ticks, slice shares; money on every kind too.
            specs.add(withType(withFormat(money, ValueKind.COUNT, List.of(4000.0, 8000.0, 12000.0, 16000.0)), type));
            specs.add(withType(withFormat(money, ValueKind.PERCENT, List.of(10.0, 20.0, 40.0, 30.0)), type));
            specs.add(spec(type, seriesFor(type)));
        }
        List<String> texts = new ArrayList<>();
        List<String> descriptions = new ArrayList<>();
        List<RenderedChart> charts = new ArrayList<>();
        for (ChartSpec spec : specs) {
            RenderedChart chart = renderer.render(spec);
            charts.add(chart);
            texts.add(String.join("|", texts(parse(chart.lightSvg()))));
            descriptions.add(ChartDescriber.describe(spec, new briefing.value.ValueFormat(Locale.US)));
        }
        // Value labels inside the bars, ticks and slice shares are all there to compare.
        assertThat(String.join("|", texts)).contains("16,000", "12,000", "40%", "30%");
        Locale before = Locale.getDefault();
        try {
            for (Locale jvm : NON_LATIN_DIGITS) {
                Locale.setDefault(jvm);
                ChartRenderer again = new ChartRenderer(Locale.US, null);
                for (int i = 0; i < specs.size(); i++) {
                    String what = jvm + " " + specs.get(i).type().id() + " " + specs.get(i).format().id();
                    RenderedChart chart = again.render(specs.get(i));
                    assertThat(String.join("|", texts(parse(chart.lightSvg())))).as(what).isEqualTo(texts.get(i));
                    assertThat(chart.lightSvg()).as(what + " light").isEqualTo(charts.get(i).lightSvg());
                    assertThat(chart.darkSvg()).as(what + " dark").isEqualTo(charts.get(i).darkSvg());
                    assertThat(chart.png()).as(what + " png").isEqualTo(charts.get(i).png());
                    assertThat(ChartDescriber.describe(specs.get(i), new briefing.value.ValueFormat(Locale.US)))
                            .as(what + " description").isEqualTo(descriptions.get(i));
                }
            }
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void sliceSharesAreInTheSiteLocale() throws Exception {
        ChartSpec pie = withType(withFormat(spec(ChartType.BAR, 1), ValueKind.PERCENT, List.of(10.0, 20.0, 40.0, 30.0)),
                ChartType.DONUT);
        assertThat(texts(parse(renderer.render(pie).lightSvg()))).contains("10%", "40%");
        // German puts a no-break space before the percent sign; the text alternative says the same.
        ValueFormat german = new ValueFormat(Locale.GERMANY);
        assertThat(texts(parse(new ChartRenderer(Locale.GERMANY, null).render(pie).lightSvg())))
                .contains("10\u00a0%", "40\u00a0%").doesNotContain("40%");
        assertThat(ChartDescriber.describe(pie, german)).contains("Ads & search 40.0 (40\u00a0%)");
    }

    @Test
    void themesUseColourBlindSafePalettesWithContrast() {
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK)) {
            for (int i = 0; i < 4; i++) {
                assertThat(ChartTheme.contrast(theme.color(i), theme.plotBackground()))
                        .as(theme.name() + " colour " + i).isGreaterThanOrEqualTo(3.0);
            }
            assertThat(ChartTheme.contrast(theme.text(), theme.background())).isGreaterThanOrEqualTo(7.0);
            assertThat(ChartTheme.contrast(theme.mutedText(), theme.background())).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void titleAndDescriptionAreEscaped() throws Exception {
        byte[] svg = SvgPostProcessor.process(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720px\" height=\"420px\" viewBox=\"0 0 720 420\"><defs><clipPath id=\"clip7\"/></defs><g clip-path=\"url(#clip7)\"/></svg>"
                        .getBytes(StandardCharsets.UTF_8), "chart-x-", "A \"<b>\" & 'c'", "d\u0001e");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("A \"<b>\" & 'c'");
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("id=\"chart-x-clip1\"", "url(#chart-x-clip1)")
                .contains("<desc id=\"chart-x-desc\">de</desc>");
    }

    private static ChartSpec withFormat(ChartSpec spec, ValueKind kind, List<Double> values) {
        List<ChartSpec.Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(new ChartSpec.Point(CATEGORIES.get(i), values.get(i), String.valueOf(values.get(i)),
                    Optional.empty(), Optional.empty()));
        }
        return new ChartSpec(spec.id(), spec.type(), spec.title(), spec.subtitle(), spec.description(), spec.xLabel(),
                spec.yLabel(), kind, Optional.empty(), spec.note(), spec.source(), spec.categories(),
                List.of(new ChartSpec.Series("Value", points)), spec.location());
    }

    private static ChartSpec withType(ChartSpec spec, ChartType type) {
        List<ChartSpec.Series> series = new ArrayList<>(spec.series());
        if (seriesFor(type) > 1) {
            List<ChartSpec.Point> second = new ArrayList<>();
            for (ChartSpec.Point p : spec.series().get(0).points()) {
                second.add(new ChartSpec.Point(p.category(), p.value() / 2, p.display(), Optional.empty(),
                        Optional.empty()));
            }
            series.add(new ChartSpec.Series("Half", second));
        }
        return new ChartSpec(spec.id() + "-" + type.id(), type, spec.title(), spec.subtitle(), spec.description(),
                spec.xLabel(), spec.yLabel(), spec.format(), spec.currency(), spec.note(), spec.source(),
                spec.categories(), series, spec.location());
    }

    private static Element firstElementChild(Element parent) {
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                return element;
            }
        }
        throw new AssertionError("no child element");
    }

    private static Element nextElement(Element element) {
        for (var node = element.getNextSibling(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element e) {
                return e;
            }
        }
        throw new AssertionError("no next element");
    }
}
