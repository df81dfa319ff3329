package org.hybridlight.colorimetry.cct;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hybridlight.ciedata.AnsiC78377;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

/**
 * The ANSI C78.377 quadrangles as bundled obey the standard's construction, checked with this project's Ohno 2013
 * CCT and Duv: each bin spans a CCT range along the Planckian locus (its two low-CCT corners at one CCT, its two
 * high-CCT corners at another, the nominal CCT between) and Duv ±0.006 about its target Duv at each end; neighbours share
 * their common edge. A digit mistyped in a corner breaks one of these.
 */
class AnsiC78377QuadranglesTest {

    /** What rounding x and y to four decimals does to a Duv. */
    private static final double DUV_ROUNDING = 3e-4;
    /** The standard's Duv tolerance either side of the centre. */
    private static final double DUV_TOLERANCE = 0.006;
    /** What four-decimal rounding does to a CCT, relative. */
    private static final double CCT_ROUNDING = 0.006;

    private final CctMethod cct = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, false).cctMethod();

    private CctDuv at(double x, double y) {
        return cct.cctDuv(new Chromaticity(x, y).uv1960());
    }

    @Test
    void eightBinsFrom2700To6500K() {
        assertEquals(List.of(2700, 3000, 3500, 4000, 4500, 5000, 5700, 6500),
                AnsiC78377.nominalQuadrangles().stream().map(AnsiC78377.Quadrangle::nominalCctK).toList());
    }

    @Test
    void eachBinSpansACctRangeAndDuvPlusMinus0006AboutItsCentre() {
        for (AnsiC78377.Quadrangle q : AnsiC78377.nominalQuadrangles()) {
            double[] xs = q.cornersX();
            double[] ys = q.cornersY();
            CctDuv[] c = new CctDuv[4];
            for (int k = 0; k < 4; k++) {
                c[k] = at(xs[k], ys[k]);
            }
            CctDuv centre = at(q.centreX(), q.centreY());
            String bin = q.nominalCctK() + " K";
            // at each CCT end the corner above the locus lies 2 x DUV_TOLERANCE above the one below (the target Duv
            // itself changes a little along a bin, so the ends are compared with each other, not with the centre)
            assertEquals(2 * DUV_TOLERANCE, c[0].duv() - c[3].duv(), DUV_ROUNDING, bin + " low-CCT end");
            assertEquals(2 * DUV_TOLERANCE, c[1].duv() - c[2].duv(), DUV_ROUNDING, bin + " high-CCT end");
            double meanDuv = (c[0].duv() + c[1].duv() + c[2].duv() + c[3].duv()) / 4;
            assertEquals(meanDuv, centre.duv(), 2 * DUV_ROUNDING, bin + " centre");
            // corners 0 and 3 at the low CCT, 1 and 2 at the high CCT
            assertEquals(c[0].cctK(), c[3].cctK(), c[0].cctK() * CCT_ROUNDING, bin);
            assertEquals(c[1].cctK(), c[2].cctK(), c[1].cctK() * CCT_ROUNDING, bin);
            double low = Math.max(c[0].cctK(), c[3].cctK());
            double high = Math.min(c[1].cctK(), c[2].cctK());
            assertTrue(low < q.nominalCctK() && q.nominalCctK() < high, bin + ": " + low + "-" + high + " K");
            assertTrue(low < centre.cctK() && centre.cctK() < high, bin);
        }
    }

    @Test
    void neighboursShareTheirCommonEdge() {
        List<AnsiC78377.Quadrangle> q = AnsiC78377.nominalQuadrangles();
        for (int i = 0; i + 1 < q.size(); i++) {
            double[] ax = q.get(i).cornersX();
            double[] ay = q.get(i).cornersY();
            double[] bx = q.get(i + 1).cornersX();
            double[] by = q.get(i + 1).cornersY();
            // the high-CCT edge (1, 2) of one is the low-CCT edge (0, 3) of the next, to the last digit or two
            assertEquals(ax[1], bx[0], 3e-4, q.get(i).nominalCctK() + " K");
            assertEquals(ay[1], by[0], 3e-4);
            assertEquals(ax[2], bx[3], 3e-4);
            assertEquals(ay[2], by[3], 3e-4);
        }
    }
}
