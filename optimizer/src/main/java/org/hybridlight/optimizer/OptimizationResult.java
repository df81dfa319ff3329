package org.hybridlight.optimizer;

import java.util.List;

/**
 * The outcome of an optimization.
 *
 * @param bestPoint the best parameters found
 * @param bestValue the objective there
 * @param evaluations objective evaluations used
 * @param history the best value after each improvement: {evaluation, value} pairs (convergence)
 * @param cancelled true when the run was stopped early by its caller
 */
public record OptimizationResult(double[] bestPoint, double bestValue, int evaluations, List<double[]> history,
        boolean cancelled) {

    public OptimizationResult {
        bestPoint = bestPoint.clone();
        history = List.copyOf(history);
    }

    @Override
    public double[] bestPoint() {
        return bestPoint.clone();
    }
}
