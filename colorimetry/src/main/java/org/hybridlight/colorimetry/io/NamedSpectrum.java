package org.hybridlight.colorimetry.io;

import org.hybridlight.colorimetry.spectrum.Spectrum;


/**
 * A spectrum with the name it has in its file (header cell) or a generated one.
 *
 * @param name the column name
 * @param spectrum the spectrum
 */
public record NamedSpectrum(String name, Spectrum spectrum) {
}
