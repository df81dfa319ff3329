package org.hybridlight.colorimetry.plot;

import java.util.ArrayList;
import java.util.List;

/**
 * The boxes already taken on a plot (labels, markers), so that a new label goes only where it overlaps none and
 * stays inside the plot area. Boxes are {x0, y0, x1, y1} in px, y down.
 */
final class TextBoxes {

    private final double[] area;
    private final List<double[]> taken = new ArrayList<>();
    /** Lines no label may cross, {x0, y0, x1, y1}. */
    private final List<double[]> lines = new ArrayList<>();
    /** Lines a label crosses only where no other place is clear (a dashed outline: text on it stays readable). */
    private final List<double[]> softLines = new ArrayList<>();

    /** Labels must lie inside {x0, y0, x1, y1}. */
    TextBoxes(double x0, double y0, double x1, double y1) {
        area = new double[] {x0, y0, x1, y1};
    }

    /** Marks {@code box} as taken (a marker, a label placed regardless). */
    void take(double[] box) {
        taken.add(box);
    }

    /** Marks the line from (x0, y0) to (x1, y1) as one no label may cross. */
    void takeLine(double x0, double y0, double x1, double y1) {
        lines.add(new double[] {x0, y0, x1, y1});
    }

    /** Marks the line from (x0, y0) to (x1, y1) as one labels cross only where nothing clear is left. */
    void takeSoftLine(double x0, double y0, double x1, double y1) {
        softLines.add(new double[] {x0, y0, x1, y1});
    }

    /** Whether {@code box} crosses none of the soft lines ({@link #takeSoftLine}). */
    boolean clearOfSoftLines(double[] box) {
        for (double[] l : softLines) {
            if (crosses(box, l)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True, and the box taken, if {@code box} lies inside the area and clear of every taken box and line (the soft
     * lines aside).
     */
    boolean tryTake(double[] box) {
        if (!isClear(box)) {
            return false;
        }
        taken.add(box);
        return true;
    }

    /** Whether {@code box} lies inside the area and clear of every taken box and line (the soft lines aside). */
    boolean isClear(double[] box) {
        if (box[0] < area[0] || box[1] < area[1] || box[2] > area[2] || box[3] > area[3]) {
            return false;
        }
        for (double[] t : taken) {
            if (overlap(box, t)) {
                return false;
            }
        }
        for (double[] l : lines) {
            if (crosses(box, l)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the segment {@code l} passes through the box (Liang–Barsky clipping of the segment to it). */
    static boolean crosses(double[] box, double[] l) {
        // most lines lie wholly to one side: rejected without clipping (labels try hundreds of places)
        if (Math.max(l[0], l[2]) < box[0] || Math.min(l[0], l[2]) > box[2] || Math.max(l[1], l[3]) < box[1]
                || Math.min(l[1], l[3]) > box[3]) {
            return false;
        }
        double dx = l[2] - l[0];
        double dy = l[3] - l[1];
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {l[0] - box[0], box[2] - l[0], l[1] - box[1], box[3] - l[1]};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 <= t1;
    }

    /** The least distance between {@code box} and the segment {@code l}, px; 0 where they cross. */
    static double distance(double[] box, double[] l) {
        if (crosses(box, l)) {
            return 0;
        }
        // apart, two convex shapes are nearest at a corner of one of them
        double d = Math.min(toBox(l[0], l[1], box), toBox(l[2], l[3], box));
        for (double x : new double[] {box[0], box[2]}) {
            for (double y : new double[] {box[1], box[3]}) {
                d = Math.min(d, toSegment(x, y, l));
            }
        }
        return d;
    }

    private static double toBox(double x, double y, double[] box) {
        double dx = Math.max(0, Math.max(box[0] - x, x - box[2]));
        double dy = Math.max(0, Math.max(box[1] - y, y - box[3]));
        return Math.hypot(dx, dy);
    }

    private static double toSegment(double x, double y, double[] l) {
        double dx = l[2] - l[0];
        double dy = l[3] - l[1];
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - l[0]) * dx + (y - l[1]) * dy) / len2));
        return Math.hypot(x - l[0] - t * dx, y - l[1] - t * dy);
    }

    static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    /** The box of {@code text} drawn by {@link PlotCanvas#text} with its baseline at {@code y}. */
    static double[] of(PlotCanvas g, String text, double x, double y, double sizePx, PlotCanvas.Align align) {
        return of(g.textWidth(text, sizePx, false), x, y, sizePx, align);
    }

    /** The same for a text {@code w} px wide. */
    static double[] of(double w, double x, double y, double sizePx, PlotCanvas.Align align) {
        double left = align == PlotCanvas.Align.LEFT ? x : align == PlotCanvas.Align.CENTER ? x - w / 2 : x - w;
        return new double[] {left, y - 0.8 * sizePx, left + w, y + 0.22 * sizePx};
    }
}
