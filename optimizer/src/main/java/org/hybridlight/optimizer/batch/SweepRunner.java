package org.hybridlight.optimizer.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.optimizer.ConstraintReport;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Metric;
import org.hybridlight.optimizer.Minimizer;
import org.hybridlight.optimizer.OptimizationResult;
import org.hybridlight.source.LedQdUnit;

/** Optimizes one sweep job and formats its CSV row; deterministic for a given job (its own seeded run). */
public final class SweepRunner {

    private final SpectrumEvaluator evaluator;

    /** @param evaluator shared by all threads (it is immutable) */
    public SweepRunner(SpectrumEvaluator evaluator) {
        this.evaluator = evaluator;
    }

    public List<String> run(Sweep.Job job) {
        DesignProblem problem = new DesignProblem(job.spec(), evaluator);
        OptimizationResult r = new Minimizer(problem, job.spec().settings(), null, null)
                .minimize(problem.initialPoint());
        DesignProblem.Candidate best = problem.candidate(r.bestPoint());
        StringBuilder qd = new StringBuilder();
        StringBuilder od = new StringBuilder();
        StringBuilder w = new StringBuilder();
        double t = best.source().temperatureK();
        for (int u = 0; u < best.source().units().size(); u++) {
            LedQdUnit unit = best.source().units().get(u);
            String sep = u == 0 ? "" : "/";
            // a channel without dots has neither: '-', as in evaluate's unit table
            qd.append(sep).append(unit.qd() == null ? "-"
                    : String.format(Locale.ROOT, "%.1f", unit.qd().emissionPeakNm(t)));
            od.append(sep).append(unit.qd() == null ? "-" : String.format(Locale.ROOT, "%.2f", unit.od1S()));
            w.append(sep).append(String.format(Locale.ROOT, "%.4f", best.source().weights()[u]));
        }
        boolean met = ConstraintReport.of(job.spec(), best).allMet();
        List<String> row = new ArrayList<>();
        row.add(job.key());
        row.add(Sweep.join(job.ledPeaksNm()));
        row.add(Sweep.fmt(job.targetCctK()));
        row.add(String.format(Locale.ROOT, "%.1f", best.colorimetry().cctK()));
        row.add(String.format(Locale.ROOT, "%.5f", best.colorimetry().duv()));
        for (Metric m : Sweep.ROW_METRICS) {
            row.add(String.format(Locale.ROOT, "%." + m.csvDecimals() + "f", best.metric(m)));
        }
        row.add(qd.toString());
        row.add(od.toString());
        row.add(w.toString());
        row.add(Boolean.toString(met));
        row.add(Boolean.toString(best.colorimetry().colourRendering() != null
                && best.colorimetry().colourRendering().valid()));
        row.add(Integer.toString(r.evaluations()));
        return row;
    }
}
