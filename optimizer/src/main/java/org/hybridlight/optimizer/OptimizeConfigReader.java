package org.hybridlight.optimizer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.SubGapTailLaw;
import org.hybridlight.source.design.JsonInput;

/**
 * Reads optimization configs into a {@link DesignProblem.Spec}; every error names the file and field path.
 *
 * <p>Physical bounds are the model's ({@link PhysicalLimits}, through {@link UnitParameter}), not the user's to
 * widen.
 */
public final class OptimizeConfigReader {

    /** Default Duv tolerance: about the size of a one-step MacAdam ellipse (Δu′v′ ≈ 0.001). */
    public static final double DEFAULT_DUV_TOLERANCE = 0.001;
    /** Largest Duv tolerance: ten such steps, a white visibly off its target. */
    static final double MAX_DUV_TOLERANCE = 0.01;

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
        ParameterRange t = c.temperatureK() == null ? ParameterRange.fixed(QuantumDot.REFERENCE_TEMPERATURE_K)
                : range(file, "temperatureK", c.temperatureK(), PhysicalLimits.TEMPERATURE_MIN_K,
                        PhysicalLimits.TEMPERATURE_MAX_K);
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
        if (!(cct >= PhysicalLimits.TARGET_CCT_MIN_K && cct <= PhysicalLimits.TARGET_CCT_MAX_K)) {
            throw bad(file, "target.cctK", "must be " + fmt(PhysicalLimits.TARGET_CCT_MIN_K) + "-"
                    + fmt(PhysicalLimits.TARGET_CCT_MAX_K) + " K, got " + cct);
        }
        double duv = c.target().duv() == null ? 0 : c.target().duv();
        double tol = c.target().duvTolerance() == null ? DEFAULT_DUV_TOLERANCE : c.target().duvTolerance();
        if (!(Math.abs(duv) <= PhysicalLimits.TARGET_DUV_MAX)) {
            throw bad(file, "target.duv", "must be within ±" + PhysicalLimits.TARGET_DUV_MAX + ", got " + duv);
        }
        if (!(tol > 0 && tol <= MAX_DUV_TOLERANCE)) {
            throw bad(file, "target.duvTolerance", "must be > 0 and <= " + MAX_DUV_TOLERANCE + ", got " + tol);
        }
        if (c.units() == null || c.units().isEmpty() || c.units().size() > PhysicalLimits.MAX_UNITS) {
            throw bad(file, "units", "1 to " + PhysicalLimits.MAX_UNITS + " units are required");
        }
        List<UnitSpec> units = new ArrayList<>();
        for (int u = 0; u < c.units().size(); u++) {
            units.add(unit(file, "units[" + u + "]", u, c.units().get(u)));
        }
        OptimizeConfig.Objective o = c.objective() == null
                ? new OptimizeConfig.Objective(1.0, null, null, null, null, null) : c.objective();
        OptimizeConfig.Constraints k = c.constraints() == null
                ? new OptimizeConfig.Constraints(null, null, null, null, null, null) : c.constraints();
        Map<Metric, Double> weights = new EnumMap<>(Metric.class);
        Map<Metric, Double> mins = new EnumMap<>(Metric.class);
        for (Metric m : Metric.values()) {
            Double w = m.weightIn(o);
            if (w != null && !(w >= 0)) {
                throw bad(file, m.objectiveField(), "must be >= 0 (each weight says how much more of a metric is "
                        + "worth), got " + w);
            }
            if (w != null && w != 0) {
                weights.put(m, w);
            }
            Double min = m.minimumIn(k);
            if (min != null) {
                mins.put(m, min);
            }
        }
        if (weights.isEmpty()) {
            throw bad(file, "objective", "give a weight to at least one of " + Metric.names());
        }
        OptimizeConfig.Search s = c.search() == null ? new OptimizeConfig.Search(null, null, null, null) : c.search();
        OptimizationSettings settings;
        try {
            settings = new OptimizationSettings(Algorithm.parse(s.algorithm() == null ? "cmaes" : s.algorithm()),
                    s.starts() == null ? 2 : s.starts(), s.maxEvaluations() == null ? 1500 : s.maxEvaluations(),
                    seedOverride != null ? seedOverride : s.seed() == null ? 1 : s.seed());
        } catch (IllegalArgumentException e) {
            throw bad(file, "search", e.getMessage());
        }
        return new DesignProblem.Spec(t, ref, cct, duv, tol, units, weights, mins, settings);
    }

    private static UnitSpec unit(Path file, String p, int u, OptimizeConfig.Unit unit) throws InputException {
        if (unit == null) {
            throw bad(file, p, "must be an object");
        }
        String name = unit.name() == null ? "unit " + (u + 1) : unit.name();
        LedShape shape;
        try {
            shape = unit.ledShape() == null ? LedShape.OHNO_2005 : LedShape.parse(unit.ledShape());
            if (shape == LedShape.MEASURED) {
                throw new IllegalArgumentException("measured LEDs cannot be optimized");
            }
        } catch (IllegalArgumentException e) {
            throw bad(file, p + ".ledShape", e.getMessage());
        }
        boolean pc = shape == LedShape.PHOSPHOR_CONVERTED;
        // no dot fields: a plain (or phosphor-converted) LED channel
        boolean dots = unit.qdEmissionPeakNm() != null || unit.qdCoreDiameterNm() != null || unit.od1S() != null;
        Map<UnitParameter, OptimizeConfig.Range> given = new EnumMap<>(UnitParameter.class);
        given.put(UnitParameter.LED_PEAK_NM, unit.ledPeakNm());
        given.put(UnitParameter.LED_FWHM_NM, unit.ledFwhmNm());
        given.put(UnitParameter.LED_OPTICAL_POWER_W, unit.ledOpticalPowerW());
        given.put(UnitParameter.QD_EMISSION_PEAK_NM, dots ? qdRange(file, p, unit) : null);
        given.put(UnitParameter.OD_1S, unit.od1S());
        given.put(UnitParameter.QD_EMISSION_FWHM_MEV, unit.qdEmissionFwhmMeV());
        given.put(UnitParameter.STOKES_SHIFT_MEV, unit.stokesShiftMeV());
        given.put(UnitParameter.PLQY, unit.plqy());
        given.put(UnitParameter.SIZE_DISPERSION_PERCENT, unit.sizeDispersionPercent());
        given.put(UnitParameter.TAIL_PREFACTOR, unit.tailPrefactor());
        given.put(UnitParameter.PHOSPHOR_FRACTION, unit.phosphorFraction());
        given.put(UnitParameter.PHOSPHOR_QUANTUM_EFFICIENCY, unit.phosphorQuantumEfficiency());
        Map<UnitParameter, ParameterRange> ranges = new EnumMap<>(UnitParameter.class);
        for (UnitParameter k : UnitParameter.values()) {
            OptimizeConfig.Range r = given.get(k);
            String q = p + "." + k.configName();
            boolean applies = k.ofPhosphor() ? pc : !k.ofDots() || dots;
            if (!applies) {
                if (r != null) {
                    throw bad(file, q, k.ofPhosphor()
                            ? "only a phosphor-converted LED (ledShape \"phosphor-converted\") has a "
                                    + k.configName()
                            : "a channel without dots has no " + k.configName()
                                    + " (give qdEmissionPeakNm or qdCoreDiameterNm and od1S for an LED-QD unit)");
                }
                ranges.put(k, ParameterRange.fixed(0));
            } else if (r == null && !k.required()) {
                ranges.put(k, ParameterRange.fixed(k.defaultValue()));
            } else if (pc && k == UnitParameter.LED_PEAK_NM) {
                // a pc-LED's peak and FWHM are its phosphor band's
                ranges.put(k, range(file, q, r, PhysicalLimits.PHOSPHOR_PEAK_MIN_NM,
                        PhysicalLimits.PHOSPHOR_PEAK_MAX_NM));
            } else if (pc && k == UnitParameter.LED_FWHM_NM) {
                ranges.put(k, range(file, q, r, PhysicalLimits.PHOSPHOR_FWHM_MIN_NM,
                        PhysicalLimits.PHOSPHOR_FWHM_MAX_NM));
            } else {
                ranges.put(k, range(file, q, r, k.minimum(), k.maximum()));
            }
        }
        SubGapTailLaw law;
        try {
            law = unit.tailLaw() == null ? QuantumDot.DEFAULT_TAIL_LAW : SubGapTailLaw.parse(unit.tailLaw());
        } catch (IllegalArgumentException e) {
            throw bad(file, p + ".tailLaw", e.getMessage());
        }
        DriveWeight weight = driveWeight(file, p + ".weight", unit.weight());
        return new UnitSpec(name, shape, ranges, dots, law, weight);
    }

    private static ParameterRange range(Path file, String q, OptimizeConfig.Range r, double pLo, double pHi)
            throws InputException {
        if (r == null) {
            throw bad(file, q, "required: {\"fixed\": v} or {\"min\": a, \"max\": b}");
        }
        if (r.fixed() != null) {
            if (r.min() != null || r.max() != null) {
                throw bad(file, q, "give fixed or min/max, not both");
            }
            check(file, q + ".fixed", r.fixed(), pLo, pHi);
            return ParameterRange.fixed(r.fixed());
        }
        if (r.min() == null || r.max() == null) {
            throw bad(file, q, "a free parameter needs min and max");
        }
        check(file, q + ".min", r.min(), pLo, pHi);
        check(file, q + ".max", r.max(), pLo, pHi);
        if (!(r.max() > r.min())) {
            throw bad(file, q, "max must exceed min");
        }
        double start = r.start() == null ? (r.min() + r.max()) / 2 : r.start();
        check(file, q + ".start", start, r.min(), r.max());
        return ParameterRange.free(r.min(), r.max(), start);
    }

    /**
     * The unit's QD range as emission peaks: given directly, or as core diameters mapped through the sizing curve
     * with the default shell and the unit's own Stokes shift (a monotonic map, so the search space is the same; a
     * larger core emits further red). The candidate's core is sized back from its emission peak with that same
     * Stokes shift, so a given core is the core built. With a free Stokes shift a core is no fixed emission peak:
     * that combination is refused.
     */
    private static OptimizeConfig.Range qdRange(Path file, String p, OptimizeConfig.Unit unit) throws InputException {
        OptimizeConfig.Range core = unit.qdCoreDiameterNm();
        if (core == null && unit.qdEmissionPeakNm() == null) {
            // od1S alone: a unit half-way between a channel and an LED-QD unit
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
        OptimizeConfig.Range stokes = unit.stokesShiftMeV();
        double stokesEv = QuantumDot.DEFAULT_STOKES_SHIFT_EV;
        if (stokes != null && stokes.fixed() != null) {
            UnitParameter k = UnitParameter.STOKES_SHIFT_MEV;
            check(file, p + "." + k.configName() + ".fixed", stokes.fixed(), k.minimum(), k.maximum());
            stokesEv = stokes.fixed() / 1000;
        } else if (stokes != null) {
            throw bad(file, q, "a core diameter emits where the unit's Stokes shift puts it, so with qdCoreDiameterNm "
                    + "the stokesShiftMeV must be fixed; to search the Stokes shift give qdEmissionPeakNm instead");
        }
        Double[] values = {core.fixed(), core.min(), core.max(), core.start()};
        String[] names = {"fixed", "min", "max", "start"};
        Double[] emission = new Double[4];
        for (int i = 0; i < 4; i++) {
            if (values[i] != null) {
                check(file, q + "." + names[i], values[i], PhysicalLimits.CORE_DIAMETER_MIN_NM,
                        PhysicalLimits.CORE_DIAMETER_MAX_NM);
                emission[i] = new QuantumDot(values[i], QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                        QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, stokesEv, QuantumDot.DEFAULT_EMISSION_FWHM_EV,
                        QuantumDot.DEFAULT_ABSORPTION_FWHM_1S_EV, QuantumDot.DEFAULT_PLQY)
                        .emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K);
                UnitParameter qd = UnitParameter.QD_EMISSION_PEAK_NM;
                if (emission[i] < qd.minimum() || emission[i] > qd.maximum()) {
                    throw bad(file, q + "." + names[i], String.format(java.util.Locale.ROOT,
                            "a %.2f nm core emits at %.1f nm, outside the %.0f-%.0f nm the model covers",
                            values[i], emission[i], qd.minimum(), qd.maximum()));
                }
            }
        }
        return new OptimizeConfig.Range(emission[0], emission[1], emission[2], emission[3]);
    }

    /** Absent means solved and unbounded. */
    private static DriveWeight driveWeight(Path file, String q, OptimizeConfig.Range r) throws InputException {
        if (r == null) {
            return DriveWeight.solved();
        }
        if (r.start() != null) {
            throw bad(file, q + ".start", "a drive weight is solved onto the target, not searched: give fixed or "
                    + "min/max only");
        }
        if (r.fixed() != null) {
            if (r.min() != null || r.max() != null) {
                throw bad(file, q, "give fixed or min/max, not both");
            }
            check(file, q + ".fixed", r.fixed(), 0, PhysicalLimits.DRIVE_WEIGHT_MAX);
            return DriveWeight.fixedAt(r.fixed());
        }
        double min = r.min() == null ? 0 : r.min();
        double max = r.max() == null ? Double.POSITIVE_INFINITY : r.max();
        check(file, q + ".min", min, 0, PhysicalLimits.DRIVE_WEIGHT_MAX);
        if (r.max() != null) {
            check(file, q + ".max", max, 0, PhysicalLimits.DRIVE_WEIGHT_MAX);
        }
        if (!(max > min)) {
            throw bad(file, q, "max must exceed min");
        }
        return DriveWeight.bounded(min, max);
    }

    private static String fmt(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
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
