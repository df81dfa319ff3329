package org.hybridlight.source.design;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;

/**
 * Where the design reader gets the spectra of the files a design names (a measured LED's {@code spectrumFile}, a
 * measured QD's absorption and emission files): from disk each time, or from a {@link CachedSpectrumFiles} an
 * editor keeps while it re-reads the same design at every edit.
 */
@FunctionalInterface
public interface SpectrumFiles {

    /**
     * What a spectrum file gave: its spectra and the reader's warnings about them (e.g. a range short of
     * 380-780 nm, negative values kept), each naming the file.
     */
    record Contents(List<NamedSpectrum> spectra, List<String> warnings) {
        public Contents {
            spectra = List.copyOf(spectra);
            warnings = List.copyOf(warnings);
        }
    }

    /** The spectra of {@code file} in any format the spectrum reader detects; its problems as an InputException. */
    Contents read(Path file) throws InputException;

    /** Reads the file from disk at each call (a design read once, as the command line reads it). */
    static SpectrumFiles fromDisk() {
        return file -> {
            List<String> warnings = new ArrayList<>();
            List<NamedSpectrum> spectra = SpectrumFileReader.read(file, warnings::add);
            return new Contents(spectra, warnings);
        };
    }
}
