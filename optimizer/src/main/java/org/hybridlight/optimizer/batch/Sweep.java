package org.hybridlight.optimizer.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.OptimizationSettings;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.source.design.JsonInput;

/**
 * A batch sweep: an optimizer config and a Cartesian grid of LED peak sets × target CCTs, each combination
 * optimized on its own (LED peaks fixed, everything else as the config says).
 */
public final class Sweep {

    /** The JSON shape. */
    public record Json(String config, List<List<Double>> ledPeakSetsNm, List<Double> targetCctsK,
            Integer maxEvaluations, Integer starts) {
    }

    /** One combination. */
    public record Job(String key, double[] ledPeaksNm, double targetCctK, DesignProblem.Spec spec) {
    }

    public static final List<String> HEADER = List.of("key", "ledPeaksNm", "targetCctK", "cctK", "duv", "ra", "r9",
            "pe", "lerLmPerW", "qdEmissionPeaksNm", "od1S", "weights", "constraintsMet", "criValid", "evaluations");

    private Sweep() {
    }

    public static List<Job> read(Path file) throws InputException {
        String text = JsonInput.readText(file, "sweep file");
        Json j = JsonInput.bind(file, text, Json.class);
        if (j.config() == null) {
            throw new InputException(file + ": config", "required: the optimizer config to sweep");
        }
        DesignProblem.Spec base = OptimizeConfigReader.read(file.toAbsolutePath().getParent().resolve(j.config()),
                null);
        int units = base.unitNames().size();
        List<List<Double>> peaks = j.ledPeakSetsNm() == null ? List.of() : j.ledPeakSetsNm();
        if (peaks.isEmpty()) {
            throw new InputException(file + ": ledPeakSetsNm", "at least one set of LED peaks is required");
        }
        List<Double> ccts = j.targetCctsK() == null || j.targetCctsK().isEmpty() ? List.of(base.targetCctK())
                : j.targetCctsK();
        OptimizationSettings s = base.settings();
        OptimizationSettings settings = new OptimizationSettings(s.algorithm(),
                j.starts() == null ? s.starts() : j.starts(),
                j.maxEvaluations() == null ? s.maxEvaluations() : j.maxEvaluations(), s.seed());
        List<Job> jobs = new ArrayList<>();
        for (int p = 0; p < peaks.size(); p++) {
            List<Double> set = peaks.get(p);
            if (set == null || set.size() != units) {
                throw new InputException(file + ": ledPeakSetsNm[" + p + "]", "needs " + units
                        + " peaks (one per unit of the config)");
            }
            double[] nm = new double[units];
            for (int u = 0; u < units; u++) {
                Double v = set.get(u);
                if (v == null || !(v >= 380 && v <= 780)) {
                    throw new InputException(file + ": ledPeakSetsNm[" + p + "][" + u + "]",
                            "must be 380-780 nm, got " + v);
                }
                nm[u] = v;
            }
            for (int c = 0; c < ccts.size(); c++) {
                Double cct = ccts.get(c);
                if (cct == null || !(cct >= 1500 && cct <= 20000)) {
                    throw new InputException(file + ": targetCctsK[" + c + "]", "must be 1500-20000 K, got " + cct);
                }
                jobs.add(new Job(key(nm, cct), nm, cct, withPeaksAndTarget(base, nm, cct, settings)));
            }
        }
        return jobs;
    }

    static String key(double[] nm, double cct) {
        StringBuilder k = new StringBuilder("leds=");
        for (int u = 0; u < nm.length; u++) {
            k.append(u == 0 ? "" : "/").append(fmt(nm[u]));
        }
        return k.append(";cct=").append(fmt(cct)).toString();
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    private static DesignProblem.Spec withPeaksAndTarget(DesignProblem.Spec b, double[] nm, double cct,
            OptimizationSettings settings) {
        int units = nm.length;
        double[][] fixed = new double[units][];
        boolean[][] free = new boolean[units][];
        for (int u = 0; u < units; u++) {
            fixed[u] = b.fixed()[u].clone();
            free[u] = b.free()[u].clone();
            fixed[u][0] = nm[u];
            free[u][0] = false;
        }
        return new DesignProblem.Spec(b.temperatureK(), b.reference(), cct, b.targetDuv(), b.duvTolerance(),
                b.unitNames(), b.shapes(), fixed, free, b.lower(), b.upper(), b.plqy(), b.objectiveWeights(),
                b.minimums(), settings);
    }
}
