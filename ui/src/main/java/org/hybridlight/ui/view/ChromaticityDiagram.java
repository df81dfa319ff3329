package org.hybridlight.ui.view;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelWriter;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/**
 * The CIE 1931 (x, y) chromaticity diagram: the spectral locus filled with approximate colours, the Planckian
 * locus with isotemperature lines (Duv ±0.01) at 2000–10000 K, the source's point and the target. Zooms to the
 * white region on request. The coloured fill is rendered once per size and zoom.
 */
public final class ChromaticityDiagram extends PlotPane {

    private static final double[] FULL = {0, 0.8, 0, 0.9};
    private static final double[] WHITE = {0.27, 0.57, 0.27, 0.47};
    private static final double[] TICKS_K = {2000, 2500, 3000, 3500, 4000, 5000, 6500, 10000};

    private final DesignViewModel model;
    private final DisplayColours colours;
    private final CctMethod cct;
    private final double[][] planckian;
    private final double[][][] isotemperature;
    private WritableImage fill;
    private String fillKey = "";

    public ChromaticityDiagram(DesignViewModel model, DisplayColours colours, CctMethod cct) {
        this.model = model;
        this.colours = colours;
        this.cct = cct;
        List<double[]> locus = new ArrayList<>();
        for (double t = 1000; t <= 25000; t *= 1.02) {
            Chromaticity c = cct.uvOf(t, 0).toChromaticityFrom1960();
            locus.add(new double[] {c.x(), c.y()});
        }
        planckian = locus.toArray(new double[0][]);
        isotemperature = new double[TICKS_K.length][][];
        for (int k = 0; k < TICKS_K.length; k++) {
            Chromaticity a = cct.uvOf(TICKS_K[k], -0.01).toChromaticityFrom1960();
            Chromaticity b = cct.uvOf(TICKS_K[k], 0.01).toChromaticityFrom1960();
            isotemperature[k] = new double[][] {{a.x(), a.y()}, {b.x(), b.y()}};
        }
        model.evaluationProperty().addListener(o -> redraw());
        model.zoomToWhiteProperty().addListener(o -> redraw());
        model.targetCctK().valueProperty().addListener(o -> redraw());
        model.targetDuv().valueProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "chromaticity";
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double[] view = model.zoomToWhiteProperty().get() ? WHITE : FULL;
        double left = 48;
        double top = 26;
        double bottom = h - 34;
        // equal scales in x and y
        double scale = Math.min((w - left - 12) / (view[1] - view[0]), (bottom - top) / (view[3] - view[2]));
        Mapper m = new Mapper(view, left, bottom, scale);
        title(g, "CIE 1931 chromaticity", left);
        int pw = (int) Math.ceil((view[1] - view[0]) * scale);
        int ph = (int) Math.ceil((view[3] - view[2]) * scale);
        String key = pw + "x" + ph + Arrays.toString(view);
        if (!key.equals(fillKey)) {
            fill = renderFill(pw, ph, m);
            fillKey = key;
        }
        g.drawImage(fill, left, bottom - ph);
        // grid
        double step = niceStep(view[1] - view[0], 6);
        g.setLineWidth(0.6);
        g.setTextAlign(TextAlignment.CENTER);
        for (double x = Math.ceil(view[0] / step) * step; x <= view[1] + 1e-9; x += step) {
            g.setStroke(GRID);
            g.strokeLine(m.x(x), bottom, m.x(x), bottom - ph);
            g.setFill(AXIS);
            g.fillText(String.format(Locale.ROOT, "%.2f", x), m.x(x), bottom + 13);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        for (double y = Math.ceil(view[2] / step) * step; y <= view[3] + 1e-9; y += step) {
            g.setStroke(GRID);
            g.strokeLine(left, m.y(y), left + pw, m.y(y));
            g.setFill(AXIS);
            g.fillText(String.format(Locale.ROOT, "%.2f", y), left - 4, m.y(y) + 4);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("x", left + pw / 2.0, h - 8);
        g.fillText("y", 12, bottom - ph / 2.0);
        g.save();
        g.beginPath();
        g.rect(left, bottom - ph, pw, ph);
        g.clip();
        // spectral locus outline
        double[][] locus = colours.spectralLocus();
        g.setStroke(Color.gray(0.3));
        g.setLineWidth(1);
        polyline(g, m, locus, true);
        // Planckian locus and isotemperature lines
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.2);
        polyline(g, m, planckian, false);
        g.setLineWidth(0.9);
        g.setFill(Color.BLACK);
        for (int k = 0; k < TICKS_K.length; k++) {
            double[][] t = isotemperature[k];
            g.strokeLine(m.x(t[0][0]), m.y(t[0][1]), m.x(t[1][0]), m.y(t[1][1]));
            if (model.zoomToWhiteProperty().get() || k % 2 == 0 || k == TICKS_K.length - 1) {
                g.fillText((int) TICKS_K[k] + " K", m.x(t[0][0]), m.y(t[0][1]) + 12);
            }
        }
        // target and source
        try {
            Chromaticity target = cct.uvOf(model.targetCctK().get(), model.targetDuv().get())
                    .toChromaticityFrom1960();
            double tx = m.x(target.x());
            double ty = m.y(target.y());
            g.setStroke(Color.web("#0050c8"));
            g.setLineWidth(1.6);
            g.strokeLine(tx - 7, ty, tx + 7, ty);
            g.strokeLine(tx, ty - 7, tx, ty + 7);
        } catch (IllegalArgumentException e) {
            // a target outside the CCT range is refused by its field; nothing to draw
        }
        Evaluation e = model.evaluationProperty().get();
        if (e != null) {
            Colorimetry c = e.colorimetry();
            double sx = m.x(c.xy().x());
            double sy = m.y(c.xy().y());
            g.setFill(Color.WHITE);
            g.fillOval(sx - 5, sy - 5, 10, 10);
            g.setStroke(Color.BLACK);
            g.setLineWidth(1.6);
            g.strokeOval(sx - 5, sy - 5, 10, 10);
        }
        g.restore();
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(AXIS);
        g.fillText("○ source   + target", left + pw - 120, 17);
    }

    private static void polyline(GraphicsContext g, Mapper m, double[][] xy, boolean closed) {
        g.beginPath();
        g.moveTo(m.x(xy[0][0]), m.y(xy[0][1]));
        for (int i = 1; i < xy.length; i++) {
            g.lineTo(m.x(xy[i][0]), m.y(xy[i][1]));
        }
        if (closed) {
            g.closePath();
        }
        g.stroke();
    }

    /** Fills the inside of the spectral locus, row by row between the outline's crossings. */
    private WritableImage renderFill(int pw, int ph, Mapper m) {
        WritableImage image = new WritableImage(Math.max(1, pw), Math.max(1, ph));
        PixelWriter px = image.getPixelWriter();
        double[][] locus = colours.spectralLocus();
        int n = locus.length;
        double[] crossings = new double[n + 1];
        for (int row = 0; row < ph; row++) {
            double y = m.yOf(m.bottom - ph + row + 0.5);
            int count = 0;
            for (int i = 0; i < n; i++) {
                double[] a = locus[i];
                double[] b = locus[(i + 1) % n];
                if ((a[1] <= y) != (b[1] <= y)) {
                    crossings[count++] = a[0] + (y - a[1]) / (b[1] - a[1]) * (b[0] - a[0]);
                }
            }
            Arrays.sort(crossings, 0, count);
            for (int c = 0; c + 1 < count; c += 2) {
                int from = Math.max(0, (int) Math.ceil((crossings[c] - m.view[0]) * m.scale));
                int to = Math.min(pw - 1, (int) Math.floor((crossings[c + 1] - m.view[0]) * m.scale));
                for (int col = from; col <= to; col++) {
                    double x = m.view[0] + (col + 0.5) / m.scale;
                    px.setColor(col, row, colours.chromaticity(x, y).deriveColor(0, 0.85, 1, 1));
                }
            }
        }
        return image;
    }

    /** Chromaticity to pixels. */
    private static final class Mapper {
        final double[] view;
        final double left;
        final double bottom;
        final double scale;

        Mapper(double[] view, double left, double bottom, double scale) {
            this.view = view;
            this.left = left;
            this.bottom = bottom;
            this.scale = scale;
        }

        double x(double cx) {
            return left + (cx - view[0]) * scale;
        }

        double y(double cy) {
            return bottom - (cy - view[2]) * scale;
        }

        double yOf(double py) {
            return view[2] + (bottom - py) / scale;
        }
    }
}
