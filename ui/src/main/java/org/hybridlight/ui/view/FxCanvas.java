package org.hybridlight.ui.view;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.hybridlight.colorimetry.plot.PlotCanvas;

/**
 * {@link PlotCanvas} over a JavaFX canvas, so the designer draws the shared plots with the command line's code.
 * Keep one per canvas: it remembers text widths and the last image, which a redraw mostly needs again.
 */
final class FxCanvas implements PlotCanvas {

    private static final String FAMILY = "DejaVu Sans";
    /** Widths measured, by text, size and weight: the plots measure the same labels on every redraw. */
    private static final int MAX_WIDTHS = 4096;
    private final GraphicsContext g;
    private final java.util.Map<String, Double> widths = new java.util.HashMap<>();
    private final Text measure = new Text();
    /** The last image drawn and the pixels it was made from (a plot's fill is the same array while unchanged). */
    private int[] lastArgb;
    private WritableImage lastImage;

    FxCanvas(GraphicsContext g) {
        this.g = g;
    }

    private static Color colour(int rgb) {
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
    }

    @Override
    public void stroke(int rgb, double widthPx) {
        g.setStroke(colour(rgb));
        g.setLineWidth(widthPx);
        g.setLineDashes((double[]) null);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
    }

    @Override
    public void dashed(double onPx, double offPx) {
        g.setLineDashes(onPx, offPx);
        g.setLineCap(StrokeLineCap.BUTT);
    }

    @Override
    public void fill(int rgb) {
        g.setFill(colour(rgb));
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        g.strokeLine(x0, y0, x1, y1);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n) {
        g.strokePolygon(xs, ys, n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(xs, ys, n);
    }

    @Override
    public void strokeCircle(double cx, double cy, double radius) {
        g.strokeOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void fillCircle(double cx, double cy, double radius) {
        g.fillOval(cx - radius, cy - radius, 2 * radius, 2 * radius);
    }

    @Override
    public void image(int[] argb, int widthPx, int heightPx, double x, double y, double w, double h) {
        if (argb != lastArgb || lastImage.getWidth() != widthPx || lastImage.getHeight() != heightPx) {
            lastImage = new WritableImage(widthPx, heightPx);
            lastImage.getPixelWriter().setPixels(0, 0, widthPx, heightPx, PixelFormat.getIntArgbInstance(), argb, 0,
                    widthPx);
            lastArgb = argb;
        }
        g.drawImage(lastImage, x, y, w, h);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.save();
        g.beginPath();
        g.rect(x, y, w, h);
        g.clip();
    }

    @Override
    public void unclip() {
        g.restore();
    }

    private static Font font(double sizePx, boolean bold) {
        return Font.font(FAMILY, bold ? FontWeight.BOLD : FontWeight.NORMAL, sizePx);
    }

    @Override
    public double textWidth(String text, double sizePx, boolean bold) {
        String key = sizePx + (bold ? "b|" : "|") + text;
        Double w = widths.get(key);
        if (w == null) {
            if (widths.size() >= MAX_WIDTHS) {
                widths.clear();
            }
            measure.setText(text);
            measure.setFont(font(sizePx, bold));
            w = measure.getLayoutBounds().getWidth();
            widths.put(key, w);
        }
        return w;
    }

    @Override
    public void text(String text, double x, double y, double sizePx, boolean bold, Align align) {
        Font before = g.getFont();
        TextAlignment alignBefore = g.getTextAlign();
        g.setFont(font(sizePx, bold));
        g.setTextAlign(align == Align.LEFT ? TextAlignment.LEFT : align == Align.CENTER ? TextAlignment.CENTER
                : TextAlignment.RIGHT);
        g.setTextBaseline(VPos.BASELINE);
        g.fillText(text, x, y);
        g.setFont(before);
        g.setTextAlign(alignBefore);
    }

    @Override
    public void textUp(String text, double x, double y, double sizePx, boolean bold) {
        g.save();
        g.translate(x, y);
        g.rotate(-90);
        text(text, 0, 0, sizePx, bold, Align.CENTER);
        g.restore();
    }
}
