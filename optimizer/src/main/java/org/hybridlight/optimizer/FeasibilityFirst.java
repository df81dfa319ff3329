package org.hybridlight.optimizer;

/**
 * The value the optimizer minimizes for a candidate, feasibility first (K. Deb, "An efficient constraint handling
 * method for genetic algorithms", Comput. Methods Appl. Mech. Eng. 186, 311 (2000),
 * doi:10.1016/S0045-7825(99)00389-8): a feasible candidate — every target and constraint met by
 * {@link ConstraintReport}'s rules — is worth minus its weighted objective; an infeasible one {@link
 * #infeasibleOffset()} plus its total violation ({@link ConstraintReport#violation}), more than any feasible value.
 * So feasible beats infeasible, among infeasible the smaller violation wins, and the best point a run keeps is the
 * best feasible design it saw, whenever it saw one. All three algorithms only compare values (CMA-ES ranks,
 * Nelder–Mead orders) or model them locally (BOBYQA), so the step at the boundary is harmless.
 */
final class FeasibilityFirst {

    private static final Metric[] METRICS = Metric.values();
    /** Metrics enter the objective clamped to ±1000 (no index, PE or LER of a white lies beyond), bounding it. */
    static final double METRIC_CLAMP = 1000;

    private final DesignProblem.Spec spec;
    private final double[] objectiveWeights;
    private final double infeasibleOffset;

    FeasibilityFirst(DesignProblem.Spec spec) {
        this.spec = spec;
        objectiveWeights = new double[METRICS.length];
        for (Metric m : METRICS) {
            objectiveWeights[m.ordinal()] = spec.objective().getOrDefault(m, 0.0);
        }
        double bound = 1;
        for (Metric m : METRICS) {
            bound += objectiveWeights[m.ordinal()] * METRIC_CLAMP / m.scale();
        }
        infeasibleOffset = bound;
    }

    /** The value of {@code cand}: minus its score when feasible, else the offset plus its violation. */
    double value(DesignProblem.Candidate cand) {
        double violation = ConstraintReport.violation(spec, cand);
        if (violation > 0) {
            return infeasibleOffset + violation;
        }
        return -score(cand);
    }

    /** The value of a design the model refuses (dots beyond the sizing curve): worse than any design it takes. */
    double refusedValue() {
        return 2 * infeasibleOffset + 1e6;
    }

    /** The weighted objective of a candidate, each metric clamped to ±{@link #METRIC_CLAMP} (NaN counts −1000). */
    double score(DesignProblem.Candidate cand) {
        double score = 0;
        for (Metric metric : METRICS) {
            int i = metric.ordinal();
            if (objectiveWeights[i] != 0) {
                double m = cand.metric(metric);
                double v = Double.isNaN(m) ? -METRIC_CLAMP : Math.max(-METRIC_CLAMP, Math.min(METRIC_CLAMP, m));
                score += objectiveWeights[i] * v / metric.scale();
            }
        }
        return score;
    }

    /** What every infeasible candidate's value exceeds: above the largest |weighted objective| possible. */
    double infeasibleOffset() {
        return infeasibleOffset;
    }
}
