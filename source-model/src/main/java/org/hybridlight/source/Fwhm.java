package org.hybridlight.source;

import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.analysis.solvers.BrentSolver;

/** Full width at half maximum of a single-peaked function, found numerically (Commons Math Brent solver). */
public final class Fwhm {

    private Fwhm() {
    }

    /**
     * The FWHM of {@code f} whose maximum lies at {@code peak}; the half-maximum points are searched within
     * {@code peak ± span}.
     */
    public static double of(DoubleUnaryOperator f, double peak, double span) {
        double half = f.applyAsDouble(peak) / 2;
        BrentSolver solver = new BrentSolver(1e-12);
        double left = solver.solve(1000, x -> f.applyAsDouble(x) - half, peak - span, peak);
        double right = solver.solve(1000, x -> f.applyAsDouble(x) - half, peak, peak + span);
        return right - left;
    }
}
