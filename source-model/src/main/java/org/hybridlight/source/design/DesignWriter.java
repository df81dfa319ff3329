package org.hybridlight.source.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.MeasuredQdSpectra;
import org.hybridlight.source.QuantumDot;

/** Writes a {@link Design} in the design-file format that {@link DesignReader} reads. */
public final class DesignWriter {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setSerializationInclusion(JsonInclude.Include.NON_NULL)
            .enable(SerializationFeature.INDENT_OUTPUT);

    private DesignWriter() {
    }

    /** The design as a JSON tree (to embed in other documents). */
    public static ObjectNode toTree(Design d) {
        List<DesignJson.Unit> units = new ArrayList<>();
        for (int k = 0; k < d.source().units().size(); k++) {
            LedQdUnit u = d.source().units().get(k);
            if (u.led().shape() == LedShape.MEASURED) {
                throw new IllegalArgumentException("a measured LED cannot be written without its spectrum file");
            }
            DesignJson.Led led = new DesignJson.Led(u.led().shape().id(), u.led().peakNm(), u.led().fwhmNm(),
                    u.led().opticalPowerW(), null, orNull(u.led().phosphorFraction()),
                    orNull(u.led().phosphorQuantumEfficiency()));
            DesignJson.Qd qd = u.hasDots() ? qdJson(u) : null;
            units.add(new DesignJson.Unit(d.unitNames().get(k), d.source().weights()[k], led, qd,
                    u.hasDots() ? u.reabsorptionPathFactor() : null));
        }
        DesignJson.Target target = Double.isNaN(d.targetCctK()) ? null
                : new DesignJson.Target(d.targetCctK(), d.targetDuv());
        return MAPPER.valueToTree(new DesignJson.File(d.source().temperatureK(), d.reference(), target, units));
    }

    /** A unit's dots (and OD) in the design-file shape; measured dots are written with their absolute paths. */
    public static DesignJson.Qd qdJson(LedQdUnit u) {
        QuantumDot q = u.qd();
        if (q.isMeasured()) {
            MeasuredQdSpectra m = q.measured();
            if (m.absorptionFile() == null || m.emissionFile() == null) {
                throw new IllegalArgumentException("measured dots cannot be written without their spectrum files");
            }
            return new DesignJson.Qd(null, null, u.od1S(), null, null, null, null, null, q.plqy(), null, null, null,
                    q.gapShiftEvPerK() * 1000, m.absorptionFile().toAbsolutePath().toString(),
                    m.emissionFile().toAbsolutePath().toString(), m.firstExcitonNm(), m.spectraTemperatureK());
        }
        return new DesignJson.Qd(q.coreDiameterNm(), null, u.od1S(), q.shellMonolayers(),
                q.shellShiftPerMonolayerEv() * 1000, q.stokesShiftEv() * 1000, q.emissionFwhmEv() * 1000,
                q.absorptionFwhm1SEv() * 1000, q.plqy(), q.tailLaw().id(), q.tailPrefactor(),
                q.sizeDispersion() * 100, q.gapShiftEvPerK() * 1000, null, null, null, null);
    }

    private static Double orNull(double v) {
        return Double.isNaN(v) ? null : v;
    }

    public static String toJson(Design d) {
        try {
            return MAPPER.writeValueAsString(toTree(d)) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
