package org.hybridlight.ui.model;

import java.util.ArrayList;
import java.util.List;
import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.Srgb;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Xyz;

/**
 * Approximate screen colours (sRGB) for the plots: spectral colours per nm, chromaticities, and the CIE 13.3
 * test colour samples as they look under D65; and the CIE 1931 spectral locus. Computed once from the CIE
 * tables; immutable.
 */
public final class DisplayColourService {

    private final Srgb srgb = new Srgb();
    private final WavelengthGrid grid = WavelengthGrid.COMPUTATION;
    private final DisplayColour[] spectral;
    private final DisplayColour[] samples;
    private final List<Chromaticity> locus;

    public DisplayColourService() {
        TristimulusIntegrator cie1931 = new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, grid);
        double[] xb = cie1931.xBar();
        double[] yb = cie1931.yBar();
        double[] zb = cie1931.zBar();
        spectral = new DisplayColour[grid.size()];
        List<Chromaticity> xy = new ArrayList<>(grid.size());
        for (int i = 0; i < grid.size(); i++) {
            double sum = xb[i] + yb[i] + zb[i];
            double x = xb[i] / sum;
            double y = yb[i] / sum;
            xy.add(new Chromaticity(x, y));
            spectral[i] = chromaticity(x, y);
        }
        locus = List.copyOf(xy);
        SpectralTable tcs = CieData.testColourSamples();
        SpectralTable d65 = CieData.illuminantD65();
        double[] illuminant = new Spectrum(d65.wavelengthsNm(), d65.column(0)).valuesOn(grid);
        Xyz white = cie1931.integrate(illuminant);
        samples = new DisplayColour[tcs.columnNames().size()];
        for (int s = 0; s < samples.length; s++) {
            double[] r = new Spectrum(tcs.wavelengthsNm(), tcs.column(s)).valuesOn(grid);
            double[] lit = new double[grid.size()];
            for (int i = 0; i < lit.length; i++) {
                lit[i] = r[i] * illuminant[i];
            }
            Xyz c = cie1931.integrate(lit);
            samples[s] = colour(srgb.encoded(c.x() / white.y(), c.y() / white.y(), c.z() / white.y()));
        }
    }

    /** The colour of monochromatic light at {@code wavelengthNm} (brightest in-gamut approximation). */
    public DisplayColour spectral(double wavelengthNm) {
        int i = (int) Math.round((wavelengthNm - grid.startNm()) / grid.stepNm());
        return spectral[Math.max(0, Math.min(spectral.length - 1, i))];
    }

    /** The colour of chromaticity (x, y) at full brightness. */
    public DisplayColour chromaticity(double x, double y) {
        return colour(srgb.encoded(x / y, 1, (1 - x - y) / y));
    }

    /** The CIE 1931 spectral locus, (x, y) per nm of the computation grid, short wavelengths first. */
    public List<Chromaticity> spectralLocus() {
        return locus;
    }

    /** Test colour sample {@code index1} (TCS01…TCS14) under D65. */
    public DisplayColour sample(int index1) {
        return samples[index1 - 1];
    }

    /** How many test colour samples there are. */
    public int sampleCount() {
        return samples.length;
    }

    private static DisplayColour colour(double[] rgb) {
        return new DisplayColour(rgb[0], rgb[1], rgb[2]);
    }
}
