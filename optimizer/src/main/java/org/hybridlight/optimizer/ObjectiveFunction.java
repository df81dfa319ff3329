package org.hybridlight.optimizer;

/**
 * A scalar objective over a box-bounded parameter vector, to be minimized. Implementations must be
 * deterministic (same x, same value) so that seeded runs repeat bit for bit.
 */
public interface ObjectiveFunction {

    /** Number of free parameters. */
    int dimension();

    /** Lower bounds, one per parameter. */
    double[] lowerBounds();

    /** Upper bounds, one per parameter. */
    double[] upperBounds();

    /** The value to minimize at {@code x} (within the bounds); may be +∞ for an infeasible point. */
    double value(double[] x);
}
