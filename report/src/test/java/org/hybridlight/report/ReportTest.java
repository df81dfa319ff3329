package org.hybridlight.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.plot.SpectrumPlot;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignReader;
import org.junit.jupiter.api.Test;

/** What the report's spectrum shows: a design's white with each unit's parts, a measured spectrum as relative. */
class ReportTest {

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    /** The parts' sum against the white: rounding only. */
    private static final double ROUNDING = 1e-12;
    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);

    @Test
    void aDesignsSpectrumShowsEachUnitsLedAndQdLightAddingUpToTheWhite() throws Exception {
        Design d = DesignReader.read(EXAMPLES.resolve("paper-fig6b.json"));
        HybridResult r = d.source().simulate(WavelengthGrid.COMPUTATION);
        Colorimetry c = evaluator.evaluate(r.whiteSpectrum(), CriReference.parseBuiltIn(d.reference()));
        Report report = Report.ofDesign("paper-fig6b.json", null, d, d.reference(), c, r);
        SpectrumPlot.Data s = report.spectrum();
        assertThat(s.relative()).isFalse();
        assertThat(s.components()).extracting(SpectrumPlot.Component::name).isEqualTo(d.unitNames());
        double[] white = s.wPerNm();
        double[] sum = new double[white.length];
        for (SpectrumPlot.Component part : s.components()) {
            double[] led = part.ledWPerNm();
            double[] qd = part.qdWPerNm();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += led[i] + qd[i];
            }
        }
        for (int i = 0; i < sum.length; i++) {
            assertThat(sum[i]).as("index %d", i).isCloseTo(white[i], within(ROUNDING * (1 + Math.abs(white[i]))));
        }
    }

    @Test
    void aMeasuredSpectrumIsRelativeWithoutParts() {
        double[] nm = new double[401];
        double[] v = new double[nm.length];
        for (int i = 0; i < nm.length; i++) {
            nm[i] = 380 + i;
            v[i] = 0.5 + 0.5 * Math.exp(-Math.pow((nm[i] - 580) / 60, 2));
        }
        Spectrum sp = new Spectrum(nm, v);
        Colorimetry c = evaluator.evaluate(sp, CriReference.parseBuiltIn("auto"));
        Report report = Report.ofSpectrum("lamp", 1, 1, Path.of("lamp.csv"), "auto", sp, c);
        assertThat(report.spectrum().relative()).isTrue();
        assertThat(report.spectrum().components()).isEqualTo(List.of());
    }
}
