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
import org.hybridlight.colorimetry.WavelengthGrid;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.io.InputException;
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

    @Option(names = "--pareto", paramLabel = "OUT.csv",
            description = "Also write the Ra-PE Pareto front (epsilon-constraint sweep of PE, one design per row).")
    Path pareto;

    @Option(names = "--pareto-points", paramLabel = "N", defaultValue = "6",
            description = "Number of PE bounds in the Pareto sweep. Default: ${DEFAULT-VALUE}.")
    int paretoPoints;

    @Override
    public Integer call() {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        DesignProblem.Spec problemSpec;
        try {
            problemSpec = OptimizeConfigReader.read(config, seed);
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return Files.exists(config) ? ExitCodes.DATA : ExitCodes.NO_INPUT;
        }
        for (Path p : new Path[] {out, exportSpectrum, pareto}) {
            if (p != null && (p.toAbsolutePath().getParent() == null
                    || !Files.isDirectory(p.toAbsolutePath().getParent()))) {
                err.println("error: cannot write " + p + ": directory " + p.toAbsolutePath().getParent()
                        + " does not exist");
                return ExitCodes.CANNOT_CREATE;
            }
        }
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
        int budget = problemSpec.settings().maxEvaluations() * problemSpec.settings().starts();
        if (result.evaluations() < budget) {
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
        try {
            if (exportSpectrum != null) {
                DesignEvaluation.export(exportSpectrum, name, best.result());
            }
            if (out != null) {
                writeResult(out, design, metrics.toString(), constraints, result);
            }
        } catch (IOException e) {
            err.println("error: cannot write output: " + e.getMessage());
            return ExitCodes.CANNOT_CREATE;
        }
        if (pareto != null) {
            int code = writePareto(err, problemSpec, evaluator, best);
            if (code != ExitCodes.OK) {
                return code;
            }
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
            return ExitCodes.INFEASIBLE;
        }
        return ExitCodes.OK;
    }

    /** PE bounds from 1 (no gain) to just above the best design's PE; Ra maximized under each. */
    private int writePareto(PrintWriter err, DesignProblem.Spec s, SpectrumEvaluator evaluator,
            DesignProblem.Candidate best) {
        if (paretoPoints < 2) {
            err.println("error: --pareto-points must be >= 2");
            return ExitCodes.USAGE;
        }
        double top = Math.max(1.001, best.metrics()[2] + 0.002);
        double[] bounds = new double[paretoPoints];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = 1 + (top - 1) * i / (bounds.length - 1);
        }
        ProgressBar bar = ProgressBar.onStderr(err, "Pareto evaluations");
        List<ParetoFront.Point> front = ParetoFront.sweep(s, evaluator, 0, 2, bounds,
                (e, t, b) -> bar.update(e, t, ""));
        StringBuilder csv = new StringBuilder("peMin,ra,pe,r9,lerLmPerW,cctK,duv,qdEmissionPeaksNm,od1S,ledPeaksNm,"
                + "weights\n");
        for (ParetoFront.Point p : front) {
            DesignProblem.Candidate c = p.candidate();
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
            csv.append(String.format(Locale.ROOT, "%.4f,%.2f,%.4f,%.2f,%.2f,%.1f,%.5f,%s,%s,%s,%s%n", p.bound(),
                    p.first(), p.second(), c.metrics()[1], c.metrics()[3], c.colorimetry().cctK(),
                    c.colorimetry().duv(), qd, od, led, w));
        }
        try {
            AtomicFiles.writeString(pareto, csv);
        } catch (IOException e) {
            err.println("error: --pareto: cannot write " + pareto + ": " + e.getMessage());
            return ExitCodes.CANNOT_CREATE;
        }
        err.printf(Locale.ROOT, "pareto: %d non-dominated designs of %d PE bounds written to %s%n", front.size(),
                bounds.length, pareto);
        return ExitCodes.OK;
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

    private static void writeResult(Path file, Design design, String metricsJson, List<String[]> constraints,
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
        AtomicFiles.writeString(file, mapper.writeValueAsString(root) + System.lineSeparator());
    }
}
