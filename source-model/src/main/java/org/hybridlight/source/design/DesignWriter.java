package org.hybridlight.source.design;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;

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
                    u.led().opticalPowerW(), null);
            DesignJson.Qd qd = new DesignJson.Qd(u.qd().coreDiameterNm(), null, u.od1S(), u.qd().shellMonolayers(),
                    u.qd().shellShiftPerMonolayerEv() * 1000, u.qd().stokesShiftEv() * 1000,
                    u.qd().emissionFwhmEv() * 1000, u.qd().absorptionFwhm1SEv() * 1000, u.qd().plqy());
            units.add(new DesignJson.Unit(d.unitNames().get(k), d.source().weights()[k], led, qd,
                    u.reabsorptionPathFactor()));
        }
        DesignJson.Target target = Double.isNaN(d.targetCctK()) ? null
                : new DesignJson.Target(d.targetCctK(), d.targetDuv());
        return MAPPER.valueToTree(new DesignJson.File(d.source().temperatureK(), d.reference(), target, units));
    }

    public static String toJson(Design d) {
        try {
            return MAPPER.writeValueAsString(toTree(d)) + System.lineSeparator();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
