package org.hybridlight.colorimetry.cct;

/**
 * Correlated colour temperature and the signed distance from the Planckian locus in CIE 1960 (u, v).
 *
 * @param cctK correlated colour temperature, K
 * @param duv distance from the Planckian locus, positive above it (towards green)
 */
public record CctDuv(double cctK, double duv) {
}
