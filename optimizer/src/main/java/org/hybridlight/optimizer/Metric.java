package org.hybridlight.optimizer;

import java.util.Locale;
import java.util.function.Function;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.source.HybridResult;

/**
 * The figures of merit a design is optimized for and constrained by, in objective and report order: each with its
 * name in configs and on the command line, its scale in the objective, its label and unit, its config fields and
 * whether it needs TM-30.
 */
public enum Metric {
    /** CIE 13.3 general colour rendering index. */
    RA("ra", "Ra", "", 100, "ra", 2, false, OptimizeConfig.Objective::ra, "minRa", OptimizeConfig.Constraints::minRa),
    /** CIE 13.3 special index of the saturated red sample. */
    R9("r9", "R9", "", 100, "r9", 2, false, OptimizeConfig.Objective::r9, "minR9", OptimizeConfig.Constraints::minR9),
    /** Light-to-light power-conversion efficiency (light out / light in). */
    PE("pe", "PE", "", 1, "pe", 4, false, OptimizeConfig.Objective::pe, "minPe", OptimizeConfig.Constraints::minPe),
    /** Luminous efficacy of radiation. */
    LER("ler", "LER", "lm/W", 400, "lerLmPerW", 2, false, OptimizeConfig.Objective::ler, "minLer",
            OptimizeConfig.Constraints::minLer),
    /** ANSI/IES TM-30-18 fidelity index. */
    RF("rf", "Rf", "", 100, "rf", 2, true, OptimizeConfig.Objective::rf, "minRf", OptimizeConfig.Constraints::minRf),
    /** ANSI/IES TM-30-18 gamut index. */
    RG("rg", "Rg", "", 100, "rg", 2, true, OptimizeConfig.Objective::rg, "minRg", OptimizeConfig.Constraints::minRg);

    private final String configName;
    private final String label;
    private final String unit;
    private final double scale;
    private final String csvColumn;
    private final int csvDecimals;
    private final boolean needsTm30;
    private final Function<OptimizeConfig.Objective, Double> weight;
    private final String constraintName;
    private final Function<OptimizeConfig.Constraints, Double> minimum;

    Metric(String configName, String label, String unit, double scale, String csvColumn, int csvDecimals,
            boolean needsTm30, Function<OptimizeConfig.Objective, Double> weight, String constraintName,
            Function<OptimizeConfig.Constraints, Double> minimum) {
        this.configName = configName;
        this.label = label;
        this.unit = unit;
        this.scale = scale;
        this.csvColumn = csvColumn;
        this.csvDecimals = csvDecimals;
        this.needsTm30 = needsTm30;
        this.weight = weight;
        this.constraintName = constraintName;
        this.minimum = minimum;
    }

    /** Its name in the objective and on the command line ({@code ra}). */
    public String configName() {
        return configName;
    }

    /** Its short label ({@code LER}). */
    public String label() {
        return label;
    }

    /** Its unit ({@code lm/W}), empty for indices and ratios. */
    public String unit() {
        return unit;
    }

    /**
     * What one unit of objective weight counts per: the indices per 100, PE per 1, LER per 400 lm/W, so that the
     * weighted metrics are of about the same size.
     */
    public double scale() {
        return scale;
    }

    /** Its column in CSV outputs ({@code lerLmPerW}). */
    public String csvColumn() {
        return csvColumn;
    }

    /** Decimals in CSV outputs. */
    public int csvDecimals() {
        return csvDecimals;
    }

    /** True when evaluating it needs TM-30 (Rf, Rg). */
    public boolean needsTm30() {
        return needsTm30;
    }

    /** Its objective weight's config field path ({@code objective.ra}). */
    public String objectiveField() {
        return "objective." + configName;
    }

    /** Its constraint's config field path ({@code constraints.minRa}). */
    public String constraintField() {
        return "constraints." + constraintName;
    }

    /** Its constraint's label in reports ({@code LER (lm/W, min)}). */
    public String constraintLabel() {
        return unit.isEmpty() ? label + " (min)" : label + " (" + unit + ", min)";
    }

    /** Its weight in a config's objective, or null. */
    Double weightIn(OptimizeConfig.Objective objective) {
        return weight.apply(objective);
    }

    /** Its lower bound in a config's constraints, or null. */
    Double minimumIn(OptimizeConfig.Constraints constraints) {
        return minimum.apply(constraints);
    }

    /** Its value for a white with colorimetry {@code c} from a source that simulated to {@code r} (NaN if none). */
    public double valueOf(Colorimetry c, HybridResult r) {
        return switch (this) {
            case RA -> c.ra();
            case R9 -> c.colourRendering() == null ? Double.NaN : c.colourRendering().r(9);
            case PE -> r.powerConversionEfficiency();
            case LER -> c.lerLmPerW();
            case RF -> c.rf();
            case RG -> c.rg();
        };
    }

    /** The metric named {@code name} (its config name, any case). */
    public static Metric parse(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Metric m : values()) {
            if (m.configName.equals(n)) {
                return m;
            }
        }
        throw new IllegalArgumentException("unknown metric '" + name + "' (use " + names() + ")");
    }

    /** All config names, comma separated, in order. */
    public static String names() {
        StringBuilder s = new StringBuilder();
        for (Metric m : values()) {
            s.append(s.length() == 0 ? "" : ", ").append(m.configName);
        }
        return s.toString();
    }
}
