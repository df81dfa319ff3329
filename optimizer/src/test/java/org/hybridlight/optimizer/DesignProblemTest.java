package org.hybridlight.optimizer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

class DesignProblemTest {

    /** The CCT a random start lands near before any optimization: only that it is a white near 3000 K, K. */
    private static final double UNOPTIMIZED_CCT_K = 600.0;

    private static final String UNITS = "\"units\": ["
            + "{\"ledPeakNm\": {\"fixed\": 510}, \"ledFwhmNm\": {\"fixed\": 30}, \"qdEmissionPeakNm\": {\"min\": 470,"
            + " \"max\": 505}, \"od1S\": {\"fixed\": 40}},"
            + "{\"ledPeakNm\": {\"fixed\": 635}, \"ledFwhmNm\": {\"fixed\": 17}, \"qdEmissionPeakNm\": {\"min\": 590,"
            + " \"max\": 625}, \"od1S\": {\"fixed\": 40}}]";

    @Test
    void tm30ObjectivesAndConstraintsAreEvaluated() throws Exception {
        DesignProblem.Spec spec = OptimizeConfigReader.parse(Path.of("t.json"), "{\"target\": {\"cctK\": 3000}, "
                + UNITS + ", \"objective\": {\"rf\": 1}, \"constraints\": {\"minRg\": 90}}", null);
        assertThat(DesignProblem.needsTm30(spec)).isTrue();
        DesignProblem p = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
        DesignProblem.Candidate c = p.candidate(p.initialPoint());
        assertThat(c.metric(Metric.RF)).isEqualTo(c.colorimetry().rf()).isFinite();
        assertThat(c.metric(Metric.RG)).isEqualTo(c.colorimetry().rg()).isFinite();
        // the objective is minus Rf/100 plus the Rg shortfall penalty (and the chromaticity penalty, if any)
        assertThat(p.value(p.initialPoint())).isGreaterThanOrEqualTo(-c.metric(Metric.RF) / 100 - 1e-12);
    }

    @Test
    void twoUnitsOnTargetHaveWeightsThatHitTheChromaticity() throws Exception {
        DesignProblem.Spec spec = OptimizeConfigReader.parse(Path.of("t.json"), "{\"target\": {\"cctK\": 3000,"
                + " \"duvTolerance\": 0.01}, " + UNITS + "}", null);
        DesignProblem p = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        DesignProblem.Candidate c = p.candidate(p.initialPoint());
        // two units reach only a line through their chromaticities; weights stay physical, the largest is 1
        double max = 0;
        for (double w : c.source().weights()) {
            assertThat(w).isBetween(0.0, 1.0);
            max = Math.max(max, w);
        }
        assertThat(max).isEqualTo(1.0);
        assertThat(c.colorimetry().cctK()).isCloseTo(3000, within(UNOPTIMIZED_CCT_K));
    }
}
