package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * The negative values of a delimited file's spectra, kept as measured (the rule of {@link
 * SpectrumChecks#negativesKept}: dark-subtracted noise averages out in the colorimetric integrals, clamping it would
 * bias every dark point upward), summed up in one warning for the file however many spectra it holds.
 */
final class NegativeValues {
    private int spectra;
    private int values;
    private double lowest;
    private double lowestNm;
    private String lowestIn;

    /** A spectrum with {@code count} negative values, the lowest {@code value} at {@code nm}. */
    void add(String name, int count, double value, double nm) {
        if (count == 0) {
            return;
        }
        if (spectra == 0 || value < lowest) {
            lowest = value;
            lowestNm = nm;
            lowestIn = name;
        }
        spectra++;
        values += count;
    }

    /** The one warning for {@code file} of {@code total} spectra of {@code n} values each, if any was negative. */
    void warn(Path file, int total, int n, Consumer<String> warnings) {
        if (spectra == 0) {
            return;
        }
        String which = total == 1 ? values + " of " + n + " values are negative"
                : spectra + " of " + total + " spectra have negative values, " + values + " in all";
        warnings.accept(file + ": " + which + " (dark-subtracted noise; the lowest " + lowest + " at "
                + SpectrumChecks.format(lowestNm) + " nm" + (total == 1 ? "" : ", in '" + lowestIn + "'")
                + "); kept as measured");
    }
}
