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
    }
}
