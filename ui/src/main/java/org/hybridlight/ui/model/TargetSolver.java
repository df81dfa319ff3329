package org.hybridlight.ui.model;

import java.util.Locale;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.cct.CctDuv;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.Xyz;
import org.hybridlight.optimizer.DriveWeightSolver;
import org.hybridlight.source.HybridSource;

/**
 * Moves the design onto its target or the target onto a chromaticity: re-solving the drive weights with the
 * optimizer's solver, or setting the target CCT and Duv from CIE 1931 x, y. Each is one step for undo. Owned by its
 * {@link DesignViewModel}.
 */
public final class TargetSolver {

    private final DesignViewModel design;
    private final SpectrumEvaluator evaluator;

    TargetSolver(DesignViewModel design, SpectrumEvaluator evaluator) {
        this.design = design;
        this.evaluator = evaluator;
    }

    /**
     * Re-solves the drive weights so that the white lands on the target CCT and Duv (the optimizer's solver, the
     * least change from the present weights; the largest becomes 1). One step for undo.
     *
     * @return what happened, in words: done, or why not (the target outside what the units can mix)
     */
    public String solveWeights() {
        Evaluation e = design.evaluationProperty().get();
        if (e == null) {
            return "fix the design first: " + design.problemProperty().get();
        }
        double cctK = design.targetCctK().get();
        double duv = design.targetDuv().get();
        Chromaticity target;
        try {
            target = evaluator.cctMethod().uvOf(cctK, duv).toChromaticityFrom1960();
        } catch (IllegalArgumentException ex) {
            return "the target has no chromaticity: " + ex.getMessage();
        }
        HybridSource source = e.design().source();
        int n = source.units().size();
        double[][] xyz = new double[n][];
        double[] proposal = new double[n];
        for (int k = 0; k < n; k++) {
            Xyz t = evaluator.integrator().integrate(
                    source.units().get(k).simulate(source.temperatureK(), WavelengthGrid.COMPUTATION).totalWPerNm());
            xyz[k] = new double[] {t.x(), t.y(), t.z()};
            proposal[k] = Math.max(1e-6, source.weights()[k]);
        }
        double[] w = new double[n];
        String at = String.format(Locale.ROOT, "%.0f K, Duv %+.4f (x %.4f, y %.4f)", cctK, duv, target.x(),
                target.y());
        if (!DriveWeightSolver.solve(xyz, proposal, target, w)) {
            return "target out of reach: no drive weights of these " + n + " unit" + (n == 1 ? "" : "s")
                    + " mix " + at + "; it lies outside the colours they span (their points on the diagram)";
        }
        double max = 0;
        for (double v : w) {
            max = Math.max(max, v);
        }
        double scale = 1 / max;
        design.batch(() -> {
            for (int k = 0; k < n; k++) {
                design.units().get(k).weight().set(w[k] * scale);
            }
        });
        return "weights solved onto " + at;
    }

    /**
     * Sets the target by CIE 1931 chromaticity instead of CCT and Duv: converted with the evaluator's CCT method
     * (so the "+" lands on x, y), one step for undo.
     *
     * @return what was set, or why not (not numbers, outside the diagram, or a CCT or Duv the target cannot take)
     */
    public String setTargetFromXy(String xText, String yText) {
        double x;
        double y;
        try {
            x = Double.parseDouble(xText.trim().replace(',', '.'));
            y = Double.parseDouble(yText.trim().replace(',', '.'));
        } catch (NumberFormatException e) {
            return "enter x and y as numbers, e.g. 0.4369 and 0.4041";
        }
        if (!(x > 0 && y > 0 && x + y < 1)) {
            return "x and y must be above 0 with x + y below 1";
        }
        CctDuv cd;
        try {
            cd = evaluator.cctMethod().cctDuv(new Chromaticity(x, y).uv1960());
        } catch (IllegalArgumentException e) {
            cd = null;
        }
        Parameter targetCctK = design.targetCctK();
        Parameter targetDuv = design.targetDuv();
        if (cd == null || !Double.isFinite(cd.cctK()) || cd.cctK() < targetCctK.min() || cd.cctK() > targetCctK.max()
                || Math.abs(cd.duv()) > targetDuv.max()) {
            return String.format(Locale.ROOT, "x %.4f, y %.4f is no target: the target needs a CCT of "
                    + "%s–%s K and |Duv| up to %s", x, y, targetCctK.format(targetCctK.min()),
                    targetCctK.format(targetCctK.max()), targetDuv.format(targetDuv.max()));
        }
        double cct = cd.cctK();
        double duv = cd.duv();
        design.batch(() -> {
            targetCctK.set(cct);
            targetDuv.set(duv);
        });
        return String.format(Locale.ROOT, "target %.0f K, Duv %+.4f", cct, duv);
    }
}
