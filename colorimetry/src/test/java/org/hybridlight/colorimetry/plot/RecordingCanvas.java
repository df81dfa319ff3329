package org.hybridlight.colorimetry.plot;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A {@link PlotCanvas} that keeps every point drawn, every filled polygon and every text with its box, for
 * geometry checks. Text is measured as 0.6 em per character, a little wider than DejaVu Sans' digits.
 */
final class RecordingCanvas implements PlotCanvas {

    /** A filled polygon and its colour. */
    record Filled(int rgb, double[] xs, double[] ys) {
    }

    /** A text, its colour and its box {x0, y0, x1, y1} (y down). */
    record Label(String text, int rgb, double[] box) {
    }

    /** An image's place. */
    record Image(int widthPx, int heightPx, double x, double y, double w, double h) {
    }

    /** Every point drawn outside a clip (what is clipped cannot leave the clip's rectangle). */
    final List<double[]> points = new ArrayList<>() {
        @Override
        public boolean add(double[] p) {
            return clip == null ? super.add(p) : true;
        }
    };
    private double[] clip;
    final List<Filled> filled = new ArrayList<>();
    final List<String> texts = new ArrayList<>();
    final List<Label> labels = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    /** The colour of each straight line drawn, with its two ends. */
    final List<Filled> lines = new ArrayList<>();
    /** The colour of each open line (curve) drawn, with its points. */
    final List<Filled> polylines = new ArrayList<>();
    /** The stroke width (px) of each of {@link #polylines}. */
    final List<Double> polylineWidths = new ArrayList<>();
    private double strokeWidth;
    int clips;
    int unclips;
    private int fill;
    private int stroke;

    @Override
    public void stroke(int rgb, double widthPx) {
        stroke = rgb;
        strokeWidth = widthPx;
    }

    @Override
    public void dashed(double onPx, double offPx) {
    }

    @Override
    public void fill(int rgb) {
        fill = rgb;
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        lines.add(new Filled(stroke, new double[] {x0, x1}, new double[] {y0, y1}));
        points.add(new double[] {x0, y0});
        points.add(new double[] {x1, y1});
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        polygon(xs, ys, n);
        polylines.add(new Filled(stroke, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)));
        polylineWidths.add(strokeWidth);
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
        filled.add(new Filled(fill, Arrays.copyOf(xs, n), Arrays.copyOf(ys, n)));
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
    public void image(int[] argb, int widthPx, int heightPx, double x, double y, double w, double h) {
        if (argb.length != widthPx * heightPx) {
            throw new IllegalArgumentException("image of " + argb.length + " pixels for " + widthPx + " x " + heightPx);
        }
        images.add(new Image(widthPx, heightPx, x, y, w, h));
        points.add(new double[] {x, y});
        points.add(new double[] {x + w, y + h});
    }

    @Override
    public void clip(double x, double y, double w, double h) {
        clip = new double[] {x, y, w, h};
        points.add(new double[] {x, y});
        points.add(new double[] {x + w, y + h});
        clips++;
    }

    @Override
    public void unclip() {
        clip = null;
        unclips++;
    }

    @Override
    public double textWidth(String text, double sizePx, boolean bold) {
        return 0.6 * sizePx * text.length();
    }

    @Override
    public void text(String text, double x, double y, double sizePx, boolean bold, Align align) {
        texts.add(text);
        double w = textWidth(text, sizePx, bold);
        double left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        double[] box = {left, y - 0.75 * sizePx, left + w, y + 0.2 * sizePx};
        labels.add(new Label(text, fill, box));
        points.add(new double[] {box[0], box[1]});
        points.add(new double[] {box[2], box[3]});
    }

    @Override
    public void textUp(String text, double x, double y, double sizePx, boolean bold) {
        texts.add(text);
        double w = textWidth(text, sizePx, bold);
        double[] box = {x - 0.75 * sizePx, y - w / 2, x + 0.2 * sizePx, y + w / 2};
        labels.add(new Label(text, fill, box));
        points.add(new double[] {box[0], box[1]});
        points.add(new double[] {box[2], box[3]});
    }

    /** The first pair of labels whose boxes overlap, as "a / b", or null. */
    String overlappingLabels() {
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                double[] a = labels.get(i).box();
                double[] b = labels.get(j).box();
                if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
                    return labels.get(i).text() + " " + Arrays.toString(a) + " / " + labels.get(j).text() + " "
                            + Arrays.toString(b);
                }
            }
        }
        return null;
    }
}
