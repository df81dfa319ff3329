package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.Xyz;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.UnitResult;

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

    private static final UnitParameter[] PARAMETERS = UnitParameter.values();
    private static final Metric[] METRICS = Metric.values();
    /** Metrics enter the objective clamped to ±1000 (no index, PE or LER of a white lies beyond), bounding it. */
    static final double METRIC_CLAMP = 1000;

    private final Spec spec;
    private final SpectrumEvaluator evaluator;
    private final Cie13_3ColourRendering.PreparedReference reference;
    private final Chromaticity target;
    private final int[][] index;
    /** The source temperature's place in the vector, -1 when fixed. */
    private final int temperatureIndex;
    private final int dimension;
    private final double[] lower;
    private final double[] upper;
    private final double[] objectiveWeights;
    private final double infeasibleOffset;

    public DesignProblem(Spec spec, SpectrumEvaluator evaluator) {
        this.spec = spec;
        this.evaluator = evaluator;
        this.reference = evaluator.prepare(spec.reference());
        this.target = evaluator.cctMethod().uvOf(spec.targetCctK(), spec.targetDuv()).toChromaticityFrom1960();
        int units = spec.units().size();
        index = new int[units][PARAMETERS.length];
        List<ParameterRange> free = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            for (UnitParameter p : PARAMETERS) {
                ParameterRange r = spec.units().get(u).range(p);
                index[u][p.ordinal()] = r.free() ? free.size() : -1;
                if (r.free()) {
                    free.add(r);
                }
            }
        }
        temperatureIndex = spec.temperatureK().free() ? free.size() : -1;
        if (spec.temperatureK().free()) {
            free.add(spec.temperatureK());
        }
        dimension = free.size();
        lower = new double[dimension];
        upper = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            lower[i] = free.get(i).min();
            upper[i] = free.get(i).max();
        }
        objectiveWeights = new double[METRICS.length];
        for (Metric m : METRICS) {
            objectiveWeights[m.ordinal()] = spec.objective().getOrDefault(m, 0.0);
        }
        double bound = 1;
        for (Metric m : METRICS) {
            bound += objectiveWeights[m.ordinal()] * METRIC_CLAMP / m.scale();
        }
        infeasibleOffset = bound;
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
        return dimension;
    }

    @Override
    public double[] lowerBounds() {
        return lower.clone();
    }

    @Override
    public double[] upperBounds() {
        return upper.clone();
    }

    /** The starting point: each free parameter's start, or the middle of its range. */
    public double[] initialPoint() {
        double[] x = new double[dimension];
        for (int u = 0; u < index.length; u++) {
            for (UnitParameter p : PARAMETERS) {
                if (index[u][p.ordinal()] >= 0) {
                    x[index[u][p.ordinal()]] = spec.units().get(u).range(p).value();
                }
            }
        }
        if (temperatureIndex >= 0) {
            x[temperatureIndex] = spec.temperatureK().value();
        }
        return x;
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

    /** Builds and evaluates the design at {@code x}. */
    public Candidate candidate(double[] x) {
        int units = index.length;
        List<LedQdUnit> list = new ArrayList<>(units);
        double[][] xyz = new double[units][];
        List<UnitResult> atUnitDrive = new ArrayList<>(units);
        double[] cut = new double[units];
        WavelengthGrid grid = evaluator.grid();
        double temperatureK = temperatureIndex >= 0 ? x[temperatureIndex] : spec.temperatureK().value();
        for (int u = 0; u < units; u++) {
            UnitSpec us = spec.units().get(u);
            double ledPeakNm = value(x, u, UnitParameter.LED_PEAK_NM);
            double ledFwhmNm = value(x, u, UnitParameter.LED_FWHM_NM);
            double ledPowerW = value(x, u, UnitParameter.LED_OPTICAL_POWER_W);
            LedQdUnit unit;
            if (!us.dots()) {
                unit = LedQdUnit.channel(us.ledShape() == LedShape.PHOSPHOR_CONVERTED
                        ? Led.phosphorConverted(ledPeakNm, ledFwhmNm, ledPowerW,
                                value(x, u, UnitParameter.PHOSPHOR_FRACTION),
                                value(x, u, UnitParameter.PHOSPHOR_QUANTUM_EFFICIENCY))
                        : new Led(us.ledShape(), ledPeakNm, ledFwhmNm, ledPowerW, null));
            } else {
                double qdEmissionNm = value(x, u, UnitParameter.QD_EMISSION_PEAK_NM);
                double od1S = value(x, u, UnitParameter.OD_1S);
                double stokesEv = value(x, u, UnitParameter.STOKES_SHIFT_MEV) / 1000;
                // the core is sized for the emission peak under this unit's own Stokes shift
                double core = QuantumDot.coreDiameterForEmissionNm(qdEmissionNm, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                        QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, stokesEv);
                // near the ends of the sizing curve a wide spread puts dots beyond it: repaired to the widest the
                // curve takes, and the cut counts as a violation (value), so the search is led back, not stopped
                double dispersion = value(x, u, UnitParameter.SIZE_DISPERSION_PERCENT) / 100;
                double built = QuantumDot.sizeDispersionWithinCurve(core, dispersion);
                cut[u] = 100 * (dispersion - built);
                QuantumDot qd = new QuantumDot(core, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                        QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, stokesEv,
                        value(x, u, UnitParameter.QD_EMISSION_FWHM_MEV) / 1000,
                        QuantumDot.DEFAULT_ABSORPTION_FWHM_1S_EV, value(x, u, UnitParameter.PLQY), us.tailLaw(),
                        value(x, u, UnitParameter.TAIL_PREFACTOR),
                        built, QuantumDot.DEFAULT_GAP_SHIFT_EV_PER_K, null);
                unit = new LedQdUnit(new Led(us.ledShape(), ledPeakNm, ledFwhmNm, ledPowerW, null), qd,
                        od1S, 0);
            }
            list.add(unit);
            UnitResult r = unit.simulate(temperatureK, grid);
            atUnitDrive.add(r);
            Xyz t = evaluator.integrator().integrate(r.totalWPerNm());
            xyz[u] = new double[] {t.x(), t.y(), t.z()};
        }
        double[] proposal = new double[units];
        double[] fixedWeights = new double[units];
        for (int u = 0; u < units; u++) {
            DriveWeight dw = spec.units().get(u).weight();
            fixedWeights[u] = dw.fixed();
            // a bounded weight is proposed in the middle of its range (matters with four or more units)
            proposal[u] = Double.isInfinite(dw.max()) ? 1 : Math.max(1e-6, (dw.min() + dw.max()) / 2);
        }
        double[] w = new double[units];
        boolean reachable = DriveWeightSolver.solve(xyz, proposal, fixedWeights, target, w);
        double max = 0;
        for (int u = 0; u < units; u++) {
            w[u] = Math.max(0, w[u]);
            max = Math.max(max, w[u]);
        }
        if (!spec.anyFixedWeight()) {
            for (int u = 0; u < units; u++) {
                w[u] = max > 0 ? w[u] / max : 1;
            }
        }
        HybridSource source = new HybridSource(list, w, temperatureK);
        HybridResult result = HybridSource.combine(grid, atUnitDrive, w);
        Colorimetry c = evaluator.evaluate(result.whiteSpectrum(), reference);
        double[] m = new double[METRICS.length];
        for (Metric metric : METRICS) {
            m[metric.ordinal()] = metric.valueOf(c, result);
        }
        return new Candidate(source, result, c, reachable, m, cut);
    }

    /** Parameter {@code p} of unit {@code u} at {@code x}: searched or fixed. */
    private double value(double[] x, int u, UnitParameter p) {
        int i = index[u][p.ordinal()];
        return i >= 0 ? x[i] : spec.units().get(u).range(p).value();
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
     * Feasibility first (K. Deb, "An efficient constraint handling method for genetic algorithms", Comput. Methods
     * Appl. Mech. Eng. 186, 311 (2000), doi:10.1016/S0045-7825(99)00389-8): a feasible candidate — every target and
     * constraint met by {@link ConstraintReport}'s rules — is worth minus its weighted objective; an infeasible one
     * {@link #infeasibleOffset()} plus its total violation ({@link ConstraintReport#violation}), more than any
     * feasible value. So feasible beats infeasible, among infeasible the smaller violation wins, and the best point
     * a run keeps is the best feasible design it saw, whenever it saw one. All three algorithms only compare values
     * (CMA-ES ranks, Nelder–Mead orders) or model them locally (BOBYQA), so the step at the boundary is harmless.
     */
    @Override
    public double value(double[] x) {
        Candidate cand;
        try {
            cand = candidate(x);
        } catch (IllegalArgumentException e) {
            // a design the model refuses (dots beyond the sizing curve): worse than any design it takes
            return 2 * infeasibleOffset + 1e6;
        }
        double violation = ConstraintReport.violation(spec, cand);
        if (violation > 0) {
            return infeasibleOffset + violation;
        }
        return -score(cand);
    }

    /** The weighted objective of a candidate, each metric clamped to ±{@link #METRIC_CLAMP} (NaN counts −1000). */
    public double score(Candidate cand) {
        double score = 0;
        for (Metric metric : METRICS) {
            int i = metric.ordinal();
            if (objectiveWeights[i] != 0) {
                double m = cand.metric(metric);
                double v = Double.isNaN(m) ? -METRIC_CLAMP : Math.max(-METRIC_CLAMP, Math.min(METRIC_CLAMP, m));
                score += objectiveWeights[i] * v / metric.scale();
            }
        }
        return score;
    }

    /** What every infeasible candidate's value exceeds: above the largest |weighted objective| possible. */
    public double infeasibleOffset() {
        return infeasibleOffset;
    }
}
