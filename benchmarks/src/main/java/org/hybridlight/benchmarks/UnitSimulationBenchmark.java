package org.hybridlight.benchmarks;

import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.SubGapTailLaw;
import org.hybridlight.source.UnitResult;
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
 * One LED–QD unit simulated on the 1 nm grid (LED spectrum, absorption, emission, bookkeeping): 635 nm LED on
 * 610 nm dots with the phonon-population tail, one size or a size ensemble, and 510 nm on 478 nm dots (a wider
 * ensemble in energy).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UnitSimulationBenchmark {

    /** Relative standard deviation of the core diameter, %. */
    @Param({"0", "5", "10"})
    public double sizeDispersionPercent;

    private LedQdUnit red;
    private LedQdUnit blue;

    @Setup
    public void setUp() {
        red = unit(635, 17, 610, 60);
        blue = unit(510, 32, 478, 100);
    }

    private LedQdUnit unit(double ledNm, double ledFwhmNm, double emissionNm, double od) {
        double core = QuantumDot.coreDiameterForEmissionNm(emissionNm, 3.5, 0.0335, 0.025);
        double dispersion = sizeDispersionPercent / 100;
        // the smallest cores cannot take a 10 % spread within the sizing curve
        if (QuantumDot.ofCore(core).coreDiameterNm() < 2.5) {
            dispersion = Math.min(dispersion, 0.05);
        }
        QuantumDot qd = QuantumDot.ofCore(core).withTail(SubGapTailLaw.PHONON_POPULATION, 1)
                .withSizeDispersion(dispersion);
        return new LedQdUnit(new Led(LedShape.OHNO_2005, ledNm, ledFwhmNm, 0.1, null), qd, od, 0);
    }

    @Benchmark
    public UnitResult redUnit() {
        return red.simulate(300, WavelengthGrid.COMPUTATION);
    }

    @Benchmark
    public UnitResult blueUnit() {
        return blue.simulate(300, WavelengthGrid.COMPUTATION);
    }
}
