package org.hybridlight.ciedata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The bundled tables load, have their published shape, and reproduce published derived values. */
class CieDataTest {

    /** Equal-energy white's x, y from the CMF tables against 1/3 (the tables' own rounding). */
    private static final double EQUAL_ENERGY_WHITE = 2e-4;
    /** White points summed at 5 nm against CIE 015:2018 Table 3's five decimals (half a unit of the last digit,
     *  doubled for the table's own rounding). */
    private static final double PUBLISHED_WHITE_POINT = 1e-5;
    /** Illuminant A's y, summed at 1 nm where the CIE sums at 5 nm: the last digit may differ by one. */
    private static final double PUBLISHED_WHITE_POINT_A_Y = 1.5e-5;
    /** A three-decimal reflectance × 1000 is an integer up to the parse's rounding. */
    private static final double THREE_DECIMALS = 1e-6;

    private static void regular(SpectralTable t, double first, double last, double step, List<String> columns) {
        assertThat(t.firstWavelengthNm()).isEqualTo(first);
        assertThat(t.lastWavelengthNm()).isEqualTo(last);
        assertThat(t.size()).isEqualTo((int) Math.round((last - first) / step) + 1);
        double[] wl = t.wavelengthsNm();
        for (int i = 1; i < wl.length; i++) {
            assertThat(wl[i] - wl[i - 1]).isEqualTo(step);
        }
        assertThat(t.columnNames()).containsExactlyElementsOf(columns);
        assertThat(t.description()).isNotBlank();
    }

    @Test
    void observersAreOneNanometreFrom360To830() {
        regular(CieData.cie1931TwoDegreeObserver(), 360, 830, 1, List.of("xbar", "ybar", "zbar"));
        regular(CieData.cie1964TenDegreeObserver(), 360, 830, 1, List.of("xbar", "ybar", "zbar"));
    }

    @Test
    void photopicLuminosityPeaksAtOneAt555nm() {
        SpectralTable t = CieData.cie1931TwoDegreeObserver();
        double[] y = t.column("ybar");
        assertThat(y[555 - 360]).isEqualTo(1.0);
        assertThat(IntStream.range(0, y.length).mapToDouble(i -> y[i]).max().orElseThrow()).isEqualTo(1.0);
    }

    @Test
    void equalEnergyWhiteIsNearOneThird() {
        // the CMFs are normalized to equal areas: illuminant E has x = y = 1/3 (to the table's precision)
        for (SpectralTable t : List.of(CieData.cie1931TwoDegreeObserver(), CieData.cie1964TenDegreeObserver())) {
            double x = sum(t.column("xbar"));
            double y = sum(t.column("ybar"));
            double z = sum(t.column("zbar"));
            assertThat(x / (x + y + z)).isCloseTo(1.0 / 3, within(EQUAL_ENERGY_WHITE));
            assertThat(y / (x + y + z)).isCloseTo(1.0 / 3, within(EQUAL_ENERGY_WHITE));
        }
    }

    @Test
    void d65WhitePointIsThePublishedOne() {
        // CIE 015:2018 Table 3: D65, 2° observer: x = 0.31272, y = 0.32903; 10°: x = 0.31382, y = 0.33100
        double[] xy2 = chromaticity(CieData.illuminantD65(), "D65", CieData.cie1931TwoDegreeObserver());
        assertThat(xy2[0]).isCloseTo(0.31272, within(PUBLISHED_WHITE_POINT));
        assertThat(xy2[1]).isCloseTo(0.32903, within(PUBLISHED_WHITE_POINT));
        double[] xy10 = chromaticity(CieData.illuminantD65(), "D65", CieData.cie1964TenDegreeObserver());
        assertThat(xy10[0]).isCloseTo(0.31382, within(PUBLISHED_WHITE_POINT));
        assertThat(xy10[1]).isCloseTo(0.33100, within(PUBLISHED_WHITE_POINT));
    }

    @Test
    void illuminantAWhitePointIsThePublishedOne() {
        // CIE 015:2018 Table 3: A, 2° observer: x = 0.44757, y = 0.40745 (the CIE sums at 5 nm; at 1 nm over
        // 360-830 nm y is 0.407439, so the last digit may differ by one)
        double[] xy = chromaticity(CieData.illuminantA(), "A", CieData.cie1931TwoDegreeObserver());
        assertThat(xy[0]).isCloseTo(0.44757, within(PUBLISHED_WHITE_POINT));
        assertThat(xy[1]).isCloseTo(0.40745, within(PUBLISHED_WHITE_POINT_A_Y));
    }

    @Test
    void illuminantsHaveTheirPublishedRanges() {
        regular(CieData.illuminantA(), 300, 830, 1, List.of("A"));
        regular(CieData.illuminantD65(), 300, 830, 5, List.of("D65"));
        regular(CieData.daylightComponents(), 300, 830, 5, List.of("S0", "S1", "S2"));
        regular(CieData.fluorescentIlluminants(), 380, 780, 5,
                IntStream.rangeClosed(1, 12).mapToObj(i -> "F" + i).toList());
        assertThat(CieData.illuminantA().column("A")[560 - 300]).isEqualTo(100.0);
        assertThat(CieData.illuminantD65().column("D65")[(560 - 300) / 5]).isEqualTo(100.0);
        assertThat(CieData.daylightComponents().column("S0")[(560 - 300) / 5]).isEqualTo(100.0);
    }

    @Test
    void testColourSamplesAreThreeDecimalReflectances() {
        SpectralTable t = CieData.testColourSamples();
        regular(t, 360, 830, 5, IntStream.rangeClosed(1, 14).mapToObj(i -> String.format("TCS%02d", i)).toList());
        boolean anyThirdDecimal = false;
        for (double[] column : t.columns()) {
            for (double r : column) {
                assertThat(r).isBetween(0.0, 1.0);
                long milli = Math.round(r * 1000);
                assertThat(r * 1000).isCloseTo(milli, within(THREE_DECIMALS));
                anyThirdDecimal |= milli % 10 != 0;
            }
        }
        // the two-decimal copy in colord-data would fail this
        assertThat(anyThirdDecimal).isTrue();
    }

    @Test
    void colourEvaluationSamplesAreNinetyNineReflectances() {
        SpectralTable t = CieData.colourEvaluationSamples();
        regular(t, 380, 780, 1, IntStream.rangeClosed(1, 99).mapToObj(i -> String.format("CES%02d", i)).toList());
        for (double[] column : t.columns()) {
            for (double r : column) {
                assertThat(r).isBetween(0.0, 1.0);
            }
        }
    }

    @Test
    void tablesAreLoadedOnceAndShared() {
        List<Supplier<SpectralTable>> all = List.of(CieData::cie1931TwoDegreeObserver,
                CieData::cie1964TenDegreeObserver, CieData::daylightComponents, CieData::illuminantA,
                CieData::illuminantD65, CieData::fluorescentIlluminants, CieData::testColourSamples,
                CieData::colourEvaluationSamples);
        for (Supplier<SpectralTable> s : all) {
            assertThat(s.get()).isSameAs(s.get());
        }
    }

    @Test
    void accessorsReturnCopies() {
        SpectralTable t = CieData.cie1931TwoDegreeObserver();
        t.column("ybar")[195] = -1;
        t.wavelengthsNm()[0] = -1;
        assertThat(t.column("ybar")[195]).isEqualTo(1.0);
        assertThat(t.firstWavelengthNm()).isEqualTo(360);
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s;
    }

    /** x, y of an illuminant with a 1 nm observer, the illuminant linearly interpolated to 1 nm. */
    private static double[] chromaticity(SpectralTable illuminant, String column, SpectralTable cmf) {
        double[] wl = illuminant.wavelengthsNm();
        double[] s = illuminant.column(column);
        double[] cw = cmf.wavelengthsNm();
        double[] x = cmf.column("xbar");
        double[] y = cmf.column("ybar");
        double[] z = cmf.column("zbar");
        double sx = 0;
        double sy = 0;
        double sz = 0;
        for (int i = 0; i < cw.length; i++) {
            double v = linear(wl, s, cw[i]);
            sx += v * x[i];
            sy += v * y[i];
            sz += v * z[i];
        }
        return new double[] {sx / (sx + sy + sz), sy / (sx + sy + sz)};
    }

    private static double linear(double[] wl, double[] v, double at) {
        for (int i = 1; i < wl.length; i++) {
            if (at <= wl[i]) {
                return v[i - 1] + (v[i] - v[i - 1]) * (at - wl[i - 1]) / (wl[i] - wl[i - 1]);
            }
        }
        return v[v.length - 1];
    }
}
