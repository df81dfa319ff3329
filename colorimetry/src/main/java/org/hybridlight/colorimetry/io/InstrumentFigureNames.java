package org.hybridlight.colorimetry.io;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one mapping from the figure labels instruments print to our keys. The labels are those of the published
 * layouts: Sekonic C-7000 / C-800 CSV ({@code Tcp [K]}, {@code ⊿uv}, {@code Illuminance [lx]}, {@code CIE1931 x},
 * {@code CIE1976 u'}, {@code CRI Ra}, {@code CRI R1}…{@code CRI R15}, {@code TM-30 Rf}, {@code TM-30 Rg}) and UPRtek
 * CV600 text ({@code CCT}, {@code Duv}, {@code LUX}, {@code x}, {@code y}, {@code u'}, {@code v'}, {@code CRI},
 * {@code R1}…{@code R15}, {@code Rf}, {@code Rg}), with a few spellings around them ({@code CCT[K]}, {@code Ra}).
 *
 * <p>Case matters for the chromaticity coordinates: UPRtek writes the tristimulus values as {@code X}, {@code Y},
 * {@code Z} just above {@code x}, {@code y}. A label whose unit is not ours ({@code Illuminance [fc]}) is no figure;
 * nor are the CIE 1964 (10°) coordinates Sekonic writes in its 10° mode ({@code CIE1964 x₁₀}, {@code u'₁₀}): we
 * compute CIE 1931 (2°) ones.
 */
final class InstrumentFigureNames {

    /** A label and its optional unit in brackets: "Tcp [K]", "Illuminance[lx]", "Integration Time (usec)". */
    private static final Pattern UNIT = Pattern.compile("(.*?)\\s*[\\[(]([^\\])]*)[\\])]\\s*");

    private InstrumentFigureNames() {
    }

    /** Our {@link InstrumentFigures} key for the instrument's label, or null for a label we do not compare. */
    static String key(String label) {
        String name = label.strip();
        String unit = null;
        Matcher m = UNIT.matcher(name);
        if (m.matches()) {
            name = m.group(1);
            unit = m.group(2).strip().toLowerCase(Locale.ROOT);
        }
        String compact = name.replaceAll("[\\s_:]", "");
        String l = compact.toLowerCase(Locale.ROOT);
        String key = switch (l) {
            case "cct", "tcp" -> unit == null || unit.equals("k") ? "cct" : null;
            case "duv", "⊿uv", "δuv", "∆uv" -> "duv";
            case "x", "cie1931x", "ciex" -> lowerCaseLast(compact) ? "x" : null;
            case "y", "cie1931y", "ciey" -> lowerCaseLast(compact) ? "y" : null;
            case "u'", "cie1976u'" -> "uPrime";
            case "v'", "cie1976v'" -> "vPrime";
            case "ra", "cri", "crira", "cri-ra" -> "ra";
            case "rf", "tm-30rf", "tm30rf" -> "rf";
            case "rg", "tm-30rg", "tm30rg" -> "rg";
            case "lux", "illuminance", "ev" -> unit == null || unit.equals("lx") ? "illuminanceLx" : null;
            default -> l.matches("(cri)?r([1-9]|1[0-5])") ? l.replaceFirst("^cri", "") : null;
        };
        // a unit on a figure that has none (x [%]) is some other quantity
        boolean unitless = !"cct".equals(key) && !"illuminanceLx".equals(key);
        return unitless && unit != null ? null : key;
    }

    private static boolean lowerCaseLast(String s) {
        return Character.isLowerCase(s.charAt(s.length() - 1));
    }
}
