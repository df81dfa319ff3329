package org.hybridlight.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import org.hybridlight.colorimetry.plot.PlotCanvas;

/** {@link PlotCanvas} over a Java2D {@link Graphics2D}: a PNG image's, or JFreeSVG's for SVG files. */
final class Java2DCanvas implements PlotCanvas {

    private final Graphics2D g;
    private Color stroke = Color.BLACK;
    private Color fill = Color.BLACK;
    private BasicStroke width = new BasicStroke(1f);

    Java2DCanvas(Graphics2D g) {
        this.g = g;
    }

    @Override
    public void stroke(int rgb, double widthPx) {
        stroke = new Color(rgb);
        width = new BasicStroke((float) widthPx, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
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
    public void polygon(double[] xs, double[] ys, int n) {
        draw(path(xs, ys, n));
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.setColor(fill);
        g.fill(path(xs, ys, n));
    }

    private static Path2D.Double path(double[] xs, double[] ys, int n) {
        Path2D.Double p = new Path2D.Double();
        p.moveTo(xs[0], ys[0]);
        for (int i = 1; i < n; i++) {
            p.lineTo(xs[i], ys[i]);
        }
        p.closePath();
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

    private static Font font(double sizePx, boolean bold) {
        return new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, (int) Math.round(sizePx));
    }

    @Override
    public double textWidth(String text, double sizePx, boolean bold) {
        return g.getFontMetrics(font(sizePx, bold)).stringWidth(text);
    }

    @Override
    public void text(String text, double x, double y, double sizePx, boolean bold, Align align) {
        g.setColor(fill);
        g.setFont(font(sizePx, bold));
        double w = g.getFontMetrics().stringWidth(text);
        double left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        g.drawString(text, (float) left, (float) y);
    }

    private void draw(java.awt.Shape s) {
        g.setColor(stroke);
        g.setStroke(width);
        g.draw(s);
    }
}
