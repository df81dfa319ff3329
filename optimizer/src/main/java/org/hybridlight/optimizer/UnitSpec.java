package org.hybridlight.optimizer;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.SubGapTailLaw;

/**
 * One unit of a problem.
 *
 * @param name the unit's name in reports
 * @param ledShape the LED's spectral shape (not measured)
 * @param parameters each {@link UnitParameter}'s range (all of them)
 * @param dots whether the unit has dots; without, it is a plain or phosphor-converted LED channel and the dots'
 *     parameters are unused
 * @param tailLaw the dots' sub-gap absorption law (a fixed choice)
 * @param weight the drive weight
 */
public record UnitSpec(String name, LedShape ledShape, Map<UnitParameter, ParameterRange> parameters,
        boolean dots, SubGapTailLaw tailLaw, DriveWeight weight) {

    public UnitSpec {
        EnumMap<UnitParameter, ParameterRange> copy = new EnumMap<>(UnitParameter.class);
        copy.putAll(parameters);
        if (copy.size() != UnitParameter.values().length) {
            throw new IllegalArgumentException("unit '" + name + "' needs every parameter, got " + copy.keySet());
        }
        parameters = Collections.unmodifiableMap(copy);
    }

    public ParameterRange range(UnitParameter p) {
        return parameters.get(p);
    }

    /** The same unit with {@code p} fixed at {@code value}. */
    public UnitSpec withFixed(UnitParameter p, double value) {
        EnumMap<UnitParameter, ParameterRange> m = new EnumMap<>(parameters);
        m.put(p, ParameterRange.fixed(value));
        return new UnitSpec(name, ledShape, m, dots, tailLaw, weight);
    }

    /** The same unit with other parameter ranges. */
    public UnitSpec withParameters(Map<UnitParameter, ParameterRange> ranges) {
        return new UnitSpec(name, ledShape, ranges, dots, tailLaw, weight);
    }

    /** The same unit under another name. */
    public UnitSpec named(String newName) {
        return new UnitSpec(newName, ledShape, parameters, dots, tailLaw, weight);
    }
}
