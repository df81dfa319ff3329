package org.hybridlight.ui.view;

import java.awt.Color;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.hybridlight.colorimetry.plot.Java2DCanvas;
import org.hybridlight.colorimetry.plot.PlotCanvas;
import org.hybridlight.colorimetry.plot.PlotText;
import org.jfree.svg.SVGGraphics2D;

/**
 * A resizable canvas that repaints itself when resized or asked to. Each plot draws through {@link PlotCanvas},
 * so the same code paints the screen, a PNG at 1×, 2× or 4× and an SVG file.
 */
public abstract class PlotPane extends Region {

    /** Size of the "no valid design" messages, px. */
    private static final double MESSAGE_PX = 12;
    private static final int TEXT = 0x404040;

    private final Canvas canvas = new Canvas();
    private final FxCanvas screen = new FxCanvas(canvas.getGraphicsContext2D());

    protected PlotPane() {
        getChildren().add(canvas);
        setMinSize(200, 160);
        setPrefSize(520, 340);
        widthProperty().addListener(o -> redraw());
        heightProperty().addListener(o -> redraw());
    }

    @Override
    protected void layoutChildren() {
        canvas.setWidth(Math.floor(getWidth()));
        canvas.setHeight(Math.floor(getHeight()));
    }

    /** Repaints now (on the FX thread). */
    public final void redraw() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        canvas.setWidth(w);
        canvas.setHeight(h);
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setFill(javafx.scene.paint.Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w > 20 && h > 20) {
            draw(screen, w, h);
        }
    }

    /**
     * The plot drawn afresh at {@code scale} times its size on screen (2 or 4 for print), so lines and text stay
     * sharp rather than being enlarged pixels.
     */
    public final WritableImage render(double scale) {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        Canvas c = new Canvas(Math.ceil(w * scale), Math.ceil(h * scale));
        GraphicsContext g = c.getGraphicsContext2D();
        g.setFill(javafx.scene.paint.Color.WHITE);
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        g.scale(scale, scale);
        if (w > 20 && h > 20) {
            draw(new FxCanvas(g), w, h);
        }
        return c.snapshot(null, null);
    }

    /** The plot at its size on screen as an SVG document (JFreeSVG), drawn by the same routine as on screen. */
    public final String svg() {
        int w = (int) Math.max(1, Math.floor(getWidth()));
        int h = (int) Math.max(1, Math.floor(getHeight()));
        SVGGraphics2D g = new SVGGraphics2D(w, h);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w > 20 && h > 20) {
            draw(new Java2DCanvas(g), w, h);
        }
        return g.getSVGDocument();
    }

    /** Draws the plot on a cleared, white area of {@code w} × {@code h} pixels. */
    protected abstract void draw(PlotCanvas g, double w, double h);

    /** A short name for file names and menus ("spectrum", "chromaticity"...). */
    public abstract String plotName();

    /** The plot's title and, under it, why there is nothing to draw (wrapped within the plot's width {@code w}). */
    protected static void message(PlotCanvas g, double w, String title, String why) {
        g.fill(TEXT);
        g.text(title, 12, 17, 13, false, PlotCanvas.Align.LEFT);
        double y = 40;
        for (String line : PlotText.wrap(g, why, MESSAGE_PX, false, w - 24)) {
            g.text(line, 12, y, MESSAGE_PX, false, PlotCanvas.Align.LEFT);
            y += 1.3 * MESSAGE_PX;
        }
    }
}
