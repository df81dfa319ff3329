package org.hybridlight.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.io.SpectrumFormat;
import org.hybridlight.colorimetry.io.SpectrumReadOptions;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    @Mixin
    ReferenceOption reference;

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
        SpectrumEvaluation evaluation = new SpectrumEvaluation(input.spectrumFile, readOptions(err), fmt,
                metrics.toLowerCase(Locale.ROOT), plot, exportSpectrum, stats);
        List<String> warnings = new ArrayList<>();
        try (Outputs files = new Outputs(err).input("--spectrum", input.spectrumFile)) {
            CriReference ref = ReferenceOption.parse(err, reference.orElse("auto"), files, warnings);
            return evaluation.run(out, err, files, ref, warnings);
        }
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
            // the reader's warnings about the spectrum files the design names, then the reference file's
            List<String> warnings = new ArrayList<>(design.warnings());
            // an explicit --reference wins over the design's own
            CriReference ref = ReferenceOption.parse(err, reference.orElse(design.reference()), files, warnings);
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
            warnings.forEach(w -> err.println("warning: " + w));
            ProblemReport problems = new ProblemReport(err, true);
            problems.add(List.of(new SpectrumLabel(name, InstrumentFigures.NONE)), List.of(c));
            problems.finish();
            if (exportSpectrum != null) {
                code = files.stage("--export-spectrum", exportSpectrum, DesignEvaluation.exported(exportSpectrum, name, result));
            }
            if (code == ExitCode.OK && plot != null) {
                code = Tm30Plot.stage(err, files, plot, name, c);
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
}
