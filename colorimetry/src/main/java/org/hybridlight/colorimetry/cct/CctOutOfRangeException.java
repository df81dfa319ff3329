package org.hybridlight.colorimetry.cct;

import org.hybridlight.colorimetry.tristimulus.Uv;

/** The chromaticity's correlated colour temperature lies outside 1000–100000 K. */
public final class CctOutOfRangeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public CctOutOfRangeException(Uv uv, String side) {
        super(String.format("CCT of u=%.5f, v=%.5f is %s the supported range 1000-100000 K", uv.u(), uv.v(), side));
    }
}
