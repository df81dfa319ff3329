package org.hybridlight.colorimetry.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes the TM-27 XML reader (forced format, so every input reaches the XML parser): spectra or
 * {@link InputException}, never anything else. The normal test run replays Tm27SpectrumReaderFuzzTestInputs/;
 * {@code -Pfuzz -Dtest=Tm27SpectrumReaderFuzzTest} explores.
 */
class Tm27SpectrumReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.spdx");
    private static final SpectrumReadOptions TM27 = new SpectrumReadOptions(SpectrumFormat.TM27, null, null);

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        try {
            SpectrumFileReader.parse(FILE, new String(data, StandardCharsets.UTF_8), TM27, w -> { });
        } catch (InputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message");
            }
        }
    }
}
