package org.hybridlight.colorimetry;

import org.hybridlight.colorimetry.cct.CctDuv;
import org.hybridlight.colorimetry.cct.CctMethod;
import org.hybridlight.colorimetry.cct.CctOutOfRangeException;
import org.hybridlight.colorimetry.cct.Ohno2013Cct;
import org.hybridlight.colorimetry.illuminant.CieDaylight;
import org.hybridlight.colorimetry.rendering.cri.Cie13_3ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.ColourRendering;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.rendering.tm30.Tm30ColourRendition;
import org.hybridlight.colorimetry.rendering.tm30.Tm30Result;
import org.hybridlight.colorimetry.spectrum.Spectrum;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.StandardObserver;
import org.hybridlight.colorimetry.tristimulus.TristimulusIntegrator;
import org.hybridlight.colorimetry.tristimulus.Uv;
import org.hybridlight.colorimetry.tristimulus.Xyz;

/**
 * Evaluates spectra: tristimulus values (CIE 1931 2°), chromaticities, CCT/Duv by {@link Ohno2013Cct}, CIE 13.3
 * colour rendering and luminous efficacy. Everything that does not depend on the spectrum is built once in the
 * constructor (about 50 ms); after that an instance is immutable, thread-safe and fast, so build one and share it.
 */
public final class SpectrumEvaluator {

    private final TristimulusIntegrator integrator;
    private final Ohno2013Cct ohno;
    private final Cie13_3ColourRendering cri;
    private final double[] photopic;
    /** Trapezoidal-rule weights on the grid, and the same times V(λ), for the fast path's LER. */
    private final double[] trapezoid;
    private final double[] photopicTrapezoid;
    private final WavelengthGrid grid;
    private final Tm30ColourRendition tm30;
    private final int tm30Offset;
    private final boolean colourRendering;

    /** An evaluator on the tool's computation grid ({@link WavelengthGrid#COMPUTATION}). */
    public SpectrumEvaluator() {
        this(WavelengthGrid.COMPUTATION, true);
    }

    /**
     * @param grid the computation grid (must cover 380–780 nm at 1 nm for TM-30)
     * @param colourRendition whether to compute TM-30 colour rendition too (its 99 samples under two
     *     illuminants cost several times the rest, see the README's speed section; an optimizer that does not use
     *     Rf or Rg does without)
     */
    public SpectrumEvaluator(WavelengthGrid grid, boolean colourRendition) {
        this(grid, true, colourRendition);
    }

    /**
     * @param grid the computation grid (must cover 380–780 nm at 1 nm for TM-30)
     * @param colourRendering whether to compute CIE 13.3 Ra and R1–R14 (without: XYZ, chromaticities, CCT/Duv and
     *     LER only, the CRI fields {@code null} with the problem {@link Colorimetry#NOT_REQUESTED})
     * @param colourRendition whether to compute TM-30 (likewise)
     */
    public SpectrumEvaluator(WavelengthGrid grid, boolean colourRendering, boolean colourRendition) {
        this.grid = grid;
        this.colourRendering = colourRendering;
        this.integrator = new TristimulusIntegrator(StandardObserver.CIE_1931_2_DEGREE, grid);
        this.ohno = new Ohno2013Cct(integrator);
        this.cri = new Cie13_3ColourRendering(integrator);
        this.tm30 = colourRendition ? new Tm30ColourRendition() : null;
        this.tm30Offset = colourRendition ? grid.indexOf(Tm30ColourRendition.grid().startNm()) : -1;
        if (colourRendition && (tm30Offset < 0 || grid.stepNm() != 1
                || grid.indexOf(Tm30ColourRendition.grid().endNm()) < 0)) {
            throw new IllegalArgumentException("TM-30 needs a 1 nm grid covering 380-780 nm");
        }
        this.photopic = TristimulusIntegrator.onGridOrZero(
                StandardObserver.CIE_1931_2_DEGREE.colourMatchingFunctions(), 1, V_GRID.wavelengthsNm());
        int n = grid.size();
        this.trapezoid = new double[n];
        this.photopicTrapezoid = new double[n];
        double[] v = integrator.yBar();
        for (int i = 0; i < n; i++) {
            trapezoid[i] = i == 0 || i == n - 1 ? 0.5 : 1;
            photopicTrapezoid[i] = trapezoid[i] * v[i];
        }
    }

    /** V(λ) on a 1 nm grid over the whole range a spectrum may cover for LER (zero outside 360–830 nm). */
    private static final WavelengthGrid V_GRID = new WavelengthGrid(0, 5000, 1);

    public WavelengthGrid grid() {
        return grid;
    }

    public TristimulusIntegrator integrator() {
        return integrator;
    }

    public CctMethod cctMethod() {
        return ohno;
    }

    /** Prepares a reference for repeated use with {@link #evaluate(Spectrum, Cie13_3ColourRendering.PreparedReference)}. */
    public Cie13_3ColourRendering.PreparedReference prepare(CriReference reference) {
        return cri.prepare(reference);
    }

    /** Evaluates {@code spectrum} with colour rendering against {@code reference}. */
    public Colorimetry evaluate(Spectrum spectrum, CriReference reference) {
        return evaluate(spectrum, cri.prepare(reference));
    }

    /** Evaluates {@code spectrum} with colour rendering against a prepared reference. */
    public Colorimetry evaluate(Spectrum spectrum, Cie13_3ColourRendering.PreparedReference reference) {
        if (spectrum.lastWavelengthNm() < grid.startNm() || spectrum.firstWavelengthNm() > grid.endNm()) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "the spectrum covers %.1f-%.1f nm, outside the %.0f-%.0f nm of the CIE observers",
                    spectrum.firstWavelengthNm(), spectrum.lastWavelengthNm(), grid.startNm(), grid.endNm()));
        }
        double max = spectrum.maxAbsValue();
        if (max > 1e100 || (max > 0 && max < 1e-100)) {
            // keep the sums far from overflow and underflow; only the absolute quantities scale back. A power of
            // two scales exactly and stays finite even for a subnormal maximum, whose inverse would overflow.
            double factor = Math.scalb(1.0, -Math.getExponent(max));
            Colorimetry c = evaluate(spectrum.scaled(factor), reference);
            return new Colorimetry(c.xyz(), c.xy(), c.uv(), c.uvPrime(), c.cctDuv(), c.cctProblem(),
                    c.colourRendering(), c.colourRenderingProblem(), c.lerLmPerW(), c.radiantPower() / factor,
                    c.luminousFlux() / factor, c.tm30(), c.tm30Problem());
        }
        if (spectrum.liesOn(grid)) {
            // its own range is the grid: LER over the grid is LER over its own range
            return evaluateOnGrid(spectrum.values(), reference);
        }
        double[] onGrid = spectrum.valuesOn(grid);
        double[] ler = lerAndPower(spectrum);
        return evaluateOnGrid(onGrid, reference, ler[0], ler[1]);
    }

    /**
     * Evaluates a spectrum already on the computation grid; LER and powers are taken over the grid itself.
     * This is the optimizer's fast path.
     */
    public Colorimetry evaluateOnGrid(double[] onGrid, Cie13_3ColourRendering.PreparedReference reference) {
        double sumS = 0;
        double sumVS = 0;
        for (int i = 0; i < onGrid.length; i++) {
            sumS += trapezoid[i] * onGrid[i];
            sumVS += photopicTrapezoid[i] * onGrid[i];
        }
        double step = grid.stepNm();
        return evaluateOnGrid(onGrid, reference, sumS == 0 ? Double.NaN
                : TristimulusIntegrator.MAX_LUMINOUS_EFFICACY_LM_PER_W * sumVS / sumS, sumS * step);
    }

    private Colorimetry evaluateOnGrid(double[] onGrid, Cie13_3ColourRendering.PreparedReference reference,
            double ler, double radiantPower) {
        double[] sums = new double[Cie13_3ColourRendering.SUMS];
        cri.sumsInto(onGrid, sums);
        Xyz raw = new Xyz(sums[0], sums[1], sums[2]);
        if (!(raw.y() > 0)) {
            throw new IllegalArgumentException("the spectrum has no luminance (Y = 0) in 360-830 nm");
        }
        Xyz xyz = raw.scaledToY(100);
        Uv uv = xyz.uv1960();
        CctDuv cct = null;
        String cctProblem = null;
        try {
            cct = ohno.cctDuv(uv);
        } catch (CctOutOfRangeException e) {
            cctProblem = e.getMessage();
        }
        ColourRendering rendering = null;
        String renderingProblem = null;
        if (!colourRendering) {
            renderingProblem = Colorimetry.NOT_REQUESTED;
        } else if (cct == null && reference.isAuto()) {
            renderingProblem = "no automatic reference: " + cctProblem;
        } else if (reference.isAuto() && cct.cctK() > CieDaylight.MAX_CCT_K) {
            renderingProblem = String.format(java.util.Locale.ROOT,
                    "no automatic reference: CIE daylight is defined up to 25000 K, the source has %.0f K",
                    cct.cctK());
        } else {
            rendering = cri.evaluateSums(sums, cct == null ? new CctDuv(Double.NaN, Double.NaN) : cct, reference);
        }
        double luminous = ler * radiantPower;
        Tm30Result rendition = null;
        String renditionProblem = null;
        if (tm30 == null) {
            renditionProblem = Colorimetry.NOT_REQUESTED;
        } else if (cct == null) {
            renditionProblem = "no reference: " + cctProblem;
        } else if (cct.cctK() > CieDaylight.MAX_CCT_K) {
            renditionProblem = String.format(java.util.Locale.ROOT,
                    "no TM-30 reference: CIE daylight is defined up to 25000 K, the source has %.0f K", cct.cctK());
        } else {
            rendition = tm30.evaluate(onGrid, tm30Offset, cct.cctK());
        }
        return new Colorimetry(xyz, xyz.chromaticity(), uv, xyz.uvPrime1976(), cct, cctProblem, rendering,
                renderingProblem, ler, radiantPower, luminous, rendition, renditionProblem);
    }

    /**
     * {LER in lm/W, ∫S dλ}: the spectrum on a 1 nm grid over its own range (Sprague or PCHIP), no extension,
     * LER = 683 lm/W × ∫ V S dλ / ∫ S dλ by the trapezoidal rule.
     */
    double[] lerAndPower(Spectrum spectrum) {
        double first = Math.ceil(spectrum.firstWavelengthNm() - 1e-9);
        double last = Math.floor(spectrum.lastWavelengthNm() + 1e-9);
        double[] values;
        if (last <= first) {
            return new double[] {Double.NaN, spectrum.integral()};
        }
        WavelengthGrid own = new WavelengthGrid(first, last, 1);
        values = spectrum.valuesOn(own);
        // trapezoidal rule on the 1 nm grid, as the reference values integrate: every point, less half of each end
        int n = values.length;
        int offset = (int) first;
        int from = Math.max(0, -offset);
        int to = Math.min(n, photopic.length - offset);
        double sumS = 0;
        for (int i = 0; i < n; i++) {
            sumS += values[i];
        }
        double sumVS = 0;
        for (int i = from; i < to; i++) {
            sumVS += values[i] * photopic[offset + i];
        }
        sumS -= 0.5 * (values[0] + values[n - 1]);
        sumVS -= 0.5 * (end(values, 0, offset) + end(values, n - 1, offset));
        double ler = sumS == 0 ? Double.NaN : TristimulusIntegrator.MAX_LUMINOUS_EFFICACY_LM_PER_W * sumVS / sumS;
        return new double[] {ler, sumS};
    }

    /** V times the value at point {@code i} of a 1 nm grid from {@code offset} nm, 0 outside V's table. */
    private double end(double[] values, int i, int offset) {
        int w = offset + i;
        return w >= 0 && w < photopic.length ? values[i] * photopic[w] : 0;
    }
}
