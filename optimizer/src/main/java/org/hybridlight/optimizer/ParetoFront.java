package org.hybridlight.optimizer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;

/**
 * The Pareto front of two metrics (maximize both) by ε-constraint sweeps: for a ladder of lower bounds on the
 * second metric, maximize the first subject to that bound (a penalty in {@link DesignProblem}), then keep the
 * non-dominated results. Each run is seeded, so the front repeats bit for bit.
 */
public final class ParetoFront {

    /** One design on the front. */
    public record Point(double first, double second, double bound, DesignProblem.Candidate candidate) {
    }

    private ParetoFront() {
    }

    /**
     * @param spec the problem (its own objective and constraints are replaced)
     * @param first metric index to maximize (see {@link DesignProblem#METRICS})
     * @param second metric index swept as a constraint
     * @param bounds the ε ladder for the second metric
     */
    public static List<Point> sweep(DesignProblem.Spec spec, SpectrumEvaluator evaluator, int first, int second,
            double[] bounds, ProgressListener listener) {
        List<Point> all = new ArrayList<>();
        for (int i = 0; i < bounds.length; i++) {
            double[] weights = new double[DesignProblem.METRICS.size()];
            weights[first] = 1;
            double[] minimums = spec.minimums().clone();
            minimums[second] = bounds[i];
            DesignProblem.Spec s = new DesignProblem.Spec(spec.temperatureK(), spec.reference(), spec.targetCctK(),
                    spec.targetDuv(), spec.duvTolerance(), spec.unitNames(), spec.shapes(), spec.fixed(), spec.free(),
                    spec.lower(), spec.upper(), spec.plqy(), weights, minimums, spec.settings());
            DesignProblem problem = new DesignProblem(s, evaluator);
            int offset = i;
            OptimizationResult r = new Minimizer(problem, spec.settings(),
                    listener == null ? null : (e, t, b) -> listener.progress(offset * t + e, t * bounds.length, b),
                    null).minimize(problem.initialPoint());
            DesignProblem.Candidate c = problem.candidate(r.bestPoint());
            all.add(new Point(c.metrics()[first], c.metrics()[second], bounds[i], c));
        }
        return nonDominated(all);
    }

    /** The points no other point beats in both metrics, sorted by the second metric. */
    static List<Point> nonDominated(List<Point> points) {
        List<Point> front = new ArrayList<>();
        for (Point p : points) {
            boolean dominated = false;
            for (Point q : points) {
                if (q != p && q.first() >= p.first() && q.second() >= p.second()
                        && (q.first() > p.first() || q.second() > p.second())) {
                    dominated = true;
                    break;
                }
            }
            if (!dominated && !Double.isNaN(p.first()) && !Double.isNaN(p.second())) {
                front.add(p);
            }
        }
        front.sort(Comparator.comparingDouble(Point::second));
        return front;
    }
}
