package org.hybridlight.colorimetry.plot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

/** Screen colours from the CIE tables. */
class PlotColoursTest {

    /** sRGB's white point: IEC 61966-2-1 defines it as D65 at x 0.3127, y 0.3290. */
    private static final Chromaticity SRGB_WHITE = new Chromaticity(0.3127, 0.3290);
    /** Agreement of encoded sRGB components computed two ways. */
    private static final double RGB_TOLERANCE = 1e-9;

    private final PlotColours colours = new PlotColours();

    @Test
    void sRgbsWhitePointIsWhite() {
        assertArrayEquals(new double[] {1, 1, 1}, colours.chromaticity(SRGB_WHITE.x(), SRGB_WHITE.y()),
                RGB_TOLERANCE);
    }

    @Test
    void spectralColoursAreBlueGreenAndRedWhereTheEyeSeesThem() {
        assertEquals(2, largest(colours.spectral(450)));
        assertEquals(1, largest(colours.spectral(530)));
        assertEquals(0, largest(colours.spectral(630)));
        // beyond the grid the end colours are held
        assertArrayEquals(colours.spectral(830), colours.spectral(10_000));
    }

    @Test
    void theSpectralLocusHasOnePointPerNmInsideTheChromaticityTriangle() {
        List<Chromaticity> locus = colours.spectralLocus();
        assertEquals(471, locus.size());
        for (Chromaticity c : locus) {
            assertTrue(c.x() >= 0 && c.x() <= 1 && c.y() >= 0 && c.y() <= 1 && c.x() + c.y() <= 1 + RGB_TOLERANCE);
        }
        // the long-wavelength end is the reddest point (largest x)
        Chromaticity red = locus.get(locus.size() - 1);
        assertTrue(locus.stream().allMatch(c -> c.x() <= red.x() + 1e-3));
    }

    @Test
    void testColourSamplesLookLikeTheirNames() {
        assertEquals(14, colours.sampleCount());
        // CIE 13.3: TCS09 strong red, TCS11 strong green, TCS12 strong blue
        assertEquals(0, largest(colours.sample(9)));
        assertEquals(1, largest(colours.sample(11)));
        assertEquals(2, largest(colours.sample(12)));
    }

    @Test
    void componentsBecomeBytesRoundedAndClamped() {
        assertEquals(0xff8000, PlotColours.rgb(new double[] {1, 0.5, 0}));
        assertEquals(0x00ff00, PlotColours.rgb(new double[] {-0.2, 1.3, 0.001}));
        // what a caller does to a colour handed out does not change the next one
        double[] c = colours.sample(1);
        c[0] = 7;
        assertTrue(colours.sample(1)[0] <= 1);
    }

    private static int largest(double[] c) {
        return c[0] >= c[1] && c[0] >= c[2] ? 0 : c[1] >= c[2] ? 1 : 2;
    }
}
