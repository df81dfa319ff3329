package org.hybridlight.ui.model;

/**
 * A screen colour: encoded sRGB (IEC 61966-2-1), each component 0–1. The views turn it into their toolkit's
 * colour; the view models stay free of any toolkit.
 *
 * @param red encoded red, 0–1
 * @param green encoded green, 0–1
 * @param blue encoded blue, 0–1
 */
public record DisplayColour(double red, double green, double blue) {

    public DisplayColour {
        if (!(red >= 0 && red <= 1 && green >= 0 && green <= 1 && blue >= 0 && blue <= 1)) {
            throw new IllegalArgumentException("sRGB components must be 0-1, got " + red + ", " + green + ", "
                    + blue);
        }
    }

    /** Opaque 8-bit ARGB, each component rounded to the nearest of 0–255. */
    public int argb() {
        return 0xff000000 | byteOf(red) << 16 | byteOf(green) << 8 | byteOf(blue);
    }

    /**
     * The same hue and brightness (HSB value) with the saturation scaled by {@code factor} (0–1): each component
     * moves towards the largest by {@code 1 - factor}.
     */
    public DisplayColour desaturated(double factor) {
        double v = Math.max(red, Math.max(green, blue));
        return new DisplayColour(v - factor * (v - red), v - factor * (v - green), v - factor * (v - blue));
    }

    private static int byteOf(double c) {
        return (int) Math.round(c * 255);
    }
}
