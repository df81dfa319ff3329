package org.hybridlight.optimizer;

import org.hybridlight.colorimetry.tristimulus.Chromaticity;


/**
 * Drive weights that put a mixture of unit spectra exactly on a target chromaticity.
 *
 * <p>The chromaticity of Σ w_k S_k is fixed by two linear equations in w: Σ w_k (X_k − (x/y) Y_k) = 0 and
 * Σ w_k (Z_k − (z/y) Y_k) = 0. Among all solutions the solver takes the one closest to the weights the caller
 * proposes, in relative terms: minimize Σ ((w_k − p_k)/p_k)² subject to the two equations (a closed-form
 * equality-constrained least-squares step), then scales to the proposal's total luminance. With three units the
 * answer is unique up to scale; with more, the proposal chooses among the solutions; with fewer, the target is
 * reachable only on the line between the units and the result says how far off it is.
 *
 * <p>Allocation-free: the caller passes the output array.
 */
public final class DriveWeightSolver {

    private DriveWeightSolver() {
    }

    /**
     * Solves for weights.
     *
     * @param unitXyz per-unit tristimulus values per unit weight, {@code [k][0..2]} = X, Y, Z
     * @param proposal proposed weights, all &gt; 0
     * @param target target chromaticity
     * @param out receives the weights
     * @return true when all weights are ≥ 0 and the mixture hits the target (to 1e-9 in x, y); false when the
     *     target lies outside what these units can mix (the weights are then still the least-change solution,
     *     possibly negative)
     */
    public static boolean solve(double[][] unitXyz, double[] proposal, Chromaticity target, double[] out) {
        return solve(unitXyz, proposal, null, target, out);
    }

    /**
     * Solves for the weights of the units whose weight is not fixed: the mixture with the fixed units' light
     * lands on the target, and nothing is rescaled (the fixed weights set the scale). Without fixed weights this
     * is {@link #solve(double[][], double[], Chromaticity, double[])}.
     *
     * @param fixed per unit a fixed weight, or NaN where the weight is to be solved; null for none fixed
     */
    public static boolean solve(double[][] unitXyz, double[] proposal, double[] fixed, Chromaticity target,
            double[] out) {
        int n = unitXyz.length;
        boolean anyFixed = false;
        double ax = target.x() / target.y();
        double az = (1 - target.x() - target.y()) / target.y();
        // constraint rows a1 = X - ax Y, a2 = Z - az Y; residuals of the proposal
        double r1 = 0;
        double r2 = 0;
        double m11 = 0;
        double m12 = 0;
        double m22 = 0;
        double yProposal = 0;
        for (int k = 0; k < n; k++) {
            double a1 = unitXyz[k][0] - ax * unitXyz[k][1];
            double a2 = unitXyz[k][2] - az * unitXyz[k][1];
            if (fixed != null && !Double.isNaN(fixed[k])) {
                // a fixed unit's light is part of the mixture the free units must complete
                anyFixed = true;
                r1 += a1 * fixed[k];
                r2 += a2 * fixed[k];
                continue;
            }
            double p = proposal[k];
            double d = p * p;
            r1 += a1 * p;
            r2 += a2 * p;
            m11 += a1 * a1 * d;
            m12 += a1 * a2 * d;
            m22 += a2 * a2 * d;
            yProposal += unitXyz[k][1] * p;
        }
        double det = m11 * m22 - m12 * m12;
        double l1;
        double l2;
        if (Math.abs(det) > 1e-300 && Math.abs(det) > 1e-14 * m11 * m22) {
            l1 = (m22 * r1 - m12 * r2) / det;
            l2 = (m11 * r2 - m12 * r1) / det;
        } else {
            // one or two units, or units on a line: only a least-squares approach is possible
            double m = m11 + m22;
            l1 = m > 0 ? r1 / m : 0;
            l2 = m > 0 ? r2 / m : 0;
        }
        double yOut = 0;
        boolean nonNegative = true;
        for (int k = 0; k < n; k++) {
            if (fixed != null && !Double.isNaN(fixed[k])) {
                out[k] = fixed[k];
                yOut += unitXyz[k][1] * out[k];
                nonNegative &= out[k] >= 0;
                continue;
            }
            double a1 = unitXyz[k][0] - ax * unitXyz[k][1];
            double a2 = unitXyz[k][2] - az * unitXyz[k][1];
            double p = proposal[k];
            out[k] = p - p * p * (a1 * l1 + a2 * l2);
            yOut += unitXyz[k][1] * out[k];
            nonNegative &= out[k] >= 0;
        }
        if (yOut > 0 && !anyFixed) {
            double scale = yProposal / yOut;
            for (int k = 0; k < n; k++) {
                out[k] *= scale;
            }
        }
        return nonNegative && yOut > 0 && hits(unitXyz, out, target);
    }

    private static boolean hits(double[][] unitXyz, double[] w, Chromaticity target) {
        double x = 0;
        double y = 0;
        double z = 0;
        for (int k = 0; k < w.length; k++) {
            x += w[k] * unitXyz[k][0];
            y += w[k] * unitXyz[k][1];
            z += w[k] * unitXyz[k][2];
        }
        double s = x + y + z;
        return Math.abs(x / s - target.x()) < 1e-9 && Math.abs(y / s - target.y()) < 1e-9;
    }
}
