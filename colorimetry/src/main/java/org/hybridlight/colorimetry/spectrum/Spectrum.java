package org.hybridlight.colorimetry.spectrum;

import java.util.Arrays;

/**
 * An immutable sampled spectrum: wavelengths in nm (strictly increasing, at least two) and finite values.
 *
 * <p>Values are relative or absolute (W/nm) spectral power, or reflectance; the spectrum does not know which.
 * {@link #valuesAt(double[])} interpolates by Sprague (1880, CIE 167:2005) on a regular grid of at least six
 * points at most 10 nm apart and by the shape-preserving Fritsch–Carlson cubic (PCHIP) on irregular, sparser or
 * shorter ones, with constant extension by the end values beyond the sampled range (see SpectralInterpolation).
 *
 * <p>A final class rather than a record so that it can keep what it learns about itself at construction
 * (regularity, largest magnitude): the evaluator asks for them on every call.
 */
public final class Spectrum {

    /** Relative tolerance on the wavelength step under which a grid counts as regular. */
    private static final double REGULAR_TOLERANCE = 1e-6;

    private final double[] wavelengthsNm;
    private final double[] values;
    private final boolean regular;
    private final double maxAbsValue;

    /**
     * @param wavelengthsNm wavelengths in nm, strictly increasing, at least two
     * @param values the spectral values, one per wavelength, finite
     */
    public Spectrum(double[] wavelengthsNm, double[] values) {
        if (wavelengthsNm == null || values == null) {
            throw new IllegalArgumentException("wavelengths and values are required");
        }
        if (wavelengthsNm.length != values.length) {
            throw new IllegalArgumentException(wavelengthsNm.length + " wavelengths but " + values.length + " values");
        }
        if (wavelengthsNm.length < 2) {
            throw new IllegalArgumentException("a spectrum needs at least two points, found " + wavelengthsNm.length);
        }
        this.wavelengthsNm = wavelengthsNm.clone();
        this.values = values.clone();
        double max = 0;
        for (int i = 0; i < wavelengthsNm.length; i++) {
            if (!Double.isFinite(wavelengthsNm[i])) {
                throw new IllegalArgumentException("wavelength #" + (i + 1) + " is not finite: " + wavelengthsNm[i]);
            }
            max = Math.max(max, checkedMagnitude(wavelengthsNm, values, i));
            if (i > 0 && wavelengthsNm[i] <= wavelengthsNm[i - 1]) {
                throw new IllegalArgumentException("wavelengths must increase: " + wavelengthsNm[i] + " nm follows "
                        + wavelengthsNm[i - 1] + " nm");
            }
        }
        this.regular = computeRegular();
        this.maxAbsValue = max;
    }

    /** |value i|, refused when it is not finite. */
    private static double checkedMagnitude(double[] wavelengthsNm, double[] values, int i) {
        if (!Double.isFinite(values[i])) {
            throw new IllegalArgumentException("value at " + wavelengthsNm[i] + " nm is not finite: " + values[i]);
        }
        return Math.abs(values[i]);
    }

    /** At {@code like}'s wavelengths, shared (immutable, checked once); {@code values} is kept, not copied. */
    private Spectrum(Spectrum like, double[] values) {
        if (values.length != like.size()) {
            throw new IllegalArgumentException(like.size() + " wavelengths but " + values.length + " values");
        }
        double max = 0;
        for (int i = 0; i < values.length; i++) {
            max = Math.max(max, checkedMagnitude(like.wavelengthsNm, values, i));
        }
        this.wavelengthsNm = like.wavelengthsNm;
        this.values = values;
        this.regular = like.regular;
        this.maxAbsValue = max;
    }

    /**
     * A spectrum at this one's wavelengths with {@code values} (copied; one per wavelength, finite): the many
     * spectra of one file share their wavelengths instead of each copying and checking them again.
     */
    public Spectrum withValues(double[] values) {
        return new Spectrum(this, values.clone());
    }

    /** A spectrum on a regular grid starting at {@code startNm} with step {@code stepNm}. */
    public static Spectrum regular(double startNm, double stepNm, double[] values) {
        double[] wl = new double[values.length];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = startNm + i * stepNm;
        }
        return new Spectrum(wl, values);
    }

    /** A spectrum whose values are computed on the points of {@code grid}. */
    public static Spectrum onGrid(WavelengthGrid grid, double[] values) {
        if (values.length != grid.size()) {
            throw new IllegalArgumentException(values.length + " values for a grid of " + grid.size() + " points");
        }
        return new Spectrum(grid.wavelengthsNm(), values);
    }

    /** The wavelengths, nm (a copy). */
    public double[] wavelengthsNm() {
        return wavelengthsNm.clone();
    }

    /** The values (a copy). */
    public double[] values() {
        return values.clone();
    }

    /** The largest |value|. */
    public double maxAbsValue() {
        return maxAbsValue;
    }

    public int size() {
        return wavelengthsNm.length;
    }

    public double wavelengthNm(int i) {
        return wavelengthsNm[i];
    }

    public double value(int i) {
        return values[i];
    }

    public double firstWavelengthNm() {
        return wavelengthsNm[0];
    }

    public double lastWavelengthNm() {
        return wavelengthsNm[wavelengthsNm.length - 1];
    }

    /** True when all wavelength steps are equal (within a relative 1e-6). */
    public boolean isRegular() {
        return regular;
    }

    private boolean computeRegular() {
        double step = (lastWavelengthNm() - firstWavelengthNm()) / (size() - 1);
        for (int i = 1; i < size(); i++) {
            if (Math.abs(wavelengthsNm[i] - wavelengthsNm[i - 1] - step) > REGULAR_TOLERANCE * step) {
                return false;
            }
        }
        return true;
    }

    /** This spectrum multiplied by {@code factor}. */
    public Spectrum scaled(double factor) {
        double[] v = values.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] *= factor;
        }
        return new Spectrum(this, v);
    }

    /**
     * The spectrum at the given wavelengths (any order), interpolated by the rules above and held at its end
     * values outside its own range.
     */
    public double[] valuesAt(double[] targetNm) {
        double[] out = new double[targetNm.length];
        SpectralInterpolation.interpolate(wavelengthsNm, values, isRegular(), targetNm, out);
        return out;
    }

    /** The values of this spectrum on {@code grid}, see {@link #valuesAt(double[])}. */
    public double[] valuesOn(WavelengthGrid grid) {
        if (liesOn(grid)) {
            return values.clone();
        }
        int first = pointsOf(grid);
        if (first < 0) {
            return valuesAt(grid.wavelengthsNm());
        }
        // Sprague through the samples gives each sample's own value at its wavelength, the end values beyond
        double[] out = new double[grid.size()];
        Arrays.fill(out, 0, first, values[0]);
        System.arraycopy(values, 0, out, first, size());
        Arrays.fill(out, first + size(), out.length, values[size() - 1]);
        return out;
    }

    /**
     * The index of this spectrum's first wavelength on {@code grid} when every wavelength is exactly the grid's
     * point at that index and on, and Sprague interpolates it (regular, six points or more); else -1.
     */
    private int pointsOf(WavelengthGrid grid) {
        int first = grid.indexOf(firstWavelengthNm());
        if (!regular || size() < SpectralInterpolation.SPRAGUE_MIN_POINTS || first < 0
                || first + size() > grid.size() || grid.stepNm() > SpectralInterpolation.SPRAGUE_MAX_STEP_NM) {
            return -1;
        }
        for (int i = 0; i < size(); i++) {
            if (wavelengthsNm[i] != grid.wavelengthNm(first + i)) {
                return -1;
            }
        }
        return first;
    }

    /** True when this spectrum is sampled exactly at the points of {@code grid}. */
    public boolean liesOn(WavelengthGrid grid) {
        return regular && size() == grid.size() && grid.indexOf(firstWavelengthNm()) == 0
                && grid.indexOf(lastWavelengthNm()) == size() - 1;
    }

    /**
     * ∫ S(λ) dλ by the trapezoidal rule over the spectrum's own samples (W when the values are W/nm).
     */
    public double integral() {
        double sum = 0;
        for (int i = 1; i < size(); i++) {
            sum += 0.5 * (values[i] + values[i - 1]) * (wavelengthsNm[i] - wavelengthsNm[i - 1]);
        }
        return sum;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Spectrum s && Arrays.equals(wavelengthsNm, s.wavelengthsNm)
                && Arrays.equals(values, s.values);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(wavelengthsNm) + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Spectrum[" + firstWavelengthNm() + "-" + lastWavelengthNm() + " nm, " + size() + " points]";
    }
}
