package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    @ParameterizedTest
    @CsvSource({"635, 610, 60, 0.99, 0", "635, 610, 5, 1.0, 0", "510, 480, 30, 0.9, 0.5", "450, 610, 2, 0.99, 2"})
    void photonsAndEnergyBalance(double led, double em, double od, double plqy, double path) {
        UnitResult r = unit(led, em, od, plqy, path).simulate(300, GRID);
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
        assertThat(transmittedPhotons + r.absorbedPhotonsPerS()).isCloseTo(ledPhotons, within(1e-9 * ledPhotons));
        assertThat(emittedPhotons).isCloseTo(r.emittedPhotonsPerS(), within(1e-9 * ledPhotons));
        // photons out never exceed PLQY × absorbed; without re-absorption they equal it
        assertThat(r.emittedPhotonsPerS()).isLessThanOrEqualTo(plqy * r.absorbedPhotonsPerS() * (1 + 1e-12));
        if (path == 0) {
            assertThat(r.emittedPhotonsPerS()).isCloseTo(plqy * r.absorbedPhotonsPerS(),
                    within(1e-9 * r.absorbedPhotonsPerS()));
        }
        // energy: in = transmitted + emitted + heat, each from its own spectrum
        double in = sum(r.ledWPerNm(), step);
        double out = sum(r.transmittedWPerNm(), step) + sum(r.emittedWPerNm(), step);
        assertThat(in).isCloseTo(r.opticalPowerInW(), within(1e-12));
        assertThat(out + r.heatLoadW()).isCloseTo(in, within(1e-9 * in));
        assertThat(r.powerConversionEfficiency()).isCloseTo(out / in, within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"635, 610", "600, 610", "560, 610", "520, 610", "640, 600", "470, 480", "500, 480"})
    void withUnitQuantumYieldPeAboveOneExactlyWhenEmittedPhotonsAreMoreEnergetic(double led, double em) {
        UnitResult r = unit(led, em, 20, 1.0, 0).simulate(300, GRID);
        boolean gain = r.meanEmittedPhotonEv() > r.meanAbsorbedPhotonEv();
        assertThat(r.powerConversionEfficiency() > 1).isEqualTo(gain);
        assertThat(r.heatLoadW() < 0).isEqualTo(gain);
        assertThat(r.deltaEAvgEv()).isCloseTo(r.meanEmittedPhotonEv() - r.meanAbsorbedPhotonEv(), within(1e-15));
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
        assertThat(out + r.heatLoadW()).isCloseTo(in, within(1e-9 * in));
        if (plqy == 1) {
            // nothing is lost, so every photon escapes in the end, however often it was re-absorbed
            assertThat(r.emittedPhotonsPerS()).isCloseTo(r.absorbedPhotonsPerS(), within(1e-9 * r.absorbedPhotonsPerS()));
        } else {
            assertThat(r.emittedPhotonsPerS()).isLessThan(1e-6 * r.absorbedPhotonsPerS());
        }
    }

    @Test
    void noDotsNoChange() {
        UnitResult r = unit(635, 610, 0, 0.99, 0).simulate(300, GRID);
        assertThat(r.absorbedW()).isZero();
        assertThat(r.powerConversionEfficiency()).isCloseTo(1, within(1e-12));
    }
}
