package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.TABLE_RELATIVE;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SubGapTailLawTest {

    /** Relative agreement of the closed forms (rounding only). */
    private static final double EXACT = 1e-12;

    private static double kT(double t) {
        return Photons.BOLTZMANN_EV_PER_K * t;
    }

    @ParameterizedTest
    @ValueSource(doubles = {200, 300, 330, 360, 400})
    void boltzmannIsExpMinusDeltaEOverKT(double t) {
        for (double de : new double[] {0, 0.025, 0.05, 0.12, 0.3}) {
            assertThat(SubGapTailLaw.BOLTZMANN.ratio(de, t)).isCloseTo(Math.exp(-de / kT(t)),
                    within(EXACT * Math.exp(-de / kT(t))));
        }
    }

    @ParameterizedTest
    @ValueSource(doubles = {200, 300, 330, 360, 400})
    void phononPopulationIsTheNthPowerOfTheBoseEinsteinOccupation(double t) {
        double n = 1 / (Math.exp(QuantumDot.LO_PHONON_EV / kT(t)) - 1);
        assertThat(SubGapTailLaw.PHONON_POPULATION.populationFactor(t)).isCloseTo(n, within(EXACT * n));
        for (double phonons : new double[] {0, 1, 2, 4.8, 5, 7.5}) {
            double expected = Math.pow(n, phonons);
            assertThat(SubGapTailLaw.PHONON_POPULATION.ratio(phonons * QuantumDot.LO_PHONON_EV, t))
                    .isCloseTo(expected, within(EXACT * expected));
        }
    }

    @Test
    void atRoomTemperatureThePhononPopulationTailIsTenTimesTheBoltzmannOneAt120meV() {
        // the paper's Fig. 5b: 120 meV, five phonons, feasible
        double ratio = SubGapTailLaw.PHONON_POPULATION.ratio(0.12, 300) / SubGapTailLaw.BOLTZMANN.ratio(0.12, 300);
        assertThat(ratio).isBetween(9.0, 11.0);
    }

    @Test
    void phononPopulationNeedsAnOccupationBelowOne() {
        double max = SubGapTailLaw.PHONON_POPULATION.maxTemperatureK();
        assertThat(max).isCloseTo(QuantumDot.LO_PHONON_EV / (Photons.BOLTZMANN_EV_PER_K * Math.log(2)),
                within(TABLE_RELATIVE));
        assertThat(SubGapTailLaw.PHONON_POPULATION.populationFactor(max - 1e-6)).isLessThan(1);
        assertThatThrownBy(() -> SubGapTailLaw.PHONON_POPULATION.decayPerEv(max + 1))
                .hasMessageContaining("phonon population below 1");
        assertThat(SubGapTailLaw.BOLTZMANN.maxTemperatureK()).isInfinite();
    }

    @Test
    void parsesTheDesignFileNames() {
        assertThat(SubGapTailLaw.parse("boltzmann")).isEqualTo(SubGapTailLaw.BOLTZMANN);
        assertThat(SubGapTailLaw.parse(" Phonon-Population ")).isEqualTo(SubGapTailLaw.PHONON_POPULATION);
        assertThatThrownBy(() -> SubGapTailLaw.parse("gauss")).hasMessageContaining("boltzmann or phonon-population");
    }
}
