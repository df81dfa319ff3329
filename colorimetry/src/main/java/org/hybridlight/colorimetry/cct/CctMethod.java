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

    /**
     * The inverse: the chromaticity at correlated colour temperature {@code cctK} and distance {@code duv} from
     * the Planckian locus, along the locus normal (positive towards larger v), on this method's observer and grid.
     * Turns a CCT/Duv target into a chromaticity.
     *
     * @throws IllegalArgumentException if {@code cctK} lies outside 1000–100000 K
     */
    Uv uvOf(double cctK, double duv);
}
