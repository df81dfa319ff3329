package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.junit.jupiter.api.Test;

/** Screen colours from the CIE tables, without a toolkit. */
class DisplayColourServiceTest {

    /** sRGB's white point: IEC 61966-2-1 defines it as D65 at x 0.3127, y 0.3290. */
    private static final Chromaticity SRGB_WHITE = new Chromaticity(0.3127, 0.3290);
    /** Agreement of encoded sRGB components computed two ways. */
    private static final double RGB_TOLERANCE = 1e-9;

    private final DisplayColourService colours = new DisplayColourService();

    @Test
    void sRgbsWhitePointIsWhite() {
        DisplayColour c = colours.chromaticity(SRGB_WHITE.x(), SRGB_WHITE.y());
        assertThat(c.red()).isCloseTo(1, within(RGB_TOLERANCE));
        assertThat(c.green()).isCloseTo(1, within(RGB_TOLERANCE));
        assertThat(c.blue()).isCloseTo(1, within(RGB_TOLERANCE));
    }

    @Test
    void spectralColoursAreBlueGreenAndRedWhereTheEyeSeesThem() {
        assertThat(largest(colours.spectral(450))).isEqualTo(2);
        assertThat(largest(colours.spectral(530))).isEqualTo(1);
        assertThat(largest(colours.spectral(630))).isEqualTo(0);
        // beyond the grid the end colours are held
        assertThat(colours.spectral(10_000)).isEqualTo(colours.spectral(830));
    }

    @Test
    void theSpectralLocusHasOnePointPerNmInsideTheChromaticityTriangle() {
        assertThat(colours.spectralLocus()).hasSize(471);
        for (Chromaticity c : colours.spectralLocus()) {
            assertThat(c.x()).isBetween(0.0, 1.0);
            assertThat(c.y()).isBetween(0.0, 1.0);
            assertThat(c.x() + c.y()).isLessThanOrEqualTo(1 + RGB_TOLERANCE);
        }
        // the long-wavelength end is the reddest point (largest x)
        Chromaticity red = colours.spectralLocus().get(colours.spectralLocus().size() - 1);
        assertThat(colours.spectralLocus()).allSatisfy(c -> assertThat(c.x()).isLessThanOrEqualTo(red.x() + 1e-3));
    }

    @Test
    void testColourSamplesLookLikeTheirNames() {
        assertThat(colours.sampleCount()).isEqualTo(14);
        // CIE 13.3: TCS09 strong red, TCS11 strong green, TCS12 strong blue
        assertThat(largest(colours.sample(9))).isEqualTo(0);
        assertThat(largest(colours.sample(11))).isEqualTo(1);
        assertThat(largest(colours.sample(12))).isEqualTo(2);
    }

    @Test
    void desaturatingKeepsTheBrightestComponentAndScalesTheRestTowardsIt() {
        DisplayColour c = new DisplayColour(0.2, 0.6, 1.0);
        assertThat(c.desaturated(1).red()).isCloseTo(0.2, within(RGB_TOLERANCE));
        assertThat(c.desaturated(1).green()).isCloseTo(0.6, within(RGB_TOLERANCE));
        assertThat(c.desaturated(0)).isEqualTo(new DisplayColour(1, 1, 1));
        DisplayColour half = c.desaturated(0.5);
        assertThat(half.blue()).isEqualTo(1.0);
        assertThat(half.red()).isCloseTo(0.6, within(RGB_TOLERANCE));
        assertThat(half.green()).isCloseTo(0.8, within(RGB_TOLERANCE));
        assertThat(new DisplayColour(1, 0.5, 0).argb()).isEqualTo(0xffff8000);
        assertThatThrownBy(() -> new DisplayColour(1.2, 0, 0)).hasMessageContaining("0-1");
    }

    private static int largest(DisplayColour c) {
        return c.red() >= c.green() && c.red() >= c.blue() ? 0 : c.green() >= c.blue() ? 1 : 2;
    }
}
