package org.hybridlight.colorimetry.spectrum;

/**
 * A regular wavelength grid {@code startNm, startNm + stepNm, …, endNm}.
 *
 * @param startNm first wavelength, nm
 * @param endNm last wavelength, nm (a whole number of steps from the start)
 * @param stepNm step, nm
 */
public record WavelengthGrid(double startNm, double endNm, double stepNm) {

    /** The computation grid of the tool: 1 nm from 360 to 830 nm, the range of the CIE observers. */
    public static final WavelengthGrid COMPUTATION = new WavelengthGrid(360, 830, 1);

    public WavelengthGrid {
        if (!(stepNm > 0) || !(endNm > startNm) || !Double.isFinite(startNm) || !Double.isFinite(endNm)) {
            throw new IllegalArgumentException("bad grid " + startNm + "-" + endNm + " nm step " + stepNm);
        }
        double n = (endNm - startNm) / stepNm;
        if (Math.abs(n - Math.rint(n)) > 1e-9 * Math.max(1, n)) {
            throw new IllegalArgumentException("grid end " + endNm + " nm is not a whole number of " + stepNm
                    + " nm steps from " + startNm + " nm");
        }
    }

    public int size() {
        return (int) Math.rint((endNm - startNm) / stepNm) + 1;
    }

    public double wavelengthNm(int i) {
        return startNm + i * stepNm;
    }

    public double[] wavelengthsNm() {
        double[] wl = new double[size()];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = wavelengthNm(i);
        }
        return wl;
    }

    /** The index of a wavelength that lies on the grid, or -1. */
    public int indexOf(double wavelengthNm) {
        double n = (wavelengthNm - startNm) / stepNm;
        long i = Math.round(n);
        return Math.abs(n - i) < 1e-9 && i >= 0 && i < size() ? (int) i : -1;
    }

    public boolean contains(double wavelengthNm) {
        return indexOf(wavelengthNm) >= 0;
    }
}
