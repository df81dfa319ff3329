package org.hybridlight.optimizer;

/**
 * How to run an optimization.
 *
 * @param algorithm the algorithm
 * @param starts number of independent starts (multistart); the first starts at the given initial point, the
 *     others at seeded random points in the bounds
 * @param maxEvaluations evaluation budget per start
 * @param seed seed of every random choice: the same seed gives the same result bit for bit
 */
public record OptimizationSettings(Algorithm algorithm, int starts, int maxEvaluations, long seed) {

    /**
     * The most evaluations one run (starts × maxEvaluations) or one Pareto sweep may use: 10⁹, about two days on
     * one core at 174 µs each. A larger budget is a typo, and its counts would overflow.
     */
    public static final long MAX_EVALUATIONS = 1_000_000_000L;

    public OptimizationSettings {
        if (algorithm == null) {
            throw new IllegalArgumentException("algorithm is required");
        }
        if (starts < 1) {
            throw new IllegalArgumentException("starts must be >= 1, got " + starts);
        }
        if (maxEvaluations < 10) {
            throw new IllegalArgumentException("maxEvaluations must be >= 10, got " + maxEvaluations);
        }
        if ((long) starts * maxEvaluations > MAX_EVALUATIONS) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "starts x maxEvaluations must be "
                    + "at most %,d, got %,d x %,d = %,d", MAX_EVALUATIONS, starts, maxEvaluations,
                    (long) starts * maxEvaluations));
        }
    }

    /** The evaluations the run may use at most: starts × maxEvaluations. */
    public long budget() {
        return (long) starts * maxEvaluations;
    }
}
