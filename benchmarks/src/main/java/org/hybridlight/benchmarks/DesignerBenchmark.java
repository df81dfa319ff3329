package org.hybridlight.benchmarks;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Parameter;
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
 * One slider step in the designer without its window: set a unit's LED peak, which validates the design,
 * simulates its three units and evaluates the white with CIE 13.3 and TM-30 (examples/paper-fig6b.json). The
 * plots' redraw comes on top (the status line of the GUI shows both). Run from the repository root.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class DesignerBenchmark {

    private DesignViewModel design;
    private Parameter peak;
    private int step;

    @Setup
    public void setUp() throws Exception {
        design = new DesignViewModel(new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true));
        design.file().load(Path.of("examples/paper-fig6b.json"));
        peak = design.units().get(0).ledPeakNm();
    }

    @Benchmark
    public Object sliderStep() {
        peak.set(500 + (step++ & 15));
        return design.evaluationProperty().get();
    }
}
