package org.hybridlight.colorimetry.plot;

/** A {@link PlotCanvas} drawing onto another with its origin moved, so several plots can share one page. */
final class TranslatedCanvas implements PlotCanvas {

    private final PlotCanvas g;
    private final double dx;
    private final double dy;

    TranslatedCanvas(PlotCanvas g, double dx, double dy) {
        this.g = g;
        this.dx = dx;
        this.dy = dy;
    }

    private double[] shifted(double[] v, int n, double by) {
        double[] s = new double[n];
        for (int i = 0; i < n; i++) {
            s[i] = v[i] + by;
        }
        return s;
    }

    @Override
    public void stroke(int rgb, double widthPx) {
        g.stroke(rgb, widthPx);
    }

    @Override
    public void dashed(double onPx, double offPx) {
        g.dashed(onPx, offPx);
    }

    @Override
    public void fill(int rgb) {
        g.fill(rgb);
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        g.line(x0 + dx, y0 + dy, x1 + dx, y1 + dy);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        g.polyline(shifted(xs, n, dx), shifted(ys, n, dy), n);
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n) {
        g.polygon(shifted(xs, n, dx), shifted(ys, n, dy), n);
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        g.fillPolygon(shifted(xs, n, dx), shifted(ys, n, dy), n);
    }

    @Override
    public void strokeCircle(double cx, double cy, double radius) {
        g.strokeCircle(cx + dx, cy + dy, radius);
    }

    @Override
    public void fillCircle(double cx, double cy, double radius) {
        g.fillCircle(cx + dx, cy + dy, radius);
    }

    @Override
    public void image(int[] argb, int widthPx, int heightPx, double x, double y, double w, double h) {
        g.image(argb, widthPx, heightPx, x + dx, y + dy, w, h);
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        g.clip(x + dx, y + dy, w, h);
    }

    @Override
    public void unclip() {
        g.unclip();
    }

    @Override
    public double textWidth(String text, double sizePx, boolean bold) {
        return g.textWidth(text, sizePx, bold);
    }

    @Override
    public void text(String text, double x, double y, double sizePx, boolean bold, Align align) {
        g.text(text, x + dx, y + dy, sizePx, bold, align);
    }

    @Override
    public void textUp(String text, double x, double y, double sizePx, boolean bold) {
        g.textUp(text, x + dx, y + dy, sizePx, bold);
    }
}
