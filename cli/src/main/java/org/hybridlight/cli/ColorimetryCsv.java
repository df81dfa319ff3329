package org.hybridlight.cli;

import java.io.PrintWriter;
import java.util.List;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.io.InstrumentFigures;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;

/**
 * {@code evaluate --format csv}, for spreadsheets: one row per spectrum, the JSON keys as columns ({@code r} as
 * r1…r14, the TM-30 hue bins as rfHj1…rfHj16, rcsHj1…, rhsHj1…), an empty cell for a JSON null, RFC 4180 quoting.
 * When the file may have its instrument's figures (a Sekonic or UPRtek export), every {@link InstrumentFigures#KEYS} key follows as a column
 * {@code instrument_cct}, … {@code instrument_illuminanceLx} (empty where that instrument did not report it).
 */
final class ColorimetryCsv {

    private ColorimetryCsv() {
    }

    /** Rows written as the results come: the header at once, then each chunk's rows. */
    static final class Rows implements ResultSink {
        private final PrintWriter out;
        private final boolean instrument;
        private final StringBuilder row = new StringBuilder();

        /** {@code instrument}: the header has the instrument's columns. */
        Rows(PrintWriter out, boolean instrument) {
            this.out = out;
            this.instrument = instrument;
            out.print(header(instrument));
        }

        @Override
        public void add(List<SpectrumLabel> spectra, List<Colorimetry> results) {
            for (int i = 0; i < results.size(); i++) {
                row.setLength(0);
                out.print(row(row, spectra.get(i), results.get(i), instrument));
            }
            // once per chunk: the rows reach the reader as they finish
            out.flush();
        }

        @Override
        public void finish() {
            out.flush();
        }

        @Override
        public boolean streams() {
            return true;
        }
    }

    static StringBuilder header(boolean instrument) {
        StringBuilder h = new StringBuilder("name,X,Y,Z,x,y,u,v,uPrime,vPrime,cct,duv,ra");
        for (int i = 1; i <= 14; i++) {
            h.append(",r").append(i);
        }
        h.append(",ler,reference,criValid,rf,rg");
        for (String bins : new String[] {"rfHj", "rcsHj", "rhsHj"}) {
            for (int j = 1; j <= 16; j++) {
                h.append(',').append(bins).append(j);
            }
        }
        if (instrument) {
            for (String k : InstrumentFigures.KEYS) {
                h.append(",instrument_").append(k);
            }
        }
        return h.append("\r\n");
    }

    /** Appends the row of one spectrum to {@code row}. */
    static StringBuilder row(StringBuilder row, SpectrumLabel s, Colorimetry c, boolean instrument) {
        ColourRendering cr = c.colourRendering();
        row.append(quoted(s.name()));
        for (double v : new double[] {c.xyz().x(), c.xyz().y(), c.xyz().z(), c.xy().x(), c.xy().y(), c.uv().u(),
            c.uv().v(), c.uvPrime().u(), c.uvPrime().v(), c.cctK(), c.duv(), cr == null ? Double.NaN : cr.ra()}) {
            number(row, v);
        }
        for (int k = 1; k <= 14; k++) {
            number(row, cr == null ? Double.NaN : cr.r(k));
        }
        number(row, c.lerLmPerW());
        row.append(',').append(cr == null ? "" : quoted(cr.reference()));
        row.append(',').append(cr != null && cr.valid());
        number(row, c.rf());
        number(row, c.rg());
        Tm30Result tm = c.tm30();
        for (int b = 0; b < 3; b++) {
            double[] bins = tm == null ? null : b == 0 ? tm.rfHj() : b == 1 ? tm.rcsHj() : tm.rhsHj();
            for (int j = 0; j < 16; j++) {
                number(row, bins == null ? Double.NaN : bins[j]);
            }
        }
        if (instrument) {
            InstrumentFigures f = s.instrument();
            for (String k : InstrumentFigures.KEYS) {
                number(row, f.get(k));
            }
        }
        return row.append("\r\n");
    }

    private static void number(StringBuilder row, double v) {
        row.append(',');
        if (Double.isFinite(v)) {
            row.append(v);
        }
    }

    /** RFC 4180: a cell with a comma, quote or line break is quoted, its quotes doubled. */
    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
