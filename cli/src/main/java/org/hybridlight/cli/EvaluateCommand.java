package org.hybridlight.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code hybridlight evaluate}: colorimetry of measured or computed spectra. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Colorimetry of spectra: CIE 1931 XYZ, x y, u v, u' v', CCT and Duv (Ohno 2013), "
                + "CIE 13.3 Ra and R1-R14, ANSI/IES TM-30-18 Rf and Rg, luminous efficacy of radiation."},
        sortOptions = false)
public final class EvaluateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @picocli.CommandLine.ArgGroup(exclusive = true, multiplicity = "1")
    Input input;

    static final class Input {
        @Option(names = "--spectrum", paramLabel = "FILE", required = true,
                description = "CSV or TSV: first column wavelength in nm, each further column one spectrum; "
                        + "optional header row; '#' comments.")
        Path spectrumFile;

        @Option(names = "--design", paramLabel = "FILE", required = true,
                description = "A design file (JSON): LED-QD units, temperature, reference, target.")
        Path designFile;
    }

    @Option(names = "--export-spectrum", paramLabel = "OUT.csv",
            description = "With --design: write the white spectrum (nm, W/nm) as CSV.")
    Path exportSpectrum;

    @Option(names = "--reference", paramLabel = "REF", defaultValue = "auto",
            description = "CRI reference: auto (CIE 13.3: blackbody below 5000 K, daylight from 5000 K), "
                    + "blackbody:<K>, daylight:<K>, or a spectrum FILE. Default: ${DEFAULT-VALUE}.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people) or json (one object per spectrum). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--stats", description = "Print spectra per second and the time spent on stderr.")
    boolean stats;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg",
            description = "Draw the TM-30 colour-vector graphic. With several spectra, one file each: the "
                    + "spectrum's name is inserted before the extension (lamps-F2.png).")
    Path plot;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = format.toLowerCase(Locale.ROOT);
        if (!fmt.equals("table") && !fmt.equals("json")) {
            err.println("error: --format: unknown format '" + format + "' (use table or json)");
            return ExitCode.USAGE;
        }
        if (input.designFile != null) {
            return evaluateDesign(out, err, fmt);
        }
        if (exportSpectrum != null) {
            err.println("error: --export-spectrum needs --design");
            return ExitCode.USAGE;
        }
        Path spectrumFile = input.spectrumFile;
        long t0 = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        List<NamedSpectrum> spectra;
        CriReference ref;
        try {
            ref = parseReference(reference, warnings);
        } catch (InputException e) {
            // a reference file that exists but does not read
            err.println("error: --reference: " + e.getMessage());
            return ExitCode.DATA;
        } catch (IllegalArgumentException e) {
            err.println("error: --reference: " + e.getMessage());
            return ExitCode.USAGE;
        }
        try {
            spectra = SpectrumFileReader.read(spectrumFile, warnings::add);
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return Files.exists(spectrumFile) ? ExitCode.DATA : ExitCode.NO_INPUT;
        }
        long t1 = System.nanoTime();
        SpectrumEvaluator evaluator = new SpectrumEvaluator();
        Cie13_3ColourRendering.PreparedReference prepared = evaluator.prepare(ref);
        long t2 = System.nanoTime();
        // the evaluator is immutable and thread-safe: large files use every core
        Object[] outcome = new Object[spectra.size()];
        IntStream.range(0, spectra.size()).parallel().forEach(i -> {
            try {
                outcome[i] = evaluator.evaluate(spectra.get(i).spectrum(), prepared);
            } catch (IllegalArgumentException e) {
                outcome[i] = e;
            }
        });
        List<Colorimetry> results = new ArrayList<>(spectra.size());
        for (int i = 0; i < outcome.length; i++) {
            if (outcome[i] instanceof IllegalArgumentException e) {
                err.println("error: " + spectrumFile + ": spectrum '" + spectra.get(i).name() + "': "
                        + e.getMessage());
                return ExitCode.DATA;
            }
            results.add((Colorimetry) outcome[i]);
        }
        // warnings only once the input is accepted: a refused file gets its one error line alone
        warnings.forEach(w -> err.println("warning: " + w));
        long t3 = System.nanoTime();
        reportProblems(err, spectra, results);
        if (plot != null) {
            int code = writePlots(err, spectra, results);
            if (code != ExitCode.OK) {
                return code;
            }
        }
        if (fmt.equals("json")) {
            ColorimetryJson.write(out, spectra, results);
        } else {
            ColorimetryTable.write(out, spectra, results);
        }
        out.flush();
        long t4 = System.nanoTime();
        if (stats) {
            double evalS = (t3 - t2) / 1e9;
            err.printf(Locale.ROOT, "stats: %d spectra; read %.3f s, setup %.3f s, evaluate %.3f s (%.0f spectra/s, "
                    + "%.1f us each), write %.3f s%n", spectra.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, evalS,
                    spectra.size() / evalS, evalS * 1e6 / spectra.size(), (t4 - t3) / 1e9);
        }
        return ExitCode.OK;
    }

    private int writePlots(PrintWriter err, List<NamedSpectrum> spectra, List<Colorimetry> results) {
        String name = plot.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
            err.println("error: --plot: " + plot + ": use a .png or .svg file name");
            return ExitCode.USAGE;
        }
        int dot = name.lastIndexOf('.');
        for (int i = 0; i < results.size(); i++) {
            Colorimetry c = results.get(i);
            String spectrum = spectra.get(i).name();
            Path target = results.size() == 1 ? plot
                    : plot.resolveSibling(name.substring(0, dot) + "-" + spectrum.replaceAll("[^A-Za-z0-9._-]", "_")
                            + name.substring(dot));
            if (c.tm30() == null) {
                err.println("warning: " + spectrum + ": no TM-30 graphic: " + c.tm30Problem());
                continue;
            }
            try {
                Tm30Plot.write(target, spectrum, c.cctK(), c.tm30());
            } catch (java.io.IOException e) {
                err.println("error: --plot: cannot write " + target + ": " + e.getMessage());
                return ExitCode.CANNOT_CREATE;
            }
        }
        return ExitCode.OK;
    }

    private int evaluateDesign(PrintWriter out, PrintWriter err, String fmt) {
        Path file = input.designFile;
        org.hybridlight.source.design.Design design;
        try {
            design = org.hybridlight.source.design.DesignReader.read(file);
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return Files.exists(file) ? ExitCode.DATA : ExitCode.NO_INPUT;
        }
        CriReference ref;
        try {
            // an explicit --reference wins over the design's own
            ref = parseReference(spec.commandLine().getParseResult().hasMatchedOption("--reference") ? reference
                    : design.reference(), new ArrayList<>());
        } catch (InputException | IllegalArgumentException e) {
            err.println("error: --reference: " + e.getMessage());
            return ExitCode.USAGE;
        }
        org.hybridlight.source.HybridResult result = design.source().simulate(
                org.hybridlight.colorimetry.spectrum.WavelengthGrid.COMPUTATION);
        String name = file.getFileName().toString();
        Colorimetry c;
        try {
            c = new SpectrumEvaluator().evaluate(result.whiteSpectrum(), ref);
        } catch (IllegalArgumentException e) {
            err.println("error: " + file + ": the white cannot be evaluated: " + e.getMessage());
            return ExitCode.DATA;
        }
        reportProblems(err, List.of(new NamedSpectrum(name, result.whiteSpectrum())), List.of(c));
        if (exportSpectrum != null) {
            try {
                DesignEvaluation.export(exportSpectrum, name, result);
            } catch (java.io.IOException e) {
                err.println("error: --export-spectrum: cannot write " + exportSpectrum + ": " + e.getMessage());
                return ExitCode.CANNOT_CREATE;
            }
        }
        if (fmt.equals("json")) {
            DesignEvaluation.json(out, name, c, design, result);
        } else {
            DesignEvaluation.table(out, name, c, design, result);
        }
        out.flush();
        return ExitCode.OK;
    }

    /** At most this many per-spectrum warnings are printed; the rest are counted. */
    private static final int MAX_WARNINGS = 10;

    private static void reportProblems(PrintWriter err, List<NamedSpectrum> spectra, List<Colorimetry> results) {
        int printed = 0;
        int invalid = 0;
        int missing = 0;
        for (int i = 0; i < results.size(); i++) {
            Colorimetry c = results.get(i);
            String name = spectra.get(i).name();
            List<String> lines = new ArrayList<>();
            if (c.cctProblem() != null) {
                lines.add(name + ": " + c.cctProblem());
            }
            if (c.tm30Problem() != null && c.cctProblem() == null) {
                lines.add(name + ": TM-30 not computed: " + c.tm30Problem());
            }
            if (c.colourRenderingProblem() != null) {
                missing++;
                if (c.cctProblem() == null) {
                    lines.add(name + ": colour rendering not computed: " + c.colourRenderingProblem());
                } else {
                    lines.add(name + ": no colour rendering indices (no CCT, so no reference)");
                }
            } else if (!c.colourRendering().valid()) {
                invalid++;
                lines.add(String.format(Locale.ROOT, "%s: |Duv| = %.4f > 0.0054, CIE 13.3 colour rendering "
                        + "indices are not meaningful (criValid = false)", name, Math.abs(c.duv())));
            }
            for (String line : lines) {
                if (printed++ < MAX_WARNINGS) {
                    err.println("warning: " + line);
                }
            }
        }
        if (printed > MAX_WARNINGS) {
            err.printf(Locale.ROOT, "warning: ... %d more warnings; in all %d of %d spectra have criValid = false "
                    + "and %d have no colour rendering indices%n", printed - MAX_WARNINGS, invalid, results.size(),
                    missing);
        }
    }

    static CriReference parseReference(String text, List<String> warnings) throws InputException {
        CriReference builtIn = CriReference.parseBuiltIn(text);
        if (builtIn != null) {
            return builtIn;
        }
        Path file = Path.of(text);
        if (!Files.exists(file)) {
            throw new IllegalArgumentException("'" + text
                    + "' is neither auto, blackbody:<K>, daylight:<K> nor an existing spectrum file");
        }
        List<NamedSpectrum> spectra = SpectrumFileReader.read(file, warnings::add);
        if (spectra.size() != 1) {
            throw new InputException(file.toString(), "a reference file must hold one spectrum, found "
                    + spectra.size());
        }
        return new CriReference.Tabulated(file.getFileName().toString(), spectra.get(0).spectrum());
    }
}
