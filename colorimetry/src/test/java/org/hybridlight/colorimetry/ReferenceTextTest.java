package org.hybridlight.colorimetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceTextTest {

    @Test
    void builtInReferencesReadAsWordsAndKelvin() {
        assertThat(ReferenceText.of("blackbody:3000")).isEqualTo("blackbody 3000 K");
        assertThat(ReferenceText.of("daylight:6500")).isEqualTo("daylight 6500 K");
        assertThat(ReferenceText.of("blend:4825.9")).isEqualTo("blackbody–daylight blend 4826 K");
    }

    @Test
    void anythingElseIsShownAsGiven() {
        assertThat(ReferenceText.of("lamp.csv")).isEqualTo("lamp.csv");
        assertThat(ReferenceText.of("C:\\spectra\\ref.csv")).isEqualTo("C:\\spectra\\ref.csv");
        assertThat(ReferenceText.of("blackbody:warm")).isEqualTo("blackbody:warm");
        assertThat(ReferenceText.of("auto")).isEqualTo("auto");
    }
}
