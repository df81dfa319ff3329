package org.hybridlight.optimizer;

/**
 * A unit's drive weight in a problem: fixed (kept as is), or solved onto the target chromaticity and required to
 * land within {@code min}–{@code max} (a constraint, reported).
 *
 * @param fixed the fixed weight, or NaN when solved
 * @param min lowest solved weight allowed (the fixed weight when fixed)
 * @param max highest solved weight allowed, may be infinite (the fixed weight when fixed)
 */
public record DriveWeight(double fixed, double min, double max) {

    /** Solved and unbounded. */
    public static DriveWeight solved() {
        return new DriveWeight(Double.NaN, 0, Double.POSITIVE_INFINITY);
    }

    public static DriveWeight fixedAt(double weight) {
        return new DriveWeight(weight, weight, weight);
    }

    public static DriveWeight bounded(double min, double max) {
        return new DriveWeight(Double.NaN, min, max);
    }

    public boolean isFixed() {
        return !Double.isNaN(fixed);
    }

    /**
     * The weight proposed to the solver before any mix level: 1 when unbounded, the middle of its bounds (which
     * matters with four or more units), at least 1e-6.
     */
    public double proposal() {
        return Double.isInfinite(max) ? 1 : Math.max(1e-6, (min + max) / 2);
    }

    /** True when the weight is solved and has bounds to report. */
    public boolean isBounded() {
        return !isFixed() && (min > 0 || Double.isFinite(max));
    }
}
