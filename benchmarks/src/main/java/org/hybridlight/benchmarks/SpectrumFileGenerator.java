package org.hybridlight.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/**
 * Writes a test file for whole-process measurements (not committed: 11,000 spectra are 46 MB): {@code spectra}
 * white LED-like spectra (a blue peak, a broad phosphor band and a red band, seeded random positions) on
 * 380–780 nm at 1 nm, column-oriented (one column per spectrum) with a header row, or row-oriented (a wavelength
 * row, then one row per spectrum: the form that streams) with {@code rows}.
 * Usage: {@code java -cp benchmarks/target/benchmarks.jar org.hybridlight.benchmarks.SpectrumFileGenerator OUT.csv
 * 11000 [rows]}.
 */
public final class SpectrumFileGenerator {

    private SpectrumFileGenerator() {
    }

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        int spectra = Integer.parseInt(args[1]);
        if (args.length > 2 && args[2].equals("rows")) {
            writeRows(out, spectra);
        } else {
            write(out, spectra);
        }
    }

    /** Writes {@code spectra} spectra to {@code out} in columns (seeded: the same file every time). */
    public static void write(Path out, int spectra) throws IOException {
        writeColumns(out, parameters(spectra), spectra);
    }

    /** The same spectra as {@link #write}, one per row. */
    public static void writeRows(Path out, int spectra) throws IOException {
        double[][] p = parameters(spectra);
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            StringBuilder sb = new StringBuilder("nm");
            for (int nm = 380; nm <= 780; nm++) {
                sb.append(',').append(nm);
            }
            w.write(sb.append('\n').toString());
            for (int j = 0; j < spectra; j++) {
                sb.setLength(0);
                sb.append('s').append(j);
                for (int nm = 380; nm <= 780; nm++) {
                    sb.append(',').append(String.format(Locale.ROOT, "%.6f", value(p[j], nm)));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    private static double[][] parameters(int spectra) {
        Random rnd = new Random(1);
        double[][] p = new double[spectra][6];
        for (double[] q : p) {
            q[0] = 440 + 25 * rnd.nextDouble();
            q[1] = 0.2 + 0.6 * rnd.nextDouble();
            q[2] = 540 + 40 * rnd.nextDouble();
            q[3] = 40 + 30 * rnd.nextDouble();
            q[4] = 610 + 30 * rnd.nextDouble();
            q[5] = 0.6 * rnd.nextDouble();
        }
        return p;
    }

    private static void writeColumns(Path out, double[][] p, int spectra) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(out)) {
            StringBuilder sb = new StringBuilder("nm");
            for (int j = 0; j < spectra; j++) {
                sb.append(",s").append(j);
            }
            w.write(sb.append('\n').toString());
            for (int nm = 380; nm <= 780; nm++) {
                sb.setLength(0);
                sb.append(nm);
                for (double[] q : p) {
                    sb.append(',').append(String.format(Locale.ROOT, "%.6f", value(q, nm)));
                }
                w.write(sb.append('\n').toString());
            }
        }
    }

    private static double value(double[] q, int nm) {
        return q[1] * g(nm, q[0], 10) + g(nm, q[2], q[3]) + q[5] * g(nm, q[4], 15);
    }

    private static double g(double x, double mu, double sigma) {
        double t = (x - mu) / sigma;
        return Math.exp(-0.5 * t * t);
    }
}
