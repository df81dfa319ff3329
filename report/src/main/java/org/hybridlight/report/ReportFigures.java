package org.hybridlight.report;

import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.source.HybridResult;

/**
 * The report's table of figures, each taken from the same result and accessor as the {@code evaluate} JSON key it
 * is named after ({@code cct} from {@link Colorimetry#cctK}, {@code r} from {@link ColourRendering#r}, {@code pe}
 * from {@link HybridResult#powerConversionEfficiency}, …), with the decimals of the {@code evaluate} table.
 */
public final class ReportFigures {

    private ReportFigures() {
    }

    /**
     * One row of the table.
     *
     * @param label what is shown, with its unit
     * @param jsonKey the {@code evaluate --format json} key of the value
     * @param index for the array key {@code r}: i of R_i (1–14); otherwise 0
     * @param scale the shown value is the JSON value times this (100 for PE in %)
     * @param decimals decimals shown
     * @param value the value as computed (NaN: not computable, shown "-")
     */
    public record Figure(String label, String jsonKey, int index, double scale, int decimals, double value) {

        /** The value as printed in the report. */
        public String text() {
            return FixedDecimals.format(value * scale, decimals);
        }
    }

    /**
     * The figures of an evaluated white: chromaticity, CCT and Duv, CIE 13.3 Ra and R1–R14, TM-30 Rf and Rg, LER,
     * and for a simulated source ({@code source} not null) PE, optical power in and out and heat load.
     */
    public static List<Figure> of(Colorimetry c, HybridResult source) {
        ColourRendering cr = c.colourRendering();
        List<Figure> f = new ArrayList<>();
        f.add(new Figure("CCT (K)", "cct", 0, 1, 1, c.cctK()));
        f.add(new Figure("Duv", "duv", 0, 1, 5, c.duv()));
        f.add(new Figure("x (CIE 1931)", "x", 0, 1, 5, c.xy().x()));
        f.add(new Figure("y (CIE 1931)", "y", 0, 1, 5, c.xy().y()));
        f.add(new Figure("Ra", "ra", 0, 1, 1, cr == null ? Double.NaN : cr.ra()));
        for (int i = 1; i <= 14; i++) {
            f.add(new Figure("R" + i, "r", i, 1, 1, cr == null ? Double.NaN : cr.r(i)));
        }
        f.add(new Figure("Rf (TM-30)", "rf", 0, 1, 1, c.rf()));
        f.add(new Figure("Rg (TM-30)", "rg", 0, 1, 1, c.rg()));
        f.add(new Figure("LER (lm/W)", "ler", 0, 1, 2, c.lerLmPerW()));
        if (source != null) {
            f.add(new Figure("PE (%)", "pe", 0, 100, 2, source.powerConversionEfficiency()));
            f.add(new Figure("Optical power in (W)", "opticalPowerInW", 0, 1, 4, source.opticalPowerInW()));
            f.add(new Figure("Optical power out (W)", "opticalPowerOutW", 0, 1, 4, source.opticalPowerOutW()));
            f.add(new Figure("Heat load (W)", "heatLoadW", 0, 1, 5, source.heatLoadW()));
        }
        return List.copyOf(f);
    }
}
