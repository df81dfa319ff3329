package org.hybridlight.cli;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.hybridlight.colorimetry.io.AtomicFiles;
import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourVectorGraphic;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;

/**
 * The TM-30-18 colour-vector graphic: the reference as the unit circle, each hue bin's reference average
 * normalized onto it, and an arrow to the test average scaled the same way (so an arrow pointing outwards is a
 * gain in chroma); Rf, Rg, CCT and the reference in the corner. PNG through Java2D (headless) or SVG as text,
 * written with {@link AtomicFiles}.
 */
final class Tm30Plot {

    private static final int SIZE = 640;
    private static final double RADIUS = 220;

    private Tm30Plot() {
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

    /** Points of the graphic in pixels: [bin][refX, refY, testX, testY]. */
    static double[][] points(Tm30Result r) {
        double[][] p = Tm30ColourVectorGraphic.vectors(r);
        for (double[] bin : p) {
            for (int k = 0; k < 4; k++) {
                bin[k] = k % 2 == 0 ? SIZE / 2.0 + RADIUS * bin[k] : SIZE / 2.0 - RADIUS * bin[k];
            }
        }
        return p;
    }

    /** An approximate colour for hue bin {@code b}. */
    static Color binColour(int b) {
        return Color.getHSBColor((float) (Tm30ColourVectorGraphic.binDisplayHueDegrees(b) / 360), 0.65f, 0.85f);
    }

    static BufferedImage png(String title, double cctK, Tm30Result r) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, SIZE, SIZE);
        double c = SIZE / 2.0;
        g.setColor(new Color(200, 200, 200));
        g.setStroke(new BasicStroke(1f));
        for (int b = 0; b < 16; b++) {
            double a = Math.toRadians(b * 22.5);
            g.draw(new Line2D.Double(c, c, c + 1.3 * RADIUS * Math.cos(a), c - 1.3 * RADIUS * Math.sin(a)));
        }
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.draw(new Ellipse2D.Double(c - RADIUS, c - RADIUS, 2 * RADIUS, 2 * RADIUS));
        double[][] p = points(r);
        Path2D.Double polygon = new Path2D.Double();
        for (int b = 0; b < p.length; b++) {
            if (b == 0) {
                polygon.moveTo(p[b][2], p[b][3]);
            } else {
                polygon.lineTo(p[b][2], p[b][3]);
            }
        }
        polygon.closePath();
        g.setColor(new Color(200, 30, 30));
        g.draw(polygon);
        for (int b = 0; b < p.length; b++) {
            g.setColor(binColour(b).darker());
            g.setStroke(new BasicStroke(3f));
            g.draw(new Line2D.Double(p[b][0], p[b][1], p[b][2], p[b][3]));
            g.fill(new Ellipse2D.Double(p[b][2] - 5, p[b][3] - 5, 10, 10));
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 18));
        g.drawString(title, 16, 28);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
        g.drawString(String.format(Locale.ROOT, "Rf %.0f   Rg %.0f", r.rf(), r.rg()), 16, SIZE - 40);
        g.drawString(String.format(Locale.ROOT, "CCT %.0f K, reference %s", cctK, r.reference()), 16, SIZE - 16);
        g.dispose();
        return image;
    }

    static String svg(String title, double cctK, Tm30Result r) {
        double c = SIZE / 2.0;
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" "
                + "viewBox=\"0 0 %d %d\">%n", SIZE, SIZE, SIZE, SIZE));
        s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
        s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"none\" "
                + "stroke=\"black\" stroke-width=\"2\"/>%n", c, c, RADIUS));
        double[][] p = points(r);
        StringBuilder poly = new StringBuilder();
        for (double[] q : p) {
            poly.append(String.format(Locale.ROOT, "%.1f,%.1f ", q[2], q[3]));
        }
        s.append("<polygon points=\"").append(poly.toString().trim())
                .append("\" fill=\"none\" stroke=\"#c81e1e\" stroke-width=\"2\"/>\n");
        for (int b = 0; b < p.length; b++) {
            Color col = binColour(b).darker();
            String hex = String.format("#%02x%02x%02x", col.getRed(), col.getGreen(), col.getBlue());
            s.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" "
                    + "stroke=\"%s\" stroke-width=\"3\"/>%n", p[b][0], p[b][1], p[b][2], p[b][3], hex));
            s.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"5\" fill=\"%s\"/>%n", p[b][2],
                    p[b][3], hex));
        }
        s.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"28\" font-family=\"sans-serif\" font-size=\"18\" "
                + "font-weight=\"bold\">%s</text>%n", escape(title)));
        s.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" font-family=\"sans-serif\" font-size=\"16\">"
                + "Rf %.0f   Rg %.0f</text>%n", SIZE - 40, r.rf(), r.rg()));
        s.append(String.format(Locale.ROOT, "<text x=\"16\" y=\"%d\" font-family=\"sans-serif\" font-size=\"16\">"
                + "CCT %.0f K, reference %s</text>%n", SIZE - 16, cctK, escape(r.reference())));
        s.append("</svg>\n");
        return s.toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
