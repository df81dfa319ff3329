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
        return exitance(lambdaM, Math.pow(lambdaM, 5), temperatureK);
    }

    /** M(λ, T) in W·m⁻²·nm⁻¹ from λ in m and λ⁵: the one form of the law that every path here computes. */
    private static double exitance(double lambdaM, double lambdaM5, double temperatureK) {
        return C1_W_M2 / (lambdaM5 * Math.expm1(C2_M_K / (lambdaM * temperatureK))) * 1e-9;
    }

    /**
     * Blackbodies on the wavelengths of one grid, λ⁵ computed once instead of a power per point: the values of
     * {@link #spectralExitanceWPerM2Nm} bit for bit, for the tables of the Planckian locus and of the colour
     * rendering references (thousands of blackbodies each). Immutable and thread-safe.
     */
    public static final class OnGrid {

        private final double[] lambdaM;
        private final double[] lambdaM5;

        public OnGrid(WavelengthGrid grid) {
            lambdaM = new double[grid.size()];
            lambdaM5 = new double[grid.size()];
            for (int i = 0; i < lambdaM.length; i++) {
                lambdaM[i] = grid.wavelengthNm(i) * 1e-9;
                lambdaM5[i] = Math.pow(lambdaM[i], 5);
            }
        }

        /** M(λ_i, T) in W·m⁻²·nm⁻¹ at every point of the grid into {@code dest}. */
        public void exitanceInto(double temperatureK, double[] dest) {
            for (int i = 0; i < lambdaM.length; i++) {
                dest[i] = exitance(lambdaM[i], lambdaM5[i], temperatureK);
            }
        }
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
