package org.hybridlight.colorimetry.tristimulus;

import org.hybridlight.ciedata.CieData;
import org.hybridlight.ciedata.SpectralTable;

/** The CIE standard colorimetric observers (CIE 015:2018, "Colorimetry", 4th ed., doi:10.25039/TR.015.2018). */
public enum StandardObserver {
    /** CIE 1931 2° standard colorimetric observer. */
    CIE_1931_2_DEGREE("CIE 1931 2°"),
    /** CIE 1964 10° supplementary standard colorimetric observer. */
    CIE_1964_10_DEGREE("CIE 1964 10°");

    private final String label;

    StandardObserver(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The colour-matching functions (columns xbar, ybar, zbar). */
    public SpectralTable colourMatchingFunctions() {
        return this == CIE_1931_2_DEGREE ? CieData.cie1931TwoDegreeObserver() : CieData.cie1964TenDegreeObserver();
    }
}
