package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.MaxIter;
import org.apache.commons.math3.optim.SimpleBounds;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.MultivariateFunctionMappingAdapter;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.CMAESOptimizer;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.random.MersenneTwister;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Runs a seeded multistart minimization with one of the Commons Math optimizers, keeping the best point seen by
 * any start (not only the optimizers' final answers), a convergence history and progress reports; stops early
 * when its caller cancels. One instance per run; not thread-safe.
 */
public final class Minimizer {

    private final ObjectiveFunction objective;
    private final OptimizationSettings settings;
    private final ProgressListener listener;
    private final BooleanSupplier cancelled;

    private double bestValue = Double.POSITIVE_INFINITY;
    private double[] bestPoint;
    private int evaluations;
    private final List<OptimizationResult.Improvement> history = new ArrayList<>();

    public Minimizer(ObjectiveFunction objective, OptimizationSettings settings, ProgressListener listener,
            BooleanSupplier cancelled) {
        this.objective = objective;
        this.settings = settings;
        this.listener = listener == null ? ProgressListener.NONE : listener;
        this.cancelled = cancelled == null ? () -> false : cancelled;
    }

    /** Thrown through the optimizer to stop it when the caller cancels. */
    private static final class Cancelled extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Cancelled() {
            super(null, null, false, false);
        }
    }

    /** Minimizes from {@code initial} (clamped into the bounds) and from seeded random starts. */
    public OptimizationResult minimize(double[] initial) {
        double[] lower = objective.lowerBounds();
        double[] upper = objective.upperBounds();
        int n = objective.dimension();
        if (n == 0) {
            bestPoint = new double[0];
            bestValue = objective.value(bestPoint);
            return new OptimizationResult(bestPoint, bestValue, 1,
                    List.of(new OptimizationResult.Improvement(1, bestValue)), false);
        }
        RandomGenerator random = new MersenneTwister(settings.seed());
        bestPoint = clamp(initial, lower, upper);
        boolean wasCancelled = false;
        for (int start = 0; start < settings.starts() && !wasCancelled; start++) {
            double[] x0 = start == 0 ? bestPoint.clone() : randomPoint(random, lower, upper);
            try {
                runOnce(x0, lower, upper, random);
            } catch (Cancelled e) {
                wasCancelled = true;
            } catch (TooManyEvaluationsException e) {
                // budget spent: the best point seen is kept
            }
        }
        return new OptimizationResult(bestPoint, bestValue, evaluations, history, wasCancelled);
    }

    private void runOnce(double[] x0, double[] lower, double[] upper, RandomGenerator random) {
        MultivariateFunction f = this::tracked;
        int budget = settings.maxEvaluations();
        int n = x0.length;
        switch (settings.algorithm()) {
            case CMAES -> {
                double[] sigma = new double[n];
                for (int i = 0; i < n; i++) {
                    sigma[i] = 0.3 * (upper[i] - lower[i]);
                }
                int population = 4 + (int) (3 * Math.log(n));
                new CMAESOptimizer(budget, 0, true, 0, 0, random, false, null).optimize(new MaxEval(budget),
                        new org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction(f), GoalType.MINIMIZE,
                        new InitialGuess(x0), new SimpleBounds(lower, upper), new CMAESOptimizer.Sigma(sigma),
                        new CMAESOptimizer.PopulationSize(population), new MaxIter(budget));
            }
            case BOBYQA -> {
                if (n < 2) {
                    throw new IllegalArgumentException("BOBYQA needs at least 2 free parameters; use cmaes or "
                            + "nelder-mead");
                }
                new BOBYQAOptimizer(2 * n + 1).optimize(new MaxEval(budget),
                        new org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction(f), GoalType.MINIMIZE,
                        new InitialGuess(x0), new SimpleBounds(lower, upper));
            }
            case NELDER_MEAD -> {
                MultivariateFunctionMappingAdapter mapped = new MultivariateFunctionMappingAdapter(f, lower, upper);
                double[] start = mapped.boundedToUnbounded(nudgeInside(x0, lower, upper));
                new SimplexOptimizer(1e-10, 1e-12).optimize(new MaxEval(budget),
                        new org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction(mapped),
                        GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(n));
            }
            default -> throw new IllegalStateException("unhandled " + settings.algorithm());
        }
    }

    private double tracked(double[] x) {
        if (cancelled.getAsBoolean()) {
            throw new Cancelled();
        }
        double v = objective.value(x);
        evaluations++;
        if (v < bestValue) {
            bestValue = v;
            bestPoint = x.clone();
            history.add(new OptimizationResult.Improvement(evaluations, v));
        }
        listener.progress(evaluations, settings.budget(), bestValue);
        return Double.isNaN(v) ? Double.POSITIVE_INFINITY : v;
    }

    private static double[] clamp(double[] x, double[] lower, double[] upper) {
        double[] c = Arrays.copyOf(x, lower.length);
        for (int i = 0; i < c.length; i++) {
            c[i] = Math.min(upper[i], Math.max(lower[i], c[i]));
        }
        return c;
    }

    /** The mapping adapter needs strictly interior points. */
    private static double[] nudgeInside(double[] x, double[] lower, double[] upper) {
        double[] c = x.clone();
        for (int i = 0; i < c.length; i++) {
            double margin = 1e-9 * (upper[i] - lower[i]);
            c[i] = Math.min(upper[i] - margin, Math.max(lower[i] + margin, c[i]));
        }
        return c;
    }

    private static double[] randomPoint(RandomGenerator random, double[] lower, double[] upper) {
        double[] x = new double[lower.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = lower[i] + random.nextDouble() * (upper[i] - lower[i]);
        }
        return x;
    }
}
