package org.hybridlight.colorimetry.plot;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Draws a spectral power distribution (W/nm, or relative) over 380–780 nm filled with the colours of its
 * wavelengths, with a band of spectral colours along the wavelength axis, and optionally components over it (each
 * unit's transmitted LED light dashed, its QD emission dotted, thinner than the white, in the unit's colour, with a
 * legend above the plot that never covers a curve). The one routine behind the designer's spectrum and the report's.
 */
public final class SpectrumPlot {

    private static final double LO_NM = 380;
    private static final double HI_NM = 780;
    private static final int AXIS = 0x404040;
    private static final int GRID = 0xe0e0e0;
    private static final int CURVE = 0x000000;
    /** How much of a wavelength's colour the fill under the curve takes (the rest is the white background). */
    private static final double FILL_OPACITY = 0.55;
    private static final int[] COMPONENT_COLOURS = {0x1f77b4, 0x2ca02c, 0xd62728, 0x9467bd, 0x8c564b, 0xe377c2,
        0x7f7f7f, 0xbcbd22};

    private static final double COMPONENT_LINE_PX = 1.0;
    private static final double[] LED_DASH = {6, 3};
    private static final double[] QD_DASH = {1.5, 2};

    private SpectrumPlot() {
    }

    /**
     * The parts' legend, in rows between the title and the plot (so it never covers a curve): first the key
     * ("LED light" dashed, "QD emission" dotted, in grey), then each unit's number (as on the CIE diagram) and name
     * beside a line in its colour, flowing from left to right; a name too long for a row is set smaller.
     */
    private record Legend(List<String> texts, List<double[]> places, List<Integer> colours, double bottom) {

        /**
         * Lays the legend out at the largest of a few text sizes that needs the fewest rows. The key goes on the
         * title's line, right-aligned, where it clears the title (else on a row of its own).
         *
         * @param titleEnd where the title's text ends (x, px)
         * @param titleBaseline the title's baseline (y, px)
         * @param top where the rows may begin (y, px)
         * @param px the largest text size (px)
         */
        static Legend layOut(PlotCanvas g, List<Component> parts, double left, double right, double titleEnd,
                double titleBaseline, double top, double px) {
            if (parts.isEmpty()) {
                return new Legend(List.of(), List.of(), List.of(), top);
            }
            Legend best = null;
            for (double scale : new double[] {1, 0.92, 0.84}) {
                // never below 7 px for the sake of a row
                Legend l = layOutAt(g, parts, left, right, titleEnd, titleBaseline, top,
                        Math.max(Math.min(px, 7), scale * px));
                if (best == null || l.bottom - top < best.bottom - top - 0.5 * px) {
                    best = l;
                }
            }
            return best;
        }

        /** Places: x, y (baseline), text px, sample (0 solid, 1 LED dashes, 2 QD dots), sample length. */
        private static Legend layOutAt(PlotCanvas g, List<Component> parts, double left, double right,
                double titleEnd, double titleBaseline, double top, double px) {
            List<String> texts = new java.util.ArrayList<>();
            List<double[]> places = new java.util.ArrayList<>();
            List<Integer> colours = new java.util.ArrayList<>();
            double row = 1.2 * px;
            double sample = 1.8 * px;
            double gap = 0.9 * px;
            String[] key = {"LED light", "QD emission"};
            double keyWidth = 2 * (sample + 0.35 * px) + g.textWidth(key[0], px, false)
                    + g.textWidth(key[1], px, false) + gap;
            boolean keyOnTitle = right - keyWidth >= titleEnd + 2 * gap;
            double x = keyOnTitle ? right - keyWidth : left;
            double y = keyOnTitle ? titleBaseline : top + px;
            for (int k = -2; k < parts.size(); k++) {
                String text = k < 0 ? key[k + 2] : (k + 1) + ": " + parts.get(k).name;
                double size = px;
                double w = sample + 0.35 * px + g.textWidth(text, size, false);
                if (w > right - left) {
                    size = Math.max(6, size * (right - left - sample - 0.35 * px) / g.textWidth(text, size, false));
                    w = sample + 0.35 * px + g.textWidth(text, size, false);
                }
                if (k == 0 && keyOnTitle) {
                    x = left;
                    y = top + px;
                } else if (x > left && x + w > right) {
                    x = left;
                    y += row;
                }
                texts.add(text);
                places.add(new double[] {x, y, size, k == -2 ? 1 : k == -1 ? 2 : 0, sample});
                colours.add(k < 0 ? AXIS : componentRgb(k));
                x += w + gap;
            }
            return new Legend(texts, places, colours, y + 0.4 * px);
        }

        void draw(PlotCanvas g) {
            for (int i = 0; i < texts.size(); i++) {
                double[] p = places.get(i);
                double lineY = p[1] - 0.33 * p[2];
                g.stroke(colours.get(i), p[3] == 0 ? 2 : COMPONENT_LINE_PX);
                if (p[3] == 1) {
                    g.dashed(LED_DASH[0], LED_DASH[1]);
                } else if (p[3] == 2) {
                    g.dashed(QD_DASH[0], QD_DASH[1]);
                }
                g.line(p[0], lineY, p[0] + p[4], lineY);
                g.fill(colours.get(i));
                g.text(texts.get(i), p[0] + p[4] + 0.35 * p[2], p[1], p[2], false, PlotCanvas.Align.LEFT);
            }
            g.stroke(AXIS, 1);
        }
    }

    /**
     * One unit's parts of the white, on the spectrum's wavelengths.
     *
     * @param name the unit's name, for the legend
     * @param ledWPerNm its LED light that leaves the dots (W/nm)
     * @param qdWPerNm its QD emission (W/nm)
     */
    public record Component(String name, double[] ledWPerNm, double[] qdWPerNm) {

        public Component {
            Objects.requireNonNull(name, "name");
            ledWPerNm = ledWPerNm.clone();
            qdWPerNm = qdWPerNm.clone();
        }

        @Override
        public double[] ledWPerNm() {
            return ledWPerNm.clone();
        }

        @Override
        public double[] qdWPerNm() {
            return qdWPerNm.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Component c && name.equals(c.name) && Arrays.equals(ledWPerNm, c.ledWPerNm)
                    && Arrays.equals(qdWPerNm, c.qdWPerNm);
        }

        @Override
        public int hashCode() {
            return Objects.hash(name, Arrays.hashCode(ledWPerNm), Arrays.hashCode(qdWPerNm));
        }

        @Override
        public String toString() {
            return "Component[name=" + name + ", ledWPerNm=" + Arrays.toString(ledWPerNm) + ", qdWPerNm="
                    + Arrays.toString(qdWPerNm) + "]";
        }
    }

    /**
     * What to draw.
     *
     * @param title heading at the top left
     * @param wavelengthsNm the sample wavelengths, ascending
     * @param wPerNm the spectrum at each, W/nm (or relative)
     * @param components parts drawn over it (empty for none), each on the same wavelengths
     * @param relative whether the values are relative (a measured spectrum's file), not W/nm: the axis says so
     */
    public record Data(String title, double[] wavelengthsNm, double[] wPerNm, List<Component> components,
            boolean relative) {

        /** A spectrum in W/nm. */
        public Data(String title, double[] wavelengthsNm, double[] wPerNm, List<Component> components) {
            this(title, wavelengthsNm, wPerNm, components, false);
        }

        public Data {
            Objects.requireNonNull(title, "title");
            if (wavelengthsNm.length != wPerNm.length) {
                throw new IllegalArgumentException("wavelengths and values differ in length: "
                        + wavelengthsNm.length + " vs " + wPerNm.length);
            }
            for (Component c : components) {
                if (c.ledWPerNm.length != wavelengthsNm.length || c.qdWPerNm.length != wavelengthsNm.length) {
                    throw new IllegalArgumentException("component " + c.name + " has other wavelengths");
                }
            }
            wavelengthsNm = wavelengthsNm.clone();
            wPerNm = wPerNm.clone();
            components = List.copyOf(components);
        }

        @Override
        public double[] wavelengthsNm() {
            return wavelengthsNm.clone();
        }

        @Override
        public double[] wPerNm() {
            return wPerNm.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Data s && title.equals(s.title) && Arrays.equals(wavelengthsNm, s.wavelengthsNm)
                    && Arrays.equals(wPerNm, s.wPerNm) && components.equals(s.components) && relative == s.relative;
        }

        @Override
        public int hashCode() {
            return Objects.hash(title, Arrays.hashCode(wavelengthsNm), Arrays.hashCode(wPerNm), components, relative);
        }

        @Override
        public String toString() {
            return "SpectrumPlot.Data[title=" + title + ", wavelengthsNm=" + Arrays.toString(wavelengthsNm) + ", wPerNm="
                    + Arrays.toString(wPerNm) + ", components=" + components + ", relative=" + relative + "]";
        }
    }

    /** The colour of component {@code k} (0-based), as in the legend. */
    public static int componentRgb(int k) {
        return COMPONENT_COLOURS[k % COMPONENT_COLOURS.length];
    }

    /** Draws {@code s} on a white {@code width} × {@code height} px area. */
    public static void draw(PlotCanvas g, double width, double height, Data s, PlotColours colours) {
        double font = Math.max(10, Math.min(14, Math.min(width / 45, height / 28)));
        double[] nm = s.wavelengthsNm;
        double[] v = s.wPerNm;
        double max = 0;
        for (int i = 0; i < nm.length; i++) {
            if (nm[i] >= LO_NM && nm[i] <= HI_NM) {
                max = Math.max(max, v[i]);
                for (Component c : s.components) {
                    max = Math.max(max, Math.max(c.ledWPerNm[i], c.qdWPerNm[i]));
                }
            }
        }
        if (!(max > 0)) {
            max = 1;
        }
        double step = AxisTicks.niceStep(max, 5);
        double yMax = Math.ceil(max / step) * step;
        int ticks = (int) Math.round(yMax / step);
        double tickPx = 0.9 * font;
        double widestTick = 0;
        for (int t = 0; t <= ticks; t++) {
            widestTick = Math.max(widestTick, g.textWidth(AxisTicks.label(t * step, step), tickPx, false));
        }
        double left = 1.6 * font + widestTick + 0.4 * font;
        double right = width - font;
        Legend legend = Legend.layOut(g, s.components, left, right,
                left + g.textWidth(s.title, 1.2 * font, false), 1.4 * font, 1.9 * font, 0.8 * font);
        double top = legend.bottom + 0.3 * font;
        double band = 0.8 * font;
        double bottom = height - 2.6 * font;
        double plotBottom = bottom - band - 2;
        double dx = (right - left) / (HI_NM - LO_NM);
        double yScale = (plotBottom - top) / yMax;
        g.fill(AXIS);
        g.text(s.title, left, 1.4 * font, 1.2 * font, false, PlotCanvas.Align.LEFT);
        // the fill under the curve, a trapezoid per sample interval in its wavelength's colour
        double[] qx = new double[4];
        double[] qy = new double[4];
        for (int i = 0; i + 1 < nm.length; i++) {
            if (nm[i] < LO_NM || nm[i + 1] > HI_NM) {
                continue;
            }
            qx[0] = left + (nm[i] - LO_NM) * dx;
            qx[1] = left + (nm[i + 1] - LO_NM) * dx + 0.5; // overlap the next by half a pixel: no seams
            qx[2] = qx[1];
            qx[3] = qx[0];
            qy[0] = plotBottom - v[i] * yScale;
            qy[1] = plotBottom - v[i + 1] * yScale;
            qy[2] = plotBottom;
            qy[3] = plotBottom;
            g.fill(blendWithWhite(colours.spectral((nm[i] + nm[i + 1]) / 2), FILL_OPACITY));
            g.fillPolygon(qx, qy, 4);
        }
        for (int t = 0; t <= ticks; t++) {
            double y = plotBottom - t * step * yScale;
            g.stroke(GRID, 1);
            g.line(left, y, right, y);
            g.fill(AXIS);
            g.text(AxisTicks.label(t * step, step), left - 0.4 * font, y + 0.35 * font, tickPx, false,
                    PlotCanvas.Align.RIGHT);
        }
        g.stroke(CURVE, 1.8);
        curve(g, nm, v, left, dx, plotBottom, yScale);
        // the parts thinner than the white, so the white stays readable over them
        for (int k = 0; k < s.components.size(); k++) {
            Component c = s.components.get(k);
            g.stroke(componentRgb(k), COMPONENT_LINE_PX);
            g.dashed(LED_DASH[0], LED_DASH[1]);
            curve(g, nm, c.ledWPerNm, left, dx, plotBottom, yScale);
            g.stroke(componentRgb(k), COMPONENT_LINE_PX);
            g.dashed(QD_DASH[0], QD_DASH[1]);
            curve(g, nm, c.qdWPerNm, left, dx, plotBottom, yScale);
        }
        legend.draw(g);
        // the wavelength axis, tinted with the spectral colours
        for (double w = LO_NM; w < HI_NM; w++) {
            double x = left + (w - LO_NM) * dx;
            g.fill(PlotColours.rgb(colours.spectral(w + 0.5)));
            g.fillPolygon(new double[] {x, x + dx + 0.5, x + dx + 0.5, x},
                    new double[] {bottom - band, bottom - band, bottom, bottom}, 4);
        }
        g.stroke(AXIS, 1);
        g.line(left, plotBottom, right, plotBottom);
        g.line(left, top, left, plotBottom);
        g.fill(AXIS);
        // a label each 50 nm where they fit, each 100 nm where the plot is narrow
        double tickNm = 50 * dx >= g.textWidth("000", tickPx, false) * 1.6 ? 50 : 100;
        for (double w = 400; w <= HI_NM; w += tickNm) {
            g.text(AxisTicks.label(w, tickNm), left + (w - LO_NM) * dx, bottom + 1.1 * font, tickPx, false,
                    PlotCanvas.Align.CENTER);
        }
        g.text("wavelength (nm)", (left + right) / 2, height - 0.4 * font, 0.9 * font, false,
                PlotCanvas.Align.CENTER);
        g.textUp(s.relative ? "relative spectral power" : "spectral power (W/nm)", 1.1 * font,
                (top + plotBottom) / 2, 0.9 * font, false);
    }

    private static void curve(PlotCanvas g, double[] nm, double[] v, double left, double dx, double bottom,
            double yScale) {
        double[] xs = new double[nm.length];
        double[] ys = new double[nm.length];
        int n = 0;
        for (int i = 0; i < nm.length; i++) {
            if (nm[i] >= LO_NM && nm[i] <= HI_NM) {
                xs[n] = left + (nm[i] - LO_NM) * dx;
                ys[n] = bottom - v[i] * yScale;
                n++;
            }
        }
        g.polyline(xs, ys, n);
    }

    private static int blendWithWhite(double[] rgb, double opacity) {
        return PlotColours.rgb(new double[] {1 - opacity * (1 - rgb[0]), 1 - opacity * (1 - rgb[1]),
            1 - opacity * (1 - rgb[2])});
    }
}
