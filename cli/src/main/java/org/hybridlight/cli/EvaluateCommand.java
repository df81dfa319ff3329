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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicLong;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.io.SpectrumFormat;
import org.hybridlight.colorimetry.io.SpectrumReadOptions;
import org.hybridlight.colorimetry.io.SpectrumStream;
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
        EvaluationStats timing = new EvaluationStats();
        List<String> warnings = new ArrayList<>();
        try (Outputs files = new Outputs(err).input("--spectrum", spectrumFile)) {
            CriReference ref = reference(err, reference, files, warnings);
            // the evaluator's tables are built while the file is read
            FutureTask<Prepared> setup = prepare(ref);
            boolean streamOut = fmt.equals("jsonl") || fmt.equals("csv");
            boolean perSpectrumFiles = plot != null || exportSpectrum != null;
            SpectrumStream spectra = null;
            List<String> names = new ArrayList<>();
            long total = -1;
            try {
                spectra = SpectrumFileReader.open(spectrumFile, readOptions, warnings::add);
                if (perSpectrumFiles && spectra.readWhole()) {
                    List<NamedSpectrum> all = spectra.toList();
                    all.forEach(s -> names.add(s.name()));
                    total = all.size();
                    spectra = SpectrumStream.of(all);
                } else if (!spectra.readWhole() && (streamOut || perSpectrumFiles)) {
                    // output as it comes: read the whole file once first, so that a bad row leaves no output
                    total = 0;
                    for (NamedSpectrum s = spectra.next(); s != null; s = spectra.next()) {
                        total++;
                        if (perSpectrumFiles) {
                            names.add(s.name());
                        }
                    }
                    spectra.close();
                    spectra = SpectrumFileReader.open(spectrumFile, readOptions, w -> { });
                }
            } catch (InputException e) {
                if (spectra != null) {
                    spectra.close();
                }
                return Outputs.refused(err, e);
            }
            try (SpectrumStream source = spectra) {
                return evaluate(out, err, fmt, files, setup, source, names, total, warnings, timing);
            }
        }
    }

    /** Evaluates the spectra of {@code source} as they are read and hands the results to the output in order. */
    private int evaluate(PrintWriter out, PrintWriter err, String fmt, Outputs files, FutureTask<Prepared> setup,
            SpectrumStream source, List<String> names, long total, List<String> warnings, EvaluationStats timing) {
        Path spectrumFile = input.spectrumFile;
        List<Path> plots = plot == null ? List.of() : plotTargets(plot, names);
        plots.forEach(p -> files.output("--plot", p));
        List<Path> exports = exportSpectrum == null ? List.of() : plotTargets(exportSpectrum, names);
        exports.forEach(p -> files.output("--export-spectrum", p));
        int code = files.check();
        if (code != ExitCode.OK) {
            return code;
        }
        timing.opened();
        String m = metrics.toLowerCase(Locale.ROOT);
        Prepared ready = join(setup);
        SpectrumEvaluator evaluator = ready.evaluator();
        Cie13_3ColourRendering.PreparedReference prepared = ready.reference();
        timing.prepared();
        ResultSink sink = ResultSink.of(fmt, out, source.hasInstrumentFigures());
        ProblemReport problems = new ProblemReport(err, sink.streams());
        if (sink.streams()) {
            // the whole input is accepted already
            warnings.forEach(w -> err.println("warning: " + w));
        }
        ProgressBar bar = ProgressBar.onStderrIfSlow(err, "spectra");
        AtomicLong done = new AtomicLong();
        AtomicLong read = new AtomicLong();
        int[] count = {0};
        int[] failure = {ExitCode.OK};
        try {
            InOrderEvaluation.run(() -> {
                long r0 = System.nanoTime();
                long c0 = EvaluationStats.cpu();
                NamedSpectrum s = source.next();
                timing.read(r0, c0);
                read.incrementAndGet();
                return s;
            }, s -> {
                long c0 = EvaluationStats.cpu();
                Object r;
                try {
                    r = evaluator.evaluate(s.spectrum(), prepared);
                } catch (IllegalArgumentException e) {
                    r = e;
                }
                timing.evaluated(c0);
                long d = done.incrementAndGet();
                // a row-oriented file read as it goes: progress against the spectra read so far
                bar.update(d, total >= 0 ? total : Math.max(read.get(), d + 1), "");
                return r;
            }, (items, chunk) -> {
                long w0 = System.nanoTime();
                long c0 = EvaluationStats.cpu();
                List<SpectrumLabel> labels = new ArrayList<>(chunk.length);
                List<Colorimetry> results = new ArrayList<>(chunk.length);
                for (int k = 0; k < chunk.length; k++) {
                    if (chunk[k] instanceof IllegalArgumentException e) {
                        err.println("error: " + spectrumFile + ": spectrum '" + items.get(k).name() + "': "
                                + e.getMessage());
                        failure[0] = ExitCode.DATA;
                        return false;
                    }
                    labels.add(SpectrumLabel.of(items.get(k)));
                    results.add((Colorimetry) chunk[k]);
                }
                for (int k = 0; k < chunk.length; k++, count[0]++) {
                    int i = count[0];
                    if (i < exports.size()) {
                        failure[0] = files.stage("--export-spectrum", exports.get(i),
                                SpectrumExport.exported(exports.get(i), items.get(k)));
                    }
                    if (failure[0] == ExitCode.OK && i < plots.size()) {
                        failure[0] = stagePlot(err, files, plots.get(i), labels.get(k).name(), results.get(k));
                    }
                    if (failure[0] != ExitCode.OK) {
                        return false;
                    }
                }
                problems.add(labels, results);
                sink.add(labels, results);
                timing.wrote(w0, c0);
                return true;
            });
        } catch (InputException e) {
            out.flush();
            return Outputs.refused(err, e);
        }
        if (failure[0] != ExitCode.OK) {
            out.flush();
            return failure[0];
        }
        timing.evaluated();
        long finishCpu = EvaluationStats.cpu();
        if (!sink.streams()) {
            // warnings only once the input is accepted: a refused file gets its one error line alone
            warnings.forEach(w -> err.println("warning: " + w));
        }
        problems.finish();
        code = files.commit();
        if (code != ExitCode.OK) {
            return code;
        }
        sink.finish();
        if (stats) {
            timing.print(err, count[0], m, finishCpu);
        }
        return ExitCode.OK;
    }

    /** The evaluator of the chosen metrics and its prepared CRI reference. */
    private record Prepared(SpectrumEvaluator evaluator, Cie13_3ColourRendering.PreparedReference reference) {
    }

    /** Starts building the evaluator for {@code --metrics} and {@code ref} on a thread of its own. */
    private FutureTask<Prepared> prepare(CriReference ref) {
        String m = metrics.toLowerCase(Locale.ROOT);
        FutureTask<Prepared> task = new FutureTask<>(() -> {
            SpectrumEvaluator e = new SpectrumEvaluator(org.hybridlight.colorimetry.spectrum.WavelengthGrid.COMPUTATION,
                    m.equals("all") || m.equals("cri"), m.equals("all") || m.equals("tm30"));
            return new Prepared(e, e.prepare(ref));
        });
        Thread t = new Thread(task, "setup");
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static Prepared join(FutureTask<Prepared> setup) {
        try {
            return setup.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }

    /**
     * The plot file of each spectrum: {@code plot} itself for one, otherwise the spectrum's name (characters other
     * than letters, digits, '.', '_' and '-' made '_') inserted before the extension; names that would collide
     * (also by case alone: "a b" and "a_b", "A" and "a") get the spectrum's column number too.
     */
    static List<Path> plotTargets(Path plot, List<String> spectra) {
        if (spectra.size() == 1) {
            return List.of(plot);
        }
        String name = plot.getFileName().toString();
        int dot = name.lastIndexOf('.');
        Set<String> used = new HashSet<>();
        List<Path> targets = new ArrayList<>();
        for (int i = 0; i < spectra.size(); i++) {
            String base = name.substring(0, dot) + "-" + spectra.get(i).replaceAll("[^A-Za-z0-9._-]", "_");
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
            ProblemReport problems = new ProblemReport(err, true);
            problems.add(List.of(new SpectrumLabel(name, InstrumentFigures.NONE)), List.of(c));
            problems.finish();
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
