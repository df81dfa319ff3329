package org.hybridlight.colorimetry.tristimulus;

import org.hybridlight.ciedata.SpectralTable;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * Tristimulus values by summation on a regular grid (CIE 015:2018 §7): X = k Σ S(λ) x̄(λ) Δλ. The
 * colour-matching functions are placed on the grid once; the sums allocate nothing.
 */
public final class TristimulusIntegrator {

    /** The maximum luminous efficacy K_m = 683 lm/W of photopic vision. */
    public static final double MAX_LUMINOUS_EFFICACY_LM_PER_W = 683.0;

    private final StandardObserver observer;
    private final WavelengthGrid grid;
    private final double[] xBar;
    private final double[] yBar;
    private final double[] zBar;

    public TristimulusIntegrator(StandardObserver observer, WavelengthGrid grid) {
        this.observer = observer;
        this.grid = grid;
        SpectralTable cmf = observer.colourMatchingFunctions();
        double[] wl = grid.wavelengthsNm();
        // outside the tabulated range the observer is zero, not extended
        this.xBar = onGridOrZero(cmf, 0, wl);
        this.yBar = onGridOrZero(cmf, 1, wl);
        this.zBar = onGridOrZero(cmf, 2, wl);
    }

    /** Column {@code column} of {@code table} interpolated at {@code wl}, zero outside the table's range. */
    public static double[] onGridOrZero(SpectralTable table, int column, double[] wl) {
        Spectrum s = new Spectrum(table.wavelengthsNm(), table.column(column));
        double[] v = s.valuesAt(wl);
        for (int i = 0; i < wl.length; i++) {
            if (wl[i] < table.firstWavelengthNm() || wl[i] > table.lastWavelengthNm()) {
                v[i] = 0;
            }
        }
        return v;
    }

    public StandardObserver observer() {
        return observer;
    }

    public WavelengthGrid grid() {
        return grid;
    }

    /** x̄ on the grid (a copy). */
    public double[] xBar() {
        return xBar.clone();
    }

    /** ȳ = V(λ) on the grid (a copy). */
    public double[] yBar() {
        return yBar.clone();
    }

    /** z̄ on the grid (a copy). */
    public double[] zBar() {
        return zBar.clone();
    }

    /** Σ S x̄ Δλ, Σ S ȳ Δλ, Σ S z̄ Δλ for values on the grid (absolute: W/nm in, W out). */
    public Xyz integrate(double[] valuesOnGrid) {
        if (valuesOnGrid.length != xBar.length) {
            throw new IllegalArgumentException(valuesOnGrid.length + " values for a grid of " + xBar.length);
        }
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int i = 0; i < valuesOnGrid.length; i++) {
            double s = valuesOnGrid[i];
            sx += s * xBar[i];
            sy += s * yBar[i];
            sz += s * zBar[i];
        }
        double d = grid.stepNm();
        return new Xyz(sx * d, sy * d, sz * d);
    }

    /** Tristimulus values of {@code spectrum} resampled to the grid, scaled so that Y = 100. */
    public Xyz relativeXyz(Spectrum spectrum) {
        return integrate(spectrum.valuesOn(grid)).scaledToY(100);
    }
}
