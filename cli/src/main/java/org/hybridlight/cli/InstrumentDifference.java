package org.hybridlight.cli;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;

/**
 * Our value of each {@link InstrumentFigures} key, so that an instrument's own figures can be set beside ours: the
 * difference is ours minus the instrument's. R15 (not part of CIE 13.3's fourteen samples here) and the illuminance
 * (our spectra are not known to be absolute) have no value of ours: NaN.
 */
final class InstrumentDifference {

    private InstrumentDifference() {
    }

    /** Our value for {@code key}, NaN when we have none. */
    static double ours(Colorimetry c, String key) {
        ColourRendering cr = c.colourRendering();
        return switch (key) {
            case "cct" -> c.cctK();
            case "duv" -> c.duv();
            case "x" -> c.xy().x();
            case "y" -> c.xy().y();
            case "uPrime" -> c.uvPrime().u();
            case "vPrime" -> c.uvPrime().v();
            case "ra" -> cr == null ? Double.NaN : cr.ra();
            case "rf" -> c.rf();
            case "rg" -> c.rg();
            default -> {
                if (cr != null && key.matches("r([1-9]|1[0-4])")) {
                    yield cr.r(Integer.parseInt(key.substring(1)));
                }
                yield Double.NaN;
            }
        };
    }

    /** Ours minus the instrument's for {@code key}, NaN when either is missing. */
    static double difference(Colorimetry c, InstrumentFigures instrument, String key) {
        return ours(c, key) - instrument.get(key);
    }
}
