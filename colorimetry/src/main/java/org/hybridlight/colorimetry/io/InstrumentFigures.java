package org.hybridlight.colorimetry.io;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The figures a spectroradiometer reports beside its spectrum (Sekonic C-7000/C-800, UPRtek CV600/MK350), under the
 * key names of the tool's own output so that both can be compared: {@code cct} (K), {@code duv}, {@code x},
 * {@code y} (CIE 1931), {@code uPrime}, {@code vPrime}, {@code ra}, {@code r1}…{@code r15}, {@code rf}, {@code rg},
 * {@code illuminanceLx}. Only the figures present in the file; insertion order is the key order above.
 *
 * @param values the figures by key
 */
public record InstrumentFigures(Map<String, Double> values) {

    /** Every key an instrument figure may have, in output order. */
    public static final Set<String> KEYS;

    static {
        LinkedHashMap<String, Double> order = new LinkedHashMap<>();
        for (String k : new String[] {"cct", "duv", "x", "y", "uPrime", "vPrime", "ra"}) {
            order.put(k, null);
        }
        for (int i = 1; i <= 15; i++) {
            order.put("r" + i, null);
        }
        for (String k : new String[] {"rf", "rg", "illuminanceLx"}) {
            order.put(k, null);
        }
        KEYS = Collections.unmodifiableSet(order.keySet());
    }

    /** No figures (a file without them). */
    public static final InstrumentFigures NONE = new InstrumentFigures(Map.of());

    public InstrumentFigures {
        Map<String, Double> ordered = new LinkedHashMap<>();
        for (String k : KEYS) {
            Double v = values.get(k);
            if (v != null) {
                ordered.put(k, v);
            }
        }
        for (String k : values.keySet()) {
            if (!KEYS.contains(k)) {
                throw new IllegalArgumentException("not an instrument figure: " + k);
            }
        }
        values = Collections.unmodifiableMap(ordered);
    }

    /** The figure of {@code key}, NaN when the instrument did not report it. */
    public double get(String key) {
        Double v = values.get(key);
        return v == null ? Double.NaN : v;
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }
}
