package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"380", "-0.5", "+2", ".25", "5.", "1.5e-3", "2E10", "0", "0e-999", "2.2250738585072014E-308",
        "4.9e-324", "1e-320"})
    void plainDecimalsAreNumbers(String text) {
        assertThat(DecimalNumber.problem(text)).isNull();
        assertThat(DecimalNumber.parse(text)).isEqualTo(Double.parseDouble(text));
        assertThat(DecimalNumber.looksNumeric(text)).isTrue();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2f|is not a number", "8d|is not a number", "0x1p3|is not a number", "3000d|is not a number",
        "' 5'|is not a number", "1,5|is not a number", "''|is not a number", "e5|is not a number",
        "NaN|is not a finite number", "-Infinity|is not a finite number", "inf|is not a finite number",
        "1e400|is too large", "-2e308|is too large"})
    void everythingElseIsNotWithTheReason(String text, String problem) {
        assertThat(DecimalNumber.problem(text)).startsWith(problem);
        assertThatThrownBy(() -> DecimalNumber.parse(text)).isInstanceOf(NumberFormatException.class)
                .hasMessage("'" + text + "' " + DecimalNumber.problem(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nm", "wavelength", "λ", "-", ""})
    void headerCellsDoNotLookNumeric(String text) {
        assertThat(DecimalNumber.looksNumeric(text)).isFalse();
    }
}
