package org.hybridlight.colorimetry.plot;

/**
 * The few drawing operations the shared plots need, in pixels with y down. Implemented over Java2D (PNG, and SVG
 * through JFreeSVG's Graphics2D) and over a JavaFX canvas, so each plot is drawn by one routine everywhere.
 * Colours are 0xRRGGBB.
 */
public interface PlotCanvas {

    /** {@code g} with its origin moved to ({@code dx}, {@code dy}): to place a plot in part of a page. */
    static PlotCanvas translated(PlotCanvas g, double dx, double dy) {
        return new TranslatedCanvas(g, dx, dy);
    }

    /** Text alignment relative to the x coordinate given. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Sets the colour and width (px) of the lines drawn next, solid. */
    void stroke(int rgb, double widthPx);

    /** Makes the lines drawn next dashed ({@code onPx} drawn, {@code offPx} left), until the next {@link #stroke}. */
    void dashed(double onPx, double offPx);

    /** Sets the colour of the fills and text drawn next. */
    void fill(int rgb);

    void line(double x0, double y0, double x1, double y1);

    /** An open line through the points (a curve: joined, not a chain of separate segments). */
    void polyline(double[] xs, double[] ys, int n);

    /** The outline of a closed polygon. */
    void polygon(double[] xs, double[] ys, int n);

    /** A closed polygon filled with the fill colour (bars are four-cornered ones). */
    void fillPolygon(double[] xs, double[] ys, int n);

    void strokeCircle(double cx, double cy, double radius);

    void fillCircle(double cx, double cy, double radius);

    /**
     * An image of {@code widthPx} × {@code heightPx} ARGB pixels (rows top to bottom, alpha 0 transparent) drawn
     * into the {@code w} × {@code h} area at ({@code x}, {@code y}), its top left corner.
     */
    void image(int[] argb, int widthPx, int heightPx, double x, double y, double w, double h);

    /** Draws only inside the rectangle until {@link #unclip}; not nested. */
    void clip(double x, double y, double w, double h);

    /** Ends {@link #clip}. */
    void unclip();

    /** The width of {@code text} as {@link #text} would draw it, px. */
    double textWidth(String text, double sizePx, boolean bold);

    /** Text with its baseline at {@code y}; size in px. */
    void text(String text, double x, double y, double sizePx, boolean bold, Align align);

    /** Text turned 90° counter-clockwise (reading upwards), centred on {@code y}, its baseline at {@code x}. */
    void textUp(String text, double x, double y, double sizePx, boolean bold);
}
