package org.hybridlight.colorimetry.illuminant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlanckianRadiatorTest {

    /** Stefan–Boltzmann law from the summed spectrum, relative (the sum's truncation and step). */
    private static final double TOTAL_POWER_RELATIVE = 1e-4;
    /** σ from c1, c2 against CODATA's 5.670374 × 10⁻⁸ W m⁻² K⁻⁴ (CIE's c2 differs in the fifth digit). */
    private static final double SIGMA = 5e-12;
    /** Wien's peak found on a fine grid, nm. */
    private static final double PEAK_NM = 0.002;
    /** A normalized value: rounding only. */
    private static final double NORMALIZED = 1e-9;

    @ParameterizedTest
    @ValueSource(doubles = {1000, 2856, 3000, 6500, 20000})
    void integralIsStefanBoltzmann(double t) {
        // ∫ M dλ = π⁴ c1 / (15 c2⁴) T⁴ (the Stefan–Boltzmann law written with the same constants)
        double sum = 0;
        double step = 0.05;
        for (double nm = 20; nm < 2_000_000; nm += step) {
            sum += PlanckianRadiator.spectralExitanceWPerM2Nm(nm, t) * step;
            step = nm * 1e-4;
        }
        double sigma = Math.pow(Math.PI, 4) * PlanckianRadiator.C1_W_M2 / (15 * Math.pow(PlanckianRadiator.C2_M_K, 4));
        assertThat(sum).isCloseTo(sigma * Math.pow(t, 4), within(TOTAL_POWER_RELATIVE * sigma * Math.pow(t, 4)));
        // and that is the familiar σ = 5.6704e-8 W m⁻² K⁻⁴ up to the CIE's rounding of c2
        assertThat(sigma).isCloseTo(5.670374e-8, within(SIGMA));
    }

    @ParameterizedTest
    @ValueSource(doubles = {2000, 3000, 5000})
    void peakFollowsWiensLaw(double t) {
        // λ_max T = c2 / 4.965114231744276 (root of x = 5 (1 − e^−x))
        double expected = PlanckianRadiator.C2_M_K / 4.965114231744276 / t * 1e9;
        double best = 0;
        double bestNm = 0;
        for (double nm = expected - 20; nm <= expected + 20; nm += 0.001) {
            double m = PlanckianRadiator.spectralExitanceWPerM2Nm(nm, t);
            if (m > best) {
                best = m;
                bestNm = nm;
            }
        }
        assertThat(bestNm).isCloseTo(expected, within(PEAK_NM));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0, -5, Double.NaN})
    void rejectsNonPhysicalTemperatures(double t) {
        assertThatThrownBy(() -> PlanckianRadiator.spectrum(t, WavelengthGrid.COMPUTATION))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("K");
    }

    @ParameterizedTest
    @ValueSource(doubles = {2000, 3000, 6500})
    void relativeSpectrumIsHundredAt560(double t) {
        Spectrum s = PlanckianRadiator.spectrum(t, WavelengthGrid.COMPUTATION);
        assertThat(s.valuesAt(new double[] {560})[0]).isCloseTo(100, within(NORMALIZED));
    }

    @ParameterizedTest
    @ValueSource(doubles = {1000, 2856, 3000.5, 6504, 25000, 100000})
    void onGridGivesTheLawsValuesBitForBit(double temperatureK) {
        WavelengthGrid grid = WavelengthGrid.COMPUTATION;
        double[] sampled = new double[grid.size()];
        new PlanckianRadiator.OnGrid(grid).exitanceInto(temperatureK, sampled);
        for (int i = 0; i < sampled.length; i++) {
            assertThat(sampled[i]).as("%s nm", grid.wavelengthNm(i))
                    .isEqualTo(PlanckianRadiator.spectralExitanceWPerM2Nm(grid.wavelengthNm(i), temperatureK));
        }
    }
}
