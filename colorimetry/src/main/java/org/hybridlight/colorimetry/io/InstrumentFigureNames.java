package org.hybridlight.colorimetry.io;

import java.util.Locale;

/** The one mapping from the figure labels instruments print ("CCT[K]", "⊿uv", "Illuminance[lx]") to our keys. */
final class InstrumentFigureNames {

    private InstrumentFigureNames() {
    }

    /** Our {@link InstrumentFigures} key for the instrument's label, or null for a label we do not compare. */
    static String key(String label) {
        String l = label.toLowerCase(Locale.ROOT).replaceAll("\\[.*?\\]|\\(.*?\\)", "").replaceAll("[\\s_:]", "");
        return switch (l) {
            case "cct", "tcp", "cctk" -> "cct";
            case "duv", "⊿uv", "δuv", "∆uv", "Δuv" -> "duv";
            case "x", "cie1931x", "ciex" -> "x";
            case "y", "cie1931y", "ciey" -> "y";
            case "u'", "cie1976u'" -> "uPrime";
            case "v'", "cie1976v'" -> "vPrime";
            case "ra", "cri", "cri-ra" -> "ra";
            case "rf", "tm-30rf", "tm30rf" -> "rf";
            case "rg", "tm-30rg", "tm30rg" -> "rg";
            case "lux", "illuminance", "e", "ev", "lx" -> "illuminanceLx";
            default -> l.matches("r([1-9]|1[0-5])") ? l : null;
        };
    }
}
