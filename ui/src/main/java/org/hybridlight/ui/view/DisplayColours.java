package org.hybridlight.ui.view;

import javafx.scene.paint.Color;
import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Srgb;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Xyz;

/**
 * Approximate screen colours (sRGB) for the plots: spectral colours per nm, chromaticities, and the CIE 13.3
 * test colour samples as they look under D65. Computed once from the CIE tables.
 */
public final class DisplayColours {

    private final Srgb srgb = new Srgb();
    private final WavelengthGrid grid = WavelengthGrid.COMPUTATION;
    private final Color[] spectral;
    private final Color[] samples;
    private final double[][] locusXy;

    public DisplayColours() {
        TristimulusIntegrator cie1931 = new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, grid);
        double[] xb = cie1931.xBar();
        double[] yb = cie1931.yBar();
        double[] zb = cie1931.zBar();
        spectral = new Color[grid.size()];
        locusXy = new double[grid.size()][];
        for (int i = 0; i < grid.size(); i++) {
            double sum = xb[i] + yb[i] + zb[i];
            double x = xb[i] / sum;
            double y = yb[i] / sum;
            locusXy[i] = new double[] {x, y};
            spectral[i] = chromaticity(x, y);
        }
        SpectralTable tcs = CieData.testColourSamples();
        SpectralTable d65 = CieData.illuminantD65();
        double[] illuminant = new Spectrum(d65.wavelengthsNm(), d65.column(0)).valuesOn(grid);
        Xyz white = cie1931.integrate(illuminant);
        samples = new Color[tcs.columnNames().size()];
        for (int s = 0; s < samples.length; s++) {
            double[] r = new Spectrum(tcs.wavelengthsNm(), tcs.column(s)).valuesOn(grid);
            double[] lit = new double[grid.size()];
            for (int i = 0; i < lit.length; i++) {
                lit[i] = r[i] * illuminant[i];
            }
            Xyz c = cie1931.integrate(lit);
            double[] rgb = srgb.encoded(c.x() / white.y(), c.y() / white.y(), c.z() / white.y());
            samples[s] = Color.color(rgb[0], rgb[1], rgb[2]);
        }
    }

    /** The colour of monochromatic light at {@code wavelengthNm} (brightest in-gamut approximation). */
    public Color spectral(double wavelengthNm) {
        int i = (int) Math.round(wavelengthNm - grid.startNm());
        return spectral[Math.max(0, Math.min(spectral.length - 1, i))];
    }

    /** The colour of chromaticity (x, y) at full brightness. */
    public Color chromaticity(double x, double y) {
        double[] rgb = srgb.encoded(x / y, 1, (1 - x - y) / y);
        return Color.color(rgb[0], rgb[1], rgb[2]);
    }

    /** The CIE 1931 spectral locus, (x, y) per nm of the computation grid. */
    public double[][] spectralLocus() {
        return locusXy;
    }

    /** TCS01…TCS14 under D65. */
    public Color sample(int index1) {
        return samples[index1 - 1];
    }

    public WavelengthGrid grid() {
        return grid;
    }
}
