package org.hybridlight.colorimetry.io;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The body of each forced-format reader fuzz target: spectra or an {@link InputException} with a message. */
final class ForcedFormatFuzzing {

    private ForcedFormatFuzzing() {
    }

    static void parse(Path file, SpectrumFormat format, byte[] data) {
        try {
            SpectrumFileReader.parse(file, new String(data, StandardCharsets.UTF_8),
                    new SpectrumReadOptions(format, null, null), w -> { });
        } catch (InputException expected) {
            if (expected.getMessage() == null || expected.getMessage().isBlank()) {
                throw new AssertionError("an input error without a message");
            }
        }
    }
}
