package org.hybridlight.colorimetry.illuminant;

import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;

/**
 * Planck's law for a blackbody in vacuum (M. Planck, Ann. Phys. 309(3), 553–563 (1901),
 * doi:10.1002/andp.19013090310), with the radiation constants of CIE 015:2018 (doi:10.25039/TR.015.2018; c2 = 1.4388 × 10⁻² m·K,
 * the value CIE colorimetry uses rather than CODATA's).
 */
public final class PlanckianRadiator {

    /** First radiation constant c1 = 2πhc², W·m². */
    public static final double C1_W_M2 = 3.741771852e-16;
    /** Second radiation constant c2 as fixed by the CIE, m·K. */
    public static final double C2_M_K = 1.4388e-2;

    private PlanckianRadiator() {
    }

    /** Spectral radiant exitance M(λ, T) in W·m⁻²·nm⁻¹. */
    public static double spectralExitanceWPerM2Nm(double wavelengthNm, double temperatureK) {
        double lambdaM = wavelengthNm * 1e-9;
        return C1_W_M2 / (Math.pow(lambdaM, 5) * Math.expm1(C2_M_K / (lambdaM * temperatureK))) * 1e-9;
    }

    /** The relative spectrum of a blackbody at {@code temperatureK} on {@code grid}, 100 at 560 nm. */
    public static Spectrum spectrum(double temperatureK, WavelengthGrid grid) {
        requireTemperature(temperatureK);
        double norm = 100 / spectralExitanceWPerM2Nm(560, temperatureK);
        double[] v = new double[grid.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = spectralExitanceWPerM2Nm(grid.wavelengthNm(i), temperatureK) * norm;
        }
        return Spectrum.onGrid(grid, v);
    }

    static void requireTemperature(double temperatureK) {
        if (!(temperatureK > 0) || !Double.isFinite(temperatureK)) {
            throw new IllegalArgumentException("blackbody temperature must be a positive number of K, got "
                    + temperatureK);
        }
    }
}
