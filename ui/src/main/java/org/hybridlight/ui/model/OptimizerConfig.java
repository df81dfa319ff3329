package org.hybridlight.ui.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.optimizer.UnitParameter;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;

/**
 * The optimizer config (the JSON of {@code hybridlight optimize}) for the editor's design and the panel's
 * choices: each unit's free parameters searched around its present values, clipped to the model's limits. It goes
 * through the optimizer-config reader, so the designer's optimizer runs exactly what the command line would.
 */
final class OptimizerConfig {

    /** The designer's search around each unit (a choice of the panel, clipped to the model's limits), nm. */
    private static final double SEARCH_SPAN_NM = 40;
    /** LED FWHMs are searched from 1/x to x times the unit's. */
    private static final double SEARCH_FWHM_FACTOR = 2;

    private OptimizerConfig() {
    }

    static ObjectNode of(DesignViewModel design, OptimizerSettings settings) {
        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("temperatureK", design.temperatureK().get());
        root.put("reference", design.referenceText());
        ObjectNode target = root.putObject("target");
        target.put("cctK", design.targetCctK().get());
        target.put("duv", design.targetDuv().get());
        target.put("duvTolerance", OptimizeConfigReader.DEFAULT_DUV_TOLERANCE);
        ArrayNode units = root.putArray("units");
        for (UnitViewModel u : design.units()) {
            unit(units.addObject(), u, settings);
        }
        ObjectNode o = root.putObject("objective");
        OptimizerSettings.Objective obj = settings.objectiveProperty().get();
        o.put(obj.first, obj.firstWeight);
        if (obj.second != null) {
            o.put(obj.second, obj.secondWeight);
        }
        ObjectNode s = root.putObject("search");
        s.put("algorithm", "cmaes");
        s.put("starts", settings.startsProperty().get());
        s.put("maxEvaluations", settings.maxEvaluationsProperty().get());
        s.put("seed", 1);
        double minPe = settings.minPeProperty().get();
        if (!Double.isNaN(minPe)) {
            root.putObject("constraints").put("minPe", minPe);
        }
        return root;
    }

    private static void unit(ObjectNode j, UnitViewModel u, OptimizerSettings settings) {
        boolean freePeak = settings.freeLedPeakProperty().get();
        boolean freeFwhm = settings.freeLedFwhmProperty().get();
        j.put("name", u.nameProperty().get());
        if (u.kindProperty().get() == UnitKind.PC_LED) {
            // a pc-LED channel: the LED peak and FWHM choices free its phosphor band, within the band's limits
            j.put("ledShape", LedShape.PHOSPHOR_CONVERTED.id());
            double peak = u.phosphorPeakNm().get();
            range(j, UnitParameter.LED_PEAK_NM, freePeak, peak, peak - SEARCH_SPAN_NM, peak + SEARCH_SPAN_NM,
                    PhysicalLimits.PHOSPHOR_PEAK_MIN_NM, PhysicalLimits.PHOSPHOR_PEAK_MAX_NM);
            double fwhm = u.phosphorFwhmNm().get();
            range(j, UnitParameter.LED_FWHM_NM, freeFwhm, fwhm, fwhm / SEARCH_FWHM_FACTOR, fwhm * SEARCH_FWHM_FACTOR,
                    PhysicalLimits.PHOSPHOR_FWHM_MIN_NM, PhysicalLimits.PHOSPHOR_FWHM_MAX_NM);
            UnitParameter f = UnitParameter.PHOSPHOR_FRACTION;
            range(j, f, settings.freePhosphorFractionProperty().get(), u.phosphorFraction().get(), f.minimum(),
                    f.maximum());
            j.put(UnitParameter.PHOSPHOR_QUANTUM_EFFICIENCY.configName(), u.phosphorQuantumEfficiency().get());
            return;
        }
        j.put("ledShape", u.ledShapeProperty().get().id());
        double peak = u.ledPeakNm().get();
        range(j, UnitParameter.LED_PEAK_NM, freePeak, peak, peak - SEARCH_SPAN_NM, peak + SEARCH_SPAN_NM);
        double fwhm = u.ledFwhmNm().get();
        range(j, UnitParameter.LED_FWHM_NM, freeFwhm, fwhm, fwhm / SEARCH_FWHM_FACTOR, fwhm * SEARCH_FWHM_FACTOR);
        if (!u.kindProperty().get().hasDots()) {
            // a plain LED channel: no dot fields
            return;
        }
        double qd = u.qdEmissionPeakNm().get();
        range(j, UnitParameter.QD_EMISSION_PEAK_NM, settings.freeQdProperty().get(), qd, qd - SEARCH_SPAN_NM,
                qd + SEARCH_SPAN_NM);
        OdSearchRange od = settings.odRange();
        range(j, UnitParameter.OD_1S, settings.freeOdProperty().get(), u.od1S().get(), od.minProperty().get(),
                od.maxProperty().get());
        j.put("plqy", u.plqy().get());
        // the dots' other parameters as the unit has them, fixed: the optimizer evaluates the editor's physics (its
        // tail law, emission width, ...), not the model's defaults; shell, 1S absorption width and gap shift are not
        // optimizer parameters and take the model's defaults there
        DesignJson.Qd dots = u.carriedDots();
        fixed(j, UnitParameter.QD_EMISSION_FWHM_MEV, dots.emissionFwhmMeV());
        fixed(j, UnitParameter.STOKES_SHIFT_MEV, dots.stokesShiftMeV());
        fixed(j, UnitParameter.SIZE_DISPERSION_PERCENT, dots.sizeDispersionPercent());
        fixed(j, UnitParameter.TAIL_PREFACTOR, dots.tailPrefactor());
        if (dots.tailLaw() != null) {
            j.put("tailLaw", dots.tailLaw());
        }
    }

    private static void fixed(ObjectNode unit, UnitParameter p, Double value) {
        if (value != null) {
            unit.putObject(p.configName()).put("fixed", value);
        }
    }

    /** The unit's range for {@code p}: {@code lo}–{@code hi} clipped to the model's limits when free. */
    private static void range(ObjectNode unit, UnitParameter p, boolean free, double value, double searchLo,
            double searchHi) {
        range(unit, p, free, value, searchLo, searchHi, p.minimum(), p.maximum());
    }

    /** The same, clipped to {@code modelLo}–{@code modelHi} (a pc-LED's band has its own limits). */
    private static void range(ObjectNode unit, UnitParameter p, boolean free, double value, double searchLo,
            double searchHi, double modelLo, double modelHi) {
        ObjectNode n = unit.putObject(p.configName());
        double lo = Math.max(modelLo, searchLo);
        double hi = Math.min(modelHi, searchHi);
        if (free && hi > lo) {
            n.put("min", lo);
            n.put("max", hi);
            n.put("start", Math.max(lo, Math.min(hi, value)));
        } else {
            n.put("fixed", value);
        }
    }
}
