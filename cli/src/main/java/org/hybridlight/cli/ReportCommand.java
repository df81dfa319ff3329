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
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.report.Paper;
import org.hybridlight.report.Report;
import org.hybridlight.report.ReportPdf;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code hybridlight report}: a one-page PDF of a design's white or of each spectrum in a file, with the figures
 * and plots of {@code evaluate} ({@link ReportPdf}).
 */
@Command(name = "report", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"One-page PDF report: name, spectrum, CIE 1931 diagram, CIE 13.3 bars, TM-30 colour vectors "
                + "and hue bins, and the figures of evaluate (CCT, Duv, x, y, Ra, R1-R14, Rf, Rg, LER; for a design "
                + "PE, optical power and heat load)."})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DESIGN.json|SPECTRUM_FILE",
            description = "A design file (a .json name) or a spectrum file in any format evaluate --spectrum reads; "
                    + "a file of several spectra gives one report each, named as evaluate --plot names its plots.")
    Path input;

    @Option(names = "--out", paramLabel = "REPORT.pdf", required = true, description = "The PDF to write.")
    Path out;

    @Option(names = "--paper", paramLabel = "a4|letter", defaultValue = "a4",
            description = "Page size. Default: ${DEFAULT-VALUE}.")
    String paper;

    @Mixin
    ReferenceOption reference;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Paper page = Paper.byName(paper);
        if (page == null) {
            err.println("error: --paper: unknown paper '" + paper + "' (use a4 or letter)");
            return ExitCode.USAGE;
        }
        String name = out.getFileName() == null ? "" : out.getFileName().toString();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            err.println("error: --out: " + out + ": use a .pdf file name");
            return ExitCode.USAGE;
        }
        try (Outputs files = new Outputs(err).input("DESIGN.json|SPECTRUM_FILE", input)) {
            List<Report> reports = isDesign(input) ? design(err, files) : spectra(err, files);
            List<Path> targets = SpectrumEvaluation.plotTargets(out, reports.stream().map(Report::title).toList());
            for (int i = 0; i < reports.size(); i++) {
                int code = files.stage("--out", targets.get(i), ReportPdf.content(reports.get(i), page));
                if (code != ExitCode.OK) {
                    return code;
                }
            }
            return files.commit();
        } catch (Stop s) {
            return s.code;
        }
    }

    private static boolean isDesign(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The design's white, simulated and evaluated as {@code evaluate --design} does. */
    private List<Report> design(PrintWriter err, Outputs files) throws Stop {
        Design design;
        try {
            design = DesignReader.read(input);
        } catch (InputException e) {
            throw new Stop(Outputs.refused(err, e));
        }
        DesignEvaluation.spectrumFiles(input).forEach(files::input);
        String given = reference.orElse(design.reference());
        // the reader's warnings about the spectrum files the design names, then the reference file's
        List<String> warnings = new ArrayList<>(design.warnings());
        CriReference ref = ReferenceOption.parse(err, given, files, warnings);
        files.output("--out", out);
        check(files);
        String name = input.getFileName().toString();
        DesignEvaluation.Evaluated e;
        try {
            e = DesignEvaluation.evaluate(design, ref);
        } catch (IllegalArgumentException x) {
            err.println("error: " + input + ": the white cannot be evaluated: " + x.getMessage());
            throw new Stop(ExitCode.DATA);
        }
        warnings.forEach(w -> err.println("warning: " + w));
        reportProblems(err, List.of(new NamedSpectrum(name, e.result().whiteSpectrum())), List.of(e.colorimetry()));
        return List.of(Report.ofDesign(name, input, design, given, e.colorimetry(), e.result()));
    }

    /** Each spectrum of the file, evaluated as {@code evaluate --spectrum} does. */
    private List<Report> spectra(PrintWriter err, Outputs files) throws Stop {
        List<String> warnings = new ArrayList<>();
        String given = reference.orElse("auto");
        CriReference ref = ReferenceOption.parse(err, given, files, warnings);
        List<NamedSpectrum> spectra;
        try {
            spectra = SpectrumFileReader.read(input, warnings::add);
        } catch (InputException e) {
            throw new Stop(Outputs.refused(err, e));
        }
        SpectrumEvaluation.plotTargets(out, spectra.stream().map(NamedSpectrum::name).toList()).forEach(p -> files.output("--out", p));
        check(files);
        SpectrumEvaluator evaluator = new SpectrumEvaluator();
        var prepared = evaluator.prepare(ref);
        List<Colorimetry> results = new ArrayList<>();
        for (NamedSpectrum s : spectra) {
            try {
                results.add(evaluator.evaluate(s.spectrum(), prepared));
            } catch (IllegalArgumentException e) {
                err.println("error: " + input + ": spectrum '" + s.name() + "': " + e.getMessage());
                throw new Stop(ExitCode.DATA);
            }
        }
        warnings.forEach(w -> err.println("warning: " + w));
        reportProblems(err, spectra, results);
        List<Report> reports = new ArrayList<>();
        for (int i = 0; i < spectra.size(); i++) {
            reports.add(Report.ofSpectrum(spectra.get(i).name(), i + 1, spectra.size(), input, given,
                    spectra.get(i).spectrum(), results.get(i)));
        }
        return reports;
    }

    /** The same warnings as {@code evaluate} prints about these results. */
    private static void reportProblems(PrintWriter err, List<NamedSpectrum> spectra, List<Colorimetry> results) {
        ProblemReport problems = new ProblemReport(err, true);
        problems.add(spectra.stream().map(SpectrumLabel::of).toList(), results);
        problems.finish();
    }

    /** Checks the outputs before any work; stops with the error's code. */
    private static void check(Outputs files) throws Stop {
        int code = files.check();
        if (code != ExitCode.OK) {
            throw new Stop(code);
        }
    }
}
