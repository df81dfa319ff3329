package org.hybridlight.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.optimizer.Algorithm;
import org.hybridlight.optimizer.DesignProblem;
import org.hybridlight.optimizer.Minimizer;
import org.hybridlight.optimizer.OptimizationResult;
import org.hybridlight.optimizer.OptimizationSettings;
import org.hybridlight.optimizer.OptimizeConfigReader;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The optimizer loop on examples/optimize-paper-leds.json (3 units, 6 free parameters): one objective evaluation
 * (simulate 3 units, solve drive weights, evaluate the white with CIE 13.3), and a whole single-start CMA-ES run
 * of 400 evaluations. Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class OptimizerBenchmark {

    private DesignProblem problem;
    private double[] start;

    @Setup
    public void setUp() throws Exception {
        DesignProblem.Spec spec = OptimizeConfigReader.read(Path.of("examples/optimize-paper-leds.json"), 1L);
        problem = new DesignProblem(spec, new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false));
        start = problem.initialPoint();
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public double oneEvaluation() {
        return problem.value(start);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public OptimizationResult threeUnitOptimization400Evaluations() {
        return new Minimizer(problem, new OptimizationSettings(Algorithm.CMAES, 1, 400, 1), null, null)
                .minimize(start);
    }
}
