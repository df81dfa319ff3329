package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

/** Results holding spectra are values: equal by content, and no caller can change them through an array. */
class ValueSemanticsTest {

    private static final WavelengthGrid GRID = WavelengthGrid.COMPUTATION;

    private static HybridSource source(double... weights) {
        return new HybridSource(List.of(new LedQdUnit(Led.paperDefault(), QuantumDot.ofCore(3.5), 20, 0),
                new LedQdUnit(new Led(LedShape.OHNO_2005, 510, 30, 0.1, null), QuantumDot.ofCore(2.2), 30, 0)),
                weights, 300);
    }

    @Test
    void theSameSimulationTwiceGivesEqualResults() {
        HybridResult a = source(1, 0.5).simulate(GRID);
        HybridResult b = source(1, 0.5).simulate(GRID);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(a.units().get(0)).isEqualTo(b.units().get(0)).hasSameHashCodeAs(b.units().get(0));
        assertThat(source(1, 0.5)).isEqualTo(source(1, 0.5)).hasSameHashCodeAs(source(1, 0.5));
        assertThat(source(1, 0.5)).isNotEqualTo(source(1, 0.6));
        assertThat(a).isNotEqualTo(source(1, 0.6).simulate(GRID));
        assertThat(a.toString()).contains("opticalPowerInW");
    }

    @Test
    void arraysGivenOrTakenAreCopies() {
        double[] weights = {1, 0.5};
        HybridSource s = source(weights);
        weights[1] = 7;
        s.weights()[0] = 9;
        assertThat(s.weights()).containsExactly(1, 0.5);

        HybridResult r = s.simulate(GRID);
        double before = r.whiteWPerNm()[250];
        r.whiteWPerNm()[250] = -1;
        r.units().get(0).totalWPerNm()[250] = -1;
        r.units().get(0).ledWPerNm()[250] = -1;
        assertThat(r.whiteWPerNm()[250]).isEqualTo(before);
        assertThat(r.units().get(0).totalWPerNm()[250]).isNotNegative();
        assertThat(r.units().get(0).ledWPerNm()[250]).isNotNegative();
        assertThat(r).isEqualTo(s.simulate(GRID));
    }
}
