package org.hybridlight.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PhysicalLimitsTest {

    private static double defaultShellEmissionNm(double coreNm) {
        return QuantumDot.ofCore(coreNm).emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K);
    }

    @Test
    void everyCoreAcceptedLiesOnTheSizingCurve() {
        double curveMin = Yu2003CdSeSizing.diameterNm(Yu2003CdSeSizing.MIN_WAVELENGTH_NM);
        double curveMax = Yu2003CdSeSizing.diameterNm(Yu2003CdSeSizing.MAX_WAVELENGTH_NM);
        assertThat(PhysicalLimits.CORE_DIAMETER_MIN_NM).isBetween(curveMin, curveMin + 0.1);
        assertThat(PhysicalLimits.CORE_DIAMETER_MAX_NM).isBetween(curveMax - 0.1, curveMax);
        // both ends make valid dots
        QuantumDot.ofCore(PhysicalLimits.CORE_DIAMETER_MIN_NM);
        QuantumDot.ofCore(PhysicalLimits.CORE_DIAMETER_MAX_NM);
    }

    @Test
    void theSearchedEmissionRangeLiesInsideWhatTheSizingCurveReachesWithTheDefaultShell() {
        double bluest = defaultShellEmissionNm(Yu2003CdSeSizing.diameterNm(Yu2003CdSeSizing.MIN_WAVELENGTH_NM));
        double reddest = defaultShellEmissionNm(Yu2003CdSeSizing.diameterNm(Yu2003CdSeSizing.MAX_WAVELENGTH_NM));
        // the Javadoc's "about 419-714 nm"
        assertThat(bluest).isBetween(418.5, 419.5);
        assertThat(reddest).isBetween(713.5, 714.5);
        assertThat(PhysicalLimits.QD_EMISSION_MIN_NM).isGreaterThan(bluest);
        assertThat(PhysicalLimits.QD_EMISSION_MAX_NM).isLessThan(reddest);
        for (double nm : new double[] {PhysicalLimits.QD_EMISSION_MIN_NM, PhysicalLimits.QD_EMISSION_MAX_NM}) {
            double core = QuantumDot.coreDiameterForEmissionNm(nm, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                    QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV);
            assertThat(core).isBetween(PhysicalLimits.CORE_DIAMETER_MIN_NM, PhysicalLimits.CORE_DIAMETER_MAX_NM);
        }
    }

    @Test
    void theDefaultsLieInsideTheLimits() {
        Led led = Led.paperDefault();
        assertThat(led.peakNm()).isBetween(PhysicalLimits.LED_PEAK_MIN_NM, PhysicalLimits.LED_PEAK_MAX_NM);
        assertThat(led.fwhmNm()).isBetween(PhysicalLimits.LED_FWHM_MIN_NM, PhysicalLimits.LED_FWHM_MAX_NM);
        assertThat(QuantumDot.DEFAULT_PLQY).isLessThanOrEqualTo(PhysicalLimits.PLQY_MAX);
        assertThat(QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV)
                .isLessThan(PhysicalLimits.SHELL_SHIFT_PER_MONOLAYER_MAX_EV);
        assertThat(QuantumDot.DEFAULT_STOKES_SHIFT_EV).isLessThan(PhysicalLimits.STOKES_SHIFT_MAX_EV);
        assertThat(QuantumDot.DEFAULT_EMISSION_FWHM_EV).isBetween(PhysicalLimits.BAND_FWHM_MIN_EV,
                PhysicalLimits.BAND_FWHM_MAX_EV);
        assertThat(QuantumDot.REFERENCE_TEMPERATURE_K).isBetween(PhysicalLimits.TEMPERATURE_MIN_K,
                PhysicalLimits.TEMPERATURE_MAX_K);
    }

    @Test
    void theRecordsRefuseWhatTheLimitsExclude() {
        assertThatThrownBy(() -> new Led(LedShape.OHNO_2005, PhysicalLimits.LED_PEAK_MAX_NM + 1, 17, 0.1, null))
                .hasMessageContaining("peakNm").hasMessageContaining(String.valueOf(PhysicalLimits.LED_PEAK_MAX_NM));
        assertThatThrownBy(() -> new Led(LedShape.OHNO_2005, 635, PhysicalLimits.LED_FWHM_MIN_NM / 2, 0.1, null))
                .hasMessageContaining("fwhmNm");
        assertThatThrownBy(() -> new LedQdUnit(Led.paperDefault(), QuantumDot.ofCore(3.5),
                PhysicalLimits.OD_1S_MAX * 2, 0)).hasMessageContaining("od1S");
        assertThatThrownBy(() -> new LedQdUnit(Led.paperDefault(), QuantumDot.ofCore(3.5), 1,
                PhysicalLimits.REABSORPTION_PATH_FACTOR_MAX + 1)).hasMessageContaining("reabsorptionPathFactor");
        LedQdUnit unit = new LedQdUnit(Led.paperDefault(), QuantumDot.ofCore(3.5), 1, 0);
        assertThatThrownBy(() -> new HybridSource(java.util.Collections.nCopies(PhysicalLimits.MAX_UNITS + 1, unit),
                new double[PhysicalLimits.MAX_UNITS + 1], 300)).hasMessageContaining("at most");
        assertThatThrownBy(() -> new HybridSource(java.util.List.of(unit), new double[] {1},
                PhysicalLimits.TEMPERATURE_MAX_K + 1)).hasMessageContaining("temperatureK");
    }
}
