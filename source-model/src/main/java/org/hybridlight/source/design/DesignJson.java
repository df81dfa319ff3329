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

    /** One LED–QD unit with its drive weight. */
    public record Unit(String name, Double weight, Led led, Qd qd, Double reabsorptionPathFactor) {
    }

    /** The LED. */
    public record Led(String shape, Double peakNm, Double fwhmNm, Double opticalPowerW, String spectrumFile) {
    }

    /** The quantum dots, given by core size or by emission peak. */
    public record Qd(Double coreDiameterNm, Double emissionPeakNm, Double od1S, Double shellMonolayers,
            Double shellShiftPerMonolayerMeV, Double stokesShiftMeV, Double emissionFwhmMeV,
            Double absorptionFwhm1SMeV, Double plqy) {
    }
}
