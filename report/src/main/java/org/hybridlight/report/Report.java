package org.hybridlight.report;

import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.source.HybridResult;

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
}
