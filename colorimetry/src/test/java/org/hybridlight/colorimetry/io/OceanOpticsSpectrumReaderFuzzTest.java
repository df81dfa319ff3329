package org.hybridlight.colorimetry.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Fuzzes the Ocean Optics SpectraSuite/OceanView reader (forced format, so every input reaches it): spectra or
 * {@link InputException}, never anything else. The normal test run replays OceanOpticsSpectrumReaderFuzzTestInputs/;
 * {@code -Pfuzz -Dtest=OceanOpticsSpectrumReaderFuzzTest} explores.
 */
class OceanOpticsSpectrumReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.txt");

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        ForcedFormatFuzzing.parse(FILE, SpectrumFormat.OCEANOPTICS, data);
    }
}
