package org.hybridlight.optimizer.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.OptimizationSettings;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.design.JsonInput;

/**
 * A batch sweep over an optimizer config: a Cartesian grid of LED peak sets × QD choices × target CCTs, and/or
 * an explicit list of combinations, each optimized on its own (LED peaks fixed, QD emission fixed when the choice
 * says so, everything else as the config says). The number of units is the length of the LED peak set: longer
 * sets repeat the config's last unit as a template for the extra units, shorter ones use its first units.
 */
public final class Sweep {

    /** The JSON shape. */
    public record Json(String config, List<List<Double>> ledPeakSetsNm, List<Object> qdChoices,
            List<Double> targetCctsK, List<Combination> combinations, Integer maxEvaluations, Integer starts) {
    }

    /** One explicit combination; {@code qdEmissionPeaksNm} may be absent (the config's QD parameters). */
    public record Combination(List<Double> ledPeaksNm, List<Double> qdEmissionPeaksNm, Double targetCctK) {
    }

    /** One combination to optimize; {@code qdEmissionPeaksNm} is null when the config's QD parameters apply. */
    public record Job(String key, double[] ledPeaksNm, double[] qdEmissionPeaksNm, double targetCctK,
            DesignProblem.Spec spec) {
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
        DesignProblem.Spec base = OptimizeConfigReader.read(configFile(file, j.config()), null);
        OptimizationSettings s = base.settings();
        OptimizationSettings settings;
        try {
            settings = new OptimizationSettings(s.algorithm(), j.starts() == null ? s.starts() : j.starts(),
                    j.maxEvaluations() == null ? s.maxEvaluations() : j.maxEvaluations(), s.seed());
        } catch (IllegalArgumentException e) {
            throw new InputException(file + ": " + (j.starts() != null && j.starts() < 1 ? "starts"
                    : j.maxEvaluations() != null && j.maxEvaluations() < 10 ? "maxEvaluations"
                    : "maxEvaluations, starts"), e.getMessage());
        }
        List<List<Double>> peaks = j.ledPeakSetsNm() == null ? List.of() : j.ledPeakSetsNm();
        List<Combination> listed = j.combinations() == null ? List.of() : j.combinations();
        if (peaks.isEmpty() && listed.isEmpty()) {
            throw new InputException(file + ": ledPeakSetsNm", "give at least one set of LED peaks (or combinations)");
        }
        List<Double> ccts = j.targetCctsK() == null || j.targetCctsK().isEmpty() ? List.of(base.targetCctK())
                : j.targetCctsK();
        List<double[]> qdChoices = qdChoices(file, j.qdChoices());
        List<Job> jobs = new ArrayList<>();
        boolean[] used = new boolean[qdChoices.size()];
        for (int p = 0; p < peaks.size(); p++) {
            double[] nm = ledPeaks(file, "ledPeakSetsNm[" + p + "]", peaks.get(p));
            for (int q = 0; q < qdChoices.size(); q++) {
                double[] qd = qdChoices.get(q);
                if (qd != null && qd.length != nm.length) {
                    continue;
                }
                used[q] = true;
                for (int c = 0; c < ccts.size(); c++) {
                    double cct = cct(file, "targetCctsK[" + c + "]", ccts.get(c));
                    jobs.add(new Job(key(nm, qd, cct), nm, qd, cct, specFor(base, nm, qd, cct, settings)));
                }
            }
        }
        for (int q = 0; q < used.length; q++) {
            if (!used[q] && !peaks.isEmpty()) {
                throw new InputException(file + ": qdChoices[" + q + "]", "has " + qdChoices.get(q).length
                        + " peaks, but no LED peak set has as many units");
            }
        }
        for (int i = 0; i < listed.size(); i++) {
            String p = "combinations[" + i + "]";
            Combination c = listed.get(i);
            if (c == null) {
                throw new InputException(file + ": " + p, "must be an object");
            }
            double[] nm = ledPeaks(file, p + ".ledPeaksNm", c.ledPeaksNm());
            double[] qd = c.qdEmissionPeaksNm() == null ? null
                    : qdPeaks(file, p + ".qdEmissionPeaksNm", c.qdEmissionPeaksNm());
            if (qd != null && qd.length != nm.length) {
                throw new InputException(file + ": " + p + ".qdEmissionPeaksNm", "needs " + nm.length
                        + " peaks (one per LED), got " + qd.length);
            }
            double cct = cct(file, p + ".targetCctK", c.targetCctK() == null ? base.targetCctK() : c.targetCctK());
            jobs.add(new Job(key(nm, qd, cct), nm, qd, cct, specFor(base, nm, qd, cct, settings)));
        }
        Set<String> keys = new HashSet<>();
        for (Job job : jobs) {
            if (!keys.add(job.key())) {
                throw new InputException(file.toString(), "combination " + job.key() + " is listed twice");
            }
        }
        return jobs;
    }

    /** The optimizer config a sweep names, relative to the sweep file. */
    public static Path configFile(Path sweepFile, String config) {
        return sweepFile.toAbsolutePath().getParent().resolve(config);
    }

    private static double[] ledPeaks(Path file, String path, List<Double> set) throws InputException {
        if (set == null || set.isEmpty() || set.size() > 8) {
            throw new InputException(file + ": " + path, "needs 1 to 8 LED peaks (one per unit)");
        }
        double[] nm = new double[set.size()];
        for (int u = 0; u < nm.length; u++) {
            Double v = set.get(u);
            if (v == null || !(v >= 380 && v <= 780)) {
                throw new InputException(file + ": " + path + "[" + u + "]", "must be 380-780 nm, got " + v);
            }
            nm[u] = v;
        }
        return nm;
    }

    private static double[] qdPeaks(Path file, String path, List<?> set) throws InputException {
        if (set.isEmpty() || set.size() > 8) {
            throw new InputException(file + ": " + path, "needs 1 to 8 QD emission peaks (one per unit)");
        }
        double[] nm = new double[set.size()];
        for (int u = 0; u < nm.length; u++) {
            Object v = set.get(u);
            double[] physical = DesignProblem.QD_EMISSION_NM;
            if (!(v instanceof Number n) || !(n.doubleValue() >= physical[0] && n.doubleValue() <= physical[1])) {
                throw new InputException(file + ": " + path + "[" + u + "]", "must be a QD emission peak of "
                        + fmt(physical[0]) + "-" + fmt(physical[1]) + " nm, got " + v);
            }
            nm[u] = ((Number) v).doubleValue();
        }
        return nm;
    }

    /** Each choice: null for "config" (the config's own QD parameters), or fixed emission peaks. */
    private static List<double[]> qdChoices(Path file, List<Object> choices) throws InputException {
        List<double[]> list = new ArrayList<>();
        if (choices == null || choices.isEmpty()) {
            list.add(null);
            return list;
        }
        for (int q = 0; q < choices.size(); q++) {
            Object c = choices.get(q);
            if ("config".equals(c)) {
                list.add(null);
            } else if (c instanceof List<?> l) {
                list.add(qdPeaks(file, "qdChoices[" + q + "]", l));
            } else {
                throw new InputException(file + ": qdChoices[" + q + "]",
                        "must be \"config\" or a list of QD emission peaks in nm, got " + c);
            }
        }
        return list;
    }

    private static double cct(Path file, String path, Double cct) throws InputException {
        if (cct == null || !(cct >= 1500 && cct <= 20000)) {
            throw new InputException(file + ": " + path, "must be 1500-20000 K, got " + cct);
        }
        return cct;
    }

    /** The combination's key: stable across runs (resume matches rows by it). */
    static String key(double[] nm, double[] qd, double cct) {
        StringBuilder k = new StringBuilder("leds=").append(join(nm));
        if (qd != null) {
            k.append(";qd=").append(join(qd));
        }
        return k.append(";cct=").append(fmt(cct)).toString();
    }

    static String key(double[] nm, double cct) {
        return key(nm, null, cct);
    }

    static String join(double[] values) {
        StringBuilder k = new StringBuilder();
        for (int u = 0; u < values.length; u++) {
            k.append(u == 0 ? "" : "/").append(fmt(values[u]));
        }
        return k.toString();
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    /**
     * The config's problem for {@code nm.length} units (unit u is the config's unit min(u, last)), LED peaks
     * fixed, QD emission fixed when given, and the target CCT.
     */
    private static DesignProblem.Spec specFor(DesignProblem.Spec b, double[] nm, double[] qd, double cct,
            OptimizationSettings settings) {
        int units = nm.length;
        int last = b.unitNames().size() - 1;
        List<String> names = new ArrayList<>();
        List<LedShape> shapes = new ArrayList<>();
        double[][] fixed = new double[units][];
        boolean[][] free = new boolean[units][];
        double[][] lower = new double[units][];
        double[][] upper = new double[units][];
        double[] plqy = new double[units];
        double[][] driveWeights = new double[units][];
        for (int u = 0; u < units; u++) {
            int t = Math.min(u, last);
            driveWeights[u] = b.driveWeights()[t].clone();
            names.add(u <= last ? b.unitNames().get(u) : "unit " + (u + 1));
            shapes.add(b.shapes().get(t));
            fixed[u] = b.fixed()[t].clone();
            free[u] = b.free()[t].clone();
            lower[u] = b.lower()[t].clone();
            upper[u] = b.upper()[t].clone();
            plqy[u] = b.plqy()[t];
            fixed[u][0] = nm[u];
            free[u][0] = false;
            if (qd != null) {
                fixed[u][2] = qd[u];
                free[u][2] = false;
            }
        }
        return new DesignProblem.Spec(b.temperatureK(), b.reference(), cct, b.targetDuv(), b.duvTolerance(), names,
                shapes, fixed, free, lower, upper, plqy, driveWeights, b.objectiveWeights(), b.minimums(), settings);
    }
}
