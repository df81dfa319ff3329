package org.hybridlight.cli;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.plot.Java2DCanvas;
import org.hybridlight.colorimetry.io.ExitCode;
import org.hybridlight.colorimetry.plot.Tm30VectorGraphicPlot;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.jfree.svg.SVGGraphics2D;

/**
 * {@code evaluate --plot}: the TM-30-18 colour-vector graphic ({@link Tm30VectorGraphicPlot}) as PNG (Java2D,
 * headless) or SVG (JFreeSVG), by the file's extension, written with {@link AtomicFiles}.
 */
final class Tm30Plot {

    private static final int SIZE_PX = 640;

    private Tm30Plot() {
    }

    /** Stages the graphic of one spectrum in {@code files}, or warns that it has no TM-30; the exit code. */
    static int stage(PrintWriter err, Outputs files, Path target, String spectrum, Colorimetry c) {
        if (c.tm30() == null) {
            err.println("warning: " + spectrum + ": no TM-30 graphic: " + c.tm30Problem());
            return ExitCode.OK;
        }
        return files.stage("--plot", target, content(target, spectrum, c.cctK(), c.tm30()));
    }

    /** The graphic as SVG or PNG, by the extension of {@code out}, for writing with {@link AtomicFiles}. */
    static AtomicFiles.Content content(Path out, String title, double cctK, Tm30Result r) {
        if (out.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg")) {
            return AtomicFiles.utf8(svg(title, cctK, r));
        }
        return o -> {
            if (!ImageIO.write(png(title, cctK, r), "png", o)) {
                throw new IOException("no PNG writer available");
            }
        };
    }

    static BufferedImage png(String title, double cctK, Tm30Result r) {
        BufferedImage image = new BufferedImage(SIZE_PX, SIZE_PX, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        paint(g, title, cctK, r);
        g.dispose();
        return image;
    }

    static String svg(String title, double cctK, Tm30Result r) {
        SVGGraphics2D g = new SVGGraphics2D(SIZE_PX, SIZE_PX);
        paint(g, title, cctK, r);
        return g.getSVGDocument();
    }

    private static void paint(Graphics2D g, String title, double cctK, Tm30Result r) {
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE_PX, SIZE_PX);
        Tm30VectorGraphicPlot.draw(new Java2DCanvas(g), SIZE_PX, SIZE_PX, title, cctK, r);
    }
}
