package org.hybridlight.colorimetry.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot.Isotemperature;

/**
 * Places {@link ChromaticityDiagramPlot}'s text where it clears what is already drawn: the units' numbers, the
 * isotemperature lines' labels in K and the axes' tick labels, each tried at a few places in turn (on
 * {@link TextBoxes}); the units' numbers and the labels in K go across the gamut's dashed outline only where no
 * place clear of it is left.
 */
final class DiagramLabels {

    /** How far from a line's end a label may go, in label sizes: further out it no longer reads as the line's. */
    private static final double MAX_REACH = 1.6;
    /** Directions tried round a line's end, turned from the line's own outward direction, degrees. */
    private static final double[] TURNS_DEG = {0, 15, -15, 30, -30, 45, -45, 60, -60, 75, -75, 90, -90, 105, -105,
        120, -120, 135, -135};

    /** Where a label may go: its anchor and alignment. */
    private record Place(double x, double y, PlotCanvas.Align align) {
    }

    private final PlotCanvas g;
    private final TextBoxes boxes;
    /** The isotemperature lines, {x0, y0, x1, y1} px: a label in K must lie nearer its own than any other. */
    private final List<double[]> isotemperatureLines = new ArrayList<>();

    /** Labels on {@code g} that must lie inside {x0, y0, x1, y1}, px. */
    DiagramLabels(PlotCanvas g, double x0, double y0, double x1, double y1) {
        this.g = g;
        this.boxes = new TextBoxes(x0, y0, x1, y1);
    }

    /** Labels anywhere on {@code g}, clear only of each other (the axes' tick labels). */
    static DiagramLabels anywhere(PlotCanvas g) {
        return new DiagramLabels(g, 0, 0, Double.MAX_VALUE, Double.MAX_VALUE);
    }

    /** No label may cross the line from (x0, y0) to (x1, y1). */
    void avoidLine(double x0, double y0, double x1, double y1) {
        boxes.takeLine(x0, y0, x1, y1);
    }

    /** An isotemperature line from (x0, y0) to (x1, y1): no label may cross it. */
    void isotemperatureLine(double x0, double y0, double x1, double y1) {
        avoidLine(x0, y0, x1, y1);
        isotemperatureLines.add(new double[] {x0, y0, x1, y1});
    }

    /** Labels cross the line from (x0, y0) to (x1, y1) only where no place clear of it is left. */
    void avoidLineIfPossible(double x0, double y0, double x1, double y1) {
        boxes.takeSoftLine(x0, y0, x1, y1);
    }

    /** No label may overlap {@code box}, {x0, y0, x1, y1} px (a marker). */
    void avoid(double[] box) {
        boxes.take(box);
    }

    /** Draws {@code text} at (x, y) whatever it overlaps; later labels avoid it. */
    void place(String text, double x, double y, double sizePx, PlotCanvas.Align align) {
        g.text(text, x, y, sizePx, false, align);
        boxes.take(TextBoxes.of(g, text, x, y, sizePx, align));
    }

    /** Draws {@code text} at (x, y) if it clears every label and marker taken and lies inside; true if drawn. */
    boolean placeIfClear(String text, double x, double y, double sizePx, PlotCanvas.Align align) {
        return placeIfClear(text, g.textWidth(text, sizePx, false), new Place(x, y, align), sizePx, false,
                box -> true);
    }

    /**
     * Draws {@code text}, {@code widthPx} wide, at {@code p} if clear as above, {@code fits} its box and, with
     * {@code soft}, it clears the soft lines too.
     */
    private boolean placeIfClear(String text, double widthPx, Place p, double sizePx, boolean soft,
            Predicate<double[]> fits) {
        double[] box = TextBoxes.of(widthPx, p.x(), p.y(), sizePx, p.align());
        // the cheaper tests first: most places fail on what is drawn already
        if (boxes.isClear(box) && (!soft || boxes.clearOfSoftLines(box)) && fits.test(box)) {
            boxes.take(box);
            g.text(text, p.x(), p.y(), sizePx, false, p.align());
            return true;
        }
        return false;
    }

    /**
     * Draws {@code text} at the first of {@code at} that {@code fits} and is clear of soft lines too, else at the
     * first that fits and is clear; true if drawn.
     */
    private boolean placeAtFirstClear(String text, List<Place> at, double sizePx, Predicate<double[]> fits) {
        // measured once: the label is tried at hundreds of places on a small diagram
        double w = g.textWidth(text, sizePx, false);
        for (boolean soft : new boolean[] {true, false}) {
            for (Place p : at) {
                if (placeIfClear(text, w, p, sizePx, soft, fits)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A unit's number beside its marker at (px, py), {@code gap} px from its centre, at the first corner where it
     * clears the rest (or at the first).
     */
    void unitNumber(String text, double px, double py, double gap, double sizePx) {
        double w = g.textWidth(text, sizePx, false);
        List<Place> at = List.of(new Place(px + gap, py - gap, PlotCanvas.Align.LEFT),
                new Place(px + gap, py + gap + 0.8 * sizePx, PlotCanvas.Align.LEFT),
                new Place(px - gap - w, py - gap, PlotCanvas.Align.LEFT),
                new Place(px - gap - w, py + gap + 0.8 * sizePx, PlotCanvas.Align.LEFT));
        if (!placeAtFirstClear(text, at, sizePx, box -> true)) {
            place(text, at.get(0).x(), at.get(0).y(), sizePx, PlotCanvas.Align.LEFT);
        }
    }

    /**
     * "3000 K" below the line's low-Duv end, else above its high-Duv end, else round either end: first straight
     * out along the line, then turned a little more each time, a little further out each round (where the lines lie
     * close together, as on a small full diagram); else beside the line's middle; else none. Only where the label
     * lies nearer its own line than any other, so that it names that line.
     */
    void isotemperature(DiagramFrame f, Isotemperature t, double sizePx) {
        String text = String.format(Locale.ROOT, "%.0f K", t.cctK());
        double fx = f.x(t.from().x());
        double fy = f.y(t.from().y());
        double tx = f.x(t.to().x());
        double ty = f.y(t.to().y());
        double gap = 0.3 * sizePx;
        List<Place> at = new ArrayList<>(List.of(new Place(fx, fy + gap + 0.8 * sizePx, PlotCanvas.Align.CENTER),
                new Place(tx, ty - gap - 0.22 * sizePx, PlotCanvas.Align.CENTER)));
        double w = g.textWidth(text, sizePx, false);
        double out = Math.atan2(fy - ty, fx - tx); // from the high-Duv end out past the low-Duv end
        for (double d = gap; d <= MAX_REACH * sizePx; d += gap / 2) {
            for (double turn : TURNS_DEG) {
                at.add(touching(fx, fy, out + Math.toRadians(turn), d, w, sizePx));
                at.add(touching(tx, ty, out + Math.PI - Math.toRadians(turn), d, w, sizePx));
            }
        }
        double mx = (fx + tx) / 2;
        double my = (fy + ty) / 2;
        at.add(new Place(mx + gap, my + 0.3 * sizePx, PlotCanvas.Align.LEFT));
        at.add(new Place(mx - gap, my + 0.3 * sizePx, PlotCanvas.Align.RIGHT));
        double[] own = {fx, fy, tx, ty};
        placeAtFirstClear(text, at, sizePx, box -> nearestIs(box, own));
    }

    /** Whether {@code box} lies nearer the isotemperature line {@code own} than any other: it reads as its. */
    private boolean nearestIs(double[] box, double[] own) {
        double d = TextBoxes.distance(box, own);
        for (double[] l : isotemperatureLines) {
            if (!Arrays.equals(l, own) && TextBoxes.distance(box, l) <= d) {
                return false;
            }
        }
        return true;
    }

    /**
     * The label of {@code w} px width whose box's edge touches the point {@code d} px from (ex, ey) in the
     * direction {@code angle} (radians, y down), its centre further along that direction.
     */
    private static Place touching(double ex, double ey, double angle, double d, double w, double sizePx) {
        double ux = Math.cos(angle);
        double uy = Math.sin(angle);
        double halfW = w / 2;
        double halfH = 0.51 * sizePx; // the box spans 0.8 above the baseline to 0.22 below
        // from the touching point to the centre: as far as the nearer of the box's edges that direction meets
        double s = Math.min(Math.abs(ux) < 1e-9 ? Double.MAX_VALUE : halfW / Math.abs(ux),
                Math.abs(uy) < 1e-9 ? Double.MAX_VALUE : halfH / Math.abs(uy));
        double cx = ex + ux * (d + s);
        double cy = ey + uy * (d + s);
        return new Place(cx, cy + 0.29 * sizePx, PlotCanvas.Align.CENTER);
    }
}
