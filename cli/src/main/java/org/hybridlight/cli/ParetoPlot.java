package org.hybridlight.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.plot.Java2DCanvas;
import org.hybridlight.colorimetry.plot.ParetoFrontPlot;
import org.jfree.svg.SVGGraphics2D;

/**
 * {@code optimize --pareto FRONT.png|FRONT.svg}: the front ({@link ParetoFrontPlot}) as PNG (Java2D, headless) or
 * SVG (JFreeSVG), by the file's extension, for writing with {@link AtomicFiles}.
 */
final class ParetoPlot {

    private static final int WIDTH_PX = 800;
    private static final int HEIGHT_PX = 600;

    private ParetoPlot() {
    }

    /** True for a name this class draws ({@code .png}, {@code .svg}, any case). */
    static boolean isPlot(Path out) {
        String n = out.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".svg");
    }

    /** The plot as SVG or PNG, by the extension of {@code out}. */
    static AtomicFiles.Content content(Path out, ParetoFrontPlot.Front front) {
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            SVGGraphics2D g = new SVGGraphics2D(WIDTH_PX, HEIGHT_PX);
            paint(g, front);
            return AtomicFiles.utf8(g.getSVGDocument());
        }
        return o -> {
            BufferedImage image = new BufferedImage(WIDTH_PX, HEIGHT_PX, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            paint(g, front);
            g.dispose();
            if (!ImageIO.write(image, "png", o)) {
                throw new IOException("no PNG writer available");
            }
        };
    }

    private static void paint(Graphics2D g, ParetoFrontPlot.Front front) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH_PX, HEIGHT_PX);
        ParetoFrontPlot.draw(new Java2DCanvas(g), WIDTH_PX, HEIGHT_PX, front);
    }
}
