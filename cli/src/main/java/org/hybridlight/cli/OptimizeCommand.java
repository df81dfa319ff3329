package org.hybridlight.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.hybridlight.colorimetry.FigureText;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.ConstraintReport;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Metric;
import org.hybridlight.optimizer.Minimizer;
import org.hybridlight.optimizer.OptimizationResult;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.hybridlight.optimizer.ParetoFront;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code hybridlight optimize}: search LED peaks, QD emission and ODs for a white on a colour target. */
@Command(name = "optimize", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Optimize a hybrid LED-QD design: free LED peaks/FWHM, QD emission peaks and ODs within "
                + "bounds, drive weights solved onto the target chromaticity, objective and constraints from CONFIG.")
public final class OptimizeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "CONFIG.json", description = "The optimization problem.")
    Path config;

    @Option(names = "--out", paramLabel = "RESULT.json",
            description = "Write design (loadable by evaluate --design), metrics, constraints and history.")
    Path out;

    @Option(names = "--export-spectrum", paramLabel = "BEST.csv", description = "Write the best white (nm, W/nm).")
    Path exportSpectrum;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (overrides the config's).")
    Long seed;

    @Option(names = "--stats", description = "Print evaluations per second and the time spent on stderr.")
    boolean stats;

    @Option(names = "--pareto", paramLabel = "FRONT.csv|FRONT.json|FRONT.png|FRONT.svg",
            description = "Also write the Pareto front of --pareto-metrics (epsilon-constraint sweeps), non-dominated "
                    + "designs only: CSV one design per row, JSON with each point's metrics and design file, or the "
                    + "front drawn (PNG, SVG; points numbered as the CSV's rows). Repeat for several files of one "
                    + "sweep.")
    List<Path> paretoFiles;

    /** The first --pareto file (null without any): the sweep runs when it is given. */
    private Path pareto;

    @Option(names = "--pareto-metrics", paramLabel = "M1,M2[,M3]", defaultValue = "ra,pe",
            description = "2 or 3 of ra, r9, pe, ler, rf, rg: the first is maximized, the others swept as lower "
                    + "bounds. Default: ${DEFAULT-VALUE}.")
    String paretoMetrics;

    @Option(names = "--pareto-points", paramLabel = "N", defaultValue = "6",
            description = "Bounds per swept metric (3 metrics take N x N runs). Default: ${DEFAULT-VALUE}.")
    int paretoPoints;

    /** Said once the front is written. */
    private String paretoSummary;

    @Override
    public Integer call() throws IOException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        pareto = paretoFiles == null || paretoFiles.isEmpty() ? null : paretoFiles.get(0);
        for (Path p : paretoFiles == null ? List.<Path>of() : paretoFiles) {
            if (paretoFormat(p) == null) {
                err.println("error: --pareto: " + p + ": unknown extension (use .csv, .json, .png or .svg)");
                return ExitCode.USAGE;
            }
        }
        boolean paretoOptions = spec.commandLine().getParseResult().hasMatchedOption("--pareto-metrics")
                || spec.commandLine().getParseResult().hasMatchedOption("--pareto-points");
        if (pareto == null && paretoOptions) {
            err.println("error: --pareto-metrics and --pareto-points need --pareto "
                    + "FRONT.csv|FRONT.json|FRONT.png|FRONT.svg");
            return ExitCode.USAGE;
        }
        List<Metric> frontMetrics = pareto == null ? null : paretoMetrics(err);
        if (pareto != null && frontMetrics == null) {
            return ExitCode.USAGE;
        }
        DesignProblem.Spec problemSpec;
        try {
            problemSpec = OptimizeConfigReader.read(config, seed);
        } catch (InputException e) {
            return Outputs.refused(err, e);
        }
        if (pareto != null) {
            try {
                ParetoFront.runs(frontMetrics.size(), paretoPoints, problemSpec.settings());
            } catch (IllegalArgumentException e) {
                err.println("error: --pareto-points: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        try (Outputs files = new Outputs(err).input("CONFIG.json", config).output("--out", out)
                .output("--export-spectrum", exportSpectrum)) {
            for (Path p : pareto == null ? List.<Path>of() : paretoFiles) {
                files.output("--pareto", p);
            }
            int code = files.check();
            return code != ExitCode.OK ? code : optimize(stdout, err, problemSpec, frontMetrics, files);
        }
    }

    private int optimize(PrintWriter stdout, PrintWriter err, DesignProblem.Spec problemSpec, List<Metric> frontMetrics,
            Outputs files) throws IOException {
        long t0 = System.nanoTime();
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION,
                DesignProblem.needsTm30(problemSpec));
        DesignProblem problem = new DesignProblem(problemSpec, evaluator);
        ProgressBar bar = ProgressBar.onStderr(err, "evaluations");
        long t1 = System.nanoTime();
        OptimizationResult result = new Minimizer(problem, problemSpec.settings(),
                (e, total, best) -> bar.update(e, total, String.format(Locale.ROOT, "best %.4f", best)), null)
                .minimize(problem.initialPoint());
        long t2 = System.nanoTime();
        if (result.evaluations() < problemSpec.settings().budget()) {
            // converged or cancelled before the budget: close the bar
            bar.update(result.evaluations(), result.evaluations(), String.format(Locale.ROOT, "best %.4f",
                    result.bestValue()));
        }
        DesignProblem.Candidate best = problem.candidate(result.bestPoint());
        Design design = new Design(best.source(), problemSpec.unitNames(), problemSpec.reference().label(),
                problemSpec.targetCctK(), problemSpec.targetDuv());
        String name = config.getFileName().toString();
        StringWriter metrics = new StringWriter();
        DesignEvaluation.json(metrics, name, best.colorimetry(), design, best.result());
        ConstraintReport constraints = ConstraintReport.of(problemSpec, best);
        // all outputs are written together once the last is ready: an error in any leaves none
        int code = exportSpectrum == null ? ExitCode.OK
                : files.stage("--export-spectrum", exportSpectrum, DesignEvaluation.exported(exportSpectrum, name, best.result()));
        if (code == ExitCode.OK && out != null) {
            code = files.stage("--out", out, AtomicFiles.utf8(resultJson(design, metrics.toString(), constraints,
                    result)));
        }
        if (code == ExitCode.OK && pareto != null) {
            code = stagePareto(err, problemSpec, frontMetrics, files);
        }
        if (code == ExitCode.OK) {
            code = files.commit();
        }
        if (code != ExitCode.OK) {
            return code;
        }
        if (paretoSummary != null) {
            err.println(paretoSummary);
        }
        DesignEvaluation.table(stdout, name, best.colorimetry(), design, best.result());
        stdout.println();
        stdout.printf(Locale.ROOT, "%-34s %10s %12s  %s%n", "constraint", "limit", "value", "status");
        for (ConstraintReport.Check c : constraints.checks()) {
            stdout.printf(Locale.ROOT, "%-34s %10s %12s  %s%n", c.name(), c.limit(), c.valueText(), c.status());
        }
        stdout.flush();
        List<String> violated = constraints.violated().stream()
                .map(c -> c.field() + " " + c.limit() + ", best " + c.valueText()).toList();
        if (stats) {
            double s = (t2 - t1) / 1e9;
            err.printf(Locale.ROOT, "stats: %d evaluations in %.3f s (%.0f evaluations/s), setup %.3f s, "
                    + "%d free parameters (%d of them mix levels), %s, %d starts%n", result.evaluations(), s,
                    result.evaluations() / s, (t1 - t0) / 1e9, problem.dimension(), problem.mixLevels(),
                    problemSpec.settings().algorithm().label(),
                    problemSpec.settings().starts());
        }
        if (!violated.isEmpty()) {
            err.println("error: " + config + ": infeasible: not met by the best design found: "
                    + String.join("; ", violated));
            return ExitCode.INFEASIBLE;
        }
        return ExitCode.OK;
    }

    /**
     * The ε-constraint Pareto front of the chosen metrics (the first maximized, the others swept between their
     * values at the first one's optimum and their own optimum), as CSV or, for a .json name, as designs.
     */
    private int stagePareto(PrintWriter err, DesignProblem.Spec s, List<Metric> metrics, Outputs files)
            throws IOException {
        boolean tm30 = metrics.stream().anyMatch(Metric::needsTm30) || DesignProblem.needsTm30(s);
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, tm30);
        ProgressBar bar = ProgressBar.onStderr(err, "Pareto evaluations");
        List<ParetoFront.Point> front = ParetoFront.sweep(s, evaluator, metrics, paretoPoints,
                (e, t, b) -> bar.update(e, t, ""));
        int code = ExitCode.OK;
        for (Path p : paretoFiles) {
            if (code == ExitCode.OK) {
                String format = paretoFormat(p);
                code = files.stage("--pareto", p, format.equals("plot") ? ParetoPlot.content(p, ParetoFront.plot(
                        "Pareto front: " + config.getFileName(), metrics, front))
                        : AtomicFiles.utf8(format.equals("json") ? paretoJson(s, metrics, front)
                                : paretoCsv(s, metrics, front)));
            }
        }
        paretoSummary = String.format(Locale.ROOT, "pareto: %d non-dominated designs (%s) written to %s",
                front.size(), String.join(" vs ", metrics.stream().map(Metric::configName).toList()),
                String.join(", ", paretoFiles.stream().map(Path::toString).toList()));
        return code;
    }

    /** "csv", "json" or "plot" (PNG, SVG) by the name's extension, or null for any other. */
    private static String paretoFormat(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".csv") ? "csv" : n.endsWith(".json") ? "json" : ParetoPlot.isPlot(p) ? "plot" : null;
    }

    /** The --pareto-metrics, or null (after one error line) when they are not usable. */
    private List<Metric> paretoMetrics(PrintWriter err) {
        if (paretoPoints < 2) {
            err.println("error: --pareto-points: must be >= 2, got " + paretoPoints);
            return null;
        }
        String[] names = paretoMetrics.toLowerCase(Locale.ROOT).split(",", -1);
        List<Metric> metrics = new ArrayList<>();
        for (String name : names) {
            Metric m;
            try {
                m = Metric.parse(name.trim());
            } catch (IllegalArgumentException e) {
                m = null;
            }
            if (m == null || names.length < 2 || names.length > 3 || metrics.contains(m)) {
                err.println("error: --pareto-metrics: give 2 or 3 different metrics of " + Metric.names() + ", got '"
                        + paretoMetrics + "'");
                return null;
            }
            metrics.add(m);
        }
        return metrics;
    }

    private static String paretoCsv(DesignProblem.Spec s, List<Metric> metrics, List<ParetoFront.Point> front) {
        StringBuilder csv = new StringBuilder();
        for (Metric m : metrics.subList(1, metrics.size())) {
            csv.append(m.configName()).append("Min,");
        }
        for (Metric m : Metric.values()) {
            csv.append(m.csvColumn()).append(',');
        }
        csv.append("cctK,duv,qdEmissionPeaksNm,od1S,ledPeaksNm,weights\n");
        for (ParetoFront.Point p : front) {
            DesignProblem.Candidate c = p.candidate();
            for (double b : p.bounds()) {
                csv.append(cell(b, 4)).append(',');
            }
            for (Metric m : Metric.values()) {
                csv.append(cell(c.metric(m), m.csvDecimals())).append(',');
            }
            csv.append(cell(c.colorimetry().cctK(), 1)).append(',').append(cell(c.colorimetry().duv(), 5)).append(',');
            StringBuilder qd = new StringBuilder();
            StringBuilder od = new StringBuilder();
            StringBuilder led = new StringBuilder();
            StringBuilder w = new StringBuilder();
            for (int u = 0; u < c.source().units().size(); u++) {
                String sep = u == 0 ? "" : "/";
                var unit = c.source().units().get(u);
                // a channel without dots has neither: '-', as in batch rows and evaluate's unit table
                qd.append(sep).append(unit.qd() == null ? "-" : String.format(Locale.ROOT, "%.1f",
                        unit.qd().emissionPeakNm(c.source().temperatureK())));
                od.append(sep).append(unit.qd() == null ? "-" : String.format(Locale.ROOT, "%.2f", unit.od1S()));
                led.append(sep).append(String.format(Locale.ROOT, "%.1f", unit.led().peakNm()));
                w.append(sep).append(String.format(Locale.ROOT, "%.4f", c.source().weights()[u]));
            }
            csv.append(qd).append(',').append(od).append(',').append(led).append(',').append(w).append('\n');
        }
        return csv.toString();
    }

    /** An empty cell for a figure that cannot be computed; a tiny negative one is "0.00", not "-0.00". */
    private static String cell(double v, int decimals) {
        return Double.isFinite(v) ? FigureText.of("%." + decimals + "f", v) : "";
    }

    /** One object per point: the bounds it was found under, its metrics and its design (a loadable design file). */
    private String paretoJson(DesignProblem.Spec s, List<Metric> chosen, List<ParetoFront.Point> front)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode all = mapper.createArrayNode();
        for (ParetoFront.Point p : front) {
            DesignProblem.Candidate c = p.candidate();
            Design design = new Design(c.source(), s.unitNames(), s.reference().label(), s.targetCctK(),
                    s.targetDuv());
            ObjectNode o = all.addObject();
            ObjectNode bounds = o.putObject("bounds");
            double[] pointBounds = p.bounds();
            for (int k = 1; k < chosen.size(); k++) {
                String key = chosen.get(k).configName() + "Min";
                double b = pointBounds[k - 1];
                if (Double.isNaN(b)) {
                    bounds.putNull(key);
                } else {
                    bounds.put(key, b);
                }
            }
            StringWriter metrics = new StringWriter();
            DesignEvaluation.json(metrics, config.getFileName().toString(), c.colorimetry(), design, c.result());
            o.set("metrics", mapper.readTree(metrics.toString()));
            o.set("design", DesignWriter.toTree(design));
        }
        return mapper.writeValueAsString(all) + System.lineSeparator();
    }

    private static String resultJson(Design design, String metricsJson, ConstraintReport constraints,
            OptimizationResult result) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.set("design", DesignWriter.toTree(design));
        root.set("metrics", mapper.readTree(metricsJson));
        ArrayNode cs = root.putArray("constraints");
        for (ConstraintReport.Check c : constraints.checks()) {
            ObjectNode o = cs.addObject();
            o.put("name", c.name());
            o.put("field", c.field());
            o.put("limit", c.limit());
            o.put("value", c.valueText());
            o.put("status", c.status());
        }
        ArrayNode history = root.putArray("history");
        for (OptimizationResult.Improvement h : result.history()) {
            history.addObject().put("evaluation", (long) h.evaluation()).put("objective", h.value());
        }
        root.put("evaluations", result.evaluations());
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }
}
