package org.hybridlight.colorimetry.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Fuzzes the Sekonic C-7000 CSV reader (forced format, so every input reaches it): spectra or
 * {@link InputException}, never anything else. The normal test run replays SekonicSpectrumReaderFuzzTestInputs/;
 * {@code -Pfuzz -Dtest=SekonicSpectrumReaderFuzzTest} explores.
 */
class SekonicSpectrumReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.csv");

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        ForcedFormatFuzzing.parse(FILE, SpectrumFormat.SEKONIC, data);
    }
}
