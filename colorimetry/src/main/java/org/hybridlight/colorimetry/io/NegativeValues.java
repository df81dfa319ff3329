package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The negative values of a file's spectra, kept as measured (the rule of {@link SpectrumChecks#negativesKept}:
 * dark-subtracted noise averages out in the colorimetric integrals, clamping it would bias every dark point upward),
 * summed up in one warning for the file however many spectra it holds; a spectrum with negative values that sum to
 * zero or less holds no signal and is refused.
 */
final class NegativeValues {
    private int spectra;
    private int values;
    private double lowest;
    private double lowestNm;
    private String lowestIn;

    /**
     * Counts the negatives of the first {@code n} values of spectrum {@code name}; refuses them at {@code line}
     * (-1: no line) when there are some and all sum to zero or less, naming them by {@code what} ("values of
     * 'LED 1'"), which is made only then.
     */
    void scan(Path file, int line, String name, Supplier<String> what, double[] wl, double[] v, int n)
            throws InputException {
        int below = 0;
        int at = -1;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v[i];
            if (v[i] < 0) {
                at = below == 0 || v[i] < v[at] ? i : at;
                below++;
            }
        }
        if (below > 0) {
            SpectrumChecks.notDark(file, line, what.get(), sum);
            add(name, below, v[at], wl[at]);
        }
    }

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

    /**
     * The one warning for {@code file} of {@code total} spectra of {@code n} values each, if any was negative;
     * {@code what} names one spectrum's values ("Ocean Optics spectral values").
     */
    void warn(Path file, int total, int n, String what, Consumer<String> warnings) {
        if (spectra == 0) {
            return;
        }
        String which = total == 1 ? values + " of " + n + " " + what + " are negative"
                : spectra + " of " + total + " spectra have negative values, " + values + " in all";
        warnings.accept(file + ": " + which + " (dark-subtracted noise; the lowest " + lowest + " at "
                + SpectrumChecks.format(lowestNm) + " nm" + (total == 1 ? "" : ", in '" + lowestIn + "'")
                + "); kept as measured");
    }
}
