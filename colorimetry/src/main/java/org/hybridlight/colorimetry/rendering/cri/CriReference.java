package org.hybridlight.colorimetry.rendering.cri;

import java.util.Locale;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.io.DecimalNumber;
import org.hybridlight.colorimetry.spectrum.Spectrum;

/**
 * The reference illuminant of a colour rendering calculation: chosen from the source's CCT ({@link Auto}), a
 * blackbody or CIE daylight at a fixed temperature, or a tabulated spectrum.
 */
public sealed interface CriReference {

    /** A label that names the reference, e.g. {@code blackbody:3000} or {@code daylight:6504}. */
    String label();

    /**
     * Parses {@code auto}, {@code blackbody:<K>}, {@code daylight:<K>}; anything else is not a built-in reference
     * and yields {@code null} (the caller may treat it as a file name).
     *
     * @throws IllegalArgumentException for a malformed or out-of-range temperature
     */
    static CriReference parseBuiltIn(String text) {
        String t = text.trim();
        if (t.equalsIgnoreCase("auto")) {
            return new Auto();
        }
        int colon = t.indexOf(':');
        if (colon < 0) {
            return null;
        }
        String kind = t.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!kind.equals("blackbody") && !kind.equals("daylight")) {
            return null;
        }
        String number = t.substring(colon + 1).trim();
        if (number.endsWith("K") || number.endsWith("k")) {
            number = number.substring(0, number.length() - 1).trim();
        }
        double k;
        try {
            k = DecimalNumber.parse(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("reference '" + text + "': '" + number + "' is not a temperature in K");
        }
        return kind.equals("blackbody") ? new Blackbody(k) : new Daylight(k);
    }

    /** Formats a temperature for a label: whole kelvins without decimals, otherwise one decimal. */
    static String kelvin(double k) {
        // called per evaluation with the automatic reference: no Formatter
        long tenths = Math.round(k * 10);
        return tenths % 10 == 0 ? Long.toString(tenths / 10) : (tenths / 10) + "." + Math.abs(tenths % 10);
    }

    /** CIE 13.3: a blackbody at the source's CCT below 5000 K, CIE daylight at the source's CCT from 5000 K. */
    record Auto() implements CriReference {
        @Override
        public String label() {
            return "auto";
        }
    }

    /** A blackbody at a fixed temperature, e.g. the 3000 K reference of the up-conversion paper. */
    record Blackbody(double temperatureK) implements CriReference {
        public Blackbody {
            if (!(temperatureK >= CctMethod.MIN_CCT_K && temperatureK <= CctMethod.MAX_CCT_K)) {
                throw new IllegalArgumentException("blackbody reference temperature must be 1000-100000 K, got "
                        + temperatureK + " K");
            }
        }

        @Override
        public String label() {
            return "blackbody:" + kelvin(temperatureK);
        }
    }

    /** CIE daylight at a fixed CCT (4000–25000 K). */
    record Daylight(double cctK) implements CriReference {
        public Daylight {
            CieDaylight.requireRange(cctK);
        }

        @Override
        public String label() {
            return "daylight:" + kelvin(cctK);
        }
    }

    /** A tabulated reference spectrum, e.g. a measured lamp, named by its file. */
    record Tabulated(String name, Spectrum spectrum) implements CriReference {
        @Override
        public String label() {
            return name;
        }
    }
}
