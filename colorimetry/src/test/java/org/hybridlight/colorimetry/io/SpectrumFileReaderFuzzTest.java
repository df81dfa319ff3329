package org.hybridlight.colorimetry.io;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Fuzzes the spectrum reader: whatever the bytes, it returns spectra or throws {@link InputException}, never
 * anything else. The normal test run replays the committed corpus (SpectrumFileReaderFuzzTestInputs/); the
 * Maven profile {@code fuzz} (JAZZER_FUZZ=1) explores new inputs, see the README.
 */
class SpectrumFileReaderFuzzTest {

    private static final Path FILE = Path.of("fuzz.csv");

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            SpectrumFileReader.parse(FILE, text, w -> { });
        } catch (InputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message");
            }
        }
    }
}
