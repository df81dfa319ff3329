package org.hybridlight.colorimetry.io;

import java.util.Map;
import org.hybridlight.colorimetry.spectrum.Spectrum;

/**
 * A spectrum with the name it has in its file (header cell, TM-27 description, measurement title) or a generated
 * one, what its file said about it, and the figures its instrument reported.
 *
 * @param name the column name
 * @param spectrum the spectrum
 * @param metadata the file's header fields as written there (TM-27 {@code Manufacturer}, Ocean Optics
 *     {@code Integration Time (usec)}, …), in file order; empty when the file has none
 * @param instrument what the measuring instrument computed itself, {@link InstrumentFigures#NONE} for none
 */
public record NamedSpectrum(String name, Spectrum spectrum, Map<String, String> metadata,
        InstrumentFigures instrument) {

    public NamedSpectrum {
        metadata = metadata.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
        if (instrument == null) {
            instrument = InstrumentFigures.NONE;
        }
    }

    /** A spectrum with no metadata and no instrument figures. */
    public NamedSpectrum(String name, Spectrum spectrum) {
        this(name, spectrum, Map.of(), InstrumentFigures.NONE);
    }
}
