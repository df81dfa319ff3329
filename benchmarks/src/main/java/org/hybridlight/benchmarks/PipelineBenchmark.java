package org.hybridlight.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The evaluate command's stages on a generated file of 1,000 spectra × 401 points (3.6 MB,
 * {@link SpectrumFileGenerator}): reading and parsing the whole file (MB/s = the size printed at setup / time), and the
 * evaluation of one spectrum as read (interpolation onto the computation grid included) with every metric and
 * with CIE 13.3 alone, on one thread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {

    static final int SPECTRA = 1000;

    private Path file;
    private List<NamedSpectrum> spectra;
    private SpectrumEvaluator all;
    private SpectrumEvaluator cri;
    private Cie13_3ColourRendering.PreparedReference allRef;
    private Cie13_3ColourRendering.PreparedReference criRef;
    private int next;

    @Setup
    public void setUp() throws IOException, InputException {
        file = Files.createTempFile("pipeline", ".csv");
        SpectrumFileGenerator.write(file, SPECTRA);
        System.out.printf("%nfile: %d spectra, %.2f MB%n", SPECTRA, Files.size(file) / 1e6);
        spectra = SpectrumFileReader.read(file, w -> { });
        all = new SpectrumEvaluator();
        cri = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true, false);
        allRef = all.prepare(new CriReference.Auto());
        criRef = cri.prepare(new CriReference.Auto());
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public List<NamedSpectrum> readFile() throws InputException {
        return SpectrumFileReader.read(file, w -> { });
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Colorimetry evaluateAll() {
        next = (next + 1) % SPECTRA;
        return all.evaluate(spectra.get(next).spectrum(), allRef);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Colorimetry evaluateCri() {
        next = (next + 1) % SPECTRA;
        return cri.evaluate(spectra.get(next).spectrum(), criRef);
    }
}
