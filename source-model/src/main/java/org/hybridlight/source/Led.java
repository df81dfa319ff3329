package org.hybridlight.source;

import org.apache.commons.math3.analysis.solvers.BrentSolver;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.univariate.BrentOptimizer;
import org.apache.commons.math3.optim.univariate.SearchInterval;
import org.apache.commons.math3.optim.univariate.UnivariateObjectiveFunction;
import org.apache.commons.math3.optim.univariate.UnivariatePointValuePair;
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
 * @param phosphorFraction for {@link LedShape#PHOSPHOR_CONVERTED}: the fraction of the pump's photons the phosphor
 *     absorbs (then {@code peakNm} and {@code fwhmNm} are the phosphor band's and {@code opticalPowerW} the pump's);
 *     otherwise NaN
 * @param phosphorQuantumEfficiency for {@link LedShape#PHOSPHOR_CONVERTED}: photons the phosphor emits per photon
 *     it absorbs; otherwise NaN
 */
public record Led(LedShape shape, double peakNm, double fwhmNm, double opticalPowerW, Spectrum measured,
        double phosphorFraction, double phosphorQuantumEfficiency) {

    /** Peak of a phosphor-converted LED's blue pump, nm: the royal blue of white-LED chips. */
    public static final double PUMP_PEAK_NM = 450;
    /** FWHM of the pump, nm: an InGaN blue chip's 18–22 nm. */
    public static final double PUMP_FWHM_NM = 20;
    /** Quantum efficiency of a phosphor when a design does not give it: good garnet and nitride phosphors. */
    public static final double DEFAULT_PHOSPHOR_QUANTUM_EFFICIENCY = 0.9;

    /** {σ/E0, FWHM/λ0} of the widest energy Gaussian in nm: 0.64 λ0 (160 nm at 250 nm, 700 nm at 1100 nm). */
    private static final double[] WIDEST_ENERGY_GAUSSIAN = widestEnergyGaussian();

    /** The paper's AlGaInP LED: 635 nm, 17 nm FWHM, 0.1 W. */
    public static Led paperDefault() {
        return new Led(LedShape.OHNO_2005, 635, 17, 0.1, null);
    }

    /** An LED that is not phosphor-converted. */
    public Led(LedShape shape, double peakNm, double fwhmNm, double opticalPowerW, Spectrum measured) {
        this(shape, peakNm, fwhmNm, opticalPowerW, measured, Double.NaN, Double.NaN);
    }

    /** A phosphor-converted LED: a pump of {@code pumpPowerW} and a phosphor band at {@code peakNm}. */
    public static Led phosphorConverted(double peakNm, double fwhmNm, double pumpPowerW, double fraction,
            double quantumEfficiency) {
        return new Led(LedShape.PHOSPHOR_CONVERTED, peakNm, fwhmNm, pumpPowerW, null, fraction, quantumEfficiency);
    }

    public Led {
        if (shape == null) {
            throw new IllegalArgumentException("shape is required");
        }
        if (shape == LedShape.PHOSPHOR_CONVERTED) {
            if (!(phosphorFraction >= 0 && phosphorFraction <= PhysicalLimits.PHOSPHOR_FRACTION_MAX)) {
                throw new IllegalArgumentException("phosphorFraction must be 0-" + PhysicalLimits.PHOSPHOR_FRACTION_MAX
                        + ", got " + phosphorFraction);
            }
            if (!(phosphorQuantumEfficiency > 0
                    && phosphorQuantumEfficiency <= PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MAX)) {
                throw new IllegalArgumentException("phosphorQuantumEfficiency must be > 0 and <= "
                        + PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MAX + ", got " + phosphorQuantumEfficiency);
            }
            if (!(peakNm >= PhysicalLimits.PHOSPHOR_PEAK_MIN_NM && peakNm <= PhysicalLimits.PHOSPHOR_PEAK_MAX_NM)) {
                throw new IllegalArgumentException("peakNm of a phosphor band must be "
                        + PhysicalLimits.PHOSPHOR_PEAK_MIN_NM + "-" + PhysicalLimits.PHOSPHOR_PEAK_MAX_NM + " nm, got "
                        + peakNm);
            }
            if (!(fwhmNm >= PhysicalLimits.PHOSPHOR_FWHM_MIN_NM && fwhmNm <= PhysicalLimits.PHOSPHOR_FWHM_MAX_NM)) {
                throw new IllegalArgumentException("fwhmNm of a phosphor band must be "
                        + PhysicalLimits.PHOSPHOR_FWHM_MIN_NM + "-" + PhysicalLimits.PHOSPHOR_FWHM_MAX_NM + " nm, got "
                        + fwhmNm);
            }
        } else if (!Double.isNaN(phosphorFraction) || !Double.isNaN(phosphorQuantumEfficiency)) {
            throw new IllegalArgumentException("phosphorFraction and phosphorQuantumEfficiency are only for "
                    + "phosphor-converted LEDs");
        }
        if (!(opticalPowerW >= 0 && opticalPowerW <= PhysicalLimits.LED_OPTICAL_POWER_MAX_W)) {
            throw new IllegalArgumentException("opticalPowerW must be 0-" + PhysicalLimits.LED_OPTICAL_POWER_MAX_W
                    + " W, got " + opticalPowerW);
        }
        if (shape == LedShape.MEASURED) {
            if (measured == null) {
                throw new IllegalArgumentException("a measured LED needs its spectrum");
            }
        } else if (shape != LedShape.PHOSPHOR_CONVERTED) {
            if (!(peakNm >= PhysicalLimits.LED_PEAK_MIN_NM && peakNm <= PhysicalLimits.LED_PEAK_MAX_NM)) {
                throw new IllegalArgumentException("peakNm must be " + PhysicalLimits.LED_PEAK_MIN_NM + "-"
                        + PhysicalLimits.LED_PEAK_MAX_NM + " nm, got " + peakNm);
            }
            if (!(fwhmNm >= PhysicalLimits.LED_FWHM_MIN_NM && fwhmNm <= PhysicalLimits.LED_FWHM_MAX_NM)) {
                throw new IllegalArgumentException("fwhmNm must be " + PhysicalLimits.LED_FWHM_MIN_NM + "-"
                        + PhysicalLimits.LED_FWHM_MAX_NM + " nm, got " + fwhmNm);
            }
            if (shape == LedShape.GAUSSIAN_ENERGY && fwhmNm > widestEnergyGaussianFwhmNm(peakNm)) {
                throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "a Gaussian in energy at "
                        + "%.0f nm is at most %.1f nm wide (FWHM), got %.1f nm", peakNm,
                        widestEnergyGaussianFwhmNm(peakNm), fwhmNm));
            }
        }
    }

    /** The same LED with another optical power. */
    public Led withOpticalPowerW(double watts) {
        return new Led(shape, peakNm, fwhmNm, watts, measured, phosphorFraction, phosphorQuantumEfficiency);
    }

    /** True for a phosphor-converted LED. */
    public boolean isPhosphorConverted() {
        return shape == LedShape.PHOSPHOR_CONVERTED;
    }

    /**
     * The phosphor band's shape at {@code wavelengthNm} in W/nm (peak 1): a Gaussian in wavelength at
     * {@code peakNm} with FWHM {@code fwhmNm}.
     */
    public double phosphorBandAt(double wavelengthNm) {
        double sigma = fwhmNm / (2 * Math.sqrt(2 * Math.log(2)));
        return Math.exp(-0.5 * sq((wavelengthNm - peakNm) / sigma));
    }

    /** The unnormalized shape at {@code wavelengthNm} (peak value about 1). */
    public double shapeAt(double wavelengthNm) {
        return shapeFunction().value(wavelengthNm);
    }

    /**
     * The spectral power on {@code grid} in W/nm, summing (Σ S Δλ) to the optical power; for a phosphor-converted
     * LED the pump's, before the phosphor (the unit converts it, {@link LedQdUnit}).
     */
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
            case PHOSPHOR_CONVERTED -> {
                double sigma = PUMP_FWHM_NM / (2 * Math.sqrt(2 * Math.log(2)));
                return wl -> Math.exp(-0.5 * sq((wl - PUMP_PEAK_NM) / sigma));
            }
            case GAUSSIAN_ENERGY -> {
                double e0 = Photons.energyEv(peakNm);
                double sigma = energySigmaForFwhm(e0, fwhmNm);
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
     * The σ (eV) of the energy Gaussian centred at {@code e0} whose per-nm density has the FWHM {@code fwhmNm}. In
     * units of E0 the shape is the same at every peak: FWHM = λ0 F(σ/E0), F rising from 0 to its maximum at
     * {@link #WIDEST_ENERGY_GAUSSIAN} (a wider σ pushes the density's peak into the ultraviolet and narrows it in
     * nm), so F = FWHM/λ0 is solved on that rising branch (a fixed σ bracket failed at 250 nm / 100 nm).
     */
    static double energySigmaForFwhm(double e0, double fwhmNm) {
        double target = fwhmNm / Photons.wavelengthNm(e0);
        double sMax = WIDEST_ENERGY_GAUSSIAN[0];
        if (target >= WIDEST_ENERGY_GAUSSIAN[1]) {
            return sMax * e0;
        }
        return e0 * new BrentSolver(1e-14, 1e-14).solve(500, x -> relativeFwhm(x) - target, 1e-9, sMax);
    }

    private static double[] widestEnergyGaussian() {
        UnivariatePointValuePair best = new BrentOptimizer(1e-12, 1e-14).optimize(new MaxEval(1000),
                new UnivariateObjectiveFunction(Led::relativeFwhm), GoalType.MAXIMIZE,
                new SearchInterval(0.05, 5, 0.5));
        return new double[] {best.getPoint(), best.getValue()};
    }

    /** The widest FWHM (nm) a Gaussian in energy centred at {@code peakNm} can have. */
    public static double widestEnergyGaussianFwhmNm(double peakNm) {
        return WIDEST_ENERGY_GAUSSIAN[1] * peakNm;
    }

    /**
     * FWHM/λ0 of the per-nm density exp(−(u−1)²/2s²) u² (u = E/E0, s = σ/E0): its half-maximum energies solved in
     * energy, where they are always bracketed (the density vanishes as u → 0 and u → ∞).
     */
    static double relativeFwhm(double s) {
        // the density peaks where u² − u − 2s² = 0, slightly blue of E0 (0.1 nm for 20 nm wide at 600 nm)
        double peak = (1 + Math.sqrt(1 + 8 * s * s)) / 2;
        java.util.function.DoubleUnaryOperator density = u -> Math.exp(-0.5 * sq((u - 1) / s)) * u * u;
        double half = density.applyAsDouble(peak) / 2;
        BrentSolver solver = new BrentSolver(1e-15, 1e-15);
        double red = solver.solve(1000, u -> density.applyAsDouble(u) - half, peak * 1e-9, peak);
        double blue = solver.solve(1000, u -> density.applyAsDouble(u) - half, peak, peak + 40 * s);
        return 1 / red - 1 / blue;
    }

    private static double sq(double x) {
        return x * x;
    }
}
