package org.hybridlight.colorimetry.plot;

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
 * Approximate screen colours (encoded sRGB, IEC 61966-2-1, each component 0–1) for the plots: spectral colours
 * per nm, chromaticities at full brightness, and the CIE 13.3 test colour samples as they look under D65; and the
 * CIE 1931 spectral locus. Computed once from the CIE tables; immutable, so one instance serves every plot.
 */
public final class PlotColours {

    private final Srgb srgb = new Srgb();
    private final WavelengthGrid grid = WavelengthGrid.COMPUTATION;
    private final double[][] spectral;
    private final double[][] samples;
    private final List<Chromaticity> locus;

    public PlotColours() {
        TristimulusIntegrator cie1931 = new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, grid);
        double[] xb = cie1931.xBar();
        double[] yb = cie1931.yBar();
        double[] zb = cie1931.zBar();
        spectral = new double[grid.size()][];
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
        samples = new double[tcs.columnNames().size()][];
        for (int s = 0; s < samples.length; s++) {
            double[] r = new Spectrum(tcs.wavelengthsNm(), tcs.column(s)).valuesOn(grid);
            double[] lit = new double[grid.size()];
            for (int i = 0; i < lit.length; i++) {
                lit[i] = r[i] * illuminant[i];
            }
            Xyz c = cie1931.integrate(lit);
            samples[s] = srgb.encoded(c.x() / white.y(), c.y() / white.y(), c.z() / white.y());
        }
    }

    /** The colour {red, green, blue} of monochromatic light at {@code wavelengthNm} (brightest in-gamut). */
    public double[] spectral(double wavelengthNm) {
        int i = (int) Math.round((wavelengthNm - grid.startNm()) / grid.stepNm());
        return spectral[Math.max(0, Math.min(spectral.length - 1, i))].clone();
    }

    /** The colour {red, green, blue} of chromaticity (x, y) at full brightness. */
    public double[] chromaticity(double x, double y) {
        return srgb.encoded(x / y, 1, (1 - x - y) / y);
    }

    /** The CIE 1931 spectral locus, (x, y) per nm of the computation grid, short wavelengths first. */
    public List<Chromaticity> spectralLocus() {
        return locus;
    }

    /** Test colour sample {@code index1} (TCS01…TCS14) under D65, {red, green, blue}. */
    public double[] sample(int index1) {
        return samples[index1 - 1].clone();
    }

    /** How many test colour samples there are. */
    public int sampleCount() {
        return samples.length;
    }

    /** {@code rgb} (components 0–1) as 0xRRGGBB, each rounded to the nearest of 0–255. */
    public static int rgb(double[] rgb) {
        return byteOf(rgb[0]) << 16 | byteOf(rgb[1]) << 8 | byteOf(rgb[2]);
    }

    private static int byteOf(double c) {
        return (int) Math.round(Math.max(0, Math.min(1, c)) * 255);
    }
}
