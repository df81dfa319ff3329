package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.Objects;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.plot.ParetoFrontPlot;

/**
 * The Pareto front of two or three metrics (maximize all) by the ε-constraint method: the first metric is
 * maximized while each other metric is held above a bound, for a grid of bounds between the metric's value at the
 * first metric's optimum and its own optimum (found by two anchor runs per constrained metric); then only the
 * non-dominated results are kept. A run's result that breaks its own bounds (or the problem's constraints, or misses
 * the target) is not a point of the front: it is dropped. Every run is seeded, so the front repeats bit for bit.
 */
public final class ParetoFront {

    /**
     * One design on the front.
     *
     * @param values the chosen metrics' values, in the order they were chosen
     * @param bounds the lower bounds held on the 2nd (and 3rd) metric for this run (NaN for the anchor runs)
     * @param candidate the design and its evaluation
     */
    public record Point(double[] values, double[] bounds, DesignProblem.Candidate candidate) {

        public Point {
            values = values.clone();
            bounds = bounds.clone();
        }

        @Override
        public double[] values() {
            return values.clone();
        }

        @Override
        public double[] bounds() {
            return bounds.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Point p && Arrays.equals(values, p.values) && Arrays.equals(bounds, p.bounds)
                    && Objects.equals(candidate, p.candidate);
        }

        @Override
        public int hashCode() {
            return Objects.hash(Arrays.hashCode(values), Arrays.hashCode(bounds), candidate);
        }

        @Override
        public String toString() {
            return "Point[values=" + Arrays.toString(values) + ", bounds=" + Arrays.toString(bounds) + ", candidate="
                    + candidate + "]";
        }
    }

    private ParetoFront() {
    }

    /** The paper's white (Fig. 6b): Ra 90.2 against a 3000 K blackbody at a light-to-light efficiency of 1.04. */
    public static final ParetoFrontPlot.Mark PAPER_FIG6B = new ParetoFrontPlot.Mark(90.2, 1.04,
            "paper Fig. 6b: Ra 90.2, PE 1.04");

    /**
     * The front as a plot: the first metric up, the second across (a third is not drawn, and the note says so),
     * each axis named with its unit, the paper's point marked when the metrics are Ra and PE.
     */
    public static ParetoFrontPlot.Front plot(String title, List<Metric> chosen, List<Point> front) {
        double[] ys = new double[front.size()];
        double[] xs = new double[front.size()];
        for (int i = 0; i < front.size(); i++) {
            ys[i] = front.get(i).values[0];
            xs[i] = front.get(i).values[1];
        }
        boolean paper = chosen.get(0) == Metric.RA && chosen.get(1) == Metric.PE;
        String note = chosen.size() > 2 ? "projection: " + axisLabel(chosen.get(2)) + " not drawn (see the CSV/JSON)"
                : "";
        return new ParetoFrontPlot.Front(title, axisLabel(chosen.get(0)), axisLabel(chosen.get(1)), ys, xs,
                paper ? PAPER_FIG6B : null, note);
    }

    /** An axis label with its unit: {@code LER (lm/W)}, {@code PE (ratio)}; the indices have none. */
    static String axisLabel(Metric m) {
        return m == Metric.PE ? "PE (ratio)" : m.unit().isEmpty() ? m.label() : m.label() + " (" + m.unit() + ")";
    }

    /**
     * @param spec the problem (its own objective is replaced; its constraints stay)
     * @param metrics 2 or 3 different metrics; the first is maximized, the others swept
     * @param points bounds per swept metric (≥ 2): 2 metrics take {@code points} runs, 3 take {@code points}²
     */
    public static List<Point> sweep(DesignProblem.Spec spec, SpectrumEvaluator evaluator, List<Metric> chosen,
            int points, ProgressListener listener) {
        return sweep(spec, evaluator, chosen, points, listener, null);
    }

    /**
     * The same, stopped early when {@code cancelled} says so: the run under way ends with its best so far, no
     * further run starts, and the front is that of the runs done (each point still meets its bounds).
     */
    public static List<Point> sweep(DesignProblem.Spec spec, SpectrumEvaluator evaluator, List<Metric> chosen,
            int points, ProgressListener listener, BooleanSupplier cancelled) {
        Metric[] metrics = chosen.toArray(new Metric[0]);
        if (metrics.length < 2 || metrics.length > 3 || new HashSet<>(chosen).size() != metrics.length) {
            throw new IllegalArgumentException("a Pareto front needs 2 or 3 different metrics, got " + chosen);
        }
        long runs = runs(metrics.length, points, spec.settings());
        int swept = metrics.length - 1;
        Runner runner = new Runner(spec, evaluator, listener, runs, cancelled);
        List<Point> all = new ArrayList<>();
        // anchors: the first metric alone, then each swept metric alone
        DesignProblem.Candidate anchor = runner.run(metrics[0], new double[0], new Metric[0], all, metrics,
                unbounded(swept));
        double[] lo = new double[swept];
        double[] hi = new double[swept];
        for (int k = 0; k < swept; k++) {
            if (runner.cancelled()) {
                return nonDominated(all);
            }
            DesignProblem.Candidate top = runner.run(metrics[k + 1], new double[0], new Metric[0], all, metrics,
                    unbounded(swept));
            lo[k] = anchor.metric(metrics[k + 1]);
            hi[k] = top.metric(metrics[k + 1]);
            if (!(hi[k] > lo[k])) {
                hi[k] = lo[k];
            }
        }
        Metric[] sweptMetrics = Arrays.copyOfRange(metrics, 1, metrics.length);
        int total = swept == 1 ? points : points * points;
        for (int i = 0; i < total && !runner.cancelled(); i++) {
            double[] bounds = new double[swept];
            bounds[0] = lo[0] + (hi[0] - lo[0]) * (i % points) / (points - 1);
            if (swept == 2) {
                bounds[1] = lo[1] + (hi[1] - lo[1]) * (i / points) / (points - 1);
            }
            runner.run(metrics[0], bounds, sweptMetrics, all, metrics, bounds);
        }
        return nonDominated(all);
    }

    /**
     * The number of runs of a sweep of {@code metricCount} metrics with {@code points} bounds each: two anchors
     * (three for three metrics) plus {@code points} (or {@code points}²).
     *
     * @throws IllegalArgumentException for fewer than 2 points, or a sweep whose evaluations (runs × the run's
     *     budget) exceed {@link OptimizationSettings#MAX_EVALUATIONS}
     */
    public static long runs(int metricCount, int points, OptimizationSettings settings) {
        if (points < 2) {
            throw new IllegalArgumentException("at least 2 points per swept metric, got " + points);
        }
        int swept = metricCount - 1;
        long runs = swept + 1 + (swept == 1 ? points : (long) points * points);
        if (runs > OptimizationSettings.MAX_EVALUATIONS / settings.budget()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT, "%,d points per metric make %,d "
                    + "runs of %,d evaluations, more than the %,d evaluations a sweep may use", points, runs,
                    settings.budget(), OptimizationSettings.MAX_EVALUATIONS));
        }
        return runs;
    }

    private static double[] unbounded(int n) {
        double[] b = new double[n];
        Arrays.fill(b, Double.NaN);
        return b;
    }

    private static Point point(DesignProblem.Candidate c, Metric[] metrics, double[] bounds) {
        double[] v = new double[metrics.length];
        for (int k = 0; k < metrics.length; k++) {
            v[k] = c.metric(metrics[k]);
        }
        return new Point(v, bounds, c);
    }

    /** Seeded single-objective runs with progress over the whole sweep. */
    private static final class Runner {
        private final DesignProblem.Spec spec;
        private final SpectrumEvaluator evaluator;
        private final ProgressListener listener;
        private final long runs;
        private final BooleanSupplier cancelled;
        private long done;

        Runner(DesignProblem.Spec spec, SpectrumEvaluator evaluator, ProgressListener listener, long runs,
                BooleanSupplier cancelled) {
            this.spec = spec;
            this.evaluator = evaluator;
            this.listener = listener;
            this.runs = runs;
            this.cancelled = cancelled == null ? () -> false : cancelled;
        }

        boolean cancelled() {
            return cancelled.getAsBoolean();
        }

        /**
         * Maximizes {@code maximize} with {@code bounded} held above {@code bounds} (and the problem's own
         * constraints); adds the result to {@code front} only when it meets all of them, and returns it.
         */
        DesignProblem.Candidate run(Metric maximize, double[] bounds, Metric[] bounded, List<Point> front,
                Metric[] metrics, double[] pointBounds) {
            Map<Metric, Double> minimums = new EnumMap<>(Metric.class);
            minimums.putAll(spec.minimums());
            for (int k = 0; k < bounded.length; k++) {
                minimums.merge(bounded[k], bounds[k], Math::max);
            }
            DesignProblem.Spec s = spec.withGoals(Map.of(maximize, 1.0), minimums);
            DesignProblem problem = new DesignProblem(s, evaluator);
            long offset = done++;
            OptimizationResult r = new Minimizer(problem, spec.settings(),
                    listener == null ? null : (e, t, b) -> listener.progress(offset * t + e, t * runs, b),
                    cancelled).minimize(problem.initialPoint());
            DesignProblem.Candidate c = problem.candidate(r.bestPoint());
            if (ConstraintReport.of(s, c).allMet()) {
                front.add(point(c, metrics, pointBounds));
            }
            return c;
        }
    }

    /** The points no other point beats in every metric (NaN-free), sorted by the second metric. */
    static List<Point> nonDominated(List<Point> points) {
        List<Point> front = new ArrayList<>();
        for (Point p : points) {
            boolean usable = true;
            for (double v : p.values) {
                usable &= !Double.isNaN(v);
            }
            if (usable && points.stream().noneMatch(q -> q != p && dominates(q, p))
                    && front.stream().noneMatch(f -> Arrays.equals(f.values, p.values))) {
                front.add(p);
            }
        }
        front.sort(Comparator.comparingDouble(p -> p.values[1]));
        return front;
    }

    /** True when {@code q} is at least as good as {@code p} in every metric and better in one. */
    static boolean dominates(Point q, Point p) {
        boolean better = false;
        for (int k = 0; k < p.values.length; k++) {
            if (Double.isNaN(q.values[k]) || q.values[k] < p.values[k]) {
                return false;
            }
            better |= q.values[k] > p.values[k];
        }
        return better;
    }
}
