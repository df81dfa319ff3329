package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.ROUNDING;
import static org.hybridlight.source.Tolerances.SOLVED;
import static org.hybridlight.source.Tolerances.TABLE_RELATIVE;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuantumDotTest {

    /** A core diameter read off Yu et al.'s sizing curve, nm. */
    private static final double YU_SIZE_READING_NM = 0.1;

    /** The tail law on the dot against the law itself, relative (the "within 1 %"). */
    private static final double TAIL_LAW_RELATIVE = 0.01;
    /** Fig. 2b: the fitted ΔE is 48 meV; the model must land within this, meV. */
    private static final double FIG_2B_TOLERANCE_MEV = 5;
    /** Half-maximum points of the 1S band against ±FWHM/2, eV (the higher transitions add a little above). */
    private static final double HALF_WIDTH_TOLERANCE_EV = 0.001;
    /** Ensemble FWHM against the quadrature sum of the band and the 1S spread, relative. */
    private static final double ENSEMBLE_WIDTH_RELATIVE = 0.1;

    private static QuantumDot dotEmitting(double nm) {
        return QuantumDot.ofCore(QuantumDot.coreDiameterForEmissionNm(nm, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV));
    }

    /** ΔE of the fit A exp(−ΔE/kT) to A(E1S − 2E_LO)/A(E1S) over 300–360 K, as in Fig. 2b, meV. */
    private static double fig2bDeltaEmeV(QuantumDot qd) {
        SimpleRegression fit = new SimpleRegression();
        for (double t = 300; t <= 360; t += 10) {
            double e1s = qd.firstExcitonEv(t);
            double ratio = qd.relativeAbsorbance(e1s - 2 * QuantumDot.LO_PHONON_EV, t)
                    / qd.relativeAbsorbance(e1s, t);
            fit.addData(1 / (Photons.BOLTZMANN_EV_PER_K * t), Math.log(ratio));
        }
        assertThat(fit.getRSquare()).isGreaterThan(0.99);
        return -fit.getSlope() * 1000;
    }

    /** The energy below (side −1) or above (+1) {@code from} where the relative absorbance falls to {@code level}. */
    private static double crossing(QuantumDot qd, double t, double from, int side, double level) {
        // within 0.1 eV: the higher transitions rise again from 0.12 eV above the 1S
        return new BrentSolver(1e-12).solve(1000, e -> qd.relativeAbsorbance(e, t) - level,
                side < 0 ? from - 0.1 : from, side < 0 ? from : from + 0.1);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.8, 2.5, 3.5, 5.0, 8.0})
    void sizingCurveRoundTrips(double diameter) {
        double nm = Yu2003CdSeSizing.firstExcitonNm(diameter);
        assertThat(Yu2003CdSeSizing.diameterNm(nm)).isCloseTo(diameter, within(TABLE_RELATIVE));
    }

    @Test
    void sizingCurveMatchesYuAtKnownPoints() {
        // Yu et al.: a 1S peak near 570 nm is a core of about 3.5 nm; bigger cores absorb further red
        assertThat(Yu2003CdSeSizing.diameterNm(570)).isCloseTo(3.5, within(YU_SIZE_READING_NM));
        assertThat(Yu2003CdSeSizing.firstExcitonNm(4)).isGreaterThan(Yu2003CdSeSizing.firstExcitonNm(3));
        assertThat(Yu2003CdSeSizing.extinctionCoefficientPerMolarPerCm(3.5))
                .isCloseTo(5857 * Math.pow(3.5, 2.65), within(ROUNDING * 5857 * Math.pow(3.5, 2.65)));
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
        assertThat(qd.firstExcitonEv(360) - qd.firstExcitonEv(300)).isCloseTo(-0.018, within(ROUNDING));
        QuantumDot steeper = new QuantumDot(3.5, 3.5, 0.0335, 0.025, 0.085, 0.05, 0.99, SubGapTailLaw.BOLTZMANN, 1, 0,
                -0.4e-3, null);
        assertThat(steeper.firstExcitonEv(360) - steeper.firstExcitonEv(300)).isCloseTo(-0.024, within(ROUNDING));
    }

    @Test
    void theBoltzmannTailReproducesTheFitOfFig2b() {
        // A(E1S − 2 E_LO) / A(E1S) from 300 to 360 K, fitted with A exp(−ΔE/kT): the paper finds ΔE = 48 meV
        QuantumDot qd = QuantumDot.ofCore(3.5);
        assertThat(qd.tailLaw()).isEqualTo(SubGapTailLaw.BOLTZMANN);
        assertThat(fig2bDeltaEmeV(qd)).isCloseTo(48, within(FIG_2B_TOLERANCE_MEV));
    }

    @Test
    void thePhononPopulationTailDoesNotFitFig2bButIsTheNthPowerOfThePopulation() {
        QuantumDot qd = QuantumDot.ofCore(3.5).withTail(SubGapTailLaw.PHONON_POPULATION, 1);
        // its apparent activation energy at 2 E_LO is far above the measured 48 meV
        assertThat(fig2bDeltaEmeV(qd)).isGreaterThan(70);
        for (double t = 300; t <= 360; t += 20) {
            double population = 1 / Math.expm1(QuantumDot.LO_PHONON_EV / (Photons.BOLTZMANN_EV_PER_K * t));
            double e1s = qd.firstExcitonEv(t);
            for (int n = 1; n <= 6; n++) {
                double expected = Math.pow(population, n);
                assertThat(qd.relativeAbsorbance(e1s - n * QuantumDot.LO_PHONON_EV, t)).as("%d phonons at %s K", n, t)
                        .isCloseTo(expected, within(TAIL_LAW_RELATIVE * expected));
            }
        }
    }

    @Test
    void thePrefactorScalesTheTailWhereItRulesAndNeverLiftsItAboveThePeak() {
        QuantumDot qd = QuantumDot.ofCore(3.5);
        double e1s = qd.firstExcitonEv(300);
        double one = qd.relativeAbsorbance(e1s - 0.12, 300);
        assertThat(qd.withTail(SubGapTailLaw.BOLTZMANN, 0.5).relativeAbsorbance(e1s - 0.12, 300))
                .isCloseTo(0.5 * one, within(SOLVED * one));
        QuantumDot strong = qd.withTail(SubGapTailLaw.BOLTZMANN, 10);
        for (double de = 0; de < 0.1; de += 0.005) {
            assertThat(strong.relativeAbsorbance(e1s - de, 300)).isLessThanOrEqualTo(1 + 1e-12);
        }
        // no tail: the band alone, a Gaussian (the shell's foot adds 3e-7 at this 1S)
        QuantumDot none = qd.withTail(SubGapTailLaw.BOLTZMANN, 0);
        double sigma = qd.absorptionFwhm1SEv() / (2 * Math.sqrt(2 * Math.log(2)));
        double gaussian = Math.exp(-0.5 * Math.pow(0.06 / sigma, 2));
        assertThat(none.relativeAbsorbance(e1s - 0.06, 300)).isCloseTo(gaussian, within(SOLVED * gaussian));
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.045, 0.05, 0.07})
    void theFirstExcitonBandHasTheFwhmItsParameterStatesOnBothSides(double fwhmEv) {
        QuantumDot qd = new QuantumDot(QuantumDot.coreDiameterForEmissionNm(610, 3.5, 0.0335, 0.025), 3.5, 0.0335,
                0.025, 0.085, fwhmEv, 0.99);
        double e1s = qd.firstExcitonEv(300);
        assertThat(e1s - crossing(qd, 300, e1s, -1, 0.5)).isCloseTo(fwhmEv / 2, within(HALF_WIDTH_TOLERANCE_EV));
        assertThat(crossing(qd, 300, e1s, 1, 0.5) - e1s).isCloseTo(fwhmEv / 2, within(HALF_WIDTH_TOLERANCE_EV));
    }

    @Test
    void aTailStrongerThanTheBandAtItsHalfWidthWidensTheLowSide() {
        // a 30 meV band: the Boltzmann tail is still above one half at 15 meV, so it sets the low half width
        // (kT ln 2); the phonon-population tail does so for the default band (N^n = 1/2 at n = 1.42)
        double core = QuantumDot.coreDiameterForEmissionNm(610, 3.5, 0.0335, 0.025);
        QuantumDot narrow = new QuantumDot(core, 3.5, 0.0335, 0.025, 0.085, 0.03, 0.99);
        double e1s = narrow.firstExcitonEv(300);
        double kT = Photons.BOLTZMANN_EV_PER_K * 300;
        assertThat(e1s - crossing(narrow, 300, e1s, -1, 0.5)).isCloseTo(kT * Math.log(2), within(SOLVED));
        QuantumDot pp = QuantumDot.ofCore(core).withTail(SubGapTailLaw.PHONON_POPULATION, 1);
        double n = Math.log(0.5) / Math.log(SubGapTailLaw.PHONON_POPULATION.populationFactor(300));
        assertThat(e1s - crossing(pp, 300, e1s, -1, 0.5)).isCloseTo(n * QuantumDot.LO_PHONON_EV, within(SOLVED));
    }

    @Test
    void dotsWhose1SLiesAboveTheShellEdgeAbsorbInTheShellBelowTheir1S() {
        // 1S near 2.65 eV, above the CdS edge (2.45 eV): below the 1S the shell's absorption rises with its edge on
        // top of the band's tail (both with the phonon factor of the missing energy), so absorbance / tail law grows
        // toward the edge; a red dot (1S 2.06 eV, far below the edge) follows the law exactly
        QuantumDot blue = dotEmitting(475);
        QuantumDot red = dotEmitting(610);
        double e1sBlue = blue.firstExcitonEv(300);
        assertThat(e1sBlue).isGreaterThan(QuantumDot.CDS_EDGE_EV + 0.15);
        double atEdge = blue.relativeAbsorbance(2.50, 300) / SubGapTailLaw.BOLTZMANN.ratio(e1sBlue - 2.50, 300);
        double belowEdge = blue.relativeAbsorbance(2.40, 300) / SubGapTailLaw.BOLTZMANN.ratio(e1sBlue - 2.40, 300);
        assertThat(atEdge / belowEdge).isGreaterThan(2);
        double e1s = red.firstExcitonEv(300);
        for (double de = 0.05; de < 0.3; de += 0.05) {
            assertThat(red.relativeAbsorbance(e1s - de, 300) / SubGapTailLaw.BOLTZMANN.ratio(de, 300))
                    .isCloseTo(1, within(SOLVED));
        }
    }

    @Test
    void absorptionRisesTowardTheBlueAndFallsBelowTheGap() {
        QuantumDot qd = QuantumDot.ofCore(3.5);
        double e1s = qd.firstExcitonEv(300);
        assertThat(qd.relativeAbsorbance(e1s, 300)).isCloseTo(1, within(ROUNDING));
        assertThat(qd.relativeAbsorbance(e1s - 0.1, 300)).isLessThan(qd.relativeAbsorbance(e1s - 0.05, 300));
        assertThat(qd.relativeAbsorbance(2.8, 300)).isGreaterThan(1);
        // hotter dots absorb more below the gap
        double e = qd.firstExcitonEv(300) - 0.1;
        assertThat(qd.relativeAbsorbance(e - 0.018, 360) / qd.relativeAbsorbance(e, 300)).isGreaterThan(1);
    }
}
