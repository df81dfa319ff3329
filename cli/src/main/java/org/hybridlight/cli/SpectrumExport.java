package org.hybridlight.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumCsvWriter;
import org.hybridlight.colorimetry.io.Tm27SpectrumWriter;

/**
 * {@code evaluate --spectrum … --export-spectrum OUT}: a spectrum as read (its own wavelengths and values, relative
 * units), IES TM-27 XML for a {@code .spdx} name, else CSV; the file's metadata goes into the TM-27 header.
 */
final class SpectrumExport {

    private SpectrumExport() {
    }

    static AtomicFiles.Content exported(Path target, NamedSpectrum s) {
        String file = target.getFileName() == null ? "" : target.getFileName().toString();
        double[] wl = s.spectrum().wavelengthsNm();
        double[] v = s.spectrum().values();
        if (file.toLowerCase(Locale.ROOT).endsWith(".spdx")) {
            Map<String, String> header = new LinkedHashMap<>();
            header.put("Description", s.name());
            header.put("DocumentCreator", "hybridlight");
            return AtomicFiles.utf8(Tm27SpectrumWriter.toXml(header, "relative", Double.NaN, wl, v));
        }
        return AtomicFiles.utf8(SpectrumCsvWriter.toCsv("spectrum " + s.name() + ", as read", s.name(), wl, v));
    }
}
