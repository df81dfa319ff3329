package org.hybridlight.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.io.SpectrumFormat;
import org.hybridlight.colorimetry.io.SpectrumReadOptions;
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
                description = "Delimited text (CSV, TSV, ';' with decimal commas; spectra in columns or rows; "
                        + "optional header row; '#' comments) or IES TM-27 XML (.spdx).")
        Path spectrumFile;

        @Option(names = "--design", paramLabel = "FILE", required = true,
                description = "A design file (JSON): LED-QD units, temperature, reference, target.")
        Path designFile;
    }

    @Option(names = "--export-spectrum", paramLabel = "OUT.csv|OUT.spdx",
            description = "Write the spectrum (--design: the white, nm and W/nm; --spectrum: each as read, one file per "
                    + "spectrum named as for --plot): IES TM-27 XML for .spdx, else CSV.")
    Path exportSpectrum;

    @Option(names = "--input-format", paramLabel = "FORMAT",
            description = "Format of the spectrum files: csv, tm27, sekonic, uprtek or oceanoptics. Default: detected from the content.")
    String inputFormat;

    @Option(names = "--orientation", paramLabel = "rows|columns",
            description = "Delimited text: spectra in columns (first column nm) or rows (first row nm). "
                    + "Default: detected.")
    String orientation;

    @Option(names = "--wavelength-unit", paramLabel = "nm|um",
            description = "Unit of the files' wavelengths; um converts micrometres. Default: nm, or what a header "
                    + "says ([um]); a file with every wavelength below 10 nm is refused.")
    String wavelengthUnit;

    @Option(names = "--reference", paramLabel = "REF", defaultValue = "auto",
            description = "CRI reference: auto (CIE 13.3: blackbody below 5000 K, daylight from 5000 K), "
                    + "blackbody:<K>, daylight:<K>, or a spectrum FILE. Default: ${DEFAULT-VALUE}.")
    String reference;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (for people), json (an array, one object per spectrum); with --spectrum also "
                    + "jsonl (one object per line, written as the spectra finish, in input order) or csv (one row "
                    + "per spectrum, the JSON keys as columns). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--metrics", paramLabel = "SET", defaultValue = "all",
            description = "What to compute: all, cri (CIE 13.3, no TM-30), tm30 (TM-30, no CIE 13.3) or xyz "
                    + "(XYZ, chromaticities, CCT/Duv, LER only). Keys of what is not computed are null. "
                    + "Default: ${DEFAULT-VALUE}.")
    String metrics;

    @Option(names = "--stats", description = "Print spectra per second and the time spent on stderr.")
    boolean stats;

    @Option(names = "--plot", paramLabel = "FILE.png|FILE.svg",
            description = "Draw the TM-30 colour-vector graphic. With several spectra, one file each: the "
                    + "spectrum's name is inserted before the extension (lamps-F2.png).")
    Path plot;

    @Override
    public Integer call() {
        try {
            return input.designFile != null ? evaluateDesign() : evaluateSpectra();
        } catch (Stop s) {
            return s.code;
        }
    }

    /** How --input-format, --orientation and --wavelength-unit say the spectrum files are read. */
    private SpectrumReadOptions readOptions(PrintWriter err) throws Stop {
        SpectrumFormat f = null;
        if (inputFormat != null && (f = SpectrumFormat.byName(inputFormat)) == null) {
            err.println("error: --input-format: unknown format '" + inputFormat + "' (use " + SpectrumFormat.names()
                    + ")");
            throw new Stop(ExitCode.USAGE);
        }
        SpectrumReadOptions.Orientation o = null;
        if (orientation != null) {
            o = switch (orientation.toLowerCase(Locale.ROOT)) {
                case "rows" -> SpectrumReadOptions.Orientation.ROWS;
                case "columns" -> SpectrumReadOptions.Orientation.COLUMNS;
                default -> null;
            };
            if (o == null) {
                err.println("error: --orientation: unknown orientation '" + orientation + "' (use rows or columns)");
                throw new Stop(ExitCode.USAGE);
            }
        }
        SpectrumReadOptions.WavelengthUnit u = null;
        if (wavelengthUnit != null) {
            u = switch (wavelengthUnit.toLowerCase(Locale.ROOT)) {
                case "nm" -> SpectrumReadOptions.WavelengthUnit.NM;
                case "um", "µm" -> SpectrumReadOptions.WavelengthUnit.UM;
                default -> null;
            };
            if (u == null) {
                err.println("error: --wavelength-unit: unknown unit '" + wavelengthUnit + "' (use nm or um)");
                throw new Stop(ExitCode.USAGE);
            }
        }
        return new SpectrumReadOptions(f, o, u);
    }

    /** The options alone, before any file is read. */
    private String checkOptions(PrintWriter err) throws Stop {
        String fmt = format.toLowerCase(Locale.ROOT);
        boolean spectrumOnly = fmt.equals("jsonl") || fmt.equals("csv");
        if (!fmt.equals("table") && !fmt.equals("json") && !(spectrumOnly && input.spectrumFile != null)) {
            err.println("error: --format: unknown format '" + format + "' (use table, json"
                    + (input.spectrumFile != null ? ", jsonl or csv)" : " or json; jsonl and csv are for --spectrum)"));
            throw new Stop(ExitCode.USAGE);
        }
        String m = metrics.toLowerCase(Locale.ROOT);
        if (!m.equals("all") && !m.equals("cri") && !m.equals("tm30") && !m.equals("xyz")) {
            err.println("error: --metrics: unknown set '" + metrics + "' (use all, cri, tm30 or xyz)");
            throw new Stop(ExitCode.USAGE);
        }
        if (!m.equals("all") && input.designFile != null) {
            err.println("error: --metrics is for --spectrum (a design is evaluated in full)");
            throw new Stop(ExitCode.USAGE);
        }
        if (plot != null && (m.equals("cri") || m.equals("xyz"))) {
            err.println("error: --plot draws TM-30: it needs --metrics all or tm30");
            throw new Stop(ExitCode.USAGE);
        }
        if (plot != null) {
            String lower = plot.getFileName() == null ? "" : plot.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!lower.endsWith(".png") && !lower.endsWith(".svg")) {
                err.println("error: --plot: " + plot + ": use a .png or .svg file name");
                throw new Stop(ExitCode.USAGE);
            }
        }
        return fmt;
    }

    private int evaluateSpectra() throws Stop {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = checkOptions(err);
        SpectrumReadOptions readOptions = readOptions(err);
        Path spectrumFile = input.spectrumFile;
        long t0 = System.nanoTime();
        List<String> warnings = new ArrayList<>();
        try (Outputs files = new Outputs(err).input("--spectrum", spectrumFile)) {
            CriReference ref = reference(err, reference, files, warnings);
            List<NamedSpectrum> spectra;
            try {
                spectra = SpectrumFileReader.read(spectrumFile, readOptions, warnings::add);
            } catch (InputException e) {
                return Outputs.refused(err, e);
            }
            List<Path> plots = plot == null ? List.of() : plotTargets(plot, spectra);
            plots.forEach(p -> files.output("--plot", p));
            List<Path> exports = exportSpectrum == null ? List.of() : plotTargets(exportSpectrum, spectra);
            exports.forEach(p -> files.output("--export-spectrum", p));
            int code = files.check();
            if (code != ExitCode.OK) {
                return code;
            }
            long t1 = System.nanoTime();
            String m = metrics.toLowerCase(Locale.ROOT);
            SpectrumEvaluator evaluator = new SpectrumEvaluator(
                    org.hybridlight.colorimetry.spectrum.WavelengthGrid.COMPUTATION,
                    m.equals("all") || m.equals("cri"), m.equals("all") || m.equals("tm30"));
            Cie13_3ColourRendering.PreparedReference prepared = evaluator.prepare(ref);
            long t2 = System.nanoTime();
            boolean streaming = fmt.equals("jsonl");
            // jsonl: each chunk is written once it and all before it are done, nothing else is kept
            List<Colorimetry> results = new ArrayList<>(streaming ? 0 : spectra.size());
            ProgressBar bar = ProgressBar.onStderrIfSlow(err, "spectra");
            AtomicLong done = new AtomicLong();
            long[] writeNanos = {0};
            int[] failed = {-1};
            if (streaming) {
                warnings.forEach(w -> err.println("warning: " + w));
            }
            ColorimetryJson.Lines lines = streaming ? new ColorimetryJson.Lines(out) : null;
            InOrderEvaluation.run(spectra.size(), i -> {
                Object r;
                try {
                    r = evaluator.evaluate(spectra.get(i).spectrum(), prepared);
                } catch (IllegalArgumentException e) {
                    r = e;
                }
                bar.update(done.incrementAndGet(), spectra.size(), "");
                return r;
            }, (from, chunk) -> {
                for (int k = 0; k < chunk.length; k++) {
                    if (chunk[k] instanceof IllegalArgumentException e) {
                        err.println("error: " + spectrumFile + ": spectrum '" + spectra.get(from + k).name() + "': "
                                + e.getMessage());
                        failed[0] = from + k;
                        return false;
                    }
                }
                if (streaming) {
                    long w0 = System.nanoTime();
                    List<NamedSpectrum> names = spectra.subList(from, from + chunk.length);
                    List<Colorimetry> cs = new ArrayList<>(chunk.length);
                    for (Object o : chunk) {
                        cs.add((Colorimetry) o);
                    }
                    reportProblems(err, names, cs);
                    lines.write(names, cs);
                    writeNanos[0] += System.nanoTime() - w0;
                } else {
                    for (Object o : chunk) {
                        results.add((Colorimetry) o);
                    }
                }
                return true;
            });
            if (failed[0] >= 0) {
                out.flush();
                return ExitCode.DATA;
            }
            long t3 = System.nanoTime();
            if (!streaming) {
                // warnings only once the input is accepted: a refused file gets its one error line alone
                warnings.forEach(w -> err.println("warning: " + w));
                reportProblems(err, spectra, results);
            }
            for (int i = 0; i < exports.size(); i++) {
                code = files.stage("--export-spectrum", exports.get(i), SpectrumExport.exported(exports.get(i),
                        spectra.get(i)));
                if (code != ExitCode.OK) {
                    return code;
                }
            }
            for (int i = 0; i < plots.size(); i++) {
                code = stagePlot(err, files, plots.get(i), spectra.get(i).name(), results.get(i));
                if (code != ExitCode.OK) {
                    return code;
                }
            }
            code = files.commit();
            if (code != ExitCode.OK) {
                return code;
            }
            if (fmt.equals("json")) {
                ColorimetryJson.write(out, spectra, results);
            } else if (fmt.equals("csv")) {
                ColorimetryCsv.write(out, spectra, results);
            } else if (fmt.equals("table")) {
                ColorimetryTable.write(out, spectra, results);
            }
            out.flush();
            long t4 = System.nanoTime();
            if (stats) {
                double evalS = (t3 - t2 - writeNanos[0]) / 1e9;
                double writeS = (t4 - t3 + writeNanos[0]) / 1e9;
                err.printf(Locale.ROOT, "stats: %d spectra, --metrics %s; read and parse %.3f s, setup %.3f s, "
                        + "evaluate %.3f s (%.0f spectra/s, %.1f us each, %d threads), write %.3f s; peak memory: "
                        + "%s%n", spectra.size(), m, (t1 - t0) / 1e9, (t2 - t1) / 1e9, evalS,
                        spectra.size() / evalS, evalS * 1e6 / spectra.size(),
                        Runtime.getRuntime().availableProcessors(), writeS, PeakMemory.describe());
            }
            return ExitCode.OK;
        }
    }

    /**
     * The plot file of each spectrum: {@code plot} itself for one, otherwise the spectrum's name (characters other
     * than letters, digits, '.', '_' and '-' made '_') inserted before the extension; names that would collide
     * (also by case alone: "a b" and "a_b", "A" and "a") get the spectrum's column number too.
     */
    static List<Path> plotTargets(Path plot, List<NamedSpectrum> spectra) {
        return plotTargetsOf(plot, spectra.stream().map(NamedSpectrum::name).toList());
    }

    /** {@link #plotTargets} for spectra of these names. */
    static List<Path> plotTargetsOf(Path plot, List<String> names) {
        if (names.size() == 1) {
            return List.of(plot);
        }
        String name = plot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Set<String> used = new HashSet<>();
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String base = name.substring(0, dot) + "-" + names.get(i).replaceAll("[^A-Za-z0-9._-]", "_");
            String candidate = base;
            for (int k = 0; !used.add(candidate.toLowerCase(Locale.ROOT)); k++) {
                candidate = base + "-" + (i + 2) + (k == 0 ? "" : "-" + k);
            }
            targets.add(plot.resolveSibling(candidate + name.substring(dot)));
        }
        return targets;
    }

    private static int stagePlot(PrintWriter err, Outputs files, Path target, String spectrum, Colorimetry c) {
        if (c.tm30() == null) {
            err.println("warning: " + spectrum + ": no TM-30 graphic: " + c.tm30Problem());
            return ExitCode.OK;
        }
        return files.stage("--plot", target, Tm30Plot.content(target, spectrum, c.cctK(), c.tm30()));
    }

    private int evaluateDesign() throws Stop {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String fmt = checkOptions(err);
        Path file = input.designFile;
        org.hybridlight.source.design.Design design;
        try {
            design = org.hybridlight.source.design.DesignReader.read(file);
        } catch (InputException e) {
            return Outputs.refused(err, e);
        }
        try (Outputs files = new Outputs(err).input("--design", file)) {
            DesignEvaluation.spectrumFiles(file).forEach((field, p) -> files.input(field, p));
            // an explicit --reference wins over the design's own
            CriReference ref = reference(err, spec.commandLine().getParseResult().hasMatchedOption("--reference")
                    ? reference : design.reference(), files, new ArrayList<>());
            files.output("--export-spectrum", exportSpectrum).output("--plot", plot);
            int code = files.check();
            if (code != ExitCode.OK) {
                return code;
            }
            String name = file.getFileName().toString();
            DesignEvaluation.Evaluated evaluated;
            try {
                evaluated = DesignEvaluation.evaluate(design, ref);
            } catch (IllegalArgumentException e) {
                err.println("error: " + file + ": the white cannot be evaluated: " + e.getMessage());
                return ExitCode.DATA;
            }
            org.hybridlight.source.HybridResult result = evaluated.result();
            Colorimetry c = evaluated.colorimetry();
            reportProblems(err, List.of(new NamedSpectrum(name, result.whiteSpectrum())), List.of(c));
            if (exportSpectrum != null) {
                code = files.stage("--export-spectrum", exportSpectrum, DesignEvaluation.exported(exportSpectrum, name, result));
            }
            if (code == ExitCode.OK && plot != null) {
                code = stagePlot(err, files, plot, name, c);
            }
            if (code == ExitCode.OK) {
                code = files.commit();
            }
            if (code != ExitCode.OK) {
                return code;
            }
            if (fmt.equals("json")) {
                DesignEvaluation.json(out, name, c, design, result);
            } else {
                DesignEvaluation.table(out, name, c, design, result);
            }
            out.flush();
            return ExitCode.OK;
        }
    }

    /** At most this many per-spectrum warnings are printed; the rest are counted. */
    private static final int MAX_WARNINGS = 10;

    static void reportProblems(PrintWriter err, List<NamedSpectrum> spectra, List<Colorimetry> results) {
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
            if (c.tm30Problem() != null && c.cctProblem() == null
                    && !Colorimetry.NOT_REQUESTED.equals(c.tm30Problem())) {
                lines.add(name + ": TM-30 not computed: " + c.tm30Problem());
            }
            if (Colorimetry.NOT_REQUESTED.equals(c.colourRenderingProblem())) {
                // nothing to say about indices nobody asked for
            } else if (c.colourRenderingProblem() != null) {
                missing++;
                if (c.cctProblem() == null) {
                    lines.add(name + ": colour rendering not computed: " + c.colourRenderingProblem());
                } else {
                    lines.add(name + ": no colour rendering indices (no CCT, so no reference)");
                }
            } else if (!c.colourRendering().valid()) {
                invalid++;
                lines.add(Double.isNaN(c.duv())
                        ? name + ": Duv unknown (no CCT), so whether the CIE 13.3 colour rendering indices are "
                                + "meaningful cannot be told (criValid = false)"
                        : String.format(Locale.ROOT, "%s: |Duv| = %.4f > 0.0054, CIE 13.3 colour rendering "
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

    /**
     * The CRI reference: built in ({@code auto}, {@code blackbody:<K>}, {@code daylight:<K>}) or a spectrum file
     * with one spectrum, which becomes an input. Exit codes as for any input: 2 for a malformed option, 66 for a
     * missing or unreadable file, 65 for a file that is not one spectrum.
     */
    static CriReference reference(PrintWriter err, String text, Outputs files, List<String> warnings) throws Stop {
        try {
            CriReference builtIn = CriReference.parseBuiltIn(text);
            if (builtIn != null) {
                return builtIn;
            }
        } catch (IllegalArgumentException e) {
            err.println("error: --reference: " + e.getMessage());
            throw new Stop(ExitCode.USAGE);
        }
        Path file;
        try {
            file = Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            file = null;
        }
        if (file == null || !Files.exists(file) && text.matches("[A-Za-z]{2,}:.*")) {
            err.println("error: --reference: '" + text
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
