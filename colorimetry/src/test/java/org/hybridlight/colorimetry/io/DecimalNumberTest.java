package org.hybridlight.colorimetry.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;
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

    /** A random decimal: sign, 0-25 integer digits (leading zeros too), a fraction, an exponent, in any mix. */
    private static String randomDecimal(Random rnd) {
        StringBuilder b = new StringBuilder();
        int sign = rnd.nextInt(4);
        b.append(sign == 0 ? "-" : sign == 1 ? "+" : "");
        int intDigits = rnd.nextInt(4) == 0 ? rnd.nextInt(26) : rnd.nextInt(5);
        int fracDigits = rnd.nextInt(3) == 0 ? -1 : rnd.nextInt(4) == 0 ? rnd.nextInt(26) : rnd.nextInt(8);
        if (intDigits == 0 && fracDigits <= 0) {
            intDigits = 1;
        }
        for (int i = 0; i < intDigits; i++) {
            b.append((char) ('0' + (rnd.nextInt(5) == 0 ? 0 : rnd.nextInt(10))));
        }
        if (fracDigits >= 0) {
            b.append('.');
            for (int i = 0; i < fracDigits; i++) {
                b.append((char) ('0' + rnd.nextInt(10)));
            }
        }
        if (rnd.nextInt(3) == 0) {
            b.append(rnd.nextBoolean() ? 'e' : 'E');
            int e = rnd.nextInt(5) == 0 ? rnd.nextInt(700) : rnd.nextInt(30);
            b.append(rnd.nextBoolean() ? "-" : rnd.nextBoolean() ? "+" : "").append(e);
        }
        return b.toString();
    }

    @Test
    void theCellParserGivesExactlyTheDoublesOfParseDouble() {
        Random rnd = new Random(14);
        for (int k = 0; k < 200_000; k++) {
            String text = randomDecimal(rnd);
            double expected = Double.parseDouble(text);
            char[] cell = ("x" + text + "y").toCharArray();
            double got = DecimalNumber.parseOrNaN(cell, 1, text.length(), false);
            if (Double.isInfinite(expected)) {
                assertThat(got).as(text).isNaN();
                continue;
            }
            assertThat(Double.doubleToRawLongBits(got)).as(text).isEqualTo(Double.doubleToRawLongBits(expected));
            // the same with a decimal comma, where the cell has one
            char[] comma = text.replace('.', ',').toCharArray();
            assertThat(Double.doubleToRawLongBits(DecimalNumber.parseOrNaN(comma, 0, comma.length, true))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(expected));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,5", "1.2.3", "1e", "e5", "+", "-", ".", "1e+", "0x10", "1_000", "2f", " 1", "1 ", "١"})
    void theCellParserRefusesWhatTheRuleRefuses(String text) {
        char[] c = text.toCharArray();
        assertThat(DecimalNumber.parseOrNaN(c, 0, c.length, false)).as(text).isNaN();
    }

    @Test
    void aDecimalCommaIsAPointOnlyWhenAllowed() {
        char[] c = "0,5".toCharArray();
        assertThat(DecimalNumber.parseOrNaN(c, 0, 3, true)).isEqualTo(0.5);
        assertThat(DecimalNumber.parseOrNaN(c, 0, 3, false)).isNaN();
        char[] both = "1,2.5".toCharArray();
        assertThat(DecimalNumber.parseOrNaN(both, 0, both.length, true)).isNaN();
    }
}
