package org.hybridlight.cli;

import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.io.NamedSpectrum;

/**
 * What the outputs of {@code evaluate} need of a spectrum besides its results: its name and its instrument's own
 * figures, so that held results do not hold the spectra.
 *
 * @param name the spectrum's name
 * @param instrument its instrument's figures, {@link InstrumentFigures#NONE} for none
 */
record SpectrumLabel(String name, InstrumentFigures instrument) {

    static SpectrumLabel of(NamedSpectrum s) {
        return new SpectrumLabel(s.name(), s.instrument());
    }
}
