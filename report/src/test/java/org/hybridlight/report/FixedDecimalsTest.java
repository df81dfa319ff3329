package org.hybridlight.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FixedDecimalsTest {

    @Test
    void aFigureThatCannotBeComputedIsADashAndATinyNegativeOneIsZero() {
        assertThat(FixedDecimals.format(Double.NaN, 1)).isEqualTo("-");
        assertThat(FixedDecimals.format(Double.POSITIVE_INFINITY, 1)).isEqualTo("-");
        assertThat(FixedDecimals.format(-1e-8, 5)).isEqualTo("0.00000");
        assertThat(FixedDecimals.format(-0.0, 1)).isEqualTo("0.0");
        assertThat(FixedDecimals.format(-1e-5, 5)).isEqualTo("-0.00001");
        assertThat(FixedDecimals.format(3000.04, 1)).isEqualTo("3000.0");
    }
}
