package org.hybridlight.colorimetry.cam;

/**
 * The surround of a CIECAM02 viewing condition (CIE 159:2004, Table 1).
 *
 * @param f factor for the degree of adaptation F
 * @param c impact of the surround c
 * @param nc chromatic induction factor N_c
 */
public record Surround(double f, double c, double nc) {

    /** Average surround (surface colours), the one of CIE 224:2017 and TM-30. */
    public static final Surround AVERAGE = new Surround(1.0, 0.69, 1.0);
    /** Dim surround (e.g. television viewing). */
    public static final Surround DIM = new Surround(0.9, 0.59, 0.9);
    /** Dark surround (e.g. projection in a dark room). */
    public static final Surround DARK = new Surround(0.8, 0.525, 0.8);
}
