package org.hybridlight.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.cct.Ohno2013Cct;
import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot;
import org.hybridlight.colorimetry.plot.SpectrumPlot;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Xyz;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.UnitResult;
import org.hybridlight.source.design.Design;

/**
 * What one report page shows: a white evaluated as {@code evaluate} evaluates it.
 *
 * @param title the design's or spectrum's name, the page heading
 * @param subtitle one line under it: where the white comes from, the CRI reference
 * @param spectrum the spectrum plot's data: the white, and for a design each unit's transmitted LED light and QD
 *     emission (as the designer's "show each unit's LED and QD light"; thin lines, the legend above the plot)
 * @param marks the diagram's marks: the source, and for a design each unit's own point and the target
 * @param colorimetry its colorimetry with CIE 13.3 and TM-30, as {@code evaluate} computes it
 * @param source the simulated source for a design (PE, powers, heat load), {@code null} for a measured spectrum
 */
public record Report(String title, String subtitle, SpectrumPlot.Data spectrum, ChromaticityDiagramPlot.Marks marks,
        Colorimetry colorimetry, HybridResult source) {

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
        WavelengthGrid grid = source.grid();
        TristimulusIntegrator cie1931 = new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, grid);
        List<Chromaticity> points = new ArrayList<>();
        for (int k = 0; k < source.units().size(); k++) {
            UnitResult u = source.units().get(k);
            // a unit's own colour: its light at any drive (a unit at weight 0 has none and no point)
            Xyz t = cie1931.integrate(u.totalWPerNm());
            double sum = t.x() + t.y() + t.z();
            if (sum > 0) {
                points.add(new Chromaticity(t.x() / sum, t.y() / sum));
            }
        }
        Chromaticity target;
        try {
            CctMethod cct = new Ohno2013Cct(cie1931);
            target = cct.uvOf(design.targetCctK(), design.targetDuv()).toChromaticityFrom1960();
        } catch (IllegalArgumentException e) {
            // a target CCT outside the method's range: nothing to mark
            target = null;
        }
        List<SpectrumPlot.Component> parts = new ArrayList<>();
        for (int k = 0; k < source.units().size(); k++) {
            UnitResult u = source.units().get(k);
            parts.add(new SpectrumPlot.Component(design.unitNames().get(k), u.transmittedWPerNm(),
                    u.emittedWPerNm()));
        }
        return new Report(name, subtitle, new SpectrumPlot.Data("Spectrum (W/nm)", grid.wavelengthsNm(),
                source.whiteWPerNm(), parts), new ChromaticityDiagramPlot.Marks(points, c.xy(), target), c, source);
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
        return new Report(name, subtitle, new SpectrumPlot.Data("Spectrum (relative)", spectrum.wavelengthsNm(),
                spectrum.values(), List.of(), true), new ChromaticityDiagramPlot.Marks(List.of(), c.xy(), null), c, null);
    }

    /** "auto (blackbody:3998.6)", or the reference used when one was named. */
    private static String referenceUsed(String given, Colorimetry c) {
        String used = c.colourRendering() == null ? "none" : c.colourRendering().reference();
        return given.equalsIgnoreCase("auto") ? "auto (" + used + ")" : used;
    }
}
