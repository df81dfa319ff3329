package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantumDotTest {

    @ParameterizedTest
    @ValueSource(doubles = {1.8, 2.5, 3.5, 5.0, 8.0})
    void sizingCurveRoundTrips(double diameter) {
        double nm = Yu2003CdSeSizing.firstExcitonNm(diameter);
        assertThat(Yu2003CdSeSizing.diameterNm(nm)).isCloseTo(diameter, within(1e-9));
    }

    @Test
    void sizingCurveMatchesYuAtKnownPoints() {
        // Yu et al.: a 1S peak near 570 nm is a core of about 3.5 nm; bigger cores absorb further red
        assertThat(Yu2003CdSeSizing.diameterNm(570)).isCloseTo(3.5, within(0.1));
        assertThat(Yu2003CdSeSizing.firstExcitonNm(4)).isGreaterThan(Yu2003CdSeSizing.firstExcitonNm(3));
        assertThat(Yu2003CdSeSizing.extinctionCoefficientPerMolarPerCm(3.5))
                .isCloseTo(5857 * Math.pow(3.5, 2.65), within(1e-6));
        assertThatThrownBy(() -> Yu2003CdSeSizing.firstExcitonNm(12)).hasMessageContaining("Yu 2003");
    }

    @Test
    void paperSingleDotEmitsNear610nm() {
        // the default shell: a 3.5 nm core with 3.5 monolayers of CdS
        QuantumDot qd = QuantumDot.ofCore(3.5);
        assertThat(qd.emissionPeakNm(300)).isBetween(600.0, 620.0);
    }

    @Test
    void firstExcitonShiftsByMinusPoint3MeVPerKelvin() {
        QuantumDot qd = QuantumDot.ofCore(3.5);
        assertThat(qd.firstExcitonEv(360) - qd.firstExcitonEv(300)).isCloseTo(-0.018, within(1e-12));
    }

    @Test
    void phononTailReproducesTheBoltzmannFitOfFig2b() {
        // A(E1S − 2 E_LO) / A(E1S) from 300 to 360 K, fitted with A exp(−ΔE/kT): the paper finds ΔE = 48 meV
        QuantumDot qd = QuantumDot.ofCore(3.5);
        SimpleRegression fit = new SimpleRegression();
        for (double t = 300; t <= 360; t += 10) {
            double e1s = qd.firstExcitonEv(t);
            double ratio = qd.relativeAbsorbance(e1s - 2 * QuantumDot.LO_PHONON_EV, t)
                    / qd.relativeAbsorbance(e1s, t);
            fit.addData(1 / (Photons.BOLTZMANN_EV_PER_K * t), Math.log(ratio));
        }
        double deltaEmeV = -fit.getSlope() * 1000;
        assertThat(deltaEmeV).isCloseTo(48, within(5.0));
        assertThat(fit.getRSquare()).isGreaterThan(0.999);
    }

    @Test
    void absorptionRisesTowardTheBlueAndFallsBelowTheGap() {
        QuantumDot qd = QuantumDot.ofCore(3.5);
        double e1s = qd.firstExcitonEv(300);
        assertThat(qd.relativeAbsorbance(e1s, 300)).isCloseTo(1, within(1e-12));
        assertThat(qd.relativeAbsorbance(e1s - 0.1, 300)).isLessThan(qd.relativeAbsorbance(e1s - 0.05, 300));
        assertThat(qd.relativeAbsorbance(2.8, 300)).isGreaterThan(1);
        // hotter dots absorb more below the gap
        double e = qd.firstExcitonEv(300) - 0.1;
        assertThat(qd.relativeAbsorbance(e - 0.018, 360) / qd.relativeAbsorbance(e, 300)).isGreaterThan(1);
    }
}
