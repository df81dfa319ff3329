package org.hybridlight.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumCsvWriter;
import org.hybridlight.colorimetry.io.Tm27SpectrumWriter;

/**
 * {@code evaluate --spectrum … --export-spectrum OUT}: a spectrum as read (its own wavelengths and values, relative
 * units), IES TM-27 XML for a {@code .spdx} name, else CSV; the TM-27 fields of its metadata (manufacturer, catalog
 * number, spectral quantity, bandwidth, …) go into the TM-27 file.
 */
final class SpectrumExport {

    private SpectrumExport() {
    }

    static AtomicFiles.Content exported(Path target, NamedSpectrum s) {
        String file = target.getFileName() == null ? "" : target.getFileName().toString();
        if (file.toLowerCase(Locale.ROOT).endsWith(".spdx")) {
            return AtomicFiles.utf8(Tm27SpectrumWriter.toXml(s, "hybridlight"));
        }
        return AtomicFiles.utf8(SpectrumCsvWriter.toCsv("spectrum " + s.name() + ", as read", s.name(),
                s.spectrum().wavelengthsNm(), s.spectrum().values()));
    }
}
