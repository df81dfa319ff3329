package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.List;
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
 * A hybrid-source design problem as an {@link ObjectiveFunction}: the free unit parameters are the optimizer's
 * vector; for each candidate the units are simulated at unit drive, the drive weights are solved exactly onto the
 * target chromaticity ({@link DriveWeightSolver}), the white is evaluated, and the value to minimize is minus the
 * weighted objective plus penalties for violated constraints and for a target out of the units' reach.
 * Deterministic; one instance per thread (it keeps scratch state).
 */
public final class DesignProblem implements ObjectiveFunction {

    /** One parameter of one unit. */
    enum Kind { LED_PEAK_NM, LED_FWHM_NM, QD_EMISSION_NM, OD_1S }

    /**
     * A validated problem, built by {@link OptimizeConfigReader}. {@code driveWeights[u]} is {fixed weight or NaN,
     * min, max}: a fixed weight is kept, the others are solved onto the target chromaticity and must land within
     * their bounds.
     */
    public record Spec(double temperatureK, CriReference reference, double targetCctK, double targetDuv,
            double duvTolerance, List<String> unitNames, List<LedShape> shapes, double[][] fixed, boolean[][] free,
            double[][] lower, double[][] upper, double[] plqy, double[][] driveWeights, double[] objectiveWeights,
            double[] minimums, OptimizationSettings settings) {

        /** The same problem with other search settings. */
        public Spec withSettings(OptimizationSettings s) {
            return new Spec(temperatureK, reference, targetCctK, targetDuv, duvTolerance, unitNames, shapes, fixed,
                    free, lower, upper, plqy, driveWeights, objectiveWeights, minimums, s);
        }

        /** The same problem with another objective and other constraints. */
        public Spec withGoals(double[] objective, double[] mins) {
            return new Spec(temperatureK, reference, targetCctK, targetDuv, duvTolerance, unitNames, shapes, fixed,
                    free, lower, upper, plqy, driveWeights, objective, mins, settings);
        }

        /** True when some drive weight is fixed (then the weights are absolute, not normalized). */
        public boolean anyFixedWeight() {
            for (double[] w : driveWeights) {
                if (!Double.isNaN(w[0])) {
                    return true;
                }
            }
            return false;
        }
    }

    /** QD emission peaks the model covers at 300 K, nm (the sizing curve with the default shell). */
    public static final double[] QD_EMISSION_NM = {470, 650};

    /** Metric names in objective and constraint order. */
    public static final List<String> METRICS = List.of("ra", "r9", "pe", "ler", "rf", "rg");

    private final Spec spec;
    private final SpectrumEvaluator evaluator;
    private final Cie13_3ColourRendering.PreparedReference reference;
    private final Chromaticity target;
    private final int[][] index;
    private final int dimension;
    private final double[] lower;
    private final double[] upper;

    public DesignProblem(Spec spec, SpectrumEvaluator evaluator) {
        this.spec = spec;
        this.evaluator = evaluator;
        this.reference = evaluator.prepare(spec.reference());
        this.target = evaluator.cctMethod().uvOf(spec.targetCctK(), spec.targetDuv())
                .toChromaticityFrom1960();
        int units = spec.unitNames().size();
        index = new int[units][4];
        List<double[]> bounds = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            for (int k = 0; k < 4; k++) {
                index[u][k] = spec.free()[u][k] ? bounds.size() : -1;
                if (spec.free()[u][k]) {
                    bounds.add(new double[] {spec.lower()[u][k], spec.upper()[u][k]});
                }
            }
        }
        dimension = bounds.size();
        lower = new double[dimension];
        upper = new double[dimension];
        for (int i = 0; i < dimension; i++) {
            lower[i] = bounds.get(i)[0];
            upper[i] = bounds.get(i)[1];
        }
    }

    public Spec spec() {
        return spec;
    }

    /** True when Rf or Rg are used, so the evaluator must compute TM-30. */
    public static boolean needsTm30(Spec spec) {
        return spec.objectiveWeights()[4] != 0 || spec.objectiveWeights()[5] != 0
                || !Double.isNaN(spec.minimums()[4]) || !Double.isNaN(spec.minimums()[5]);
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
            for (int k = 0; k < 4; k++) {
                if (index[u][k] >= 0) {
                    x[index[u][k]] = spec.fixed()[u][k];
                }
            }
        }
        return x;
    }

    /** A candidate: its source (weights solved), result and colorimetry, and whether the target was reachable. */
    public record Candidate(HybridSource source, HybridResult result, Colorimetry colorimetry, boolean reachable,
            double[] metrics) {
    }

    /** Builds and evaluates the design at {@code x}. */
    public Candidate candidate(double[] x) {
        int units = index.length;
        List<LedQdUnit> list = new ArrayList<>(units);
        double[][] xyz = new double[units][];
        List<UnitResult> atUnitDrive = new ArrayList<>(units);
        WavelengthGrid grid = evaluator.grid();
        for (int u = 0; u < units; u++) {
            double[] p = new double[4];
            for (int k = 0; k < 4; k++) {
                p[k] = index[u][k] >= 0 ? x[index[u][k]] : spec.fixed()[u][k];
            }
            double core = QuantumDot.coreDiameterForEmissionNm(p[2], QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                    QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV);
            QuantumDot qd = new QuantumDot(core, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                    QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV,
                    QuantumDot.DEFAULT_EMISSION_FWHM_EV, QuantumDot.DEFAULT_ABSORPTION_FWHM_1S_EV, spec.plqy()[u]);
            LedQdUnit unit = new LedQdUnit(new Led(spec.shapes().get(u), p[0], p[1], 0.1, null), qd, p[3], 0);
            list.add(unit);
            UnitResult r = unit.simulate(spec.temperatureK(), grid);
            atUnitDrive.add(r);
            Xyz t = evaluator.integrator().integrate(r.totalWPerNm());
            xyz[u] = new double[] {t.x(), t.y(), t.z()};
        }
        double[] proposal = new double[units];
        double[] fixedWeights = new double[units];
        for (int u = 0; u < units; u++) {
            double[] dw = spec.driveWeights()[u];
            fixedWeights[u] = dw[0];
            // a bounded weight is proposed in the middle of its range (matters with four or more units)
            proposal[u] = Double.isInfinite(dw[2]) ? 1 : Math.max(1e-6, (dw[1] + dw[2]) / 2);
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
        HybridSource source = new HybridSource(list, w, spec.temperatureK());
        HybridResult result = HybridSource.combine(grid, atUnitDrive, w);
        Colorimetry c = evaluator.evaluate(result.whiteSpectrum(), reference);
        double[] m = {c.ra(), c.colourRendering() == null ? Double.NaN : c.colourRendering().r(9),
            result.powerConversionEfficiency(), c.lerLmPerW(), c.rf(), c.rg()};
        return new Candidate(source, result, c, reachable, m);
    }

    /** How far solved weights lie outside their bounds, relative to the bounds' scale (0 when inside). */
    public double weightBoundViolation(double[] weights) {
        double v = 0;
        for (int u = 0; u < weights.length; u++) {
            double[] dw = spec.driveWeights()[u];
            double scale = Double.isInfinite(dw[2]) ? 1 : Math.max(dw[2], 1e-9);
            v += (Math.max(0, dw[1] - weights[u]) + Math.max(0, weights[u] - dw[2])) / scale;
        }
        return v;
    }

    @Override
    public double value(double[] x) {
        Candidate cand;
        try {
            cand = candidate(x);
        } catch (IllegalArgumentException e) {
            return 1e6;
        }
        double[] m = cand.metrics();
        // metrics on a common scale: indices /100, PE as is, LER /400 lm/W
        double[] scale = {100, 100, 1, 400, 100, 100};
        double score = 0;
        double penalty = 0;
        for (int i = 0; i < m.length; i++) {
            double v = Double.isNaN(m[i]) ? -1e3 : m[i];
            score += spec.objectiveWeights()[i] * v / scale[i];
            double min = spec.minimums()[i];
            if (!Double.isNaN(min) && v < min) {
                penalty += 10 * (min - v) / scale[i];
            }
        }
        Colorimetry c = cand.colorimetry();
        double duvError = Double.isNaN(c.duv()) ? 1 : Math.abs(c.duv() - spec.targetDuv());
        double cctError = Double.isNaN(c.cctK()) ? 1 : Math.abs(c.cctK() / spec.targetCctK() - 1);
        // an unreachable target: the solver's clipped weights miss it; push toward reachable units
        penalty += 1000 * Math.max(0, duvError - spec.duvTolerance()) + 100 * Math.max(0, cctError - 0.002);
        penalty += 10 * weightBoundViolation(cand.source().weights());
        return -score + penalty;
    }
}
