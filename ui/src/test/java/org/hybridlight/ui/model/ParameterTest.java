package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ParameterTest {

    private Parameter peak() {
        return new Parameter("ledPeakNm", "LED peak", "nm", 250, 1100, 380, 780, 1, 635);
    }

    @Test
    void typedNumbersWithinTheRangeAreTakenWithOrWithoutTheirUnit() {
        Parameter p = peak();
        assertThat(p.setFromText(" 520.5 ")).isTrue();
        assertThat(p.get()).isEqualTo(520.5);
        assertThat(p.setFromText("530 nm")).isTrue();
        assertThat(p.get()).isEqualTo(530);
        assertThat(p.setFromText("540,5")).isTrue();
        assertThat(p.get()).isEqualTo(540.5);
        assertThat(p.errorProperty().get()).isNull();
    }

    @Test
    void refusedTextKeepsTheValueAndSaysWhy() {
        Parameter p = peak();
        assertThat(p.setFromText("green")).isFalse();
        assertThat(p.errorProperty().get()).isEqualTo("'green' is not a number");
        assertThat(p.setFromText("")).isFalse();
        assertThat(p.errorProperty().get()).isEqualTo("enter a number");
        assertThat(p.setFromText("1200")).isFalse();
        assertThat(p.errorProperty().get()).isEqualTo("must be 250.0–1100.0 nm");
        assertThat(p.setFromText("NaN")).isFalse();
        assertThat(p.setFromText("Infinity")).isFalse();
        assertThat(p.get()).isEqualTo(635);
        p.set(600);
        assertThat(p.errorProperty().get()).isNull();
    }

    @Test
    void aSliderRangeOutsideTheAcceptedRangeIsAProgrammingError() {
        assertThatThrownBy(() -> new Parameter("x", "x", "", 0, 1, -1, 1, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
