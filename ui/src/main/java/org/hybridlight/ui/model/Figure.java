package org.hybridlight.ui.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.FigureText;

/**
 * The designer's figures of a white, each with its unit and decimals, and the one rule for showing one that is
 * missing: {@link FigureText#MISSING} ("–"), never "NaN", and where there is room the short reason
 * ("– CCT out of range"); the long reasons go to {@link #notes}. The metrics panel, the pinned-design comparison,
 * the optimizer's before/after table and its status line all write their figures through here.
 */
public enum Figure {
    CCT("CCT (K)", 0, false, Group.CCT, e -> e.colorimetry().cctK()),
    DUV("Duv", 4, true, Group.CCT, e -> e.colorimetry().duv()),
    X("x", 4, false, Group.NONE, e -> e.colorimetry().xy().x()),
    Y("y", 4, false, Group.NONE, e -> e.colorimetry().xy().y()),
    RA("Ra", 1, false, Group.CIE_13_3, e -> e.colorimetry().ra()),
    R9("R9", 1, false, Group.CIE_13_3, e -> e.colorimetry().colourRendering() == null ? Double.NaN
            : e.colorimetry().colourRendering().r(9)),
    RF("TM-30 Rf", 1, false, Group.TM30, e -> e.colorimetry().rf()),
    RG("TM-30 Rg", 1, false, Group.TM30, e -> e.colorimetry().rg()),
    LER("LER (lm/W)", 1, false, Group.NONE, e -> e.colorimetry().lerLmPerW()),
    PE("PE (%)", 2, false, Group.NONE, e -> 100 * e.result().powerConversionEfficiency()),
    POWER_OUT("optical power out (W)", 4, false, Group.NONE, e -> e.result().opticalPowerOutW()),
    HEAT_LOAD("heat load (W)", 5, true, Group.NONE, e -> e.result().heatLoadW());

    /** Which computation a figure comes from: they are missing together, for one reason. */
    private enum Group {
        CCT("CCT"), CIE_13_3("CIE 13.3 colour rendering"), TM30("TM-30"), NONE("");

        private final String name;

        Group(String name) {
            this.name = name;
        }

        /** Why the group's figures are missing, or {@code null} when they are there. */
        String problem(Colorimetry c) {
            return switch (this) {
                case CCT -> c.cctDuv() == null ? c.cctProblem() : null;
                case CIE_13_3 -> c.colourRendering() == null ? c.colourRenderingProblem() : null;
                case TM30 -> c.tm30() == null ? c.tm30Problem() : null;
                case NONE -> null;
            };
        }
    }

    private final String label;
    private final int decimals;
    private final boolean signed;
    private final Group group;
    private final ToDoubleFunction<Evaluation> value;

    Figure(String label, int decimals, boolean signed, Group group, ToDoubleFunction<Evaluation> value) {
        this.label = label;
        this.decimals = decimals;
        this.signed = signed;
        this.group = group;
        this.value = value;
    }

    /** The figure's name with its unit ("LER (lm/W)"). */
    public String label() {
        return label;
    }

    /** The figure, NaN when it cannot be computed for {@code e}. */
    public double value(Evaluation e) {
        return value.applyAsDouble(e);
    }

    /** {@code v} as this figure is written (its decimals, a sign where it has one), "–" when not finite. */
    public String text(double v) {
        return FigureText.of("%" + (signed ? "+" : "") + "." + decimals + "f", v);
    }

    /** {@code e}'s figure as written, "–" alone when missing (for narrow columns). */
    public String text(Evaluation e) {
        return text(value(e));
    }

    /** The difference {@code b - a} of two values, always signed, "–" when either is missing. */
    public String difference(double a, double b) {
        return FigureText.of("%+." + decimals + "f", b - a);
    }

    /** {@code e}'s figure as written, or "–" with the short reason where there is room ("– CCT out of range"). */
    public String textWithReason(Evaluation e) {
        double v = value(e);
        String why = shortReason(e.colorimetry());
        return Double.isFinite(v) || why == null ? text(v) : FigureText.MISSING + " " + why;
    }

    /**
     * {@code e}'s figure as the metrics panel shows it: {@link #textWithReason}, "*" after CIE 13.3 indices that
     * may not be meaningful ({@link #notes} says why), "cooling" after a negative heat load.
     */
    public String panelText(Evaluation e) {
        String t = textWithReason(e);
        double v = value(e);
        if (group == Group.CIE_13_3 && Double.isFinite(v) && criFlag(e.colorimetry())) {
            return t + " *";
        }
        return this == HEAT_LOAD && v < 0 ? t + " cooling" : t;
    }

    /** A few words on why the figure is missing, or {@code null} (also when no reason is known). */
    private String shortReason(Colorimetry c) {
        String problem = group.problem(c);
        if (problem == null) {
            return null;
        }
        if (c.cctDuv() == null) {
            return "CCT out of range";
        }
        return Colorimetry.NOT_REQUESTED.equals(problem) ? problem : "not computed";
    }

    /**
     * The reasons in full for the figures of {@code e} that are missing, one line per computation that did not
     * run ("TM-30 not computed: no reference: CCT of u=…"), a figure given without a reason ("LER not
     * computable"), and the warning of CIE 13.3 indices that may not be meaningful (marked "*" beside them).
     */
    public static List<String> notes(Evaluation e) {
        Colorimetry c = e.colorimetry();
        List<String> said = new ArrayList<>();
        for (Group g : Group.values()) {
            String problem = g.problem(c);
            if (problem != null && !Colorimetry.NOT_REQUESTED.equals(problem)) {
                // without a CCT that is the reason, said once in full on the CCT's line
                said.add(g == Group.CCT ? "CCT out of range: " + problem
                        : g.name + " not computed: " + (c.cctDuv() == null ? "CCT out of range" : problem));
            }
        }
        for (Figure f : values()) {
            if (f.group == Group.NONE && !Double.isFinite(f.value(e))) {
                said.add(f.label + " not computable for this white");
            }
        }
        if (criFlag(c)) {
            said.add(Double.isNaN(c.duv())
                    ? "* Duv unknown (no CCT): whether CIE 13.3 Ra and Ri are meaningful cannot be told"
                    : "* |Duv| > 5.4e-3: CIE 13.3 says Ra and Ri are not meaningful here");
        }
        return said;
    }

    /** Whether the CIE 13.3 figures are given but may not be meaningful: then "*" follows them. */
    public static boolean criFlag(Colorimetry c) {
        return c.colourRendering() != null && !c.colourRendering().valid();
    }
}
