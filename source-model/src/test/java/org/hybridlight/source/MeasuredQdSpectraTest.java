package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.hybridlight.source.Tolerances.ROUNDING;
import static org.hybridlight.source.Tolerances.TABLE_RELATIVE;

import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

class MeasuredQdSpectraTest {

    /** A peak found on the 1 nm computation grid, nm. */
    private static final double PEAK_ON_1_NM_GRID_NM = 1.0;

    private static final WavelengthGrid GRID = WavelengthGrid.COMPUTATION;
    /** Spectra measured on a 0.5 nm grid reproduce the model unit to interpolation accuracy (relative). */
    private static final double REPRODUCTION_RELATIVE = 1e-3;
    private static final WavelengthGrid MEASURED_GRID = new WavelengthGrid(360, 830, 0.5);
    /** Mean photon energies of the reproduction, eV (a wrong per-nm to per-eV conversion shifts them by 1 meV). */
    private static final double MEAN_PHOTON_EV = 2e-5;

    private static QuantumDot modelDot() {
        return QuantumDot.ofCore(QuantumDot.coreDiameterForEmissionNm(610, 3.5, 0.0335, 0.025));
    }

    @Test
    void findsTheFirstExcitonPeakOfTheModelsAbsorbance() {
        QuantumDot qd = modelDot();
        MeasuredQdSpectra m = MeasuredFixture.spectra(qd, MEASURED_GRID);
        assertThat(m.firstExcitonNm()).isCloseTo(Photons.wavelengthNm(qd.firstExcitonEv(300)),
                within(MeasuredQdSpectra.TABLE_STEP_NM));
        assertThat(m.emissionPeakNm()).isCloseTo(qd.emissionPeakNm(300), within(PEAK_ON_1_NM_GRID_NM));
    }

    @Test
    void aMeasuredUnitReproducesTheModelUnitItWasMeasuredFrom() {
        QuantumDot qd = modelDot().withTail(SubGapTailLaw.PHONON_POPULATION, 1);
        QuantumDot measured = QuantumDot.ofMeasured(MeasuredFixture.spectra(qd, MEASURED_GRID), qd.plqy(),
                qd.gapShiftEvPerK());
        for (double od : new double[] {1, 30, 300}) {
            Led led = new Led(LedShape.OHNO_2005, 635, 17, 0.1, null);
            UnitResult a = new LedQdUnit(led, qd, od, 0).simulate(300, GRID);
            UnitResult b = new LedQdUnit(led, measured, od, 0).simulate(300, GRID);
            assertThat(b.absorbedW()).as("OD %s", od).isCloseTo(a.absorbedW(),
                    within(REPRODUCTION_RELATIVE * a.absorbedW()));
            assertThat(b.emittedW()).isCloseTo(a.emittedW(), within(REPRODUCTION_RELATIVE * a.emittedW()));
            assertThat(b.powerConversionEfficiency()).isCloseTo(a.powerConversionEfficiency(),
                    within(REPRODUCTION_RELATIVE));
            assertThat(b.meanEmittedPhotonEv()).isCloseTo(a.meanEmittedPhotonEv(), within(MEAN_PHOTON_EV));
            assertThat(b.meanAbsorbedPhotonEv()).isCloseTo(a.meanAbsorbedPhotonEv(), within(MEAN_PHOTON_EV));
        }
    }

    @Test
    void temperatureShiftsBothSpectraRigidlyWithTheGap() {
        QuantumDot qd = modelDot();
        MeasuredQdSpectra m = MeasuredFixture.spectra(qd, MEASURED_GRID);
        for (double shiftPerK : new double[] {-0.3e-3, -0.45e-3}) {
            QuantumDot measured = QuantumDot.ofMeasured(m, 1, shiftPerK);
            double e300 = measured.firstExcitonEv(300);
            assertThat(measured.firstExcitonEv(340) - e300).isCloseTo(40 * shiftPerK, within(ROUNDING));
            assertThat(measured.emissionPeakEv(340) - measured.emissionPeakEv(300)).isCloseTo(40 * shiftPerK,
                    within(ROUNDING));
            // the shape moves with it: the absorbance at E − δ at 340 K is the one at E at 300 K
            for (double e = 1.9; e < 2.3; e += 0.05) {
                assertThat(measured.relativeAbsorbance(e + 40 * shiftPerK, 340))
                        .isCloseTo(measured.relativeAbsorbance(e, 300), within(TABLE_RELATIVE));
            }
            assertThat(measured.relativeAbsorbance(Photons.energyEv(m.firstExcitonNm()) + 40 * shiftPerK, 340))
                    .isCloseTo(1, within(ROUNDING));
        }
    }

    @Test
    void outsideTheMeasuredRangeNothingIsAbsorbed() {
        Spectrum a = MeasuredFixture.absorbance(modelDot(), new WavelengthGrid(400, 640, 1));
        MeasuredQdSpectra m = new MeasuredQdSpectra(a, MeasuredFixture.photoluminescence(modelDot(), GRID), 300,
                Double.NaN, null, null);
        QuantumDot measured = QuantumDot.ofMeasured(m, 1, -0.3e-3);
        assertThat(measured.relativeAbsorbance(Photons.energyEv(650), 300)).isZero();
        assertThat(measured.relativeAbsorbance(Photons.energyEv(639), 300)).isPositive();
    }

    @Test
    void aSpectrumWithoutAPeakNeedsItsWavelength() {
        double[] rising = new double[101];
        for (int i = 0; i < rising.length; i++) {
            rising[i] = 2 - i * 0.01;
        }
        Spectrum monotonic = Spectrum.regular(500, 1, rising);
        Spectrum pl = MeasuredFixture.photoluminescence(modelDot(), GRID);
        assertThatThrownBy(() -> new MeasuredQdSpectra(monotonic, pl, 300, Double.NaN, null, null))
                .hasMessageContaining("no first-exciton peak");
        MeasuredQdSpectra given = new MeasuredQdSpectra(monotonic, pl, 300, 580, null, null);
        assertThat(given.firstExcitonNm()).isEqualTo(580);
        assertThat(QuantumDot.ofMeasured(given, 1, -0.3e-3).relativeAbsorbance(Photons.energyEv(580), 300))
                .isCloseTo(1, within(ROUNDING));
        assertThatThrownBy(() -> new MeasuredQdSpectra(monotonic, pl, 300, 700, null, null))
                .hasMessageContaining("outside the measured absorbance");
    }

    @Test
    void equalityIsByContent() {
        MeasuredQdSpectra a = MeasuredFixture.spectra(modelDot(), MEASURED_GRID);
        MeasuredQdSpectra b = MeasuredFixture.spectra(modelDot(), MEASURED_GRID);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        assertThat(QuantumDot.ofMeasured(a, 1, -0.3e-3)).isEqualTo(QuantumDot.ofMeasured(b, 1, -0.3e-3));
    }
}
