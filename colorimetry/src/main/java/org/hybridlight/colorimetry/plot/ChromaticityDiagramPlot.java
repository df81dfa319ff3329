package org.hybridlight.colorimetry.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.hybridlight.ciedata.AnsiC78377;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;

/**
 * Draws the CIE 1931 (x, y) chromaticity diagram (CIE 015:2018, "Colorimetry", doi:10.25039/TR.015.2018): the spectral locus
 * filled with approximate colours ({@link ChromaticityFill}), the Planckian locus with isotemperature lines
 * (Duv ±0.01) labelled in K where a label clears every other label and marker, the ANSI C78.377 quadrangles when
 * given, each unit's own point (□, numbered from 1) and the gamut the units can mix (dashed: their convex hull),
 * the source (○) and the target (+, drawn over the source). Zoomed to the white region it frames what the
 * Planckian locus at 2000–10000 K, the quadrangles, the source and the target occupy, filling the plot area. The
 * one routine behind the designer's diagram and the report's.
 */
public final class ChromaticityDiagramPlot {

    /** Temperatures of the isotemperature lines, K, in the order their labels are placed (the ends first). */
    private static final double[] ISOTEMPERATURE_K = {2000, 10000, 3000, 5000, 4000, 6500, 2500, 3500};
    /** Half length of an isotemperature line, in Duv. */
    private static final double ISOTEMPERATURE_DUV = 0.01;
    /** The whole diagram: x 0–0.8, y 0–0.9. */
    private static final double[] FULL = {0, 0.8, 0, 0.9};
    /** Margin around the white region when zoomed, in x, y. */
    private static final double WHITE_MARGIN = 0.015;
    private static final int AXIS = 0x404040;
    private static final int GRID = 0xe0e0e0;
    private static final int LOCUS = 0x4d4d4d;
    private static final int CURVE = 0x000000;
    private static final int GAMUT = 0x5a5a5a;
    private static final int QUADRANGLE = 0x7b3294;
    private static final int TARGET = 0x0050c8;
    private static final int WHITE = 0xffffff;

    private ChromaticityDiagramPlot() {
    }

    /** An isotemperature line from Duv −0.01 ({@code from}) to +0.01 ({@code to}) at {@code cctK}. */
    public record Isotemperature(double cctK, Chromaticity from, Chromaticity to) {
    }

    /**
     * A nominal CCT bin of ANSI C78.377: its centre and its four corners in order round the quadrangle.
     *
     * @param nominalCctK the bin's nominal CCT, K
     */
    public record Quadrangle(double nominalCctK, Chromaticity centre, List<Chromaticity> corners) {

        public Quadrangle {
            corners = List.copyOf(corners);
            if (corners.size() != 4) {
                throw new IllegalArgumentException("a quadrangle has 4 corners, got " + corners.size());
            }
        }
    }

    /** The nominal CCT quadrangles of ANSI C78.377-2017, 2700–6500 K (the published figures in cie-data). */
    public static List<Quadrangle> ansiC78377Quadrangles() {
        List<Quadrangle> out = new ArrayList<>();
        for (AnsiC78377.Quadrangle q : AnsiC78377.nominalQuadrangles()) {
            double[] xs = q.cornersX();
            double[] ys = q.cornersY();
            List<Chromaticity> corners = new ArrayList<>();
            for (int k = 0; k < xs.length; k++) {
                corners.add(new Chromaticity(xs[k], ys[k]));
            }
            out.add(new Quadrangle(q.nominalCctK(), new Chromaticity(q.centreX(), q.centreY()), corners));
        }
        return List.copyOf(out);
    }

    /**
     * What does not change with the design.
     *
     * @param spectralLocus the CIE 1931 spectral locus, short wavelengths first
     * @param planckianLocus the Planckian locus, low temperatures first
     * @param isotemperature the isotemperature lines to draw and label
     * @param quadrangles ANSI C78.377 quadrangles to draw (empty for none)
     */
    public record Background(List<Chromaticity> spectralLocus, List<Chromaticity> planckianLocus,
            List<Isotemperature> isotemperature, List<Quadrangle> quadrangles) {

        public Background {
            spectralLocus = List.copyOf(spectralLocus);
            planckianLocus = List.copyOf(planckianLocus);
            isotemperature = List.copyOf(isotemperature);
            quadrangles = List.copyOf(quadrangles);
        }

        /**
         * The Planckian locus at 1000–25000 K in 2 % steps and the isotemperature lines at 2000, 2500, 3000, 3500,
         * 4000, 5000, 6500 and 10000 K, both from {@code cct} (whose locus and Duv the evaluator uses).
         */
        public static Background of(CctMethod cct, List<Chromaticity> spectralLocus, List<Quadrangle> quadrangles) {
            List<Chromaticity> locus = new ArrayList<>();
            for (double t = CctMethod.MIN_CCT_K; t <= 25000; t *= 1.02) {
                locus.add(cct.uvOf(t, 0).toChromaticityFrom1960());
            }
            double[] sorted = ISOTEMPERATURE_K.clone();
            Arrays.sort(sorted);
            List<Isotemperature> lines = new ArrayList<>();
            for (double t : sorted) {
                lines.add(new Isotemperature(t, cct.uvOf(t, -ISOTEMPERATURE_DUV).toChromaticityFrom1960(),
                        cct.uvOf(t, ISOTEMPERATURE_DUV).toChromaticityFrom1960()));
            }
            return new Background(spectralLocus, locus, lines, quadrangles);
        }
    }

    /**
     * What the design puts on the diagram.
     *
     * @param units each unit's own chromaticity, numbered from 1 in this order
     * @param source the source's chromaticity, or null
     * @param target the target's chromaticity, or null
     */
    public record Marks(List<Chromaticity> units, Chromaticity source, Chromaticity target) {

        public Marks {
            units = List.copyOf(units);
        }
    }

    /**
     * The colours the units can mix: the convex hull of their points ({@link ConvexHull}), counter-clockwise; two
     * points give the segment between them, one the point itself. A target inside is reachable with non-negative
     * drive weights.
     */
    public static List<Chromaticity> gamut(List<Chromaticity> points) {
        return ConvexHull.of(points);
    }

    /**
     * The region zoomed to, {xMin, xMax, yMin, yMax}: the isotemperature lines' ends (the Planckian locus from
     * the lowest to the highest line lies between them), the quadrangles, the source and the target, with a
     * margin. Not yet widened to the plot area's shape.
     */
    static double[] whiteRegion(Background b, Marks m) {
        List<Chromaticity> points = new ArrayList<>();
        for (Isotemperature t : b.isotemperature()) {
            points.add(t.from());
            points.add(t.to());
        }
        for (Quadrangle q : b.quadrangles()) {
            points.addAll(q.corners());
        }
        if (m.source() != null) {
            points.add(m.source());
        }
        if (m.target() != null) {
            points.add(m.target());
        }
        double[] r = {Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY};
        for (Chromaticity c : points) {
            r[0] = Math.min(r[0], c.x());
            r[1] = Math.max(r[1], c.x());
            r[2] = Math.min(r[2], c.y());
            r[3] = Math.max(r[3], c.y());
        }
        if (points.isEmpty()) {
            return FULL.clone();
        }
        return new double[] {r[0] - WHITE_MARGIN, r[1] + WHITE_MARGIN, r[2] - WHITE_MARGIN, r[3] + WHITE_MARGIN};
    }

    /**
     * Draws the diagram on a white {@code width} × {@code height} px area.
     *
     * @param zoomToWhite frame the white region instead of the whole diagram
     * @param fill the spectral locus' coloured inside
     */
    public static void draw(PlotCanvas g, double width, double height, Background b, Marks m, boolean zoomToWhite,
            ChromaticityFill fill) {
        double font = Math.max(10, Math.min(14, Math.min(width / 40, height / 34)));
        double tickPx = 0.9 * font;
        double left = 1.4 * font + g.textWidth("0.00", tickPx, false) + 0.4 * font;
        double right = width - font;
        double top = 2.9 * font;
        double bottom = height - 2.6 * font;
        double[] view = zoomToWhite ? whiteRegion(b, m) : FULL.clone();
        double scale = Math.min((right - left) / (view[1] - view[0]), (bottom - top) / (view[3] - view[2]));
        if (zoomToWhite) {
            // fill the plot area: widen the shorter side about its centre
            double halfX = (right - left) / scale / 2;
            double halfY = (bottom - top) / scale / 2;
            double cx = (view[0] + view[1]) / 2;
            double cy = (view[2] + view[3]) / 2;
            view = new double[] {cx - halfX, cx + halfX, cy - halfY, cy + halfY};
        }
        int pw = Math.max(1, (int) Math.floor((view[1] - view[0]) * scale));
        int ph = Math.max(1, (int) Math.floor((view[3] - view[2]) * scale));
        DiagramFrame f = new DiagramFrame(view[0], view[2], scale, left, bottom);
        double plotTop = bottom - ph;
        g.fill(AXIS);
        g.text("CIE 1931 chromaticity", left, 1.4 * font, 1.2 * font, false, PlotCanvas.Align.LEFT);
        g.image(fill.argb(view[0], view[2], scale, pw, ph), pw, ph, left, plotTop, pw, ph);
        grid(g, f, view, left, bottom, pw, ph, font, tickPx);
        g.fill(AXIS);
        g.text("x", left + pw / 2.0, height - 0.4 * font, font, false, PlotCanvas.Align.CENTER);
        g.text("y", 0.5 * font, plotTop + ph / 2.0, font, false, PlotCanvas.Align.LEFT);
        DiagramLabels labels = new DiagramLabels(g, left + 1, plotTop + 1, left + pw - 1, bottom - 1);
        String legend = "□ unit  ○ source  + target";
        g.text(legend, left + pw, 2.55 * font, tickPx, false, PlotCanvas.Align.RIGHT);
        g.clip(left, plotTop, pw, ph);
        curves(g, f, b, labels);
        gamutOutline(g, f, m.units(), labels);
        // markers first: the labels go where they clear them
        double half = 0.36 * font;
        markers(g, f, m, half, font, labels);
        g.unclip();
        g.fill(CURVE);
        double labelPx = 0.9 * font;
        for (int k = 0; k < m.units().size(); k++) {
            double px = f.x(m.units().get(k).x());
            double py = f.y(m.units().get(k).y());
            // a unit outside the zoomed region has no marker to number
            if (px >= left && px <= left + pw && py >= plotTop && py <= bottom) {
                labels.unitNumber(String.valueOf(k + 1), px, py, half + 2, labelPx);
            }
        }
        for (double cctK : ISOTEMPERATURE_K) {
            for (Isotemperature t : b.isotemperature()) {
                if (t.cctK() == cctK) {
                    labels.isotemperature(f, t, labelPx);
                }
            }
        }
    }

    /** The spectral locus, the quadrangles, the Planckian locus and the isotemperature lines (no label across). */
    private static void curves(PlotCanvas g, DiagramFrame f, Background b, DiagramLabels labels) {
        g.stroke(LOCUS, 1);
        polyline(g, f, b.spectralLocus(), true);
        g.stroke(QUADRANGLE, 1);
        for (Quadrangle q : b.quadrangles()) {
            polyline(g, f, q.corners(), true);
            avoid(labels, f, q.corners(), true);
        }
        g.stroke(CURVE, 1.2);
        polyline(g, f, b.planckianLocus(), false);
        avoid(labels, f, b.planckianLocus(), false);
        g.stroke(CURVE, 0.9);
        for (Isotemperature t : b.isotemperature()) {
            double x0 = f.x(t.from().x());
            double y0 = f.y(t.from().y());
            double x1 = f.x(t.to().x());
            double y1 = f.y(t.to().y());
            g.line(x0, y0, x1, y1);
            labels.isotemperatureLine(x0, y0, x1, y1);
        }
    }

    /** The units' gamut, dashed, when there are two units or more; labels cross it only where nothing else is clear. */
    private static void gamutOutline(PlotCanvas g, DiagramFrame f, List<Chromaticity> units, DiagramLabels labels) {
        List<Chromaticity> hull = gamut(units);
        if (hull.size() >= 2) {
            g.stroke(GAMUT, 1.2);
            g.dashed(5, 3);
            polyline(g, f, hull, hull.size() > 2);
            int n = hull.size();
            for (int i = n > 2 ? 0 : 1; i < n; i++) {
                Chromaticity a = hull.get((i + n - 1) % n);
                Chromaticity c = hull.get(i);
                labels.avoidLineIfPossible(f.x(a.x()), f.y(a.y()), f.x(c.x()), f.y(c.y()));
            }
        }
    }

    /** Each unit's □ ({@code half} px half side), the source's ○ and the target's +, each kept clear of labels. */
    private static void markers(PlotCanvas g, DiagramFrame f, Marks m, double half, double font,
            DiagramLabels labels) {
        for (Chromaticity u : m.units()) {
            double px = f.x(u.x());
            double py = f.y(u.y());
            double[] xs = {px - half, px + half, px + half, px - half};
            double[] ys = {py - half, py - half, py + half, py + half};
            g.fill(WHITE);
            g.fillPolygon(xs, ys, 4);
            g.stroke(CURVE, 1);
            g.polygon(xs, ys, 4);
            labels.avoid(new double[] {px - half, py - half, px + half, py + half});
        }
        // source first, the target over it: a "+" on the source is a design on target
        double ring = 0.45 * font;
        if (m.source() != null) {
            double sx = f.x(m.source().x());
            double sy = f.y(m.source().y());
            g.fill(WHITE);
            g.fillCircle(sx, sy, ring);
            g.stroke(CURVE, 1.6);
            g.strokeCircle(sx, sy, ring);
            labels.avoid(new double[] {sx - ring - 1, sy - ring - 1, sx + ring + 1, sy + ring + 1});
        }
        double arm = 0.7 * font;
        if (m.target() != null) {
            double tx = f.x(m.target().x());
            double ty = f.y(m.target().y());
            g.stroke(TARGET, 2);
            g.line(tx - arm, ty, tx + arm, ty);
            g.line(tx, ty - arm, tx, ty + arm);
            // a margin round the "+": a label touching its arm reads as part of the mark
            double clear = arm + 0.5 * font;
            labels.avoid(new double[] {tx - clear, ty - clear, tx + clear, ty + clear});
        }
    }

    /** Grid lines with tick labels; a y label that would touch an x label (at the origin) is left out. */
    private static void grid(PlotCanvas g, DiagramFrame f, double[] view, double left, double bottom, int pw, int ph,
            double font, double tickPx) {
        double step = AxisTicks.niceStep(view[1] - view[0], 6);
        while (step * f.scale() < 2.8 * font) {
            step *= 2; // labels of "0.00" need about 2.5 font sizes
        }
        DiagramLabels ticks = DiagramLabels.anywhere(g);
        for (double x = Math.ceil(view[0] / step - 1e-9) * step; x <= view[1] + 1e-9; x += step) {
            g.stroke(GRID, 0.6);
            g.line(f.x(x), bottom, f.x(x), bottom - ph);
            g.fill(AXIS);
            ticks.place(AxisTicks.label(x, step), f.x(x), bottom + 1.1 * font, tickPx, PlotCanvas.Align.CENTER);
        }
        for (double y = Math.ceil(view[2] / step - 1e-9) * step; y <= view[3] + 1e-9; y += step) {
            g.stroke(GRID, 0.6);
            g.line(left, f.y(y), left + pw, f.y(y));
            g.fill(AXIS);
            ticks.placeIfClear(AxisTicks.label(y, step), left - 0.35 * font, f.y(y) + 0.35 * tickPx, tickPx,
                    PlotCanvas.Align.RIGHT);
        }
    }

    /** No label across the segments of {@code xy} (a quadrangle's edges, the locus): "5000 K" on them is unreadable. */
    private static void avoid(DiagramLabels labels, DiagramFrame f, List<Chromaticity> xy, boolean closed) {
        int n = xy.size();
        for (int i = closed ? 0 : 1; i < n; i++) {
            Chromaticity a = xy.get((i + n - 1) % n);
            Chromaticity c = xy.get(i);
            labels.avoidLine(f.x(a.x()), f.y(a.y()), f.x(c.x()), f.y(c.y()));
        }
    }

    private static void polyline(PlotCanvas g, DiagramFrame f, List<Chromaticity> xy, boolean closed) {
        int n = xy.size();
        double[] xs = new double[n];
        double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = f.x(xy.get(i).x());
            ys[i] = f.y(xy.get(i).y());
        }
        if (closed) {
            g.polygon(xs, ys, n);
        } else {
            g.polyline(xs, ys, n);
        }
    }
}
