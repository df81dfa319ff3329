package org.hybridlight.colorimetry.rendering.cri;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CriReferenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"blackbody:3000d", "blackbody:3000f", "daylight:0x1p13", "blackbody: ", "daylight:65e2x"})
    void temperaturesArePlainDecimals(String text) {
        assertThatThrownBy(() -> CriReference.parseBuiltIn(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a temperature in K");
    }

    @ParameterizedTest
    @ValueSource(strings = {"blackbody:3000", "blackbody:3000K", "BLACKBODY:3e3", "blackbody:3000.0 k"})
    void builtInReferencesParse(String text) {
        assertThat(CriReference.parseBuiltIn(text).label()).isEqualTo("blackbody:3000");
    }
}
