package org.hybridlight.optimizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.design.JsonInput;

/**
 * Reads optimization configs into a {@link DesignProblem.Spec}; every error names the file and field path.
 *
 * <p>Physical bounds are the model's, not the user's to widen: LED peaks 380–780 nm and FWHM 5–100 nm; QD
 * emission 470–650 nm (the Yu 2003 sizing curve with the default shell); OD at 1S 0.01–100 (beyond a few tens the
 * sub-gap tail, not the 1S band, decides what a film absorbs, and films much denser than the paper's quartz tubes
 * are not realistic).
 */
public final class OptimizeConfigReader {

    static final double[][] PHYSICAL = {{380, 780}, {5, 100}, DesignProblem.QD_EMISSION_NM, {0.01, 100}};
    static final String[] NAMES = {"ledPeakNm", "ledFwhmNm", "qdEmissionPeakNm", "od1S"};
    /** Core diameters the Yu 2003 sizing curve covers, nm. */
    static final double[] CORE_DIAMETER_NM = {1.6, 8.6};

    private OptimizeConfigReader() {
    }

    public static DesignProblem.Spec read(Path file, Long seedOverride) throws InputException {
        return parse(file, JsonInput.readText(file, "config file"), seedOverride);
    }

    /** Parses the text of a config (a file's or one made in memory); {@code file} names it in messages. */
    public static DesignProblem.Spec parse(Path file, String text, Long seedOverride) throws InputException {
        if (text.isBlank()) {
            throw new InputException(file.toString(), "empty config file");
        }
        OptimizeConfig.File c = JsonInput.bind(file, text, OptimizeConfig.File.class);
        double t = c.temperatureK() == null ? 300 : c.temperatureK();
        if (!(t >= 200 && t <= 450)) {
            throw bad(file, "temperatureK", "must be 200-450 K, got " + t);
        }
        CriReference ref;
        try {
            ref = CriReference.parseBuiltIn(c.reference() == null ? "auto" : c.reference());
        } catch (IllegalArgumentException e) {
            throw bad(file, "reference", e.getMessage());
        }
        if (ref == null) {
            throw bad(file, "reference", "must be auto, blackbody:<K> or daylight:<K>");
        }
        if (c.target() == null || c.target().cctK() == null) {
            throw bad(file, "target.cctK", "required");
        }
        double cct = c.target().cctK();
        if (!(cct >= 1500 && cct <= 20000)) {
            throw bad(file, "target.cctK", "must be 1500-20000 K, got " + cct);
        }
        double duv = c.target().duv() == null ? 0 : c.target().duv();
        double tol = c.target().duvTolerance() == null ? 0.001 : c.target().duvTolerance();
        if (!(Math.abs(duv) <= 0.02)) {
            throw bad(file, "target.duv", "must be within ±0.02, got " + duv);
        }
        if (!(tol > 0 && tol <= 0.01)) {
            throw bad(file, "target.duvTolerance", "must be > 0 and <= 0.01, got " + tol);
        }
        if (c.units() == null || c.units().isEmpty() || c.units().size() > 8) {
            throw bad(file, "units", "1 to 8 units are required");
        }
        int n = c.units().size();
        List<String> names = new ArrayList<>();
        List<LedShape> shapes = new ArrayList<>();
        double[][] fixed = new double[n][4];
        boolean[][] free = new boolean[n][4];
        double[][] lo = new double[n][4];
        double[][] hi = new double[n][4];
        double[] plqy = new double[n];
        double[][] driveWeights = new double[n][];
        for (int u = 0; u < n; u++) {
            OptimizeConfig.Unit unit = c.units().get(u);
            String p = "units[" + u + "]";
            if (unit == null) {
                throw bad(file, p, "must be an object");
            }
            names.add(unit.name() == null ? "unit " + (u + 1) : unit.name());
            try {
                LedShape shape = unit.ledShape() == null ? LedShape.OHNO_2005 : LedShape.parse(unit.ledShape());
                if (shape == LedShape.MEASURED) {
                    throw new IllegalArgumentException("measured LEDs cannot be optimized");
                }
                shapes.add(shape);
            } catch (IllegalArgumentException e) {
                throw bad(file, p + ".ledShape", e.getMessage());
            }
            OptimizeConfig.Range[] ranges = {unit.ledPeakNm(), unit.ledFwhmNm(), qdRange(file, p, unit), unit.od1S()};
            for (int k = 0; k < 4; k++) {
                String q = p + "." + NAMES[k];
                OptimizeConfig.Range r = ranges[k];
                if (r == null) {
                    throw bad(file, q, "required: {\"fixed\": v} or {\"min\": a, \"max\": b}");
                }
                double pLo = PHYSICAL[k][0];
                double pHi = PHYSICAL[k][1];
                if (r.fixed() != null) {
                    if (r.min() != null || r.max() != null) {
                        throw bad(file, q, "give fixed or min/max, not both");
                    }
                    check(file, q + ".fixed", r.fixed(), pLo, pHi);
                    fixed[u][k] = r.fixed();
                } else {
                    if (r.min() == null || r.max() == null) {
                        throw bad(file, q, "a free parameter needs min and max");
                    }
                    check(file, q + ".min", r.min(), pLo, pHi);
                    check(file, q + ".max", r.max(), pLo, pHi);
                    if (!(r.max() > r.min())) {
                        throw bad(file, q, "max must exceed min");
                    }
                    free[u][k] = true;
                    lo[u][k] = r.min();
                    hi[u][k] = r.max();
                    double start = r.start() == null ? (r.min() + r.max()) / 2 : r.start();
                    check(file, q + ".start", start, r.min(), r.max());
                    fixed[u][k] = start;
                }
            }
            driveWeights[u] = driveWeight(file, p + ".weight", unit.weight());
            plqy[u] = unit.plqy() == null ? 0.99 : unit.plqy();
            if (!(plqy[u] > 0 && plqy[u] <= 1)) {
                throw bad(file, p + ".plqy", "must be > 0 and <= 1, got " + plqy[u]);
            }
        }
        OptimizeConfig.Objective o = c.objective() == null
                ? new OptimizeConfig.Objective(1.0, null, null, null, null, null) : c.objective();
        double[] weights = {nz(o.ra()), nz(o.r9()), nz(o.pe()), nz(o.ler()), nz(o.rf()), nz(o.rg())};
        boolean any = false;
        for (int i = 0; i < weights.length; i++) {
            if (!(weights[i] >= 0)) {
                throw bad(file, "objective." + DesignProblem.METRICS.get(i), "must be >= 0 (each weight says how much "
                        + "more of a metric is worth), got " + weights[i]);
            }
            any |= weights[i] != 0;
        }
        if (!any) {
            throw bad(file, "objective", "give a weight to at least one of ra, r9, pe, ler, rf, rg");
        }
        OptimizeConfig.Constraints k = c.constraints() == null
                ? new OptimizeConfig.Constraints(null, null, null, null, null, null) : c.constraints();
        double[] mins = {nan(k.minRa()), nan(k.minR9()), nan(k.minPe()), nan(k.minLer()), nan(k.minRf()),
            nan(k.minRg())};
        OptimizeConfig.Search s = c.search() == null ? new OptimizeConfig.Search(null, null, null, null) : c.search();
        OptimizationSettings settings;
        try {
            settings = new OptimizationSettings(Algorithm.parse(s.algorithm() == null ? "cmaes" : s.algorithm()),
                    s.starts() == null ? 2 : s.starts(), s.maxEvaluations() == null ? 1500 : s.maxEvaluations(),
                    seedOverride != null ? seedOverride : s.seed() == null ? 1 : s.seed());
        } catch (IllegalArgumentException e) {
            throw bad(file, "search", e.getMessage());
        }
        return new DesignProblem.Spec(t, ref, cct, duv, tol, names, shapes, fixed, free, lo, hi, plqy, driveWeights,
                weights, mins, settings);
    }

    /**
     * The unit's QD range as emission peaks: given directly, or as core diameters mapped through the sizing curve
     * with the default shell (a monotonic map, so the search space is the same; a larger core emits further red).
     */
    private static OptimizeConfig.Range qdRange(Path file, String p, OptimizeConfig.Unit unit) throws InputException {
        OptimizeConfig.Range core = unit.qdCoreDiameterNm();
        if (core == null && unit.qdEmissionPeakNm() == null) {
            throw bad(file, p + ".qdEmissionPeakNm", "required (or qdCoreDiameterNm): {\"fixed\": v} or "
                    + "{\"min\": a, \"max\": b}");
        }
        if (core == null) {
            return unit.qdEmissionPeakNm();
        }
        if (unit.qdEmissionPeakNm() != null) {
            throw bad(file, p, "give qdEmissionPeakNm or qdCoreDiameterNm, not both");
        }
        String q = p + ".qdCoreDiameterNm";
        Double[] values = {core.fixed(), core.min(), core.max(), core.start()};
        String[] names = {"fixed", "min", "max", "start"};
        Double[] emission = new Double[4];
        for (int i = 0; i < 4; i++) {
            if (values[i] != null) {
                check(file, q + "." + names[i], values[i], CORE_DIAMETER_NM[0], CORE_DIAMETER_NM[1]);
                emission[i] = QuantumDot.ofCore(values[i]).emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K);
                if (emission[i] < PHYSICAL[2][0] || emission[i] > PHYSICAL[2][1]) {
                    throw bad(file, q + "." + names[i], String.format(java.util.Locale.ROOT,
                            "a %.2f nm core emits at %.1f nm, outside the %.0f-%.0f nm the model covers",
                            values[i], emission[i], PHYSICAL[2][0], PHYSICAL[2][1]));
                }
            }
        }
        return new OptimizeConfig.Range(emission[0], emission[1], emission[2], emission[3]);
    }

    /** {fixed or NaN, min, max}: absent means solved and unbounded. */
    private static double[] driveWeight(Path file, String q, OptimizeConfig.Range r) throws InputException {
        if (r == null) {
            return new double[] {Double.NaN, 0, Double.POSITIVE_INFINITY};
        }
        if (r.start() != null) {
            throw bad(file, q + ".start", "a drive weight is solved onto the target, not searched: give fixed or "
                    + "min/max only");
        }
        if (r.fixed() != null) {
            if (r.min() != null || r.max() != null) {
                throw bad(file, q, "give fixed or min/max, not both");
            }
            check(file, q + ".fixed", r.fixed(), 0, 1e6);
            return new double[] {r.fixed(), r.fixed(), r.fixed()};
        }
        double min = r.min() == null ? 0 : r.min();
        double max = r.max() == null ? Double.POSITIVE_INFINITY : r.max();
        check(file, q + ".min", min, 0, 1e6);
        if (r.max() != null) {
            check(file, q + ".max", max, 0, 1e6);
        }
        if (!(max > min)) {
            throw bad(file, q, "max must exceed min");
        }
        return new double[] {Double.NaN, min, max};
    }

    private static double nz(Double v) {
        return v == null ? 0 : v;
    }

    private static double nan(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static void check(Path file, String path, double v, double lo, double hi) throws InputException {
        if (!(v >= lo && v <= hi)) {
            throw bad(file, path, "must be " + lo + "-" + hi + " (the model's physical range), got " + v);
        }
    }

    private static InputException bad(Path file, String path, String problem) {
        return new InputException(file + ": " + path, problem);
    }
}
