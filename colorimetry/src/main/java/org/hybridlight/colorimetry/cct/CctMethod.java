package org.hybridlight.colorimetry.cct;

import org.hybridlight.colorimetry.tristimulus.Uv;

/** A method that finds the correlated colour temperature and Duv of a CIE 1960 (u, v) chromaticity. */
public interface CctMethod {

    /** Lowest CCT the methods of this tool report, K. */
    double MIN_CCT_K = 1000;
    /** Highest CCT the methods of this tool report, K. */
    double MAX_CCT_K = 100000;

    /**
     * CCT and Duv of {@code uv}.
     *
     * @throws CctOutOfRangeException if the CCT lies outside 1000–100000 K
     */
    CctDuv cctDuv(Uv uv);
}
