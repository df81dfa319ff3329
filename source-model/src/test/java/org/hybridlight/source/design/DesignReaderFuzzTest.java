package org.hybridlight.source.design;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hybridlight.colorimetry.io.InputException;

/**
 * Fuzzes the design-file reader: any bytes give a design or an {@link InputException}, nothing else. The normal
 * run replays the committed corpus; {@code -Pfuzz} explores (see the README).
 */
class DesignReaderFuzzTest {

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        try {
            DesignReader.parse(Path.of("fuzz.json"), new String(data, StandardCharsets.UTF_8));
        } catch (InputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message");
            }
        }
    }
}
