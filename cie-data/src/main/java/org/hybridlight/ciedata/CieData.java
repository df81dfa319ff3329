package org.hybridlight.ciedata;

/**
 * The CIE standard tables bundled with the tool, each loaded once on first use (thread-safe holder idiom)
 * and immutable afterwards. Where each table's figures come from is in {@code cie-data/SOURCES.md} and in
 * each table's {@link SpectralTable#description()}.
 */
public final class CieData {

    private static final String ROOT = "/org/hybridlight/ciedata/";

    private CieData() {
    }

    /** CIE 1931 2° standard observer: columns xbar, ybar, zbar; 1 nm, 360–830 nm. */
    public static SpectralTable cie1931TwoDegreeObserver() {
        return Cie1931.TABLE;
    }

    /** CIE 1964 10° standard observer: columns xbar, ybar, zbar; 1 nm, 360–830 nm. */
    public static SpectralTable cie1964TenDegreeObserver() {
        return Cie1964.TABLE;
    }

    /** CIE daylight components: columns S0, S1, S2; 5 nm, 300–830 nm. */
    public static SpectralTable daylightComponents() {
        return Daylight.TABLE;
    }

    /** CIE standard illuminant A: column A; 1 nm, 300–830 nm. */
    public static SpectralTable illuminantA() {
        return IlluminantA.TABLE;
    }

    /** CIE standard illuminant D65: column D65; 5 nm, 300–830 nm. */
    public static SpectralTable illuminantD65() {
        return IlluminantD65.TABLE;
    }

    /** CIE fluorescent illuminants: columns F1 … F12; 5 nm, 380–780 nm. */
    public static SpectralTable fluorescentIlluminants() {
        return Fluorescent.TABLE;
    }

    /** CIE 13.3-1995 test colour samples: columns TCS01 … TCS14; 5 nm, 360–830 nm, three decimals. */
    public static SpectralTable testColourSamples() {
        return TestColourSamples.TABLE;
    }

    /** CIE 224:2017 / ANSI/IES TM-30-18 colour evaluation samples: columns CES01 … CES99; 1 nm, 380–780 nm. */
    public static SpectralTable colourEvaluationSamples() {
        return ColourEvaluationSamples.TABLE;
    }

    private static SpectralTable load(String path) {
        return CsvTableReader.readResource(ROOT + path);
    }

    private static final class Cie1931 {
        static final SpectralTable TABLE = load("cmf/cie1931_2deg_1nm.csv");
    }

    private static final class Cie1964 {
        static final SpectralTable TABLE = load("cmf/cie1964_10deg_1nm.csv");
    }

    private static final class Daylight {
        static final SpectralTable TABLE = load("illuminants/cie_daylight_components_5nm.csv");
    }

    private static final class IlluminantA {
        static final SpectralTable TABLE = load("illuminants/cie_A_1nm.csv");
    }

    private static final class IlluminantD65 {
        static final SpectralTable TABLE = load("illuminants/cie_D65_5nm.csv");
    }

    private static final class Fluorescent {
        static final SpectralTable TABLE = load("illuminants/cie_F1_F12_5nm.csv");
    }

    private static final class TestColourSamples {
        static final SpectralTable TABLE = load("tcs/cie13_3_tcs_5nm.csv");
    }

    private static final class ColourEvaluationSamples {
        static final SpectralTable TABLE = load("tm30/cie224_ces_1nm.csv");
    }
}
