package org.hybridlight.colorimetry.plot;

import java.util.ArrayList;
import java.util.List;

/** A {@link PlotCanvas} that keeps every point drawn and every filled polygon, for geometry checks. */
final class RecordingCanvas implements PlotCanvas {

    /** A filled polygon and its colour. */
    record Filled(int rgb, double[] xs, double[] ys) {
    }

    final List<double[]> points = new ArrayList<>();
    final List<Filled> filled = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    private int fill;

    @Override
    public void stroke(int rgb, double widthPx) {
    }

    @Override
    public void fill(int rgb) {
        fill = rgb;
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        points.add(new double[] {x0, y0});
        points.add(new double[] {x1, y1});
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n) {
        for (int i = 0; i < n; i++) {
            points.add(new double[] {xs[i], ys[i]});
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        polygon(xs, ys, n);
        filled.add(new Filled(fill, java.util.Arrays.copyOf(xs, n), java.util.Arrays.copyOf(ys, n)));
    }

    @Override
    public void strokeCircle(double cx, double cy, double radius) {
        points.add(new double[] {cx - radius, cy - radius});
        points.add(new double[] {cx + radius, cy + radius});
    }

    @Override
    public void fillCircle(double cx, double cy, double radius) {
        strokeCircle(cx, cy, radius);
    }

    @Override
    public double textWidth(String text, double sizePx, boolean bold) {
        return 0.6 * sizePx * text.length();
    }

    @Override
    public void text(String text, double x, double y, double sizePx, boolean bold, Align align) {
        texts.add(text);
        points.add(new double[] {x, y});
    }
}
