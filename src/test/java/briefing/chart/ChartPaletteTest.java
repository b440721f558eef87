package briefing.chart;

import briefing.data.Companies;
import briefing.data.Company;
import briefing.diagnostic.SourceLocation;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The categorical palette: every colour at a WCAG contrast of at least 3:1 with the light and the dark background,
 * any two colours apart for readers with the common colour vision deficiencies, and a company's colour the same
 * in every chart.
 */
class ChartPaletteTest {

    @Test
    void everyColourHasAContrastOfAtLeast3To1InBothThemes() {
        assertThat(ChartTheme.LIGHT.palette()).hasSize(ChartType.MAX_SERIES);
        for (ChartTheme theme : List.of(ChartTheme.LIGHT, ChartTheme.DARK)) {
            for (Color c : theme.palette()) {
                assertThat(ChartTheme.contrast(c, theme.background())).as(theme.name() + " " + c)
                        .isGreaterThanOrEqualTo(3.0);
            }
        }
    }

    /**
     * Simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira and Fernandes 2009, severity 1, applied to
     * linear RGB): the CIELAB distance of any two palette colours, as each reader sees them, stays at least 15 (a
     * distance of about 2 is just noticeable; categorical palettes aim at 10 and more).
     */
    @Test
    void anyTwoColoursStayApartUnderSimulatedColourBlindness() {
        Map<String, double[][]> visions = Map.of(
                "normal", new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}},
                "protanopia", new double[][] {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216},
                        {-0.003882, -0.048116, 1.051998}},
                "deuteranopia", new double[][] {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413},
                        {-0.011820, 0.042940, 0.968881}},
                "tritanopia", new double[][] {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602},
                        {0.004733, 0.691367, 0.303900}});
        List<Color> palette = ChartTheme.PALETTE;
        List<String> close = new ArrayList<>();
        for (Map.Entry<String, double[][]> vision : visions.entrySet()) {
            for (int i = 0; i < palette.size(); i++) {
                for (int j = i + 1; j < palette.size(); j++) {
                    double d = distance(lab(simulate(palette.get(i), vision.getValue())),
                            lab(simulate(palette.get(j), vision.getValue())));
                    if (d < 15) {
                        close.add(vision.getKey() + ": colours " + i + " and " + j + " are " + d + " apart");
                    }
                }
            }
        }
        assertThat(close).isEmpty();
    }

    @Test
    void aCompanyKeepsItsColourInEveryChartAndNoTwoThingsOfAChartShareOne() {
        Companies companies = new Companies(List.of(company("amazon", "Amazon"), company("openai", "OpenAI"),
                company("softbank", "SoftBank Group")));
        List<Integer> donut = CompanyColours.slots(List.of("Amazon", "SoftBank Group", "Rest of the round"),
                companies, 8);
        List<Integer> lines = CompanyColours.slots(List.of("OpenAI", "softbank", "Amazon"), companies, 8);
        assertThat(donut).containsExactly(0, 2, 1);
        assertThat(lines).containsExactly(1, 2, 0);
        // Names that are no company take the free slots in order.
        assertThat(CompanyColours.slots(List.of("Equity", "Data center"), companies, 8)).containsExactly(0, 1);
        // More companies than colours: a chart of two companies of one slot moves the second to a free one.
        assertThat(CompanyColours.slots(List.of("Amazon", "Ninth"), new Companies(List.of(company("amazon", "Amazon"),
                company("b", "B"), company("c", "C"), company("d", "D"), company("e", "E"), company("f", "F"),
                company("g", "G"), company("h", "H"), company("ninth", "Ninth"))), 8)).containsExactly(0, 1);
    }

    private static Company company(String id, String name) {
        return new Company(id, name, List.of(), "", Optional.empty(),
                new SourceLocation("companies.yaml", 1, 1));
    }

    private static double[] simulate(Color c, double[][] m) {
        double[] linear = {linear(c.getRed()), linear(c.getGreen()), linear(c.getBlue())};
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = 0;
            for (int j = 0; j < 3; j++) {
                v += m[i][j] * linear[j];
            }
            out[i] = Math.max(0, Math.min(1, v));
        }
        return out;
    }

    private static double linear(int channel) {
        double s = channel / 255.0;
        return s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
    }

    /** CIELAB under D65 from linear sRGB. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
        double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
        double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
        return new double[] {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
    }

    private static double f(double t) {
        return t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16.0 / 116;
    }

    private static double distance(double[] a, double[] b) {
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }
}
