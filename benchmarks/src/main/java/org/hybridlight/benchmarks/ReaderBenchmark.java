package org.hybridlight.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.io.NamedSpectrum;
import org.hybridlight.colorimetry.io.SpectrumFileReader;
import org.hybridlight.colorimetry.io.SpectrumReadOptions;
import org.hybridlight.colorimetry.io.SpectrumStream;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The spectrum reader's throughput in bytes of file per second (the {@code bytes} counter; divide by 10^6 for MB/s),
 * on generated files of 2,000 spectra × 401 points (7.2 MB, {@link SpectrumFileGenerator}): column-oriented, read
 * whole into spectra; row-oriented, streamed one spectrum at a time ({@link SpectrumFileReader#open}, nothing held);
 * and the same rows with quoted names, which the reader's own cutter leaves to Jackson's CSV parser from the first
 * quote on. One thread, file in the page cache.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReaderBenchmark {

    static final int SPECTRA = 2000;
    /** The column file is the whole-process file (40 MB): large enough to be parsed in parts, one per core. */
    static final int COLUMN_SPECTRA = 11000;

    private Path columns;
    private Path rows;
    private Path quoted;

    /** Bytes read, reported by JMH as a rate: bytes per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Bytes {
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            bytes = 0;
        }
    }

    @Setup
    public void setUp() throws IOException {
        columns = Files.createTempFile("reader-columns", ".csv");
        rows = Files.createTempFile("reader-rows", ".csv");
        quoted = Files.createTempFile("reader-quoted", ".csv");
        SpectrumFileGenerator.write(columns, COLUMN_SPECTRA);
        SpectrumFileGenerator.writeRows(rows, SPECTRA);
        Files.writeString(quoted, Files.readString(rows).replaceAll("(?m)^(s\\d+),", "\"$1\","));
        System.out.printf("%nfiles: %d spectra in columns, %.2f MB; %d in rows, %.2f MB, quoted rows %.2f MB%n",
                COLUMN_SPECTRA, Files.size(columns) / 1e6, SPECTRA, Files.size(rows) / 1e6, Files.size(quoted) / 1e6);
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(columns);
        Files.deleteIfExists(rows);
        Files.deleteIfExists(quoted);
    }

    @Benchmark
    public List<NamedSpectrum> readColumns(Bytes counter) throws InputException, IOException {
        counter.bytes += Files.size(columns);
        return SpectrumFileReader.read(columns, w -> { });
    }

    @Benchmark
    public double streamRows(Bytes counter) throws InputException, IOException {
        counter.bytes += Files.size(rows);
        return stream(rows);
    }

    @Benchmark
    public double streamQuotedRows(Bytes counter) throws InputException, IOException {
        counter.bytes += Files.size(quoted);
        return stream(quoted);
    }

    /** Reads every spectrum, keeping none: a sum so that nothing is optimized away. */
    private static double stream(Path file) throws InputException {
        double sum = 0;
        try (SpectrumStream s = SpectrumFileReader.open(file, SpectrumReadOptions.DETECT, w -> { })) {
            for (NamedSpectrum n = s.next(); n != null; n = s.next()) {
                sum += n.spectrum().values()[200];
            }
        }
        return sum;
    }
}
