package org.hybridlight.benchmarks;

import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
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
 * One full evaluation of a 1 nm spectrum: resample onto the computation grid, XYZ and chromaticities, CCT/Duv
 * (Ohno 2013), R1–R14 and Ra (CIE 13.3, automatic reference), LER. Two sources: a 3-unit LED–QD-like white near
 * 3000 K (blackbody reference) and one near 6500 K (daylight reference).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EvaluationBenchmark {

    private SpectrumEvaluator evaluator;
    private Cie13_3ColourRendering.PreparedReference auto;
    private Spectrum warmWhite;
    private Spectrum coolWhite;
    private double[] warmOnGrid;

    @Setup
    public void setUp() {
        // CIE 13.3 and everything before it; TM-30 has its own benchmark
        evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false);
        auto = evaluator.prepare(new CriReference.Auto());
        warmWhite = threeBands(new double[] {460, 545, 615}, new double[] {0.35, 1.0, 1.25});
        coolWhite = threeBands(new double[] {455, 540, 620}, new double[] {1.6, 1.0, 0.8});
        warmOnGrid = warmWhite.valuesOn(WavelengthGrid.COMPUTATION);
    }

    private static Spectrum threeBands(double[] peaksNm, double[] weights) {
        double[] wl = new double[471];
        double[] v = new double[471];
        for (int i = 0; i < wl.length; i++) {
            wl[i] = 360 + i;
            for (int k = 0; k < peaksNm.length; k++) {
                v[i] += weights[k] * Math.exp(-0.5 * Math.pow((wl[i] - peaksNm[k]) / 18, 2));
            }
            v[i] += 0.02;
        }
        return new Spectrum(wl, v);
    }

    @Benchmark
    public Colorimetry evaluateWarmWhite() {
        return evaluator.evaluate(warmWhite, auto);
    }

    @Benchmark
    public Colorimetry evaluateCoolWhite() {
        return evaluator.evaluate(coolWhite, auto);
    }

    /** The optimizer's path: a spectrum already on the grid. */
    @Benchmark
    public Colorimetry evaluateOnGrid() {
        return evaluator.evaluateOnGrid(warmOnGrid, auto);
    }
}
