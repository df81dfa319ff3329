package org.hybridlight.optimizer;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.hybridlight.colorimetry.io.InputException;

/** Fuzzes the optimizer-config reader: any bytes give a problem or an {@link InputException}, nothing else. */
class OptimizeConfigReaderFuzzTest {

    @FuzzTest(maxExecutions = 1_000_000)
    void parse(byte[] data) {
        try {
            OptimizeConfigReader.parse(Path.of("fuzz.json"), new String(data, StandardCharsets.UTF_8), null);
        } catch (InputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message");
            }
        }
    }
}
