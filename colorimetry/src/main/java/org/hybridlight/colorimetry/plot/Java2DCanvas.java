package org.hybridlight.colorimetry.plot;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/**
 * {@link PlotCanvas} over a Java2D {@link Graphics2D}: a PNG image's, JFreeSVG's for SVG files, or a PDF library's.
 */
public final class Java2DCanvas implements PlotCanvas {

    private final Graphics2D g;
    private Color stroke = Color.BLACK;
    private Color fill = Color.BLACK;
    private BasicStroke width = new BasicStroke(1f);

    public Java2DCanvas(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void stroke(int rgb, double widthPx) {
        stroke = new Color(rgb);
        width = new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    }

    @Override
    public void dashed(double onPx, double offPx) {
        width = new BasicStroke(width.getLineWidth(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f,
                new float[] {(float) onPx, (float) offPx}, 0f);
    }

    @Override
    public void fill(int rgb) {
        fill = new Color(rgb);
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        draw(new Line2D.Double(x0, y0, x1, y1));
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n > 0) {
            draw(path(xs, ys, n, false));
        }
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n) {
        draw(path(xs, ys, n, true));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.setColor(fill);
        g.fill(path(xs, ys, n, true));
    }

    private static Path2D.Double path(double[] xs, double[] ys, int n, boolean closed) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        if (closed) {
            p.closePath();
        }
        return p;
    }

    @Override
    public void strokeCircle(double cx, double cy, double radius) {
        draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void fillCircle(double cx, double cy, double radius) {
        g.setColor(fill);
        g.fill(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
    }

    @Override
    public void image(int[] argb, int widthPx, int heightPx, double x, double y, double w, double h) {
        BufferedImage image = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(0, 0, widthPx, heightPx, argb, 0, widthPx);
        AffineTransform at = AffineTransform.getTranslateInstance(x, y);
        at.scale(w / widthPx, h / heightPx);
        g.drawImage(image, at, null);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.setClip(new Rectangle2D.Double(x, y, w, h));
    }

    @Override
    public void unclip() {
        g.setClip(null);
    }

    private static Font font(double sizePx, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) sizePx);
    }

    @Override
    public double textWidth(String text, double sizePx, boolean bold) {
        return font(sizePx, bold).getStringBounds(text, g.getFontRenderContext()).getWidth();
    }

    @Override
    public void text(String text, double x, double y, double sizePx, boolean bold, Align align) {
        g.setColor(fill);
        g.setFont(font(sizePx, bold));
        double w = textWidth(text, sizePx, bold);
        double left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        g.drawString(text, (float) left, (float) y);
    }

    @Override
    public void textUp(String text, double x, double y, double sizePx, boolean bold) {
        AffineTransform before = g.getTransform();
        g.translate(x, y);
        g.rotate(-Math.PI / 2);
        text(text, 0, 0, sizePx, bold, Align.CENTER);
        g.setTransform(before);
    }

    private void draw(Shape s) {
        g.setColor(stroke);
        g.setStroke(width);
        g.draw(s);
    }
}
