package org.hybridlight.colorimetry.plot;

import java.util.Arrays;
import java.util.List;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;

/**
 * The coloured inside of the CIE 1931 spectral locus as an image, for {@link ChromaticityDiagramPlot}: each pixel
 * the chromaticity's full-brightness sRGB colour, paler than the spectral colours so that the curves drawn over it
 * stay readable. Keeps the last image made, since a plot redrawn at the same size and view needs the same one.
 */
public final class ChromaticityFill {

    /** The fill's saturation relative to the chromaticity's own colour. */
    private static final double SATURATION = 0.85;

    private final PlotColours colours;
    private final double[] locusX;
    private final double[] locusY;
    private double[] lastKey;
    private int[] last;

    public ChromaticityFill(PlotColours colours) {
        this.colours = colours;
        List<Chromaticity> spectral = colours.spectralLocus();
        locusX = new double[spectral.size()];
        locusY = new double[spectral.size()];
        for (int i = 0; i < locusX.length; i++) {
            locusX[i] = spectral.get(i).x();
            locusY[i] = spectral.get(i).y();
        }
    }

    /**
     * The fill row by row between the outline's crossings: opaque ARGB pixels inside, transparent (0) outside.
     * Pixel (col, row) has its centre at x = xMin + (col + 0.5) / pxPerUnit, y = yMin + (heightPx − row − 0.5) /
     * pxPerUnit (row 0 at the top). The array is shared with the next call of the same arguments: do not change it.
     *
     * @param xMin x at the image's left edge
     * @param yMin y at the image's bottom edge
     * @param pxPerUnit pixels per unit of x and of y
     * @param widthPx image width, px (at least 1)
     * @param heightPx image height, px (at least 1)
     * @return {@code widthPx × heightPx} pixels, rows top to bottom
     */
    public synchronized int[] argb(double xMin, double yMin, double pxPerUnit, int widthPx, int heightPx) {
        if (widthPx < 1 || heightPx < 1 || !(pxPerUnit > 0)) {
            throw new IllegalArgumentException("fill needs at least 1 x 1 px and a positive scale, got "
                    + widthPx + " x " + heightPx + " px at " + pxPerUnit + " px per unit");
        }
        double[] key = {xMin, yMin, pxPerUnit, widthPx, heightPx};
        if (Arrays.equals(key, lastKey)) {
            return last;
        }
        int[] argb = new int[widthPx * heightPx];
        int n = locusX.length;
        double[] crossings = new double[n + 1];
        for (int row = 0; row < heightPx; row++) {
            double y = yMin + (heightPx - row - 0.5) / pxPerUnit;
            int count = 0;
            for (int i = 0; i < n; i++) {
                int j = (i + 1) % n;
                if ((locusY[i] <= y) != (locusY[j] <= y)) {
                    crossings[count++] = locusX[i] + (y - locusY[i]) / (locusY[j] - locusY[i])
                            * (locusX[j] - locusX[i]);
                }
            }
            Arrays.sort(crossings, 0, count);
            for (int c = 0; c + 1 < count; c += 2) {
                int from = Math.max(0, (int) Math.ceil((crossings[c] - xMin) * pxPerUnit - 0.5));
                int to = Math.min(widthPx - 1, (int) Math.floor((crossings[c + 1] - xMin) * pxPerUnit - 0.5));
                for (int col = from; col <= to; col++) {
                    double x = xMin + (col + 0.5) / pxPerUnit;
                    argb[row * widthPx + col] = 0xff000000 | PlotColours.rgb(paler(colours.chromaticity(x, y)));
                }
            }
        }
        lastKey = key;
        last = argb;
        return argb;
    }

    /** The same hue and brightness (HSB value) with the saturation scaled by {@link #SATURATION}. */
    private static double[] paler(double[] rgb) {
        double v = Math.max(rgb[0], Math.max(rgb[1], rgb[2]));
        for (int i = 0; i < 3; i++) {
            rgb[i] = v - SATURATION * (v - rgb[i]);
        }
        return rgb;
    }
}
