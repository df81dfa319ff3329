package org.hybridlight.optimizer;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of an optimization.
 *
 * @param bestPoint the best parameters found
 * @param bestValue the objective there
 * @param evaluations objective evaluations used
 * @param history the best value after each improvement (convergence)
 * @param cancelled true when the run was stopped early by its caller
 */
public record OptimizationResult(double[] bestPoint, double bestValue, int evaluations, List<Improvement> history,
        boolean cancelled) {

    /** The best objective value so far after {@code evaluation} evaluations. */
    public record Improvement(int evaluation, double value) {
    }

    public OptimizationResult {
        bestPoint = bestPoint.clone();
        history = List.copyOf(history);
    }

    @Override
    public double[] bestPoint() {
        return bestPoint.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OptimizationResult r && Arrays.equals(bestPoint, r.bestPoint)
                && Double.compare(bestValue, r.bestValue) == 0 && evaluations == r.evaluations
                && history.equals(r.history) && cancelled == r.cancelled;
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(bestPoint), bestValue, evaluations, history, cancelled);
    }

    @Override
    public String toString() {
        return "OptimizationResult[bestPoint=" + Arrays.toString(bestPoint) + ", bestValue=" + bestValue
                + ", evaluations=" + evaluations + ", improvements=" + history.size() + ", cancelled=" + cancelled
                + "]";
    }
}
