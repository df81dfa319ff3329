package org.hybridlight.colorimetry.plot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.svg.SVGGraphics2D;
import org.junit.jupiter.api.Test;

/** Tick labels carry just the decimals their step needs, by one rule for every plot. */
class AxisTicksTest {

    private static List<String> labels(double step, int ticks) {
        List<String> l = new ArrayList<>();
        for (int t = 0; t <= ticks; t++) {
            l.add(AxisTicks.label(t * step, step));
        }
        return l;
    }

    @Test
    void aLabelHasTheDecimalsOfItsStep() {
        assertThat(labels(50, 5)).containsExactly("0", "50", "100", "150", "200", "250");
        assertThat(labels(5, 8)).containsExactly("0", "5", "10", "15", "20", "25", "30", "35", "40");
        assertThat(labels(0.5, 3)).containsExactly("0", "0.5", "1.0", "1.5");
        assertThat(labels(0.25, 4)).containsExactly("0", "0.25", "0.50", "0.75", "1.00");
        assertThat(labels(0.02, 3)).containsExactly("0", "0.02", "0.04", "0.06");
        assertThat(labels(0.1, 3)).containsExactly("0", "0.1", "0.2", "0.3");
        // an absolute spectrum in W/nm: fixed to four decimals, then scientific with the step's digits
        assertThat(labels(0.0005, 2)).containsExactly("0", "0.0005", "0.0010");
        assertThat(labels(5e-6, 3)).containsExactly("0", "5e-06", "1.0e-05", "1.5e-05");
        // negative ticks, and the zero a float sum leaves, are written plainly
        assertThat(AxisTicks.label(-0.4, 0.1)).isEqualTo("-0.4");
        assertThat(AxisTicks.label(-0.4 + 4 * 0.1, 0.1)).isEqualTo("0");
        assertThat(AxisTicks.label(-20, 20)).isEqualTo("-20");
    }

    @Test
    void theDecimalsAreThoseThatWriteTheStepExactly() {
        assertThat(AxisTicks.decimals(50)).isZero();
        assertThat(AxisTicks.decimals(5)).isZero();
        assertThat(AxisTicks.decimals(0.5)).isEqualTo(1);
        assertThat(AxisTicks.decimals(0.25)).isEqualTo(2);
        assertThat(AxisTicks.decimals(0.02)).isEqualTo(2);
        assertThat(AxisTicks.decimals(0.1 * 3)).as("0.30000000000000004").isEqualTo(1);
        assertThat(AxisTicks.niceStep(250, 5)).isEqualTo(50);
        assertThat(AxisTicks.niceStep(0.0035, 5)).isEqualTo(0.0005, org.assertj.core.api.Assertions.within(1e-15));
    }

    /** A measured spectrum in relative units, as a report of a spectrum file shows it: CIE A from 10 to 240. */
    private static SpectrumPlot.Data relative() {
        double[] nm = new double[401];
        double[] v = new double[nm.length];
        for (int i = 0; i < nm.length; i++) {
            nm[i] = 380 + i;
            v[i] = 10 + 230 * Math.pow(i / 400.0, 1.3);
        }
        return new SpectrumPlot.Data("Spectrum (relative)", nm, v, List.of(), true);
    }

    @Test
    void aRenderedSpectrumsSvgHasNoNeedlessDecimals() {
        SVGGraphics2D g = new SVGGraphics2D(520, 340);
        SpectrumPlot.draw(new Java2DCanvas(g), 520, 340, relative(), new PlotColours());
        List<String> texts = new ArrayList<>();
        Matcher m = Pattern.compile("<text[^>]*>([^<]*)</text>").matcher(g.getSVGDocument());
        while (m.find()) {
            texts.add(m.group(1));
        }
        assertThat(texts).contains("0", "50", "100", "150", "200", "250", "400", "500", "700");
        assertThat(texts).noneMatch(t -> t.matches("-?\\d+\\.\\d*0"));
    }
}
