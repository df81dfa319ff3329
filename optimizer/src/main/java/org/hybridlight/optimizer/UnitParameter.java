package org.hybridlight.optimizer;

import org.hybridlight.source.Led;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.QuantumDot;

/**
 * The searchable parameters of one unit, in the order of the optimizer's vector, with the model's limits
 * ({@link PhysicalLimits}) and, for the dots' optional ones, the model's defaults.
 */
public enum UnitParameter {
    LED_PEAK_NM("ledPeakNm", PhysicalLimits.LED_PEAK_MIN_NM, PhysicalLimits.LED_PEAK_MAX_NM),
    LED_FWHM_NM("ledFwhmNm", PhysicalLimits.LED_FWHM_MIN_NM, PhysicalLimits.LED_FWHM_MAX_NM),
    /**
     * The LED's optical power (a pc-LED's: its pump's). With every drive weight solved it only scales the white; with
     * a fixed or bounded weight it sets how much the other units must give.
     */
    LED_OPTICAL_POWER_W("ledOpticalPowerW", PhysicalLimits.LED_OPTICAL_POWER_MIN_W,
            PhysicalLimits.LED_OPTICAL_POWER_MAX_W, DesignProblem.LED_POWER_W),
    /** At 300 K, with the default shell. */
    QD_EMISSION_PEAK_NM("qdEmissionPeakNm", PhysicalLimits.QD_EMISSION_MIN_NM, PhysicalLimits.QD_EMISSION_MAX_NM),
    OD_1S("od1S", PhysicalLimits.OD_1S_MIN, PhysicalLimits.OD_1S_MAX),
    QD_EMISSION_FWHM_MEV("qdEmissionFwhmMeV", 1000 * PhysicalLimits.BAND_FWHM_MIN_EV,
            1000 * PhysicalLimits.BAND_FWHM_MAX_EV, 1000 * QuantumDot.DEFAULT_EMISSION_FWHM_EV),
    STOKES_SHIFT_MEV("stokesShiftMeV", 0, 1000 * PhysicalLimits.STOKES_SHIFT_MAX_EV,
            1000 * QuantumDot.DEFAULT_STOKES_SHIFT_EV),
    PLQY("plqy", PhysicalLimits.PLQY_MIN_SEARCHED, PhysicalLimits.PLQY_MAX, QuantumDot.DEFAULT_PLQY),
    /** Relative standard deviation of the core diameter, %. */
    SIZE_DISPERSION_PERCENT("sizeDispersionPercent", 0, 100 * PhysicalLimits.SIZE_DISPERSION_MAX, 0),
    TAIL_PREFACTOR("tailPrefactor", 0, PhysicalLimits.TAIL_PREFACTOR_MAX, 1),
    /** A phosphor-converted channel's absorbed fraction of its pump's photons (its only use). */
    PHOSPHOR_FRACTION("phosphorFraction", 0, PhysicalLimits.PHOSPHOR_FRACTION_MAX, Double.NaN),
    /** A phosphor-converted channel's photons emitted per photon its phosphor absorbs. */
    PHOSPHOR_QUANTUM_EFFICIENCY("phosphorQuantumEfficiency", PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MIN_SEARCHED,
            PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MAX, Led.DEFAULT_PHOSPHOR_QUANTUM_EFFICIENCY);

    /** Whether the parameter describes the dots (a channel without dots has none of them). */
    public boolean ofDots() {
        return this != LED_PEAK_NM && this != LED_FWHM_NM && this != LED_OPTICAL_POWER_W && !ofPhosphor();
    }

    /** Whether the parameter describes a pc-LED's phosphor (only a phosphor-converted channel has them). */
    public boolean ofPhosphor() {
        return this == PHOSPHOR_FRACTION || this == PHOSPHOR_QUANTUM_EFFICIENCY;
    }

    private final String configName;
    private final double minimum;
    private final double maximum;
    private final double defaultValue;

    /** A parameter the config must give. */
    UnitParameter(String configName, double minimum, double maximum) {
        this(configName, minimum, maximum, Double.NaN);
    }

    UnitParameter(String configName, double minimum, double maximum, double defaultValue) {
        this.configName = configName;
        this.minimum = minimum;
        this.maximum = maximum;
        this.defaultValue = defaultValue;
    }

    /** The model's default when a config leaves the parameter out; NaN when it must be given. */
    public double defaultValue() {
        return defaultValue;
    }

    /** Whether a config must give it. */
    public boolean required() {
        return Double.isNaN(defaultValue);
    }

    /** Its field in a config's unit ({@code ledPeakNm}). */
    public String configName() {
        return configName;
    }

    /** Lowest value the model takes. */
    public double minimum() {
        return minimum;
    }

    /** Highest value the model takes. */
    public double maximum() {
        return maximum;
    }
}
