package org.hybridlight.colorimetry.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes the Sekonic C-7000 CSV reader (forced format, so every input reaches it): spectra or
 * {@link InputException}, never anything else. The normal test run replays SekonicSpectrumReaderFuzzTestInputs/;
 * {@code -Pfuzz -Dtest=SekonicSpectrumReaderFuzzTest} explores.
 */
class SekonicSpectrumReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.csv");
    private static final SpectrumReadOptions FORMAT = new SpectrumReadOptions(SpectrumFormat.SEKONIC, null, null);

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        try {
            SpectrumFileReader.parse(FILE, new String(data, StandardCharsets.UTF_8), FORMAT, w -> { });
        } catch (InputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message");
            }
        }
    }
}
