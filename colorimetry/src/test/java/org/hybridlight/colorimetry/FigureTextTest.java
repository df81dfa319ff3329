package org.hybridlight.colorimetry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FigureTextTest {

    @Test
    void aValueThatRoundsToZeroHasNoMinus() {
        assertThat(FigureText.of("%.0f", -0.3)).isEqualTo("0");
        assertThat(FigureText.of("%.2f", -0.004)).isEqualTo("0.00");
        assertThat(FigureText.of("%+.4f", -0.00002)).isEqualTo("+0.0000");
        assertThat(FigureText.of("%.0f", -0.0)).isEqualTo("0");
    }

    @Test
    void otherValuesKeepTheirSignAndAMissingOneIsADash() {
        assertThat(FigureText.of("%.0f", -0.6)).isEqualTo("-1");
        assertThat(FigureText.of("%.2f", -0.006)).isEqualTo("-0.01");
        assertThat(FigureText.of("%+.4f", 0.00002)).isEqualTo("+0.0000");
        assertThat(FigureText.of("%.1f", 97.86)).isEqualTo("97.9");
        assertThat(FigureText.of("%.1f", Double.NaN)).isEqualTo(FigureText.MISSING);
    }
}
