package org.hybridlight.colorimetry;

import org.hybridlight.colorimetry.cct.CctDuv;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.Uv;
import org.hybridlight.colorimetry.tristimulus.Xyz;

/**
 * The full colorimetric description of one spectrum.
 *
 * @param xyz CIE 1931 tristimulus values scaled so that Y = 100
 * @param xy CIE 1931 chromaticity
 * @param uv CIE 1960 UCS chromaticity
 * @param uvPrime CIE 1976 UCS chromaticity
 * @param cctDuv CCT (Ohno 2013) and Duv, or {@code null} when the CCT lies outside 1000–100000 K
 * @param cctProblem why {@code cctDuv} is missing, or {@code null}
 * @param colourRendering CIE 13.3 indices, or {@code null} when they cannot be computed
 * @param colourRenderingProblem why {@code colourRendering} is missing, or {@code null}
 * @param lerLmPerW luminous efficacy of radiation, lm/W, over the spectrum's own range
 * @param radiantPower ∫ S dλ over the spectrum's own range (W when the spectrum is in W/nm)
 * @param luminousFlux 683 lm/W × ∫ V S dλ (lm when the spectrum is in W/nm)
 * @param tm30 TM-30-18 colour rendition, or {@code null} when not requested or not computable
 * @param tm30Problem why {@code tm30} is missing, or {@code null}
 */
public record Colorimetry(Xyz xyz, Chromaticity xy, Uv uv, Uv uvPrime, CctDuv cctDuv, String cctProblem,
        ColourRendering colourRendering, String colourRenderingProblem, double lerLmPerW, double radiantPower,
        double luminousFlux, Tm30Result tm30, String tm30Problem) {

    /** The problem of a metric the evaluator was built without (not a warning: nobody asked for it). */
    public static final String NOT_REQUESTED = "not requested";

    /** CCT in K, or NaN. */
    public double cctK() {
        return cctDuv == null ? Double.NaN : cctDuv.cctK();
    }

    /** Duv, or NaN. */
    public double duv() {
        return cctDuv == null ? Double.NaN : cctDuv.duv();
    }

    /** TM-30 Rf, or NaN. */
    public double rf() {
        return tm30 == null ? Double.NaN : tm30.rf();
    }

    /** TM-30 Rg, or NaN. */
    public double rg() {
        return tm30 == null ? Double.NaN : tm30.rg();
    }

    /** Ra, or NaN. */
    public double ra() {
        return colourRendering == null ? Double.NaN : colourRendering.ra();
    }
}
