package org.hybridlight.report;

import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.plot.PlotCanvas;

/**
 * Draws the table of figures ({@link ReportFigures}): one row per figure, label left and value right; R1–R14 in two
 * columns (R1–R7 beside R8–R14); then lines of text (the CRI reference, whether the indices are meaningful). Rows
 * are shaded alternately; the font shrinks to fit the height.
 */
final class FiguresTable {

    private static final int TEXT = 0x000000;
    private static final int SHADE = 0xf0f0f0;
    private static final int RULE = 0x808080;
    private static final double MAX_FONT_PT = 9;

    private FiguresTable() {
    }

    /** A row: one figure across the width, or two (R_i beside R_i+7). */
    private record Row(ReportFigures.Figure left, ReportFigures.Figure right) {
    }

    static void draw(PlotCanvas g, double width, double height, String heading, List<ReportFigures.Figure> figures,
            List<String[]> notes) {
        List<Row> rows = new ArrayList<>();
        List<ReportFigures.Figure> ri = figures.stream().filter(f -> f.jsonKey().equals("r")).toList();
        boolean riDone = false;
        for (ReportFigures.Figure f : figures) {
            if (!f.jsonKey().equals("r")) {
                rows.add(new Row(f, null));
            } else if (!riDone) {
                int half = (ri.size() + 1) / 2;
                for (int i = 0; i < half; i++) {
                    rows.add(new Row(ri.get(i), i + half < ri.size() ? ri.get(i + half) : null));
                }
                riDone = true;
            }
        }
        int lines = rows.size() + notes.size() + 1;
        double font = Math.min(MAX_FONT_PT, height / (lines * 1.45 + 0.5));
        double rowH = font * 1.45;
        double y = font * 1.25;
        g.fill(TEXT);
        g.text(heading, 0, y, font * 1.15, true, PlotCanvas.Align.LEFT);
        y += 0.45 * font;
        g.stroke(RULE, 0.6);
        g.line(0, y, width, y);
        double pad = 0.4 * font;
        for (int i = 0; i < rows.size(); i++) {
            double top = y + i * rowH;
            if (i % 2 == 1) {
                g.fill(SHADE);
                g.fillPolygon(new double[] {0, width, width, 0}, new double[] {top, top, top + rowH, top + rowH}, 4);
            }
            g.fill(TEXT);
            double base = top + rowH - 0.42 * font;
            Row r = rows.get(i);
            if (r.right == null && !r.left.jsonKey().equals("r")) {
                cell(g, r.left, pad, width - pad, base, font);
            } else {
                cell(g, r.left, pad, width / 2 - 2 * pad, base, font);
                if (r.right != null) {
                    cell(g, r.right, width / 2 + 2 * pad, width - pad, base, font);
                }
            }
        }
        y += rows.size() * rowH;
        g.stroke(RULE, 0.6);
        g.line(0, y, width, y);
        for (String[] note : notes) {
            y += rowH;
            g.fill(TEXT);
            g.text(note[0], pad, y - 0.42 * font, font, false, PlotCanvas.Align.LEFT);
            g.text(note[1], width - pad, y - 0.42 * font, font, true, PlotCanvas.Align.RIGHT);
        }
    }

    private static void cell(PlotCanvas g, ReportFigures.Figure f, double x0, double x1, double base, double font) {
        g.text(f.label(), x0, base, font, false, PlotCanvas.Align.LEFT);
        g.text(f.text(), x1, base, font, true, PlotCanvas.Align.RIGHT);
    }
}
