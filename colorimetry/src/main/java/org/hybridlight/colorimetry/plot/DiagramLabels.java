package org.hybridlight.colorimetry.plot;

import java.util.List;
import java.util.Locale;
import org.hybridlight.colorimetry.plot.ChromaticityDiagramPlot.Isotemperature;

/**
 * Places {@link ChromaticityDiagramPlot}'s text where it clears what is already drawn: the units' numbers, the
 * isotemperature lines' labels in K and the axes' tick labels, each tried at a few places in turn (on
 * {@link TextBoxes}).
 */
final class DiagramLabels {

    private final PlotCanvas g;
    private final TextBoxes boxes;

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
        if (boxes.tryTake(TextBoxes.of(g, text, x, y, sizePx, align))) {
            g.text(text, x, y, sizePx, false, align);
            return true;
        }
        return false;
    }

    /**
     * A unit's number beside its marker at (px, py), {@code gap} px from its centre, at the first corner where it
     * clears the rest (or at the first).
     */
    void unitNumber(String text, double px, double py, double gap, double sizePx) {
        double w = g.textWidth(text, sizePx, false);
        double[][] at = {{px + gap, py - gap}, {px + gap, py + gap + 0.8 * sizePx}, {px - gap - w, py - gap},
            {px - gap - w, py + gap + 0.8 * sizePx}};
        for (double[] p : at) {
            if (placeIfClear(text, p[0], p[1], sizePx, PlotCanvas.Align.LEFT)) {
                return;
            }
        }
        place(text, at[0][0], at[0][1], sizePx, PlotCanvas.Align.LEFT);
    }

    /** Where a label may go: its anchor and alignment. */
    private record Place(double x, double y, PlotCanvas.Align align) {
    }

    /** "3000 K" below the line's low-Duv end, else above its high-Duv end, else beside either; else none. */
    void isotemperature(DiagramFrame f, Isotemperature t, double sizePx) {
        String text = String.format(Locale.ROOT, "%.0f K", t.cctK());
        double fx = f.x(t.from().x());
        double fy = f.y(t.from().y());
        double tx = f.x(t.to().x());
        double ty = f.y(t.to().y());
        double gap = 0.3 * sizePx;
        List<Place> at = List.of(new Place(fx, fy + gap + 0.8 * sizePx, PlotCanvas.Align.CENTER),
                new Place(tx, ty - gap - 0.22 * sizePx, PlotCanvas.Align.CENTER),
                new Place(fx + gap, fy + 0.3 * sizePx, PlotCanvas.Align.LEFT),
                new Place(fx - gap, fy + 0.3 * sizePx, PlotCanvas.Align.RIGHT),
                new Place(tx + gap, ty + 0.3 * sizePx, PlotCanvas.Align.LEFT),
                new Place(tx - gap, ty + 0.3 * sizePx, PlotCanvas.Align.RIGHT));
        for (Place p : at) {
            if (placeIfClear(text, p.x(), p.y(), sizePx, p.align())) {
                return;
            }
        }
    }
}
