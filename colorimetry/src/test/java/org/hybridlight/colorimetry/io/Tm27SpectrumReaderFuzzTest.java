package org.hybridlight.colorimetry.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.file.Path;

/**
 * Fuzzes the TM-27 XML reader (forced format, so every input reaches the XML parser): spectra or
 * {@link InputException}, never anything else. The normal test run replays Tm27SpectrumReaderFuzzTestInputs/;
 * {@code -Pfuzz -Dtest=Tm27SpectrumReaderFuzzTest} explores.
 */
class Tm27SpectrumReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.spdx");

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        ForcedFormatFuzzing.parse(FILE, SpectrumFormat.TM27, data);
    }
}
