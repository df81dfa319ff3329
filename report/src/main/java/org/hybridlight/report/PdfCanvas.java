package org.hybridlight.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import java.awt.image.BufferedImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.hybridlight.colorimetry.plot.PlotCanvas;

/**
 * {@link PlotCanvas} over a PDFBox page content stream, so the report draws the shared plots as PDF vector
 * graphics with the command line's and the designer's code. One canvas px is one PostScript point; the plot's area
 * starts at ({@code originXPt}, {@code originYPt}) from the page's top left, its y pointing down (PDF's points
 * up). Text is in the embedded font of {@link PdfFonts}, measured with its metrics, bold as its outline stroked in the
 * text colour; a character the font lacks becomes '?' ({@link #encodable}). Circles are four cubic Béziers.
 */
final class PdfCanvas implements PlotCanvas {

    /**
     * The outline stroke of bold text, in em: thickens the regular face's stems (about 0.09 em) towards a bold
     * face's (about 0.14 em).
     */
    private static final double BOLD_STROKE_EM = 0.04;

    /** Control-point distance of a quarter-circle cubic Bézier, in radii (4/3 (√2 − 1)). */
    private static final double KAPPA = 4.0 / 3.0 * (Math.sqrt(2) - 1);

    private final PDDocument doc;
    private final PDPageContentStream out;
    private final PdfFonts fonts;
    private final double pageHeightPt;
    private final double originXPt;
    private final double originYPt;
    /** The text each string becomes in the fonts' encoding, kept since plots repeat their labels. */
    private final Map<String, String> encodable = new HashMap<>();
    /** The state set last, set again after {@link #unclip} restores the graphics state saved before the clip. */
    private int strokeRgb;
    private double strokeWidth = 1;
    private float[] dash = new float[0];
    private int fillRgb;
    private boolean clipped;

    /**
     * @param pageHeightPt the page's height, to turn y down into PDF's y up
     * @param originXPt the plot area's left edge from the page's left, pt
     * @param originYPt the plot area's top edge from the page's top, pt
     */
    PdfCanvas(PDDocument doc, PDPageContentStream out, PdfFonts fonts, double pageHeightPt, double originXPt,
            double originYPt) {
        this.doc = doc;
        this.out = out;
        this.fonts = fonts;
        this.pageHeightPt = pageHeightPt;
        this.originXPt = originXPt;
        this.originYPt = originYPt;
    }

    private float x(double x) {
        return (float) (originXPt + x);
    }

    private float y(double y) {
        return (float) (pageHeightPt - originYPt - y);
    }

    private static float[] rgb(int rgb) {
        return new float[] {(rgb >> 16 & 0xff) / 255f, (rgb >> 8 & 0xff) / 255f, (rgb & 0xff) / 255f};
    }

    @Override
    public void stroke(int rgb, double widthPx) {
        strokeRgb = rgb;
        strokeWidth = widthPx;
        dash = new float[0];
        applyStroke();
    }

    private void applyStroke() {
        float[] c = rgb(strokeRgb);
        try {
            out.setStrokingColor(c[0], c[1], c[2]);
            out.setLineWidth((float) strokeWidth);
            out.setLineDashPattern(dash, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Dashed lines ({@code onPx} drawn, {@code offPx} left) until the next {@link #stroke}. */
    @Override
    public void dashed(double onPx, double offPx) {
        dash = new float[] {(float) onPx, (float) offPx};
        applyStroke();
    }

    @Override
    public void fill(int rgb) {
        fillRgb = rgb;
        applyFill();
    }

    private void applyFill() {
        float[] c = rgb(fillRgb);
        try {
            out.setNonStrokingColor(c[0], c[1], c[2]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Draws only inside the rectangle until {@link #unclip}; not nested. */
    @Override
    public void clip(double x, double y, double w, double h) {
        try {
            out.saveGraphicsState();
            out.addRect(x(x), y(y + h), (float) w, (float) h);
            out.clip();
            clipped = true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Ends {@link #clip}: the state saved before it comes back, and the colours and line set since stay. */
    @Override
    public void unclip() {
        if (!clipped) {
            return;
        }
        try {
            out.restoreGraphicsState();
            clipped = false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        applyStroke();
        applyFill();
    }

    /** An open line through the points, joined. */
    @Override
    public void polyline(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        try {
            out.moveTo(x(xs[0]), y(ys[0]));
            for (int i = 1; i < n; i++) {
                out.lineTo(x(xs[i]), y(ys[i]));
            }
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An ARGB raster (rows top to bottom) drawn into the {@code w} × {@code h} area at ({@code x}, {@code y}), its
     * top left: embedded losslessly (Flate), transparency as a soft mask.
     */
    @Override
    public void image(int[] argb, int widthPx, int heightPx, double x, double y, double w, double h) {
        BufferedImage img = new BufferedImage(widthPx, heightPx, BufferedImage.TYPE_INT_ARGB);
        img.setRGB(0, 0, widthPx, heightPx, argb, 0, widthPx);
        try {
            PDImageXObject xo = LosslessFactory.createFromImage(doc, img);
            out.drawImage(xo, x(x), y(y + h), (float) w, (float) h);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x0, double y0, double x1, double y1) {
        try {
            out.moveTo(x(x0), y(y0));
            out.lineTo(x(x1), y(y1));
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void path(double[] xs, double[] ys, int n) throws IOException {
        out.moveTo(x(xs[0]), y(ys[0]));
        for (int i = 1; i < n; i++) {
            out.lineTo(x(xs[i]), y(ys[i]));
        }
        out.closePath();
    }

    @Override
    public void polygon(double[] xs, double[] ys, int n) {
        if (n < 2) {
            return;
        }
        try {
            path(xs, ys, n);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillPolygon(double[] xs, double[] ys, int n) {
        if (n < 3) {
            return;
        }
        try {
            path(xs, ys, n);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void circle(double cx, double cy, double r) throws IOException {
        double k = KAPPA * r;
        out.moveTo(x(cx + r), y(cy));
        out.curveTo(x(cx + r), y(cy - k), x(cx + k), y(cy - r), x(cx), y(cy - r));
        out.curveTo(x(cx - k), y(cy - r), x(cx - r), y(cy - k), x(cx - r), y(cy));
        out.curveTo(x(cx - r), y(cy + k), x(cx - k), y(cy + r), x(cx), y(cy + r));
        out.curveTo(x(cx + k), y(cy + r), x(cx + r), y(cy + k), x(cx + r), y(cy));
        out.closePath();
    }

    @Override
    public void strokeCircle(double cx, double cy, double radius) {
        try {
            circle(cx, cy, radius);
            out.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillCircle(double cx, double cy, double radius) {
        try {
            circle(cx, cy, radius);
            out.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String encodable(String text) {
        return encodable.computeIfAbsent(text, fonts::encodable);
    }

    /** The marker symbols the plots' legends use (□ unit, ○ source), drawn as shapes as tall as a capital. */
    private static final String SYMBOLS = "\u25a1\u25cb";
    /** A symbol's advance, in em. */
    private static final double SYMBOL_EM = 0.8;

    @Override
    public double textWidth(String text, double sizePx, boolean bold) {
        double w = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SYMBOLS.indexOf(text.charAt(i)) >= 0) {
                w += fonts.widthPt(encodable(text.substring(from, i)), sizePx);
                if (i < text.length()) {
                    w += SYMBOL_EM * sizePx;
                }
                from = i + 1;
            }
        }
        return w;
    }

    @Override
    public void text(String text, double x, double y, double sizePx, boolean bold, Align align) {
        double w = align == Align.LEFT ? 0 : textWidth(text, sizePx, bold);
        double left = align == Align.LEFT ? x : align == Align.CENTER ? x - w / 2 : x - w;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || SYMBOLS.indexOf(text.charAt(i)) >= 0) {
                String run = encodable(text.substring(from, i));
                if (!run.isEmpty()) {
                    show(run, sizePx, bold, Matrix.getTranslateInstance(x(left), y(y)));
                    left += fonts.widthPt(run, sizePx);
                }
                if (i < text.length()) {
                    symbol(text.charAt(i), left, y, sizePx);
                    left += SYMBOL_EM * sizePx;
                }
                from = i + 1;
            }
        }
    }

    /** □ or ○ in the text colour, as tall as a capital, centred in its advance. */
    private void symbol(char c, double x, double baseline, double sizePx) {
        double r = 0.34 * sizePx;
        double cx = x + SYMBOL_EM * sizePx / 2;
        double cy = baseline - r;
        int line = strokeRgb;
        double width = strokeWidth;
        float[] d = dash;
        stroke(fillRgb, 0.08 * sizePx);
        if (c == '\u25a1') {
            polygon(new double[] {cx - r, cx + r, cx + r, cx - r}, new double[] {cy - r, cy - r, cy + r, cy + r}, 4);
        } else {
            strokeCircle(cx, cy, r);
        }
        strokeRgb = line;
        strokeWidth = width;
        dash = d;
        applyStroke();
    }

    /** Text turned 90° counter-clockwise (reading upwards), centred on {@code y}, its baseline at {@code x}. */
    @Override
    public void textUp(String text, double x, double y, double sizePx, boolean bold) {
        String t = encodable(text);
        double w = fonts.widthPt(t, sizePx);
        show(t, sizePx, bold, new Matrix(0, 1, -1, 0, x(x), (float) (y(y) - w / 2)));
    }

    private void show(String t, double sizePx, boolean bold, Matrix at) {
        try {
            if (bold) {
                // the outline stroked in the text colour, solid: the state is restored after the text
                float[] c = rgb(fillRgb);
                out.saveGraphicsState();
                out.setStrokingColor(c[0], c[1], c[2]);
                out.setLineWidth((float) (BOLD_STROKE_EM * sizePx));
                out.setLineDashPattern(new float[0], 0);
            }
            out.beginText();
            out.setFont(fonts.font(), (float) sizePx);
            if (bold) {
                out.setRenderingMode(RenderingMode.FILL_STROKE);
            }
            out.setTextMatrix(at);
            out.showText(t);
            out.endText();
            if (bold) {
                out.restoreGraphicsState();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
