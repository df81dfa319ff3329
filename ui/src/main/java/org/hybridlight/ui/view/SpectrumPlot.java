package org.hybridlight.ui.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.text.TextAlignment;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.UnitResult;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.DisplayColourService;
import org.hybridlight.ui.model.Evaluation;

/**
 * The white spectrum (W/nm) over 380–780 nm, filled with the colours of its wavelengths, with a spectral colour
 * band along the wavelength axis; optionally each unit's transmitted LED light (dashed) and QD emission (dotted).
 */
public final class SpectrumPlot extends PlotPane {

    private static final double LO_NM = 380;
    private static final double HI_NM = 780;
    private static final Color[] UNIT_COLOURS = {Color.web("#1f77b4"), Color.web("#2ca02c"), Color.web("#d62728"),
        Color.web("#9467bd"), Color.web("#8c564b"), Color.web("#e377c2"), Color.web("#7f7f7f"), Color.web("#bcbd22")};

    private final DesignViewModel model;
    /** The spectral colour of each nm from 380 to 780 nm, opaque (axis band) and translucent (fill). */
    private final Color[] bandColours = new Color[(int) (HI_NM - LO_NM) + 1];
    private final Color[] fillColours = new Color[bandColours.length];

    public SpectrumPlot(DesignViewModel model, DisplayColourService colours) {
        this.model = model;
        for (int i = 0; i < bandColours.length; i++) {
            bandColours[i] = fx(colours.spectral(LO_NM + i));
            fillColours[i] = bandColours[i].deriveColor(0, 1, 1, 0.55);
        }
        model.evaluationProperty().addListener(o -> redraw());
        model.showUnitComponentsProperty().addListener(o -> redraw());
    }

    @Override
    public String plotName() {
        return "spectrum";
    }

    @Override
    protected void paint(GraphicsContext g, double w, double h) {
        double left = 62;
        double right = w - 12;
        double top = 26;
        double band = 10;
        double bottom = h - 40;
        title(g, "Spectrum", left);
        Evaluation e = model.evaluationProperty().get();
        if (e == null) {
            g.fillText("no valid design: " + model.problemProperty().get(), left, top + 20);
            return;
        }
        HybridResult r = e.result();
        boolean parts = model.showUnitComponentsProperty().get();
        double max = 0;
        // results hand out copies of their spectra: take each once
        double[] white = r.whiteWPerNm();
        List<double[]> unitParts = new ArrayList<>();
        if (parts) {
            for (UnitResult u : r.units()) {
                unitParts.add(u.transmittedWPerNm());
                unitParts.add(u.emittedWPerNm());
            }
        }
        for (int i = 0; i < white.length; i++) {
            double nm = r.grid().wavelengthNm(i);
            if (nm >= LO_NM && nm <= HI_NM) {
                max = Math.max(max, white[i]);
                for (double[] part : unitParts) {
                    max = Math.max(max, part[i]);
                }
            }
        }
        if (!(max > 0)) {
            max = 1;
        }
        double step = niceStep(max, 5);
        double yMax = Math.ceil(max / step) * step;
        double plotBottom = bottom - band - 2;
        // grid and y axis
        g.setTextAlign(TextAlignment.RIGHT);
        for (double v = 0; v <= yMax * 1.0001; v += step) {
            double y = plotBottom - v / yMax * (plotBottom - top);
            g.setStroke(GRID);
            g.strokeLine(left, y, right, y);
            g.setFill(AXIS);
            g.fillText(format(v), left - 4, y + 4);
        }
        // white, filled with its colours
        double dx = (right - left) / (HI_NM - LO_NM);
        for (int i = 0; i < white.length; i++) {
            double nm = r.grid().wavelengthNm(i);
            if (nm < LO_NM || nm >= HI_NM) {
                continue;
            }
            double x = left + (nm - LO_NM) * dx;
            double y = plotBottom - white[i] / yMax * (plotBottom - top);
            g.setFill(fillColours[index(nm)]);
            g.fillRect(x, y, dx + 0.6, plotBottom - y);
        }
        g.setLineCap(StrokeLineCap.ROUND);
        stroke(g, r.grid().wavelengthsNm(), white, Color.BLACK, 1.8, null, left, dx, plotBottom, top, yMax);
        if (parts) {
            for (int k = 0; k < r.units().size(); k++) {
                UnitResult u = r.units().get(k);
                Color c = UNIT_COLOURS[k % UNIT_COLOURS.length];
                stroke(g, r.grid().wavelengthsNm(), u.transmittedWPerNm(), c, 1.3, new double[] {6, 4}, left, dx,
                        plotBottom, top, yMax);
                stroke(g, r.grid().wavelengthsNm(), u.emittedWPerNm(), c, 1.3, new double[] {2, 3}, left, dx,
                        plotBottom, top, yMax);
            }
            g.setTextAlign(TextAlignment.LEFT);
            double ly = top + 12;
            for (int k = 0; k < r.units().size(); k++) {
                g.setFill(UNIT_COLOURS[k % UNIT_COLOURS.length]);
                g.fillText(e.unitNames().get(k) + ": LED dashed, QD dotted", left + 8, ly);
                ly += 14;
            }
        }
        // the wavelength axis, tinted with the spectrum's colours
        for (double nm = LO_NM; nm < HI_NM; nm++) {
            g.setFill(bandColours[index(nm)]);
            g.fillRect(left + (nm - LO_NM) * dx, bottom - band, dx + 0.6, band);
        }
        g.setStroke(AXIS);
        g.setLineDashes((double[]) null);
        g.setLineWidth(1);
        g.strokeLine(left, plotBottom, right, plotBottom);
        g.strokeLine(left, top, left, plotBottom);
        g.setFill(AXIS);
        g.setTextAlign(TextAlignment.CENTER);
        // a label each 50 nm where they fit, each 100 nm where the plot is narrow
        double tickNm = 50 * dx >= 34 ? 50 : 100;
        for (double nm = 400; nm <= HI_NM; nm += tickNm) {
            g.fillText(String.valueOf((int) nm), left + (nm - LO_NM) * dx, bottom + 13);
        }
        g.fillText("wavelength (nm)", (left + right) / 2, h - 6);
        g.save();
        g.translate(13, (top + plotBottom) / 2);
        g.rotate(-90);
        g.fillText("spectral power (W/nm)", 0, 0);
        g.restore();
        g.setTextAlign(TextAlignment.LEFT);
    }

    private static void stroke(GraphicsContext g, double[] nm, double[] v, Color c, double width, double[] dashes,
            double left, double dx, double bottom, double top, double yMax) {
        g.setStroke(c);
        g.setLineWidth(width);
        g.setLineDashes(dashes);
        g.beginPath();
        boolean started = false;
        for (int i = 0; i < v.length; i++) {
            if (nm[i] < LO_NM || nm[i] > HI_NM) {
                continue;
            }
            double x = left + (nm[i] - LO_NM) * dx;
            double y = bottom - v[i] / yMax * (bottom - top);
            if (started) {
                g.lineTo(x, y);
            } else {
                g.moveTo(x, y);
                started = true;
            }
        }
        g.stroke();
        g.setLineDashes((double[]) null);
    }

    private int index(double nm) {
        return Math.max(0, Math.min(bandColours.length - 1, (int) Math.round(nm - LO_NM)));
    }

    private static String format(double v) {
        return v == 0 ? "0" : v >= 0.01 ? String.format(Locale.ROOT, "%.3f", v) : String.format(Locale.ROOT, "%.1e", v);
    }
}
