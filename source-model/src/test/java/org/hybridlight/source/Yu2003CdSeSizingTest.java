package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.ROUNDING;

import org.junit.jupiter.api.Test;

/** {@link Yu2003CdSeSizing}: the curve's inverse, its slope, its range and the extinction law. */
class Yu2003CdSeSizingTest {

    /** Wavelength found again by the inverse, nm (the solver's tolerance is 10⁻¹² nm). */
    private static final double INVERSE_NM = 1e-9;
    /** Analytic slope against a central difference of ±10⁻³ nm, nm per nm. */
    private static final double SLOPE = 1e-8;

    @Test
    void theInverseFindsTheWavelengthAgainAcrossTheFittedRange() {
        for (double nm = Yu2003CdSeSizing.MIN_WAVELENGTH_NM; nm <= Yu2003CdSeSizing.MAX_WAVELENGTH_NM; nm += 2.5) {
            double d = Yu2003CdSeSizing.diameterNm(nm);
            assertThat(Yu2003CdSeSizing.firstExcitonNm(d)).as("%s nm", nm).isCloseTo(nm, within(INVERSE_NM));
        }
    }

    @Test
    void largerCoresAbsorbFartherToTheRedAndTheSlopeIsTheCurvesDerivative() {
        double previous = 0;
        for (double nm = Yu2003CdSeSizing.MIN_WAVELENGTH_NM; nm <= Yu2003CdSeSizing.MAX_WAVELENGTH_NM; nm += 5) {
            double d = Yu2003CdSeSizing.diameterNm(nm);
            assertThat(d).as("%s nm", nm).isGreaterThan(previous);
            previous = d;
            double numeric = (Yu2003CdSeSizing.diameterNm(nm + 1e-3) - Yu2003CdSeSizing.diameterNm(nm - 1e-3)) / 2e-3;
            assertThat(Yu2003CdSeSizing.diameterSlopeNmPerNm(nm)).as("%s nm", nm).isCloseTo(numeric, within(SLOPE));
            assertThat(numeric).isPositive();
        }
    }

    @Test
    void coresOutsideTheFittedRangeAreRefusedWithTheRange() {
        double tooSmall = Yu2003CdSeSizing.diameterNm(Yu2003CdSeSizing.MIN_WAVELENGTH_NM) * 0.9;
        assertThatThrownBy(() -> Yu2003CdSeSizing.firstExcitonNm(tooSmall))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Yu 2003 sizing curve");
        assertThatThrownBy(() -> Yu2003CdSeSizing.firstExcitonNm(Double.NaN))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theExtinctionCoefficientGrowsWithThePowerTwoPointSixFiveOfTheDiameter() {
        double ratio = Yu2003CdSeSizing.extinctionCoefficientPerMolarPerCm(6)
                / Yu2003CdSeSizing.extinctionCoefficientPerMolarPerCm(3);
        assertThat(Math.log(ratio) / Math.log(2)).isCloseTo(2.65, within(ROUNDING));
    }
}
