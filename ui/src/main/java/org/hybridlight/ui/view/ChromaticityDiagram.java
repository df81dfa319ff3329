package org.hybridlight.ui.view;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.TextAlignment;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.ui.model.ChromaticityDiagramModel;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Evaluation;

/**
 * The CIE 1931 (x, y) chromaticity diagram: the spectral locus filled with approximate colours, the Planckian
 * locus with isotemperature lines (Duv ±0.01) at 2000–10000 K, the source's point and the target. Zooms to the
 * white region on request. The coloured fill is rendered once per size and zoom; every curve comes computed
 * from the {@link ChromaticityDiagramModel}.
 */
public final class ChromaticityDiagram extends PlotPane {

    private static final double[] FULL = {0, 0.8, 0, 0.9};
    private static final double[] WHITE = {0.27, 0.57, 0.27, 0.47};

    private final DesignViewModel model;
    private final ChromaticityDiagramModel diagram;
    private WritableImage fill;
    private String fillKey = "";

    public ChromaticityDiagram(DesignViewModel model, ChromaticityDiagramModel diagram) {
        this.model = model;
        this.diagram = diagram;
        model.evaluationProperty().addListener(o -> redraw());
        model.zoomToWhiteProperty().addListener(o -> redraw());
        diagram.targetProperty().addListener(o -> redraw());
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
            fill = renderFill(Math.max(1, pw), Math.max(1, ph), view, scale);
            fillKey = key;
        }
        g.drawImage(fill, left, bottom - ph);
        // grid
        double step = niceStep(view[1] - view[0], 6);
        while (step * scale < 32) {
            step *= 2; // labels of "0.00" need about 30 px
        }
        String tickFormat = step >= 0.1 - 1e-9 && Math.abs(step * 10 - Math.rint(step * 10)) < 1e-9 ? "%.1f" : "%.2f";
        g.setLineWidth(0.6);
        g.setTextAlign(TextAlignment.CENTER);
        for (double x = Math.ceil(view[0] / step) * step; x <= view[1] + 1e-9; x += step) {
            g.setStroke(GRID);
            g.strokeLine(m.x(x), bottom, m.x(x), bottom - ph);
            g.setFill(AXIS);
            g.fillText(String.format(Locale.ROOT, tickFormat, x), m.x(x), bottom + 13);
        }
        g.setTextAlign(TextAlignment.RIGHT);
        for (double y = Math.ceil(view[2] / step) * step; y <= view[3] + 1e-9; y += step) {
            g.setStroke(GRID);
            g.strokeLine(left, m.y(y), left + pw, m.y(y));
            g.setFill(AXIS);
            g.fillText(String.format(Locale.ROOT, tickFormat, y), left - 4, m.y(y) + 4);
        }
        g.setTextAlign(TextAlignment.CENTER);
        g.fillText("x", left + pw / 2.0, h - 8);
        g.fillText("y", 12, bottom - ph / 2.0);
        g.save();
        g.beginPath();
        g.rect(left, bottom - ph, pw, ph);
        g.clip();
        // spectral locus outline
        g.setStroke(Color.gray(0.3));
        g.setLineWidth(1);
        polyline(g, m, diagram.spectralLocus(), true);
        // Planckian locus and isotemperature lines
        g.setStroke(Color.BLACK);
        g.setLineWidth(1.2);
        polyline(g, m, diagram.planckianLocus(), false);
        g.setLineWidth(0.9);
        g.setFill(Color.BLACK);
        List<ChromaticityDiagramModel.Isotemperature> lines = diagram.isotemperatureLines();
        double lastLabelX = Double.NaN;
        double lastLabelY = Double.NaN;
        for (int k = 0; k < lines.size(); k++) {
            ChromaticityDiagramModel.Isotemperature t = lines.get(k);
            g.strokeLine(m.x(t.from().x()), m.y(t.from().y()), m.x(t.to().x()), m.y(t.to().y()));
            double lx = m.x(t.from().x());
            double ly = m.y(t.from().y()) + 12;
            // a label only where it clears the last one (about "10000 K" wide, one line high)
            boolean clear = Double.isNaN(lastLabelX) || Math.abs(lx - lastLabelX) > 46 || Math.abs(ly - lastLabelY) > 13;
            if (clear) {
                g.fillText((int) t.cctK() + " K", lx, ly);
                lastLabelX = lx;
                lastLabelY = ly;
            }
        }
        // what the units can mix: their hull, and each unit's own point numbered as in the editor
        List<Chromaticity> points = model.unitPointsProperty().get();
        List<Chromaticity> hull = ChromaticityDiagramModel.gamut(points);
        if (hull.size() >= 2) {
            g.setStroke(Color.web("#5a5a5a"));
            g.setLineWidth(1.2);
            g.setLineDashes(5, 3);
            polyline(g, m, hull, hull.size() > 2);
            g.setLineDashes((double[]) null);
        }
        g.setTextAlign(TextAlignment.LEFT);
        for (int k = 0; k < points.size(); k++) {
            double px = m.x(points.get(k).x());
            double py = m.y(points.get(k).y());
            g.setFill(Color.WHITE);
            g.fillRect(px - 4, py - 4, 8, 8);
            g.setStroke(Color.BLACK);
            g.setLineWidth(1);
            g.strokeRect(px - 4, py - 4, 8, 8);
            g.setFill(Color.BLACK);
            g.fillText(String.valueOf(k + 1), px + 6, py - 4);
        }
        g.setTextAlign(TextAlignment.CENTER);
        // source first, the target over it: a "+" on the source is a design on target
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
        Chromaticity target = diagram.targetProperty().get();
        if (target != null) {
            double tx = m.x(target.x());
            double ty = m.y(target.y());
            g.setStroke(Color.web("#0050c8"));
            g.setLineWidth(2);
            g.strokeLine(tx - 8, ty, tx + 8, ty);
            g.strokeLine(tx, ty - 8, tx, ty + 8);
        }
        g.restore();
        g.setTextAlign(TextAlignment.LEFT);
        g.setFill(AXIS);
        // under the title row, so that the two never overlap in a narrow pane
        g.setTextAlign(TextAlignment.RIGHT);
        g.fillText("□ unit  ○ source  + target", left + pw, 31);
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static void polyline(GraphicsContext g, Mapper m, List<Chromaticity> xy, boolean closed) {
        g.beginPath();
        g.moveTo(m.x(xy.get(0).x()), m.y(xy.get(0).y()));
        for (int i = 1; i < xy.size(); i++) {
            g.lineTo(m.x(xy.get(i).x()), m.y(xy.get(i).y()));
        }
        if (closed) {
            g.closePath();
        }
        g.stroke();
    }

    /** The model's fill of the spectral locus as an image of {@code pw} × {@code ph} pixels. */
    private WritableImage renderFill(int pw, int ph, double[] view, double scale) {
        WritableImage image = new WritableImage(pw, ph);
        image.getPixelWriter().setPixels(0, 0, pw, ph, PixelFormat.getIntArgbInstance(),
                diagram.fillArgb(view[0], view[2], scale, pw, ph), 0, pw);
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
    }
}
