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
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.DesignProblem;
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

    @Option(names = "--pareto", paramLabel = "FRONT.csv|FRONT.json",
            description = "Also write the Pareto front of --pareto-metrics (epsilon-constraint sweeps), non-dominated "
                    + "designs only: CSV one design per row, or JSON with each point's metrics and design file.")
    Path pareto;

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
        boolean paretoOptions = spec.commandLine().getParseResult().hasMatchedOption("--pareto-metrics")
                || spec.commandLine().getParseResult().hasMatchedOption("--pareto-points");
        if (pareto == null && paretoOptions) {
            err.println("error: --pareto-metrics and --pareto-points need --pareto FRONT.csv|FRONT.json");
            return ExitCode.USAGE;
        }
        int[] frontMetrics = pareto == null ? null : paretoMetricIndices(err);
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
                ParetoFront.runs(frontMetrics.length, paretoPoints, problemSpec.settings());
            } catch (IllegalArgumentException e) {
                err.println("error: --pareto-points: " + e.getMessage());
                return ExitCode.USAGE;
            }
        }
        try (Outputs files = new Outputs(err).input("CONFIG.json", config).output("--out", out)
                .output("--export-spectrum", exportSpectrum).output("--pareto", pareto)) {
            int code = files.check();
            return code != ExitCode.OK ? code : optimize(stdout, err, problemSpec, frontMetrics, files);
        }
    }

    private int optimize(PrintWriter stdout, PrintWriter err, DesignProblem.Spec problemSpec, int[] frontMetrics,
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
        List<String[]> constraints = constraints(problemSpec, best);
        // all outputs are written together once the last is ready: an error in any leaves none
        int code = exportSpectrum == null ? ExitCode.OK
                : files.stage("--export-spectrum", exportSpectrum, DesignEvaluation.csv(name, best.result()));
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
        for (String[] c : constraints) {
            stdout.printf(Locale.ROOT, "%-34s %10s %12s  %s%n", c[0], c[1], c[2], c[3]);
        }
        stdout.flush();
        List<String> violated = constraints.stream().filter(c -> !c[3].equals("met"))
                .map(c -> c[4] + " " + c[1] + ", best " + c[2]).toList();
        if (stats) {
            double s = (t2 - t1) / 1e9;
            err.printf(Locale.ROOT, "stats: %d evaluations in %.3f s (%.0f evaluations/s), setup %.3f s, "
                    + "%d free parameters, %s, %d starts%n", result.evaluations(), s, result.evaluations() / s,
                    (t1 - t0) / 1e9, problem.dimension(), problemSpec.settings().algorithm().label(),
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
    private int stagePareto(PrintWriter err, DesignProblem.Spec s, int[] metrics, Outputs files) throws IOException {
        String[] names = paretoMetrics.toLowerCase(Locale.ROOT).split(",");
        boolean tm30 = java.util.Arrays.stream(metrics).anyMatch(m -> m >= 4) || DesignProblem.needsTm30(s);
        SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, tm30);
        ProgressBar bar = ProgressBar.onStderr(err, "Pareto evaluations");
        List<ParetoFront.Point> front = ParetoFront.sweep(s, evaluator, metrics, paretoPoints,
                (e, t, b) -> bar.update(e, t, ""));
        boolean json = pareto.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
        int code = files.stage("--pareto", pareto, AtomicFiles.utf8(json ? paretoJson(s, names, front)
                : paretoCsv(s, names, front)));
        paretoSummary = String.format(Locale.ROOT, "pareto: %d non-dominated designs (%s) written to %s",
                front.size(), String.join(" vs ", names), pareto);
        return code;
    }

    /** The --pareto-metrics as metric indices, or null (after one error line) when they are not usable. */
    private int[] paretoMetricIndices(PrintWriter err) {
        if (paretoPoints < 2) {
            err.println("error: --pareto-points: must be >= 2, got " + paretoPoints);
            return null;
        }
        String[] names = paretoMetrics.toLowerCase(Locale.ROOT).split(",", -1);
        int[] metrics = new int[names.length];
        boolean ok = names.length >= 2 && names.length <= 3;
        for (int k = 0; ok && k < names.length; k++) {
            int m = DesignProblem.METRICS.indexOf(names[k].trim());
            metrics[k] = m;
            ok = m >= 0 && java.util.Arrays.stream(metrics, 0, k).noneMatch(other -> other == m);
        }
        if (!ok) {
            err.println("error: --pareto-metrics: give 2 or 3 different metrics of "
                    + String.join(", ", DesignProblem.METRICS) + ", got '" + paretoMetrics + "'");
            return null;
        }
        return metrics;
    }

    private static String paretoCsv(DesignProblem.Spec s, String[] names, List<ParetoFront.Point> front) {
        StringBuilder csv = new StringBuilder();
        for (int k = 1; k < names.length; k++) {
            csv.append(names[k].trim()).append("Min,");
        }
        csv.append("ra,r9,pe,lerLmPerW,rf,rg,cctK,duv,qdEmissionPeaksNm,od1S,ledPeaksNm,weights\n");
        for (ParetoFront.Point p : front) {
            DesignProblem.Candidate c = p.candidate();
            for (double b : p.bounds()) {
                csv.append(cell(b, 4)).append(',');
            }
            double[] m = c.metrics();
            csv.append(String.format(Locale.ROOT, "%s,%s,%s,%s,%s,%s,%.1f,%.5f,", cell(m[0], 2), cell(m[1], 2),
                    cell(m[2], 4), cell(m[3], 2), cell(m[4], 2), cell(m[5], 2), c.colorimetry().cctK(),
                    c.colorimetry().duv()));
            StringBuilder qd = new StringBuilder();
            StringBuilder od = new StringBuilder();
            StringBuilder led = new StringBuilder();
            StringBuilder w = new StringBuilder();
            for (int u = 0; u < c.source().units().size(); u++) {
                String sep = u == 0 ? "" : "/";
                var unit = c.source().units().get(u);
                qd.append(sep).append(String.format(Locale.ROOT, "%.1f", unit.qd().emissionPeakNm(s.temperatureK())));
                od.append(sep).append(String.format(Locale.ROOT, "%.2f", unit.od1S()));
                led.append(sep).append(String.format(Locale.ROOT, "%.1f", unit.led().peakNm()));
                w.append(sep).append(String.format(Locale.ROOT, "%.4f", c.source().weights()[u]));
            }
            csv.append(qd).append(',').append(od).append(',').append(led).append(',').append(w).append('\n');
        }
        return csv.toString();
    }

    private static String cell(double v, int decimals) {
        return Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** One object per point: the bounds it was found under, its metrics and its design (a loadable design file). */
    private String paretoJson(DesignProblem.Spec s, String[] names, List<ParetoFront.Point> front)
            throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode all = mapper.createArrayNode();
        for (ParetoFront.Point p : front) {
            DesignProblem.Candidate c = p.candidate();
            Design design = new Design(c.source(), s.unitNames(), s.reference().label(), s.targetCctK(),
                    s.targetDuv());
            ObjectNode o = all.addObject();
            ObjectNode bounds = o.putObject("bounds");
            for (int k = 1; k < names.length; k++) {
                double b = p.bounds()[k - 1];
                if (Double.isNaN(b)) {
                    bounds.putNull(names[k].trim() + "Min");
                } else {
                    bounds.put(names[k].trim() + "Min", b);
                }
            }
            StringWriter metrics = new StringWriter();
            DesignEvaluation.json(metrics, config.getFileName().toString(), c.colorimetry(), design, c.result());
            o.set("metrics", mapper.readTree(metrics.toString()));
            o.set("design", DesignWriter.toTree(design));
        }
        return mapper.writeValueAsString(all) + System.lineSeparator();
    }

    /** Each constraint with its limit, value and status ("met" or "VIOLATED"). */
    static List<String[]> constraints(DesignProblem.Spec s, DesignProblem.Candidate best) {
        List<String[]> list = new ArrayList<>();
        double cct = best.colorimetry().cctK();
        double duv = best.colorimetry().duv();
        list.add(new String[] {"CCT (K), within 0.5 %", fmt(s.targetCctK(), 0), fmt(cct, 1),
            Math.abs(cct / s.targetCctK() - 1) <= 0.005 ? "met" : "VIOLATED", "target.cctK"});
        list.add(new String[] {"Duv, within ±" + s.duvTolerance() + " of target", fmt(s.targetDuv(), 4),
            fmt(duv, 5), Math.abs(duv - s.targetDuv()) <= s.duvTolerance() ? "met" : "VIOLATED", "target.duv"});
        for (int u = 0; u < s.driveWeights().length; u++) {
            double[] dw = s.driveWeights()[u];
            if (Double.isNaN(dw[0]) && (dw[1] > 0 || Double.isFinite(dw[2]))) {
                double w = best.source().weights()[u];
                boolean inside = w >= dw[1] * (1 - 1e-9) && w <= dw[2] * (1 + 1e-9);
                list.add(new String[] {"weight of " + s.unitNames().get(u), fmt(dw[1], 3) + "-" + fmt(dw[2], 3),
                    fmt(w, 4), inside ? "met" : "VIOLATED", "units[" + u + "].weight"});
            }
        }
        String[] labels = {"Ra (min)", "R9 (min)", "PE (min)", "LER (lm/W, min)", "Rf (min)", "Rg (min)"};
        String[] fields = {"minRa", "minR9", "minPe", "minLer", "minRf", "minRg"};
        for (int i = 0; i < labels.length; i++) {
            double min = s.minimums()[i];
            if (!Double.isNaN(min)) {
                double v = best.metrics()[i];
                list.add(new String[] {labels[i], fmt(min, 3), fmt(v, 3), v >= min ? "met" : "VIOLATED",
                    "constraints." + fields[i]});
            }
        }
        return list;
    }

    private static String fmt(double v, int decimals) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%." + decimals + "f", v) : "-";
    }

    private static String resultJson(Design design, String metricsJson, List<String[]> constraints,
            OptimizationResult result) throws IOException {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.set("design", DesignWriter.toTree(design));
        root.set("metrics", mapper.readTree(metricsJson));
        ArrayNode cs = root.putArray("constraints");
        for (String[] c : constraints) {
            ObjectNode o = cs.addObject();
            o.put("name", c[0]);
            o.put("field", c[4]);
            o.put("limit", c[1]);
            o.put("value", c[2]);
            o.put("status", c[3]);
        }
        ArrayNode history = root.putArray("history");
        for (double[] h : result.history()) {
            history.addObject().put("evaluation", (long) h[0]).put("objective", h[1]);
        }
        root.put("evaluations", result.evaluations());
        return mapper.writeValueAsString(root) + System.lineSeparator();
    }
}
