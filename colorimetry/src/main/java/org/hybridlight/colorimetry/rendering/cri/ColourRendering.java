package org.hybridlight.colorimetry.rendering.cri;

import java.util.Arrays;
import java.util.Objects;

/**
 * A CIE 13.3 colour rendering result.
 *
 * @param ra general colour rendering index Ra (mean of R1–R8)
 * @param r special indices R1…R14
 * @param reference the reference illuminant used, e.g. {@code blackbody:3000}
 * @param valid false when the source is farther than 5.4 × 10⁻³ from the Planckian locus in (u, v), where
 *     CIE 13.3 says the indices are not meaningful
 */
public record ColourRendering(double ra, double[] r, String reference, boolean valid) {

    public ColourRendering {
        r = r.clone();
    }

    @Override
    public double[] r() {
        return r.clone();
    }

    /** R_i for i = 1 … 14. */
    public double r(int i) {
        return r[i - 1];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColourRendering c && Double.compare(ra, c.ra) == 0 && Arrays.equals(r, c.r)
                && reference.equals(c.reference) && valid == c.valid;
    }

    @Override
    public int hashCode() {
        return Objects.hash(ra, Arrays.hashCode(r), reference, valid);
    }

    @Override
    public String toString() {
        return "ColourRendering[ra=" + ra + ", r=" + Arrays.toString(r) + ", reference=" + reference + ", valid="
                + valid + "]";
    }
}
