package org.hybridlight.ui.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;

/**
 * What the CIE 1931 (x, y) chromaticity diagram shows, computed here so the view only draws: the spectral
 * locus and its coloured inside, the Planckian locus at 1000–25000 K, isotemperature lines (Duv ±0.01) at the
 * labelled temperatures, and the target's chromaticity, which follows the design's target CCT and Duv.
 */
public final class ChromaticityDiagramModel {

    /** Temperatures of the isotemperature lines, K. */
    private static final double[] TICKS_K = {2000, 2500, 3000, 3500, 4000, 5000, 6500, 10000};
    /** Half length of an isotemperature line, in Duv. */
    private static final double ISOTEMPERATURE_DUV = 0.01;
    /** The fill is paler than the spectral colours so that the curves on it stay readable. */
    private static final double FILL_SATURATION = 0.85;

    /** An isotemperature line from Duv −0.01 to +0.01 at {@code cctK}. */
    public record Isotemperature(double cctK, Chromaticity from, Chromaticity to) {
    }

    private final CctMethod cct;
    private final DisplayColourService colours;
    private final List<Chromaticity> planckian;
    private final List<Isotemperature> isotemperature;
    private final double[] locusX;
    private final double[] locusY;
    private final ReadOnlyObjectWrapper<Chromaticity> target = new ReadOnlyObjectWrapper<>(this, "target");

    /**
     * @param design whose target is marked
     * @param colours screen colours and the spectral locus
     * @param cct the CCT method whose locus and Duv the diagram shows (the evaluator's)
     */
    public ChromaticityDiagramModel(DesignViewModel design, DisplayColourService colours, CctMethod cct) {
        this.cct = cct;
        this.colours = colours;
        List<Chromaticity> locus = new ArrayList<>();
        for (double t = 1000; t <= 25000; t *= 1.02) {
            locus.add(cct.uvOf(t, 0).toChromaticityFrom1960());
        }
        planckian = List.copyOf(locus);
        List<Isotemperature> lines = new ArrayList<>();
        for (double t : TICKS_K) {
            lines.add(new Isotemperature(t, cct.uvOf(t, -ISOTEMPERATURE_DUV).toChromaticityFrom1960(),
                    cct.uvOf(t, ISOTEMPERATURE_DUV).toChromaticityFrom1960()));
        }
        isotemperature = List.copyOf(lines);
        List<Chromaticity> spectral = colours.spectralLocus();
        locusX = new double[spectral.size()];
        locusY = new double[spectral.size()];
        for (int i = 0; i < locusX.length; i++) {
            locusX[i] = spectral.get(i).x();
            locusY[i] = spectral.get(i).y();
        }
        design.targetCctK().valueProperty().addListener(o -> showTarget(design));
        design.targetDuv().valueProperty().addListener(o -> showTarget(design));
        showTarget(design);
    }

    private void showTarget(DesignViewModel design) {
        try {
            target.set(cct.uvOf(design.targetCctK().get(), design.targetDuv().get()).toChromaticityFrom1960());
        } catch (IllegalArgumentException e) {
            // a target outside the CCT range is refused by its field; nothing to mark
            target.set(null);
        }
    }

    /** The spectral locus (closed by the line of purples). */
    public List<Chromaticity> spectralLocus() {
        return colours.spectralLocus();
    }

    /** The Planckian locus, 1000–25000 K in 2 % steps. */
    public List<Chromaticity> planckianLocus() {
        return planckian;
    }

    /** Isotemperature lines at 2000, 2500, 3000, 3500, 4000, 5000, 6500 and 10000 K. */
    public List<Isotemperature> isotemperatureLines() {
        return isotemperature;
    }

    /** The target's chromaticity, or {@code null} while the target CCT lies outside 1000–100000 K. */
    public ReadOnlyObjectProperty<Chromaticity> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /**
     * The coloured inside of the spectral locus as an image, row by row between the outline's crossings: opaque
     * ARGB pixels inside, transparent (0) outside. Pixel (col, row) has its centre at x = xMin + (col + 0.5) /
     * pxPerUnit, y = yMin + (heightPx − row − 0.5) / pxPerUnit (row 0 at the top).
     *
     * @param xMin x at the image's left edge
     * @param yMin y at the image's bottom edge
     * @param pxPerUnit pixels per unit of x and of y
     * @param widthPx image width, px (at least 1)
     * @param heightPx image height, px (at least 1)
     * @return {@code widthPx × heightPx} pixels, rows top to bottom
     */
    public int[] fillArgb(double xMin, double yMin, double pxPerUnit, int widthPx, int heightPx) {
        if (widthPx < 1 || heightPx < 1 || !(pxPerUnit > 0)) {
            throw new IllegalArgumentException("fill needs at least 1 x 1 px and a positive scale, got "
                    + widthPx + " x " + heightPx + " px at " + pxPerUnit + " px per unit");
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
                int from = Math.max(0, (int) Math.ceil((crossings[c] - xMin) * pxPerUnit));
                int to = Math.min(widthPx - 1, (int) Math.floor((crossings[c + 1] - xMin) * pxPerUnit));
                for (int col = from; col <= to; col++) {
                    double x = xMin + (col + 0.5) / pxPerUnit;
                    argb[row * widthPx + col] = colours.chromaticity(x, y).desaturated(FILL_SATURATION).argb();
                }
            }
        }
        return argb;
    }

    /**
     * The colours the units can mix: the convex hull of their points (Andrew's monotone chain), counter-clockwise;
     * two points give the segment between them, one the point itself. A target inside is reachable with
     * non-negative drive weights.
     */
    public static List<Chromaticity> gamut(List<Chromaticity> points) {
        List<Chromaticity> p = new ArrayList<>(points);
        p.sort(java.util.Comparator.comparingDouble(Chromaticity::x).thenComparingDouble(Chromaticity::y));
        if (p.size() < 3) {
            return List.copyOf(p);
        }
        List<Chromaticity> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) {
            int start = hull.size();
            for (Chromaticity c : p) {
                while (hull.size() >= start + 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), c) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(c);
            }
            hull.remove(hull.size() - 1);
            java.util.Collections.reverse(p);
        }
        return List.copyOf(hull);
    }

    private static double cross(Chromaticity o, Chromaticity a, Chromaticity b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
