package org.hybridlight.colorimetry.plot;

/**
 * The few drawing operations the shared plots need, in pixels with y down. Implemented over Java2D (PNG, and SVG
 * through JFreeSVG's Graphics2D) and over a JavaFX canvas, so each plot is drawn by one routine everywhere.
 * Colours are 0xRRGGBB.
 */
public interface PlotCanvas {

    /** Text alignment relative to the x coordinate given. */
    enum Align { LEFT, CENTER, RIGHT }

    /** Sets the colour and width (px) of the lines drawn next. */
    void stroke(int rgb, double widthPx);

    /** Sets the colour of the fills and text drawn next. */
    void fill(int rgb);

    void line(double x0, double y0, double x1, double y1);

    /** The outline of a closed polygon. */
    void polygon(double[] xs, double[] ys, int n);

    /** A closed polygon filled with the fill colour (bars are four-cornered ones). */
    void fillPolygon(double[] xs, double[] ys, int n);

    void strokeCircle(double cx, double cy, double radius);

    void fillCircle(double cx, double cy, double radius);

    /** The width of {@code text} as {@link #text} would draw it, px. */
    double textWidth(String text, double sizePx, boolean bold);

    /** Text with its baseline at {@code y}; size in px. */
    void text(String text, double x, double y, double sizePx, boolean bold, Align align);
}
