package org.hybridlight.colorimetry.rendering.tm30;

import static org.assertj.core.api.Assertions.assertThat;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.junit.jupiter.api.Test;

/**
 * The reference side of TM-30 is read from tables in ln T; across the whole range, and next to the rule's switch
 * points (4000, 5000 K) and daylight's 7000 K branch, the results must match the direct computation far inside
 * the golden tolerance of 0.1.
 */
class Tm30ReferenceTableTest {

    @Test
    void tabulatedReferencesMatchTheDirectComputation() {
        Tm30ColourRendition tm30 = new Tm30ColourRendition();
        SpectralTable f = CieData.fluorescentIlluminants();
        double[] test = new Spectrum(f.wavelengthsNm(), f.column("F11")).valuesOn(Tm30ColourRendition.grid());
        double worstRf = 0;
        double worstRg = 0;
        double worstBin = 0;
        java.util.List<Double> ccts = new java.util.ArrayList<>();
        for (double t = 1000; t <= 25000; t *= 1.0137) {
            ccts.add(t);
        }
        for (double edge : new double[] {4000, 5000, 7000}) {
            for (double d : new double[] {-3, -0.5, 0, 0.5, 3}) {
                ccts.add(edge + d);
            }
        }
        ccts.add(25000.0);
        for (double t : ccts) {
            Tm30Result a = tm30.evaluate(test, t);
            Tm30Result b = tm30.evaluateDirect(test, t);
            worstRf = Math.max(worstRf, Math.abs(a.rf() - b.rf()));
            worstRg = Math.max(worstRg, Math.abs(a.rg() - b.rg()));
            for (int k = 0; k < Tm30ColourRendition.BINS; k++) {
                worstBin = Math.max(worstBin, Math.abs(a.rfHj()[k] - b.rfHj()[k]));
            }
            assertThat(a.reference()).isEqualTo(b.reference());
        }
        // the residue is daylight's M1, M2 rounded to three decimals in the direct path only
        assertThat(worstRf).as("max |ΔRf|").isLessThan(0.005);
        assertThat(worstRg).as("max |ΔRg|").isLessThan(0.01);
        assertThat(worstBin).as("max |ΔRf,hj|").isLessThan(0.02);
    }
}
