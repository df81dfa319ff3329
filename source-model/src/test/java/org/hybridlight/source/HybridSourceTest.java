package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.LAST_BIT;
import static org.hybridlight.source.Tolerances.ROUNDING;

import java.util.List;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

class HybridSourceTest {

    @Test
    void combiningUnitResultsEqualsSimulatingDrivenUnits() {
        WavelengthGrid g = WavelengthGrid.COMPUTATION;
        List<LedQdUnit> units = List.of(
                new LedQdUnit(new Led(LedShape.OHNO_2005, 510, 30, 0.1, null), QuantumDot.ofCore(2.2), 30, 0),
                new LedQdUnit(new Led(LedShape.GAUSSIAN_ENERGY, 635, 17, 0.05, null), QuantumDot.ofCore(3.5), 60, 1));
        double[] w = {0.7, 1.3};
        HybridResult r = new HybridSource(units, w, 310).simulate(g);
        double[] white = new double[g.size()];
        double in = 0;
        for (int k = 0; k < 2; k++) {
            LedQdUnit u = units.get(k);
            UnitResult driven = new LedQdUnit(u.led().withOpticalPowerW(u.led().opticalPowerW() * w[k]), u.qd(),
                    u.od1S(), u.reabsorptionPathFactor()).simulate(310, g);
            in += driven.opticalPowerInW();
            for (int i = 0; i < white.length; i++) {
                white[i] += driven.totalWPerNm()[i];
            }
        }
        assertThat(r.opticalPowerInW()).isCloseTo(in, within(LAST_BIT));
        for (int i = 0; i < white.length; i++) {
            assertThat(r.whiteWPerNm()[i]).isCloseTo(white[i], within(ROUNDING * Math.max(1e-3, white[i])));
        }
        assertThat(r.powerConversionEfficiency()).isEqualTo(r.opticalPowerOutW() / r.opticalPowerInW());
    }
}
