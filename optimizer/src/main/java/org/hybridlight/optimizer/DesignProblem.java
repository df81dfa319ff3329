package org.hybridlight.optimizer;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.HybridSource;

/**
 * A hybrid-source design problem as an {@link ObjectiveFunction}: the free unit parameters, then the source
 * temperature when it is free, are the optimizer's vector; for each candidate the units are simulated at unit drive, the drive weights are solved exactly onto the
 * target chromaticity ({@link DriveWeightSolver}), the white is evaluated, and the value to minimize is minus the
 * weighted objective for a design that meets every target and constraint, and for any other a value above every
 * feasible one that grows with its total violation (Deb's rules, see {@link #value}).
 * Deterministic and immutable: one instance may serve several threads (its evaluator is thread-safe).
 */
public final class DesignProblem implements ObjectiveFunction {

    /**
     * How far the white's CCT may lie from the target, relative: within it the optimizer adds no penalty and
     * {@link ConstraintReport} says "met" — one rule, since a wider report tolerance would call designs met that
     * the optimizer still pushes toward the target, and a narrower one would call designs violated that it accepts.
     * 0.2 % is 6 K at 3000 K, a step of 2.3 × 10⁻⁴ along the Planckian locus in (u, v): a quarter of the default Duv
     * tolerance across the locus, and far inside the CCT bins of ANSI C78.377.
     */
    public static final double CCT_TOLERANCE = 0.002;

    /**
     * A validated problem, built by {@link OptimizeConfigReader}.
     *
     * @param temperatureK operating temperature of the source (its dots), K: fixed or searched
     * @param reference colour-rendering reference
     * @param targetCctK target CCT, K
     * @param targetDuv target Duv
     * @param duvTolerance how far the white's Duv may lie from the target
     * @param units the units
     * @param objective weight per metric in the objective (metrics absent count 0)
     * @param minimums lower bound per constrained metric
     * @param settings algorithm and budget
     */
    public record Spec(ParameterRange temperatureK, CriReference reference, double targetCctK, double targetDuv,
            double duvTolerance, List<UnitSpec> units, Map<Metric, Double> objective, Map<Metric, Double> minimums,
            OptimizationSettings settings) {

        public Spec {
            units = List.copyOf(units);
            objective = metricMap(objective);
            minimums = metricMap(minimums);
        }

        private static Map<Metric, Double> metricMap(Map<Metric, Double> m) {
            EnumMap<Metric, Double> copy = new EnumMap<>(Metric.class);
            copy.putAll(m);
            return Collections.unmodifiableMap(copy);
        }

        /** The units' names, in order. */
        public List<String> unitNames() {
            return units.stream().map(UnitSpec::name).toList();
        }

        /** The same problem with other search settings. */
        public Spec withSettings(OptimizationSettings s) {
            return new Spec(temperatureK, reference, targetCctK, targetDuv, duvTolerance, units, objective, minimums,
                    s);
        }

        /** The same problem with other units. */
        public Spec withUnits(List<UnitSpec> newUnits) {
            return new Spec(temperatureK, reference, targetCctK, targetDuv, duvTolerance, newUnits, objective,
                    minimums, settings);
        }

        /** The same problem with another objective and other constraints. */
        public Spec withGoals(Map<Metric, Double> newObjective, Map<Metric, Double> newMinimums) {
            return new Spec(temperatureK, reference, targetCctK, targetDuv, duvTolerance, units, newObjective,
                    newMinimums, settings);
        }

        /** True when some drive weight is fixed (then the weights are absolute, not normalized). */
        public boolean anyFixedWeight() {
            return units.stream().anyMatch(u -> u.weight().isFixed());
        }

        /** True when Rf or Rg are used, so the evaluator must compute TM-30. */
        public boolean needsTm30() {
            for (Metric m : Metric.values()) {
                if (m.needsTm30() && (objective.getOrDefault(m, 0.0) != 0 || minimums.containsKey(m))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** LED power each unit is simulated at unless its config gives one, W: drive weights scale it. */
    public static final double LED_POWER_W = 0.1;

    private final Spec spec;
    private final SearchVector vector;
    private final CandidateBuilder builder;
    private final FeasibilityFirst rule;

    public DesignProblem(Spec spec, SpectrumEvaluator evaluator) {
        this.spec = spec;
        this.vector = new SearchVector(spec);
        this.builder = new CandidateBuilder(spec, vector, evaluator);
        this.rule = new FeasibilityFirst(spec);
    }

    public Spec spec() {
        return spec;
    }

    /** True when Rf or Rg are used, so the evaluator must compute TM-30. */
    public static boolean needsTm30(Spec spec) {
        return spec.needsTm30();
    }

    @Override
    public int dimension() {
        return vector.dimension();
    }

    /** How many of the free parameters are mix levels: the drive weights' free directions (see SearchVector). */
    public int mixLevels() {
        return vector.mixLevels();
    }

    @Override
    public double[] lowerBounds() {
        return vector.lowerBounds();
    }

    @Override
    public double[] upperBounds() {
        return vector.upperBounds();
    }

    /** The starting point: each free parameter's start, or the middle of its range. */
    public double[] initialPoint() {
        return vector.initialPoint();
    }

    /**
     * The starting point, its mix levels set so that the weights solved there are those closest to {@code weights}
     * (one per unit, for the units at this problem's LED powers; only their ratios count when no weight is fixed),
     * as far as the levels' ±20 dB reach: a search that starts from a design's own weights. Without mix levels
     * (the weights have no free direction: three solved units, or two beside fixed ones) the same as
     * {@link #initialPoint()}.
     */
    public double[] initialPoint(double[] weights) {
        return vector.initialPoint(weights);
    }

    /**
     * A candidate: its source (weights solved), result and colorimetry, whether the target was reachable, its
     * metrics in {@link Metric} order, and per unit how far (percentage points) its searched size dispersion was cut
     * to the widest the sizing curve takes around its core (0 when it was not; the source has the cut value).
     */
    public record Candidate(HybridSource source, HybridResult result, Colorimetry colorimetry, boolean reachable,
            double[] metrics, double[] sizeDispersionCutPercent) {

        public Candidate {
            metrics = metrics.clone();
            sizeDispersionCutPercent = sizeDispersionCutPercent.clone();
        }

        /** The metrics in {@link Metric} order. */
        @Override
        public double[] metrics() {
            return metrics.clone();
        }

        /** Per unit, the percentage points its size dispersion was cut by (0: built as searched). */
        @Override
        public double[] sizeDispersionCutPercent() {
            return sizeDispersionCutPercent.clone();
        }

        /** How far unit {@code u}'s size dispersion was cut, percentage points. */
        public double sizeDispersionCutPercent(int u) {
            return sizeDispersionCutPercent[u];
        }

        public double metric(Metric m) {
            return metrics[m.ordinal()];
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Candidate c && source.equals(c.source) && result.equals(c.result)
                    && colorimetry.equals(c.colorimetry) && reachable == c.reachable
                    && Arrays.equals(metrics, c.metrics)
                    && Arrays.equals(sizeDispersionCutPercent, c.sizeDispersionCutPercent);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, result, colorimetry, reachable, Arrays.hashCode(metrics),
                    Arrays.hashCode(sizeDispersionCutPercent));
        }

        @Override
        public String toString() {
            return "Candidate[source=" + source + ", colorimetry=" + colorimetry + ", reachable=" + reachable
                    + ", metrics=" + Arrays.toString(metrics) + ", sizeDispersionCutPercent="
                    + Arrays.toString(sizeDispersionCutPercent) + "]";
        }
    }

    /** Builds and evaluates the design at {@code x} ({@link CandidateBuilder}). */
    public Candidate candidate(double[] x) {
        return builder.build(x);
    }

    /**
     * How far solved weights lie outside their bounds, relative to the bounds' scale (0 when inside).
     */
    public double weightBoundViolation(double[] weights) {
        double v = 0;
        for (int u = 0; u < weights.length; u++) {
            DriveWeight dw = spec.units().get(u).weight();
            double scale = Double.isInfinite(dw.max()) ? 1 : Math.max(dw.max(), 1e-9);
            v += (Math.max(0, dw.min() - weights[u]) + Math.max(0, weights[u] - dw.max())) / scale;
        }
        return v;
    }

    /**
     * Feasibility first (Deb's rules, {@link FeasibilityFirst}): minus the weighted objective for a candidate that
     * meets every target and constraint, else {@link #infeasibleOffset()} plus its total violation.
     */
    @Override
    public double value(double[] x) {
        Candidate cand;
        try {
            cand = candidate(x);
        } catch (IllegalArgumentException e) {
            // a design the model refuses (dots beyond the sizing curve): worse than any design it takes
            return rule.refusedValue();
        }
        return rule.value(cand);
    }

    /** The weighted objective of a candidate, each metric clamped to ±1000 (NaN counts −1000). */
    public double score(Candidate cand) {
        return rule.score(cand);
    }

    /** What every infeasible candidate's value exceeds: above the largest |weighted objective| possible. */
    public double infeasibleOffset() {
        return rule.infeasibleOffset();
    }
}
