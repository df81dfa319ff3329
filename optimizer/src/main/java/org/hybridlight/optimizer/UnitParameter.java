package org.hybridlight.optimizer;

import org.hybridlight.source.PhysicalLimits;

/** The searchable parameters of one unit, in the order of the optimizer's vector, with the model's limits. */
public enum UnitParameter {
    LED_PEAK_NM("ledPeakNm", PhysicalLimits.LED_PEAK_MIN_NM, PhysicalLimits.LED_PEAK_MAX_NM),
    LED_FWHM_NM("ledFwhmNm", PhysicalLimits.LED_FWHM_MIN_NM, PhysicalLimits.LED_FWHM_MAX_NM),
    /** At 300 K, with the default shell. */
    QD_EMISSION_PEAK_NM("qdEmissionPeakNm", PhysicalLimits.QD_EMISSION_MIN_NM, PhysicalLimits.QD_EMISSION_MAX_NM),
    OD_1S("od1S", PhysicalLimits.OD_1S_MIN, PhysicalLimits.OD_1S_MAX);

    private final String configName;
    private final double minimum;
    private final double maximum;

    UnitParameter(String configName, double minimum, double maximum) {
        this.configName = configName;
        this.minimum = minimum;
        this.maximum = maximum;
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
