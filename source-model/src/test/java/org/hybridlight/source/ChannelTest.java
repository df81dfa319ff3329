package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.junit.jupiter.api.Test;

/** Channels without dots: plain LEDs and phosphor-converted LEDs, with their photon and energy bookkeeping. */
class ChannelTest {

    private static final WavelengthGrid GRID = WavelengthGrid.COMPUTATION;

    @Test
    void aPlainLedChannelTransmitsEverythingAndItsEfficiencyIsExactlyOne() {
        for (LedShape shape : new LedShape[] {LedShape.GAUSSIAN_WAVELENGTH, LedShape.GAUSSIAN_ENERGY,
                LedShape.OHNO_2005}) {
            UnitResult r = LedQdUnit.channel(new Led(shape, 455, 22, 0.3, null)).simulate(300, GRID);
            assertThat(r.powerConversionEfficiency()).as(shape.id()).isEqualTo(1.0);
            assertThat(r.transmittedWPerNm()).containsExactly(r.ledWPerNm());
            assertThat(r.totalWPerNm()).containsExactly(r.ledWPerNm());
            assertThat(r.absorbedW()).isZero();
            assertThat(r.emittedW()).isZero();
            assertThat(r.heatLoadW()).isZero();
            assertThat(r.opticalPowerInW()).isCloseTo(0.3, within(1e-12));
        }
    }

    @Test
    void aPcLedsPhotonsAndEnergyCloseWithItsStokesAndQuantumEfficiencyLosses() {
        double fraction = 0.7;
        double qe = 0.85;
        Led led = Led.phosphorConverted(560, 110, 0.2, fraction, qe);
        UnitResult r = LedQdUnit.channel(led).simulate(300, GRID);
        double step = GRID.stepNm();
        // energy: in = transmitted + absorbed, out = transmitted + emitted, heat = absorbed - emitted
        assertThat(r.transmittedW() + r.absorbedW()).isCloseTo(r.opticalPowerInW(), within(1e-12));
        assertThat(r.transmittedW()).isCloseTo((1 - fraction) * r.opticalPowerInW(), within(1e-12));
        assertThat(r.heatLoadW()).isCloseTo(r.absorbedW() - r.emittedW(), within(1e-15));
        assertThat(r.heatLoadW()).isPositive();
        // photons: QE photons out per photon absorbed, counted again from the emitted spectrum
        double photons = 0;
        double[] emitted = r.emittedWPerNm();
        for (int i = 0; i < GRID.size(); i++) {
            photons += emitted[i] / (Photons.energyEv(GRID.wavelengthNm(i)) * Photons.ELECTRON_VOLT_J) * step;
        }
        assertThat(photons / r.absorbedPhotonsPerS()).isCloseTo(qe, within(1e-12));
        assertThat(r.emittedPhotonsPerS() / r.absorbedPhotonsPerS()).isCloseTo(qe, within(1e-12));
        // each converted photon loses its Stokes energy: PE = 1 - f + f QE <E_em>/<E_abs>, below 1
        double expected = 1 - fraction + fraction * qe * r.meanEmittedPhotonEv() / r.meanAbsorbedPhotonEv();
        assertThat(r.powerConversionEfficiency()).isCloseTo(expected, within(1e-12)).isLessThan(1);
        assertThat(r.meanEmittedPhotonEv()).isLessThan(r.meanAbsorbedPhotonEv());
        assertThat(r.meanAbsorbedPhotonEv()).isCloseTo(Photons.energyEv(Led.PUMP_PEAK_NM), within(0.01));
        // the band peaks at its peak wavelength
        int peak = 0;
        for (int i = 0; i < emitted.length; i++) {
            peak = emitted[i] > emitted[peak] ? i : peak;
        }
        assertThat(GRID.wavelengthNm(peak)).isCloseTo(560, within(3.0));
    }

    @Test
    void aPcLedWithoutPhosphorIsItsBluePumpAndFullyConvertedItHasNoBlue() {
        UnitResult blue = LedQdUnit.channel(Led.phosphorConverted(560, 110, 0.2, 0, 0.9)).simulate(300, GRID);
        assertThat(blue.powerConversionEfficiency()).isEqualTo(1.0);
        UnitResult lime = LedQdUnit.channel(Led.phosphorConverted(560, 80, 0.2, 1, 0.9)).simulate(300, GRID);
        assertThat(lime.transmittedW()).isZero();
        assertThat(lime.emittedW()).isPositive();
    }

    @Test
    void phosphorParametersAreCheckedAgainstTheirLimits() {
        assertThatThrownBy(() -> Led.phosphorConverted(560, 110, 0.2, 1.2, 0.9))
                .hasMessageContaining("phosphorFraction");
        assertThatThrownBy(() -> Led.phosphorConverted(440, 110, 0.2, 0.5, 0.9)).hasMessageContaining("peakNm");
        assertThatThrownBy(() -> Led.phosphorConverted(560, 110, 0.2, 0.5, 0)).hasMessageContaining("QuantumEfficiency");
        assertThatThrownBy(() -> new LedQdUnit(Led.phosphorConverted(560, 110, 0.2, 0.5, 0.9),
                QuantumDot.ofCore(3.5), 1, 0)).hasMessageContaining("takes no dots");
    }
}
