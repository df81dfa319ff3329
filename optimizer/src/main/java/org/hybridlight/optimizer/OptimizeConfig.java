package org.hybridlight.optimizer;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON shape of an optimization problem (bound by Jackson; unknown fields are errors).
 *
 * <p>Each unit parameter is a {@link Range}: {@code {"fixed": v}} (or the plain number {@code v}) or {@code {"min": a, "max": b}} (free, optionally
 * with a {@code "start"}). Drive weights are not parameters: they are solved to put the white on the target
 * chromaticity (CCT on the Planckian locus, Duv = target Duv).
 */
public final class OptimizeConfig {

    private OptimizeConfig() {
    }

    /** The file; the source temperature (K) is a parameter like a unit's (fixed, or free within bounds). */
    public record File(Range temperatureK, String reference, Target target, List<Unit> units, Objective objective,
            Constraints constraints, Search search) {
    }

    /** Colour target. */
    public record Target(Double cctK, Double duv, Double duvTolerance) {
    }

    /**
     * One unit's parameters; the dots are given by their emission peak at 300 K or by their CdSe core diameter
     * (one of the two). The drive weight is solved onto the target chromaticity unless fixed; bounds on it are
     * constraints on the solved value.
     */
    public record Unit(String name, String ledShape, Range ledPeakNm, Range ledFwhmNm, Range ledOpticalPowerW,
            Range qdEmissionPeakNm,
            Range qdCoreDiameterNm, Range od1S, Range qdEmissionFwhmMeV, Range stokesShiftMeV, Range plqy,
            Range sizeDispersionPercent, Range tailPrefactor, String tailLaw, Range phosphorFraction, Range phosphorQuantumEfficiency,
            Range weight) {
    }

    /** A fixed value or a free range; a plain number is the fixed value (as in design files). */
    public record Range(Double fixed, Double min, Double max, Double start) {

        @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
        public Range(@JsonProperty("fixed") Double fixed, @JsonProperty("min") Double min,
                @JsonProperty("max") Double max, @JsonProperty("start") Double start) {
            this.fixed = fixed;
            this.min = min;
            this.max = max;
            this.start = start;
        }

        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Range fixedAt(double value) {
            return new Range(value, null, null, null);
        }

        /** A whole number (JSON {@code 42}) is read by its own creator: Jackson keeps one per number kind. */
        @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
        static Range fixedAtWhole(long value) {
            return new Range((double) value, null, null, null);
        }
    }

    /** What to maximize: a weighted sum of ra, r9, pe, ler, rf, rg (each scaled to about 1 per 100 %). */
    public record Objective(Double ra, Double r9, Double pe, Double ler, Double rf, Double rg) {
    }

    /** Lower bounds on metrics. */
    public record Constraints(Double minRa, Double minR9, Double minPe, Double minLer, Double minRf, Double minRg) {
    }

    /** Algorithm and budget. */
    public record Search(String algorithm, Integer starts, Integer maxEvaluations, Long seed) {
    }
}
