package org.hybridlight.optimizer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Every target and constraint of a problem evaluated for one candidate, once, by the same rules the optimizer
 * penalizes: the target CCT (within {@link DesignProblem#CCT_TOLERANCE}) and Duv (within the problem's tolerance),
 * each bounded drive weight, each unit's size dispersion when it may be above 0 (within the sizing curve, see
 * {@link DesignProblem.Candidate#sizeDispersionCutPercent}), each metric's lower bound. The command line, batch
 * sweeps and the designer report from it.
 *
 * @param checks in report order: CCT, Duv, drive weights by unit, size dispersions by unit, metrics in
 *     {@link Metric} order
 */
public record ConstraintReport(List<Check> checks) {

    /**
     * Relative slack on drive-weight bounds: solved weights are normalized in floating point, so one the solver put
     * at its bound may land a rounding error outside it.
     */
    static final double WEIGHT_BOUND_SLACK = 1e-9;

    /**
     * One target or constraint.
     *
     * @param name what it is, with its unit ({@code LER (lm/W, min)})
     * @param field its config field path ({@code constraints.minLer})
     * @param limit the limit as reported ({@code 300.000}, {@code 0.500-0.600})
     * @param value the candidate's value (NaN when it has none)
     * @param valueText the value as reported ({@code -} when it has none)
     * @param met whether the candidate meets it
     */
    public record Check(String name, String field, String limit, double value, String valueText, boolean met) {

        /** {@code met} or {@code VIOLATED}. */
        public String status() {
            return met ? "met" : "VIOLATED";
        }
    }

    public ConstraintReport {
        checks = List.copyOf(checks);
    }

    /** Evaluates every target and constraint of {@code spec} for {@code candidate}. */
    public static ConstraintReport of(DesignProblem.Spec spec, DesignProblem.Candidate candidate) {
        List<Check> list = new ArrayList<>();
        double cct = candidate.colorimetry().cctK();
        double duv = candidate.colorimetry().duv();
        list.add(new Check("CCT (K), within " + percent(DesignProblem.CCT_TOLERANCE) + " %",
                "target.cctK", fmt(spec.targetCctK(), 0), cct, fmt(cct, 1), cctExcess(spec, cct) == 0));
        list.add(new Check("Duv, within ±" + spec.duvTolerance() + " of target", "target.duv",
                fmt(spec.targetDuv(), 4), duv, fmt(duv, 5), duvExcess(spec, duv) == 0));
        double[] weights = candidate.source().weights();
        for (int u = 0; u < spec.units().size(); u++) {
            DriveWeight dw = spec.units().get(u).weight();
            if (dw.isBounded()) {
                double w = weights[u];
                list.add(new Check("weight of " + spec.units().get(u).name(), "units[" + u + "].weight",
                        fmt(dw.min(), 3) + "-" + fmt(dw.max(), 3), w, fmt(w, 4), weightExcess(dw, w) == 0));
            }
        }
        for (int u = 0; u < spec.units().size(); u++) {
            UnitSpec unit = spec.units().get(u);
            if (unit.dots() && unit.range(UnitParameter.SIZE_DISPERSION_PERCENT).max() > 0) {
                double cut = candidate.sizeDispersionCutPercent(u);
                double built = 100 * candidate.source().units().get(u).qd().sizeDispersion();
                list.add(new Check("size dispersion of " + unit.name() + " (%)",
                        "units[" + u + "].sizeDispersionPercent", cut > 0 ? "max " + fmt(built, 2) : "sizing curve",
                        built + cut, cut > 0 ? fmt(built + cut, 2) + " (built at " + fmt(built, 2) + ")"
                                : fmt(built, 2), cut == 0));
            }
        }
        for (Map.Entry<Metric, Double> e : spec.minimums().entrySet()) {
            Metric m = e.getKey();
            double min = e.getValue();
            double v = candidate.metric(m);
            list.add(new Check(m.constraintLabel(), m.constraintField(), fmt(min, 3), v, fmt(v, 3),
                    metricShortfall(m, min, v) == 0));
        }
        return new ConstraintReport(list);
    }

    /**
     * The candidate's total violation of every target and constraint of {@code spec}: 0 exactly when
     * {@link #of} reports all of them met (the same rules), otherwise the sum of each one's excess on a common
     * scale (Duv per 10⁻³, CCT per 1 %, metrics per 10 % of their objective scale, weights per 10 % of their
     * bound, a size dispersion cut to the sizing curve per 0.1 percentage point). The optimizer ranks infeasible
     * candidates by it (Deb's rules).
     */
    public static double violation(DesignProblem.Spec spec, DesignProblem.Candidate candidate) {
        double v = 1000 * duvExcess(spec, candidate.colorimetry().duv())
                + 100 * cctExcess(spec, candidate.colorimetry().cctK());
        double[] weights = candidate.source().weights();
        for (int u = 0; u < weights.length; u++) {
            v += 10 * weightExcess(spec.units().get(u).weight(), weights[u]);
            v += 10 * candidate.sizeDispersionCutPercent(u);
        }
        for (Map.Entry<Metric, Double> e : spec.minimums().entrySet()) {
            v += metricShortfall(e.getKey(), e.getValue(), candidate.metric(e.getKey()));
        }
        return v;
    }

    /** Relative CCT error beyond {@link DesignProblem#CCT_TOLERANCE} (1 when there is no CCT). */
    private static double cctExcess(DesignProblem.Spec spec, double cct) {
        return Double.isNaN(cct) ? 1 : Math.max(0, Math.abs(cct / spec.targetCctK() - 1) - DesignProblem.CCT_TOLERANCE);
    }

    /** Duv error beyond the tolerance (1 when there is no Duv). */
    private static double duvExcess(DesignProblem.Spec spec, double duv) {
        return Double.isNaN(duv) ? 1 : Math.max(0, Math.abs(duv - spec.targetDuv()) - spec.duvTolerance());
    }

    /** How far a solved weight lies outside its bounds (with the rounding slack), relative to the bound. */
    private static double weightExcess(DriveWeight dw, double w) {
        if (!dw.isBounded()) {
            return 0;
        }
        double lo = dw.min() * (1 - WEIGHT_BOUND_SLACK);
        double hi = dw.max() * (1 + WEIGHT_BOUND_SLACK);
        double scale = Double.isInfinite(dw.max()) ? 1 : Math.max(dw.max(), 1e-9);
        return Double.isNaN(w) ? 1 : (Math.max(0, lo - w) + Math.max(0, w - hi)) / scale;
    }

    /** Shortfall of a metric below its minimum, per 10 % of its scale (10 when it has no value). */
    private static double metricShortfall(Metric m, double min, double v) {
        return Double.isNaN(v) ? 10 : 10 * Math.max(0, min - v) / m.scale();
    }

    /** True when the candidate meets every target and constraint. */
    public boolean allMet() {
        return checks.stream().allMatch(Check::met);
    }

    /** The checks not met, in report order. */
    public List<Check> violated() {
        return checks.stream().filter(c -> !c.met()).toList();
    }

    private static String percent(double fraction) {
        return BigDecimal.valueOf(fraction * 100).stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }
}
