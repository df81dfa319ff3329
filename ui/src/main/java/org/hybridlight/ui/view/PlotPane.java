package org.hybridlight.ui.view;

import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.hybridlight.ui.model.DisplayColour;

/** A resizable canvas that repaints itself when resized or asked to. */
public abstract class PlotPane extends Region {

    protected static final Font FONT = Font.font("DejaVu Sans", 11);
    protected static final Font TITLE = Font.font("DejaVu Sans", 13);
    protected static final Color AXIS = Color.gray(0.25);
    protected static final Color GRID = Color.gray(0.88);

    private final Canvas canvas = new Canvas();

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
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (w > 20 && h > 20) {
            g.setFont(FONT);
            paint(g, w, h);
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
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, c.getWidth(), c.getHeight());
        g.scale(scale, scale);
        if (w > 20 && h > 20) {
            g.setFont(FONT);
            paint(g, w, h);
        }
        return c.snapshot(null, null);
    }

    /** Draws the plot on a cleared, white canvas of {@code w} × {@code h} pixels. */
    protected abstract void paint(GraphicsContext g, double w, double h);

    /** A short name for file names and menus ("spectrum", "chromaticity"...). */
    public abstract String plotName();

    /** The plot's title at the top left, leaving the normal font and the axis colour set. */
    protected static void title(GraphicsContext g, String text, double x) {
        g.setFill(AXIS);
        g.setFont(TITLE);
        g.fillText(text, x, 17);
        g.setFont(FONT);
    }

    /** A view model's screen colour as a JavaFX colour. */
    protected static Color fx(DisplayColour c) {
        return Color.color(c.red(), c.green(), c.blue());
    }

    /** "Nice" axis step for a range, 1-2-5 × 10ⁿ, giving about {@code ticks} ticks. */
    protected static double niceStep(double range, int ticks) {
        double raw = range / ticks;
        double mag = Math.pow(10, Math.floor(Math.log10(raw)));
        double n = raw / mag;
        return (n < 1.5 ? 1 : n < 3.5 ? 2 : n < 7.5 ? 5 : 10) * mag;
    }
}
