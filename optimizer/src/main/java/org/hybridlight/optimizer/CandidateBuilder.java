package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
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
 * Builds a {@link DesignProblem.Candidate} from the optimizer's vector x: each unit from its parameters at x,
 * simulated at unit drive; the drive weights solved onto the target chromaticity ({@link DriveWeightSolver}); the
 * white combined and evaluated, with its metrics. Immutable; thread-safe as its evaluator is.
 */
final class CandidateBuilder {

    private static final Metric[] METRICS = Metric.values();

    private final DesignProblem.Spec spec;
    private final SearchVector vector;
    private final SpectrumEvaluator evaluator;
    private final Cie13_3ColourRendering.PreparedReference reference;
    private final Chromaticity target;

    CandidateBuilder(DesignProblem.Spec spec, SearchVector vector, SpectrumEvaluator evaluator) {
        this.spec = spec;
        this.vector = vector;
        this.evaluator = evaluator;
        this.reference = evaluator.prepare(spec.reference());
        this.target = evaluator.cctMethod().uvOf(spec.targetCctK(), spec.targetDuv()).toChromaticityFrom1960();
    }

    /** Builds and evaluates the design at {@code x}. */
    DesignProblem.Candidate build(double[] x) {
        int units = spec.units().size();
        List<LedQdUnit> list = new ArrayList<>(units);
        double[][] xyz = new double[units][];
        List<UnitResult> atUnitDrive = new ArrayList<>(units);
        double[] cut = new double[units];
        WavelengthGrid grid = evaluator.grid();
        double temperatureK = vector.temperatureK(x);
        for (int u = 0; u < units; u++) {
            LedQdUnit unit = unit(x, u, cut);
            list.add(unit);
            UnitResult r = unit.simulate(temperatureK, grid);
            atUnitDrive.add(r);
            Xyz t = evaluator.integrator().integrate(r.totalWPerNm());
            xyz[u] = new double[] {t.x(), t.y(), t.z()};
        }
        double[] w = new double[units];
        boolean reachable = solveWeights(x, xyz, w);
        HybridSource source = new HybridSource(list, w, temperatureK);
        HybridResult result = HybridSource.combine(grid, atUnitDrive, w);
        Colorimetry c = evaluator.evaluate(result.whiteSpectrum(), reference);
        double[] m = new double[METRICS.length];
        for (Metric metric : METRICS) {
            m[metric.ordinal()] = metric.valueOf(c, result);
        }
        return new DesignProblem.Candidate(source, result, c, reachable, m, cut);
    }

    /**
     * Unit {@code u} at {@code x}; a dot size dispersion beyond the sizing curve is built at the widest it takes,
     * and the cut, percentage points, goes to {@code cut[u]}.
     */
    private LedQdUnit unit(double[] x, int u, double[] cut) {
        UnitSpec us = spec.units().get(u);
        double ledPeakNm = vector.value(x, u, UnitParameter.LED_PEAK_NM);
        double ledFwhmNm = vector.value(x, u, UnitParameter.LED_FWHM_NM);
        double ledPowerW = vector.value(x, u, UnitParameter.LED_OPTICAL_POWER_W);
        if (!us.dots()) {
            return LedQdUnit.channel(us.ledShape() == LedShape.PHOSPHOR_CONVERTED
                    ? Led.phosphorConverted(ledPeakNm, ledFwhmNm, ledPowerW,
                            vector.value(x, u, UnitParameter.PHOSPHOR_FRACTION),
                            vector.value(x, u, UnitParameter.PHOSPHOR_QUANTUM_EFFICIENCY))
                    : new Led(us.ledShape(), ledPeakNm, ledFwhmNm, ledPowerW, null));
        }
        double qdEmissionNm = vector.value(x, u, UnitParameter.QD_EMISSION_PEAK_NM);
        double od1S = vector.value(x, u, UnitParameter.OD_1S);
        double stokesEv = vector.value(x, u, UnitParameter.STOKES_SHIFT_MEV) / 1000;
        // the core is sized for the emission peak under this unit's own Stokes shift
        double core = QuantumDot.coreDiameterForEmissionNm(qdEmissionNm, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, stokesEv);
        // near the ends of the sizing curve a wide spread puts dots beyond it: repaired to the widest the
        // curve takes, and the cut counts as a violation (value), so the search is led back, not stopped
        double dispersion = vector.value(x, u, UnitParameter.SIZE_DISPERSION_PERCENT) / 100;
        double built = QuantumDot.sizeDispersionWithinCurve(core, dispersion);
        cut[u] = 100 * (dispersion - built);
        QuantumDot qd = new QuantumDot(core, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, stokesEv,
                vector.value(x, u, UnitParameter.QD_EMISSION_FWHM_MEV) / 1000,
                QuantumDot.DEFAULT_ABSORPTION_FWHM_1S_EV, vector.value(x, u, UnitParameter.PLQY), us.tailLaw(),
                vector.value(x, u, UnitParameter.TAIL_PREFACTOR),
                built, QuantumDot.DEFAULT_GAP_SHIFT_EV_PER_K, null);
        return new LedQdUnit(new Led(us.ledShape(), ledPeakNm, ledFwhmNm, ledPowerW, null), qd, od1S, 0);
    }

    /**
     * The drive weights into {@code w} that put the units' tristimulus values {@code xyz} on the target,
     * non-negative and, unless some weight is fixed, scaled to a largest of 1; true if the target was reachable.
     * Where the weights have free directions, the mix levels at {@code x} choose among them.
     */
    private boolean solveWeights(double[] x, double[][] xyz, double[] w) {
        int units = w.length;
        double[] proposal = new double[units];
        double[] fixedWeights = new double[units];
        for (int u = 0; u < units; u++) {
            DriveWeight dw = spec.units().get(u).weight();
            fixedWeights[u] = dw.fixed();
            proposal[u] = dw.proposal() * vector.mixFactor(x, u);
        }
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
        return reachable;
    }
}
