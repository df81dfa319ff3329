package org.hybridlight.ciedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The nominal CCT quadrangles of ANSI C78.377-2017, <i>Electric Lamps — Specifications for the Chromaticity of
 * Solid-State Lighting Products</i> (NEMA/ANSLG): for each nominal CCT (2700–6500 K) its centre point and four
 * corners in CIE 1931 (x, y), at the published four decimals. Loaded once on first use; where the figures come
 * from is in {@code cie-data/SOURCES.md} and the file's {@code #} lines.
 */
public final class AnsiC78377 {

    private static final String RESOURCE = "/org/hybridlight/ciedata/ansi/ansi_c78_377_2017_quadrangles.csv";

    private AnsiC78377() {
    }

    /**
     * One nominal CCT bin.
     *
     * @param nominalCctK the nominal CCT, K
     * @param centreX the centre point's x
     * @param centreY the centre point's y
     * @param cornersX the corners' x: low-CCT end above the Planckian locus, high-CCT end above, high-CCT end
     *     below, low-CCT end below
     * @param cornersY the corners' y, same order
     */
    public record Quadrangle(int nominalCctK, double centreX, double centreY, double[] cornersX, double[] cornersY) {

        public Quadrangle {
            if (cornersX.length != 4 || cornersY.length != 4) {
                throw new IllegalArgumentException("a quadrangle has 4 corners");
            }
            cornersX = cornersX.clone();
            cornersY = cornersY.clone();
        }

        @Override
        public double[] cornersX() {
            return cornersX.clone();
        }

        @Override
        public double[] cornersY() {
            return cornersY.clone();
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Quadrangle q && nominalCctK == q.nominalCctK
                    && Double.compare(centreX, q.centreX) == 0 && Double.compare(centreY, q.centreY) == 0
                    && Arrays.equals(cornersX, q.cornersX) && Arrays.equals(cornersY, q.cornersY);
        }

        @Override
        public int hashCode() {
            return Objects.hash(nominalCctK, centreX, centreY, Arrays.hashCode(cornersX), Arrays.hashCode(cornersY));
        }

        @Override
        public String toString() {
            return "Quadrangle[" + nominalCctK + " K, centre " + centreX + ", " + centreY + ", x "
                    + Arrays.toString(cornersX) + ", y " + Arrays.toString(cornersY) + "]";
        }
    }

    /** The eight nominal CCT quadrangles, 2700, 3000, 3500, 4000, 4500, 5000, 5700 and 6500 K, in that order. */
    public static List<Quadrangle> nominalQuadrangles() {
        return Holder.QUADRANGLES;
    }

    private static final class Holder {
        static final List<Quadrangle> QUADRANGLES = read();
    }

    private static List<Quadrangle> read() {
        List<Quadrangle> out = new ArrayList<>();
        try (InputStream in = AnsiC78377.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",");
                if (f.length != 11) {
                    throw new IllegalStateException(RESOURCE + " line " + lineNo + ": 11 fields expected, got "
                            + f.length);
                }
                double[] xs = new double[4];
                double[] ys = new double[4];
                for (int k = 0; k < 4; k++) {
                    xs[k] = Double.parseDouble(f[3 + 2 * k]);
                    ys[k] = Double.parseDouble(f[4 + 2 * k]);
                }
                out.add(new Quadrangle(Integer.parseInt(f[0]), Double.parseDouble(f[1]), Double.parseDouble(f[2]),
                        xs, ys));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(out);
    }
}
