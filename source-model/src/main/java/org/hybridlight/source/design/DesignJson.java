package org.hybridlight.source.design;

import java.util.List;

/**
 * The JSON shape of a design file (bound by Jackson; unknown fields are errors). Numbers are boxed so that a
 * missing required field can be told from a zero.
 */
public final class DesignJson {

    private DesignJson() {
    }

    /** The file. */
    public record File(Double temperatureK, String reference, Target target, List<Unit> units) {
    }

    /** Colour target: CCT and Duv. */
    public record Target(Double cctK, Double duv) {
    }

    /** One LED–QD unit with its drive weight; without {@code qd} a plain LED or pc-LED channel. */
    public record Unit(String name, Double weight, Led led, Qd qd, Double reabsorptionPathFactor) {
    }

    /**
     * The LED; for shape {@code phosphor-converted} peak and FWHM are the phosphor band's, the power the pump's,
     * with the phosphor's absorbed fraction of the pump and its quantum efficiency.
     */
    public record Led(String shape, Double peakNm, Double fwhmNm, Double opticalPowerW, String spectrumFile,
            Double phosphorFraction, Double phosphorQuantumEfficiency) {

        /** An LED that is not phosphor-converted. */
        public Led(String shape, Double peakNm, Double fwhmNm, Double opticalPowerW, String spectrumFile) {
            this(shape, peakNm, fwhmNm, opticalPowerW, spectrumFile, null, null);
        }
    }

    /**
     * The quantum dots, given by core size or by emission peak and the model's parameters, or by measured spectra
     * ({@code absorptionFile} and {@code emissionFile}, with {@code absorption1SPeakNm} and
     * {@code spectraTemperatureK}).
     */
    public record Qd(Double coreDiameterNm, Double emissionPeakNm, Double od1S, Double shellMonolayers,
            Double shellShiftPerMonolayerMeV, Double stokesShiftMeV, Double emissionFwhmMeV,
            Double absorptionFwhm1SMeV, Double plqy, String tailLaw, Double tailPrefactor,
            Double sizeDispersionPercent, Double gapShiftMeVPerK, String absorptionFile, String emissionFile,
            Double absorption1SPeakNm, Double spectraTemperatureK) {

        /** Model dots with the default tail, one size and the default gap shift. */
        public Qd(Double coreDiameterNm, Double emissionPeakNm, Double od1S, Double shellMonolayers,
                Double shellShiftPerMonolayerMeV, Double stokesShiftMeV, Double emissionFwhmMeV,
                Double absorptionFwhm1SMeV, Double plqy) {
            this(coreDiameterNm, emissionPeakNm, od1S, shellMonolayers, shellShiftPerMonolayerMeV, stokesShiftMeV,
                    emissionFwhmMeV, absorptionFwhm1SMeV, plqy, null, null, null, null, null, null, null, null);
        }

        /** The same dots with the fields an editor changes: size (core or emission peak), OD and PLQY. */
        public Qd edited(Double core, Double emissionPeak, Double od, Double quantumYield) {
            return new Qd(core, emissionPeak, od, shellMonolayers, shellShiftPerMonolayerMeV, stokesShiftMeV,
                    emissionFwhmMeV, absorptionFwhm1SMeV, quantumYield, tailLaw, tailPrefactor, sizeDispersionPercent,
                    gapShiftMeVPerK, absorptionFile, emissionFile, absorption1SPeakNm, spectraTemperatureK);
        }
    }
}
