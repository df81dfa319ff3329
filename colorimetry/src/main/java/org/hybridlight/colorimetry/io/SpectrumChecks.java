package org.hybridlight.colorimetry.io;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.hybridlight.colorimetry.spectrum.Spectrum;

/** The rules every spectrum reader applies to what it found, so that all formats refuse the same things alike. */
final class SpectrumChecks {

    /** Below this every wavelength of a file in nm would be far outside any spectrum: such a file is in µm. */
    static final double MICROMETRE_SUSPECT_BELOW = 10;

    private SpectrumChecks() {
    }

    /** A wavelength cell after {@code previous} (NaN for the first): positive and increasing. */
    static void wavelength(Path file, int line, double wl, double previous, CharSequence cell)
            throws InputException {
        if (!(wl > 0)) {
            throw InputException.atLine(file, line, "wavelength must be positive, got " + cell);
        }
        if (wl <= previous) {
            throw InputException.atLine(file, line, "wavelengths must increase: " + cell + " nm after "
                    + format(previous) + " nm");
        }
    }

    /**
     * Converts the first {@code n} wavelengths to nm in place; in nm, a grid entirely below
     * {@link #MICROMETRE_SUSPECT_BELOW} is refused as µm (never silently read as nm).
     */
    static void unit(Path file, int firstLine, double[] wl, int n, SpectrumReadOptions.WavelengthUnit unit)
            throws InputException {
        if (n == 0) {
            return;
        }
        if (unit == null || unit == SpectrumReadOptions.WavelengthUnit.NM) {
            if (wl[n - 1] < MICROMETRE_SUSPECT_BELOW) {
                throw InputException.atLine(file, firstLine, "wavelengths " + format(wl[0]) + "-" + format(wl[n - 1])
                        + " are all below " + (int) MICROMETRE_SUSPECT_BELOW + ": they look like micrometres, not nm "
                        + "(--wavelength-unit um converts them)");
            }
            return;
        }
        for (int i = 0; i < n; i++) {
            wl[i] *= unit.toNm();
        }
    }

    /**
     * The spectrum of the first {@code n} points, refused when it is zero everywhere ({@code place} says where it
     * is, e.g. "column 3").
     */
    static NamedSpectrum spectrum(Path file, String name, String place, double[] wl, double[] values, int n,
            Map<String, String> metadata, InstrumentFigures figures) throws InputException {
        notZero(file, name, place, values, n);
        double[] w = wl.length == n ? wl : Arrays.copyOf(wl, n);
        double[] v = values.length == n ? values : Arrays.copyOf(values, n);
        return new NamedSpectrum(name, new Spectrum(w, v), metadata, figures);
    }

    /** Refuses a spectrum whose first {@code n} values are none above zero. */
    static void notZero(Path file, String name, String place, double[] values, int n) throws InputException {
        for (int i = 0; i < n; i++) {
            if (values[i] > 0) {
                return;
            }
        }
        throw new InputException(file.toString(), "spectrum '" + name + "' (" + place
                + ") is zero at every wavelength");
    }

    /**
     * Measured spectra (Ocean Optics, TM-27) keep their negative values, the noise dark subtraction leaves where
     * there is no light, with one warning naming {@code what} and how many: the colorimetric integrals are linear in
     * the values, so zero-mean noise averages out, while clamping it to zero would bias every dark point upward. A
     * spectrum whose first {@code n} values sum to zero or less holds no signal and is refused at {@code line}.
     *
     * @param what the values' name in the warning: "spectral values", "values of 'LED 1'"
     */
    static void negativesKept(Path file, int line, String what, double[] wl, double[] values, int n,
            Consumer<String> warnings) throws InputException {
        NegativeValues negatives = new NegativeValues();
        negatives.scan(file, line, what, () -> what, wl, values, n);
        negatives.warn(file, 1, n, what, warnings);
    }

    /**
     * Refuses values that sum to zero or less, which hold no signal above the dark ({@code line} -1: the file's
     * spectrum as a whole, not a line).
     */
    static void notDark(Path file, int line, String what, double sum) throws InputException {
        if (!(sum > 0)) {
            String problem = what + " sum to " + sum + ": no signal above the dark (is it a dark spectrum?)";
            throw line < 0 ? new InputException(file.toString(), problem) : InputException.atLine(file, line, problem);
        }
    }

    /** The warning for spectra that do not cover the visible range. */
    static void coverage(Path file, List<NamedSpectrum> spectra, Consumer<String> warnings) {
        double first = Double.POSITIVE_INFINITY;
        double last = Double.NEGATIVE_INFINITY;
        for (NamedSpectrum s : spectra) {
            double[] wl = s.spectrum().wavelengthsNm();
            first = Math.min(first, wl[0]);
            last = Math.max(last, wl[wl.length - 1]);
        }
        if (!spectra.isEmpty()) {
            coverage(file, first, last, warnings);
        }
    }

    /** The same for spectra that all run from {@code firstNm} to {@code lastNm}. */
    static void coverage(Path file, double firstNm, double lastNm, Consumer<String> warnings) {
        if (firstNm > SpectrumFileReader.VISIBLE_FROM_NM || lastNm < SpectrumFileReader.VISIBLE_TO_NM) {
            warnings.accept(file + ": spectra cover " + format(firstNm) + "-" + format(lastNm)
                    + " nm, not all of 380-780 nm; they are extended with their end values");
        }
    }

    /** The base name of a file, for generated spectrum names. */
    static String baseName(Path file) {
        return file.getFileName() == null ? file.toString() : file.getFileName().toString();
    }

    static String format(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? String.valueOf((long) v) : String.valueOf(v);
    }
}
