package org.hybridlight.optimizer.batch;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Metric;
import org.hybridlight.optimizer.OptimizationSettings;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.optimizer.UnitParameter;
import org.hybridlight.optimizer.UnitSpec;
import org.hybridlight.source.PhysicalLimits;
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

        public Job {
            ledPeaksNm = ledPeaksNm.clone();
            qdEmissionPeaksNm = qdEmissionPeaksNm == null ? null : qdEmissionPeaksNm.clone();
        }

        @Override
        public double[] ledPeaksNm() {
            return ledPeaksNm.clone();
        }

        @Override
        public double[] qdEmissionPeaksNm() {
            return qdEmissionPeaksNm == null ? null : qdEmissionPeaksNm.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Job j && key.equals(j.key) && Arrays.equals(ledPeaksNm, j.ledPeaksNm)
                    && Arrays.equals(qdEmissionPeaksNm, j.qdEmissionPeaksNm) && targetCctK == j.targetCctK
                    && spec.equals(j.spec);
        }

        @Override
        public int hashCode() {
            return Objects.hash(key, Arrays.hashCode(ledPeaksNm), Arrays.hashCode(qdEmissionPeaksNm), targetCctK,
                    spec);
        }

        @Override
        public String toString() {
            return "Job[key=" + key + ", ledPeaksNm=" + Arrays.toString(ledPeaksNm) + ", qdEmissionPeaksNm="
                    + Arrays.toString(qdEmissionPeaksNm) + ", targetCctK=" + targetCctK + "]";
        }
    }

    /** The metrics a results row holds, in its column order. */
    static final List<Metric> ROW_METRICS = List.of(Metric.RA, Metric.R9, Metric.PE, Metric.LER);

    public static final List<String> HEADER = header();

    private static List<String> header() {
        List<String> h = new ArrayList<>(List.of("key", "ledPeaksNm", "targetCctK", "cctK", "duv"));
        ROW_METRICS.forEach(m -> h.add(m.csvColumn()));
        h.addAll(List.of("qdEmissionPeaksNm", "od1S", "weights", "constraintsMet", "criValid", "evaluations"));
        return List.copyOf(h);
    }

    private Sweep() {
    }

    public static List<Job> read(Path file) throws InputException {
        Json j = json(file, JsonInput.readText(file, "sweep file"));
        return expand(file, j, OptimizeConfigReader.read(configFile(file, j.config()), null));
    }

    /**
     * The jobs of a sweep given as texts already read ({@code file} names it in messages and places its config):
     * what a Spark executor rebuilds from the texts its driver read, the same jobs as {@link #read}.
     */
    public static List<Job> parse(Path file, String sweepText, String configText) throws InputException {
        Json j = json(file, sweepText);
        return expand(file, j, OptimizeConfigReader.parse(configFile(file, j.config()), configText, null));
    }

    private static Json json(Path file, String text) throws InputException {
        Json j = JsonInput.bind(file, text, Json.class);
        if (j.config() == null) {
            throw new InputException(file + ": config", "required: the optimizer config to sweep");
        }
        return j;
    }

    private static List<Job> expand(Path file, Json j, DesignProblem.Spec base) throws InputException {
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
        if (set == null || set.isEmpty() || set.size() > PhysicalLimits.MAX_UNITS) {
            throw new InputException(file + ": " + path, "needs 1 to " + PhysicalLimits.MAX_UNITS
                    + " LED peaks (one per unit)");
        }
        double[] nm = new double[set.size()];
        UnitParameter led = UnitParameter.LED_PEAK_NM;
        for (int u = 0; u < nm.length; u++) {
            Double v = set.get(u);
            if (v == null || !(v >= led.minimum() && v <= led.maximum())) {
                throw new InputException(file + ": " + path + "[" + u + "]", "must be " + fmt(led.minimum()) + "-"
                        + fmt(led.maximum()) + " nm, got " + v);
            }
            nm[u] = v;
        }
        return nm;
    }

    private static double[] qdPeaks(Path file, String path, List<?> set) throws InputException {
        if (set.isEmpty() || set.size() > PhysicalLimits.MAX_UNITS) {
            throw new InputException(file + ": " + path, "needs 1 to " + PhysicalLimits.MAX_UNITS
                    + " QD emission peaks (one per unit)");
        }
        double[] nm = new double[set.size()];
        UnitParameter qd = UnitParameter.QD_EMISSION_PEAK_NM;
        for (int u = 0; u < nm.length; u++) {
            Object v = set.get(u);
            if (!(v instanceof Number n) || !(n.doubleValue() >= qd.minimum() && n.doubleValue() <= qd.maximum())) {
                throw new InputException(file + ": " + path + "[" + u + "]", "must be a QD emission peak of "
                        + fmt(qd.minimum()) + "-" + fmt(qd.maximum()) + " nm, got " + v);
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
        if (cct == null || !(cct >= PhysicalLimits.TARGET_CCT_MIN_K && cct <= PhysicalLimits.TARGET_CCT_MAX_K)) {
            throw new InputException(file + ": " + path, "must be " + fmt(PhysicalLimits.TARGET_CCT_MIN_K) + "-"
                    + fmt(PhysicalLimits.TARGET_CCT_MAX_K) + " K, got " + cct);
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
        int last = b.units().size() - 1;
        List<UnitSpec> units = new ArrayList<>();
        for (int u = 0; u < nm.length; u++) {
            UnitSpec t = b.units().get(Math.min(u, last));
            UnitSpec unit = (u <= last ? t : t.named("unit " + (u + 1))).withFixed(UnitParameter.LED_PEAK_NM, nm[u]);
            if (qd != null) {
                unit = unit.withFixed(UnitParameter.QD_EMISSION_PEAK_NM, qd[u]);
            }
            units.add(unit);
        }
        return new DesignProblem.Spec(b.temperatureK(), b.reference(), cct, b.targetDuv(), b.duvTolerance(), units,
                b.objective(), b.minimums(), settings);
    }
}
