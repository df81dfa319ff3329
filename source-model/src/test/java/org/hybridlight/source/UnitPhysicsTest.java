package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.BALANCE_RELATIVE;
import static org.hybridlight.source.Tolerances.LAST_BIT;
import static org.hybridlight.source.Tolerances.ROUNDING;

import java.util.stream.Stream;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Invariants of the LED–QD unit: photon and energy bookkeeping, and where PE > 1 comes from. */
class UnitPhysicsTest {

    private static final WavelengthGrid GRID = WavelengthGrid.COMPUTATION;

    private static LedQdUnit unit(double ledNm, double emissionNm, double od, double plqy, double path) {
        double core = QuantumDot.coreDiameterForEmissionNm(emissionNm, 3.5, 0.0335, 0.025);
        QuantumDot qd = new QuantumDot(core, 3.5, 0.0335, 0.025, 0.085, 0.07, plqy);
        return new LedQdUnit(new Led(LedShape.OHNO_2005, ledNm, 17, 0.1, null), qd, od, path);
    }

    private static double sum(double[] v, double step) {
        double s = 0;
        for (double x : v) {
            s += x * step;
        }
        return s;
    }

    /** Photon and energy balance, relative. */
    private static final double BALANCE = 1e-9;

    static Stream<Arguments> units() {
        QuantumDot pp = QuantumDot.ofCore(QuantumDot.coreDiameterForEmissionNm(610, 3.5, 0.0335, 0.025))
                .withTail(SubGapTailLaw.PHONON_POPULATION, 1);
        MeasuredQdSpectra spectra = MeasuredFixture.spectra(pp, new WavelengthGrid(360, 830, 0.5));
        Led red = new Led(LedShape.OHNO_2005, 635, 17, 0.1, null);
        return Stream.of(
                Arguments.of("boltzmann OD 60", unit(635, 610, 60, 0.99, 0)),
                Arguments.of("boltzmann OD 5, PLQY 1", unit(635, 610, 5, 1.0, 0)),
                Arguments.of("blue dots, re-absorption", unit(510, 480, 30, 0.9, 0.5)),
                Arguments.of("down-conversion, re-absorption 2", unit(450, 610, 2, 0.99, 2)),
                Arguments.of("phonon-population OD 10,000", new LedQdUnit(red, pp, PhysicalLimits.OD_1S_MAX, 0)),
                Arguments.of("phonon-population, re-absorption 1", new LedQdUnit(red, pp, 800, 1)),
                Arguments.of("tail prefactor 3", new LedQdUnit(red, pp.withTail(SubGapTailLaw.BOLTZMANN, 3), 100, 0)),
                Arguments.of("size dispersion 7 %", new LedQdUnit(red, pp.withSizeDispersion(0.07), 200, 0.5)),
                Arguments.of("measured dots", new LedQdUnit(red, QuantumDot.ofMeasured(spectra, 0.97, -0.3e-3), 300,
                        0)),
                Arguments.of("measured dots, re-absorption 3", new LedQdUnit(red, QuantumDot.ofMeasured(spectra, 1,
                        -0.3e-3), 3000, 3)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void photonsAndEnergyBalance(String name, LedQdUnit unit) {
        double plqy = unit.qd().plqy();
        double path = unit.reabsorptionPathFactor();
        UnitResult r = unit.simulate(320, GRID);
        double step = GRID.stepNm();
        // LED photons = transmitted + absorbed photons, counted spectrally
        double ledPhotons = 0;
        double transmittedPhotons = 0;
        double emittedPhotons = 0;
        for (int i = 0; i < GRID.size(); i++) {
            double ej = Photons.energyJ(GRID.wavelengthNm(i));
            ledPhotons += r.ledWPerNm()[i] * step / ej;
            transmittedPhotons += r.transmittedWPerNm()[i] * step / ej;
            emittedPhotons += r.emittedWPerNm()[i] * step / ej;
        }
        assertThat(transmittedPhotons + r.absorbedPhotonsPerS()).isCloseTo(ledPhotons, within(BALANCE * ledPhotons));
        assertThat(emittedPhotons).isCloseTo(r.emittedPhotonsPerS(), within(BALANCE * ledPhotons));
        // photons out never exceed PLQY × absorbed; without re-absorption they equal it
        assertThat(r.emittedPhotonsPerS()).isLessThanOrEqualTo(plqy * r.absorbedPhotonsPerS() * (1 + 1e-12));
        if (path == 0) {
            assertThat(r.emittedPhotonsPerS()).isCloseTo(plqy * r.absorbedPhotonsPerS(),
                    within(BALANCE * r.absorbedPhotonsPerS()));
        }
        // energy: in = transmitted + emitted + heat, each from its own spectrum
        double in = sum(r.ledWPerNm(), step);
        double out = sum(r.transmittedWPerNm(), step) + sum(r.emittedWPerNm(), step);
        assertThat(in).isCloseTo(r.opticalPowerInW(), within(ROUNDING));
        assertThat(out + r.heatLoadW()).isCloseTo(in, within(BALANCE * in));
        assertThat(r.powerConversionEfficiency()).isCloseTo(out / in, within(ROUNDING));
    }

    @ParameterizedTest
    @CsvSource({"635, 610", "600, 610", "560, 610", "520, 610", "640, 600", "470, 480", "500, 480"})
    void withUnitQuantumYieldPeAboveOneExactlyWhenEmittedPhotonsAreMoreEnergetic(double led, double em) {
        UnitResult r = unit(led, em, 20, 1.0, 0).simulate(300, GRID);
        boolean gain = r.meanEmittedPhotonEv() > r.meanAbsorbedPhotonEv();
        assertThat(r.powerConversionEfficiency() > 1).isEqualTo(gain);
        assertThat(r.heatLoadW() < 0).isEqualTo(gain);
        assertThat(r.deltaEAvgEv()).isCloseTo(r.meanEmittedPhotonEv() - r.meanAbsorbedPhotonEv(), within(LAST_BIT));
    }

    @Test
    void anLedRedOfTheGapIsUpConverted() {
        UnitResult r = unit(635, 610, 60, 0.99, 0).simulate(300, GRID);
        assertThat(r.deltaEAvgEv()).isGreaterThan(0.03);
        assertThat(r.powerConversionEfficiency()).isGreaterThan(1.0);
        assertThat(r.deltaEMaxEv()).isGreaterThan(r.deltaEAvgEv());
        // a blue LED is down-converted
        UnitResult blue = unit(450, 610, 2, 0.99, 0).simulate(300, GRID);
        assertThat(blue.powerConversionEfficiency()).isLessThan(1);
        assertThat(blue.heatLoadW()).isPositive();
    }

    @ParameterizedTest
    @CsvSource({"1.0", "0.99", "0.5"})
    void aFilmThatReabsorbsNearlyAllItsEmissionStaysFiniteAndBalanced(double plqy) {
        // 6 meV emission inside the absorption band, path factor 10: the escaping fraction underflows (was 0/0)
        double core = QuantumDot.coreDiameterForEmissionNm(610, 3.5, 0.0335, 0.025);
        QuantumDot qd = new QuantumDot(core, 3.5, 0.0335, 0.025, 0.006, 0.07, plqy);
        UnitResult r = new LedQdUnit(new Led(LedShape.OHNO_2005, 635, 17, 0.1, null), qd, 60, 10)
                .simulate(300, GRID);
        for (double v : r.totalWPerNm()) {
            assertThat(v).isFinite().isGreaterThanOrEqualTo(0);
        }
        double in = sum(r.ledWPerNm(), GRID.stepNm());
        double out = sum(r.transmittedWPerNm(), GRID.stepNm()) + sum(r.emittedWPerNm(), GRID.stepNm());
        assertThat(out + r.heatLoadW()).isCloseTo(in, within(BALANCE_RELATIVE * in));
        if (plqy == 1) {
            // nothing is lost, so every photon escapes in the end, however often it was re-absorbed
            assertThat(r.emittedPhotonsPerS()).isCloseTo(r.absorbedPhotonsPerS(), within(BALANCE_RELATIVE * r.absorbedPhotonsPerS()));
        } else {
            assertThat(r.emittedPhotonsPerS()).isLessThan(1e-6 * r.absorbedPhotonsPerS());
        }
    }

    @Test
    void reAbsorptionGrowsWithTheOpticalDensity() {
        // the same path factor through a denser film: more of the emission is re-absorbed, so less escapes per
        // absorbed photon (with PLQY below 1, each re-absorption loses some)
        double previous = 1;
        for (double od : new double[] {1, 10, 100, 1000, PhysicalLimits.OD_1S_MAX}) {
            UnitResult r = unit(635, 610, od, 0.9, 1).simulate(300, GRID);
            double escaping = r.emittedPhotonsPerS() / (0.9 * r.absorbedPhotonsPerS());
            assertThat(escaping).as("OD %s", od).isLessThan(previous);
            previous = escaping;
        }
        assertThatThrownBy(() -> unit(635, 610, PhysicalLimits.OD_1S_MAX * 1.01, 0.9, 1))
                .hasMessageContaining("od1S must be 0-10000");
    }

    @Test
    void deltaEMaxIsTheHighestDetectableEmittedPhotonAboveTheLedPeakPhoton() {
        // the paper's Fig. 5a: E_PL,max − E_ex; for an LED the excitation photon is its peak
        UnitResult r = unit(635, 610, 60, 0.99, 0).simulate(300, GRID);
        assertThat(r.excitationPhotonEv()).isCloseTo(Photons.energyEv(635), within(ROUNDING));
        double peak = 0;
        for (double v : r.emittedWPerNm()) {
            peak = Math.max(peak, v);
        }
        int first = 0;
        while (r.emittedWPerNm()[first] < LedQdUnit.DETECTABLE_FRACTION * peak) {
            first++;
        }
        assertThat(r.deltaEMaxEv()).isCloseTo(Photons.energyEv(GRID.wavelengthNm(first)) - Photons.energyEv(635),
                within(ROUNDING));
        assertThat(r.deltaEMaxEv()).isGreaterThan(r.deltaEAvgEv());
    }

    @Test
    void noDotsNoChange() {
        UnitResult r = unit(635, 610, 0, 0.99, 0).simulate(300, GRID);
        assertThat(r.absorbedW()).isZero();
        assertThat(r.powerConversionEfficiency()).isCloseTo(1, within(ROUNDING));
    }
}
