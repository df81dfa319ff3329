package org.hybridlight.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import picocli.CommandLine.Option;

/**
 * The {@code --reference} option of {@code evaluate} and {@code report} (a picocli mixin): the CRI reference, built
 * in or a spectrum file, its description and its parsing in one place.
 */
final class ReferenceOption {

    @Option(names = "--reference", paramLabel = "REF",
            description = "CRI reference: auto (CIE 13.3: blackbody below 5000 K, daylight from 5000 K), "
                    + "blackbody:<K>, daylight:<K>, or a spectrum FILE. Default: a design's own reference, auto "
                    + "for spectra.")
    String text;

    /** The reference as given, else {@code fallback} (a design's own reference, or {@code auto}). */
    String orElse(String fallback) {
        return text != null ? text : fallback;
    }

    /**
     * The CRI reference {@code given} names ({@link #orElse}): built in ({@code auto}, {@code blackbody:<K>},
     * {@code daylight:<K>}) or a spectrum file with one spectrum, which becomes an input and whose reader warnings go
     * to {@code warnings}. Exit codes as for any input: 2 for a malformed option, 66 for a missing or unreadable
     * file, 65 for a file that is not one spectrum.
     */
    static CriReference parse(PrintWriter err, String given, Outputs files, List<String> warnings) throws Stop {
        try {
            CriReference builtIn = CriReference.parseBuiltIn(given);
            if (builtIn != null) {
                return builtIn;
            }
        } catch (IllegalArgumentException e) {
            err.println("error: --reference: " + e.getMessage());
            throw new Stop(ExitCode.USAGE);
        }
        Path file;
        try {
            file = Path.of(given);
        } catch (java.nio.file.InvalidPathException e) {
            file = null;
        }
        if (file == null || !Files.exists(file) && given.matches("[A-Za-z]{2,}:.*")) {
            err.println("error: --reference: '" + given
                    + "' is neither auto, blackbody:<K>, daylight:<K> nor an existing spectrum file");
            throw new Stop(ExitCode.USAGE);
        }
        files.input("--reference", file);
        List<NamedSpectrum> spectra;
        try {
            spectra = SpectrumFileReader.read(file, warnings::add);
        } catch (InputException e) {
            err.println("error: --reference: " + e.getMessage() + (e.fileUnavailable()
                    ? " (a reference is auto, blackbody:<K>, daylight:<K> or a spectrum file)" : ""));
            throw new Stop(ExitCode.of(e));
        }
        if (spectra.size() != 1) {
            err.println("error: --reference: " + file + ": a reference file must hold one spectrum, found "
                    + spectra.size());
            throw new Stop(ExitCode.DATA);
        }
        return new CriReference.Tabulated(file.getFileName().toString(), spectra.get(0).spectrum());
    }
}
