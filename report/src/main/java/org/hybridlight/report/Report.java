package org.hybridlight.report;

import java.nio.file.Path;
import java.util.Locale;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.design.Design;

/**
 * What one report page shows: a white evaluated as {@code evaluate} evaluates it.
 *
 * @param title the design's or spectrum's name, the page heading
 * @param subtitle one line under it: where the white comes from, the CRI reference
 * @param spectrum the white (a design's simulated white, or the spectrum as read)
 * @param colorimetry its colorimetry with CIE 13.3 and TM-30, as {@code evaluate} computes it
 * @param source the simulated source for a design (PE, powers, heat load), {@code null} for a measured spectrum
 */
public record Report(String title, String subtitle, Spectrum spectrum, Colorimetry colorimetry, HybridResult source) {

    /**
     * The report of a design's simulated white (the command line's and the designer's).
     *
     * @param file the design file, {@code null} for a design not saved
     * @param reference the CRI reference as given ({@code auto}, {@code blackbody:3000}, …)
     */
    public static Report ofDesign(String name, Path file, Design design, String reference, Colorimetry c,
            HybridResult source) {
        int units = design.source().units().size();
        String subtitle = String.format(Locale.ROOT, "%s: %d unit%s at %.0f K; CRI reference %s",
                file == null ? "Design not saved" : "Design file " + file.toAbsolutePath().normalize(), units,
                units == 1 ? "" : "s", design.source().temperatureK(), referenceUsed(reference, c));
        return new Report(name, subtitle, source.whiteSpectrum(), c, source);
    }

    /**
     * The report of spectrum {@code index} (from 1) of the {@code count} in {@code file}.
     *
     * @param reference the CRI reference as given
     */
    public static Report ofSpectrum(String name, int index, int count, Path file, String reference,
            Spectrum spectrum, Colorimetry c) {
        String subtitle = String.format(Locale.ROOT, "Spectrum %d of %d in %s; CRI reference %s", index, count,
                file.toAbsolutePath().normalize(), referenceUsed(reference, c));
        return new Report(name, subtitle, spectrum, c, null);
    }

    /** "auto (blackbody:3998.6)", or the reference used when one was named. */
    private static String referenceUsed(String given, Colorimetry c) {
        String used = c.colourRendering() == null ? "-" : c.colourRendering().reference();
        return given.equalsIgnoreCase("auto") ? "auto (" + used + ")" : used;
    }
}
