package org.hybridlight.source;

import org.apache.commons.math3.analysis.solvers.BrentSolver;

/**
 * Size of CdSe nanocrystals from their first-exciton (1S) absorption wavelength and their extinction
 * coefficient: W. W. Yu, L. Qu, W. Guo and X. Peng, "Experimental determination of the extinction coefficient of
 * CdTe, CdSe, and CdS nanocrystals", Chem. Mater. 15, 2854–2860 (2003), doi:10.1021/cm034081k:
 * D = 1.6122 × 10⁻⁹ λ⁴ − 2.6575 × 10⁻⁶ λ³ + 1.6242 × 10⁻³ λ² − 0.4277 λ + 41.57 (D and λ in nm) and
 * ε(1S) = 5857 D^2.65 M⁻¹ cm⁻¹. The curve is fitted for 1S peaks from about 400 to 660 nm (D ≈ 1.6–8.7 nm); the
 * inverse is found numerically.
 */
public final class Yu2003CdSeSizing {

    public static final double MIN_WAVELENGTH_NM = 400;
    public static final double MAX_WAVELENGTH_NM = 660;

    private Yu2003CdSeSizing() {
    }

    /** Core diameter in nm for a first-exciton absorption peak at {@code wavelengthNm}. */
    public static double diameterNm(double wavelengthNm) {
        double l = wavelengthNm;
        return 1.6122e-9 * l * l * l * l - 2.6575e-6 * l * l * l + 1.6242e-3 * l * l - 0.4277 * l + 41.57;
    }

    /** dD/dλ of the sizing curve at {@code wavelengthNm}, nm per nm. */
    public static double diameterSlopeNmPerNm(double wavelengthNm) {
        double l = wavelengthNm;
        return 4 * 1.6122e-9 * l * l * l - 3 * 2.6575e-6 * l * l + 2 * 1.6242e-3 * l - 0.4277;
    }

    /** The first-exciton absorption peak, nm, of a core of {@code diameterNm}. */
    public static double firstExcitonNm(double diameterNm) {
        double lo = diameterNm(MIN_WAVELENGTH_NM);
        double hi = diameterNm(MAX_WAVELENGTH_NM);
        if (!(diameterNm >= lo && diameterNm <= hi)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "CdSe core diameter must be %.2f-%.2f nm (the range of the Yu 2003 sizing curve), got %s nm",
                    lo, hi, diameterNm));
        }
        return new BrentSolver(1e-12).solve(200, l -> diameterNm(l) - diameterNm, MIN_WAVELENGTH_NM,
                MAX_WAVELENGTH_NM);
    }

    /** Molar extinction coefficient at the first-exciton peak, M⁻¹ cm⁻¹. */
    public static double extinctionCoefficientPerMolarPerCm(double diameterNm) {
        return 5857 * Math.pow(diameterNm, 2.65);
    }
}
