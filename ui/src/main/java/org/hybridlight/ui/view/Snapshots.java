package org.hybridlight.ui.view;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.hybridlight.colorimetry.io.AtomicFiles;

/** Renders a node to a PNG file, or a plot to an SVG file (whole or not at all). Call on the FX thread. */
public final class Snapshots {

    private Snapshots() {
    }

    public static void writePng(Node node, Path out) throws IOException {
        writePng(node.snapshot(null, null), out);
    }

    /** Writes {@code image} (e.g. a {@link PlotPane#render} at 2× or 4×) to a PNG file. */
    public static void writePng(WritableImage image, Path out) throws IOException {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        AtomicFiles.write(out, o -> {
            if (!ImageIO.write(buffered, "png", o)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    /** Writes {@code plot} as SVG at its size on screen, drawn by its routine through JFreeSVG. */
    public static void writeSvg(PlotPane plot, Path out) throws IOException {
        AtomicFiles.writeString(out, plot.svg());
    }
}
