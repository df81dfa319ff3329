package org.hybridlight.source;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * An LED's electroluminescence: a spectral shape with its peak wavelength and FWHM, and its optical power.
 * The shape's width parameter is solved so that the FWHM of the resulting spectrum equals {@code fwhmNm}.
 *
 * @param shape the spectral shape
 * @param peakNm peak wavelength, nm (for a Gaussian in energy: the wavelength of the centre energy)
 * @param fwhmNm full width at half maximum of the spectrum in wavelength, nm
 * @param opticalPowerW optical (radiant) power, W
 * @param measured the measured spectrum for {@link LedShape#MEASURED}, otherwise {@code null}
 */
public record Led(LedShape shape, double peakNm, double fwhmNm, double opticalPowerW, Spectrum measured) {

    /** The paper's AlGaInP LED: 635 nm, 17 nm FWHM, 0.1 W. */
    public static Led paperDefault() {
        return new Led(LedShape.OHNO_2005, 635, 17, 0.1, null);
    }

    public Led {
        if (shape == null) {
            throw new IllegalArgumentException("shape is required");
        }
        if (!(opticalPowerW >= 0 && opticalPowerW <= PhysicalLimits.LED_OPTICAL_POWER_MAX_W)) {
            throw new IllegalArgumentException("opticalPowerW must be 0-" + PhysicalLimits.LED_OPTICAL_POWER_MAX_W
                    + " W, got " + opticalPowerW);
        }
        if (shape == LedShape.MEASURED) {
            if (measured == null) {
                throw new IllegalArgumentException("a measured LED needs its spectrum");
            }
        } else {
            if (!(peakNm >= PhysicalLimits.LED_PEAK_MIN_NM && peakNm <= PhysicalLimits.LED_PEAK_MAX_NM)) {
                throw new IllegalArgumentException("peakNm must be " + PhysicalLimits.LED_PEAK_MIN_NM + "-"
                        + PhysicalLimits.LED_PEAK_MAX_NM + " nm, got " + peakNm);
            }
            if (!(fwhmNm >= PhysicalLimits.LED_FWHM_MIN_NM && fwhmNm <= PhysicalLimits.LED_FWHM_MAX_NM)) {
                throw new IllegalArgumentException("fwhmNm must be " + PhysicalLimits.LED_FWHM_MIN_NM + "-"
                        + PhysicalLimits.LED_FWHM_MAX_NM + " nm, got " + fwhmNm);
            }
        }
    }

    /** The same LED with another optical power. */
    public Led withOpticalPowerW(double watts) {
        return new Led(shape, peakNm, fwhmNm, watts, measured);
    }

    /** The unnormalized shape at {@code wavelengthNm} (peak value about 1). */
    public double shapeAt(double wavelengthNm) {
        return shapeFunction().value(wavelengthNm);
    }

    /** The spectral power on {@code grid} in W/nm, summing (Σ S Δλ) to the optical power. */
    public double[] spectralPowerWPerNm(WavelengthGrid grid) {
        double[] s = new double[grid.size()];
        if (shape == LedShape.MEASURED) {
            double[] v = measured.valuesAt(grid.wavelengthsNm());
            for (int i = 0; i < s.length; i++) {
                double wl = grid.wavelengthNm(i);
                // no light outside the measured range
                s[i] = wl < measured.firstWavelengthNm() || wl > measured.lastWavelengthNm() ? 0 : Math.max(0, v[i]);
            }
        } else {
            ShapeFunction f = shapeFunction();
            for (int i = 0; i < s.length; i++) {
                s[i] = f.value(grid.wavelengthNm(i));
            }
        }
        double sum = 0;
        for (double v : s) {
            sum += v;
        }
        double scale = sum > 0 ? opticalPowerW / (sum * grid.stepNm()) : 0;
        for (int i = 0; i < s.length; i++) {
            s[i] *= scale;
        }
        return s;
    }

    @FunctionalInterface
    interface ShapeFunction {
        double value(double wavelengthNm);
    }

    ShapeFunction shapeFunction() {
        switch (shape) {
            case GAUSSIAN_WAVELENGTH -> {
                double sigma = fwhmNm / (2 * Math.sqrt(2 * Math.log(2)));
                return wl -> Math.exp(-0.5 * sq((wl - peakNm) / sigma));
            }
            case OHNO_2005 -> {
                // half maximum where (g + 2 g^5) / 3 = 1/2; then w follows from g = exp(-((λ-λ0)/w)^2)
                double g = new BrentSolver(1e-15).solve(200, x -> (x + 2 * Math.pow(x, 5)) / 3 - 0.5, 1e-9, 1);
                double w = (fwhmNm / 2) / Math.sqrt(-Math.log(g));
                return wl -> {
                    double gl = Math.exp(-sq((wl - peakNm) / w));
                    return (gl + 2 * Math.pow(gl, 5)) / 3;
                };
            }
            case GAUSSIAN_ENERGY -> {
                double e0 = Photons.energyEv(peakNm);
                double sigma = new BrentSolver(1e-12).solve(200,
                        s -> Fwhm.of(wl -> energyGaussian(wl, e0, s), peakOfEnergyGaussian(e0, s), 400) - fwhmNm,
                        1e-5, 0.8);
                return wl -> energyGaussian(wl, e0, sigma);
            }
            default -> {
                return wl -> measured.valuesAt(new double[] {wl})[0];
            }
        }
    }

    /** A Gaussian in energy as a density per nm: S_E(E) |dE/dλ| ∝ exp(−(E−E0)²/2σ²) E². */
    private static double energyGaussian(double wavelengthNm, double e0, double sigma) {
        double e = Photons.energyEv(wavelengthNm);
        return Math.exp(-0.5 * sq((e - e0) / sigma)) * e * e / (e0 * e0);
    }

    /**
     * Where the per-nm density of the energy Gaussian peaks: S_λ ∝ exp(−(E−E0)²/2σ²) E² is stationary where
     * E² − E0 E − 2σ² = 0, slightly blue of hc/E0 (by 0.1 nm for a 20 nm wide band at 600 nm).
     */
    private static double peakOfEnergyGaussian(double e0, double sigma) {
        double e = (e0 + Math.sqrt(e0 * e0 + 8 * sigma * sigma)) / 2;
        return Photons.wavelengthNm(e);
    }

    private static double sq(double x) {
        return x * x;
    }
}
