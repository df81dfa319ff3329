package org.hybridlight.benchmarks;

import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourRendition;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * TM-30-18 Rf, Rg and the 16 hue bins of one spectrum, given its CCT: below 4000 K (blackbody reference), in the
 * 4000-5000 K blend and above 5000 K (daylight).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class Tm30Benchmark {

    @Param({"3000", "4500", "6500"})
    public double cctK;

    private Tm30ColourRendition tm30;
    private double[] onGrid;

    @Setup
    public void setUp() {
        tm30 = new Tm30ColourRendition();
        double[] v = new double[401];
        for (int i = 0; i < v.length; i++) {
            double wl = 380 + i;
            v[i] = 0.4 * Math.exp(-0.5 * Math.pow((wl - 455) / 10, 2)) + Math.exp(-0.5 * Math.pow((wl - 560) / 50, 2))
                    + 0.6 * Math.exp(-0.5 * Math.pow((wl - 630) / 20, 2));
        }
        onGrid = Spectrum.regular(380, 1, v).valuesOn(Tm30ColourRendition.grid());
    }

    @Benchmark
    public Tm30Result rfRg() {
        return tm30.evaluate(onGrid, cctK);
    }
}
