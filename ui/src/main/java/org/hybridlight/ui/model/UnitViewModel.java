package org.hybridlight.ui.model;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.Yu2003CdSeSizing;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.design.DesignWriter;

/**
 * The editable state of one LED–QD unit. Parameters the editor does not show (QD shell, Stokes shift, band
 * widths, tail law, size dispersion, re-absorption) are carried through unchanged from the loaded design or the
 * model's defaults.
 */
public final class UnitViewModel {

    /** The OD slider ends at the dense films of the paper; the field takes up to the model's limit. */
    private static final double SLIDER_OD_1S_MAX = 100;

    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final ObjectProperty<LedShape> ledShape = new SimpleObjectProperty<>(this, "ledShape", LedShape.OHNO_2005);
    private final ObjectProperty<QdSpecification> qdGivenBy =
            new SimpleObjectProperty<>(this, "qdGivenBy", QdSpecification.EMISSION_PEAK);
    private final Parameter ledPeakNm;
    private final Parameter ledFwhmNm;
    private final Parameter ledPowerW;
    private final Parameter weight;
    private final Parameter qdCoreDiameterNm;
    private final Parameter qdEmissionPeakNm;
    private final Parameter od1S;
    private final Parameter plqy;
    // carried through
    private double reabsorptionPathFactor;
    /** The loaded dots in the design-file shape: what the editor does not change is written back from here. */
    private DesignJson.Qd carriedQd;

    /** A unit from a loaded design. */
    public UnitViewModel(String unitName, LedQdUnit u, double driveWeight) {
        if (u.led().shape() == LedShape.MEASURED) {
            throw new IllegalArgumentException("unit '" + unitName + "' has a measured LED spectrum; the designer "
                    + "edits model LEDs only (evaluate it with the command line)");
        }
        if (!u.hasDots()) {
            throw new IllegalArgumentException("unit '" + unitName + "' is an LED channel without dots (plain or "
                    + "phosphor-converted); the designer edits LED-QD units only (evaluate it with the command line)");
        }
        if (u.qd().isMeasured()) {
            throw new IllegalArgumentException("unit '" + unitName + "' has dots given by measured spectra; the "
                    + "designer edits model dots only (evaluate it with the command line)");
        }
        String p = "";
        name.set(unitName);
        ledShape.set(u.led().shape());
        ledPeakNm = new Parameter(p + "ledPeakNm", "LED peak", "nm", PhysicalLimits.LED_PEAK_MIN_NM,
                PhysicalLimits.LED_PEAK_MAX_NM, PhysicalLimits.LED_PEAK_MIN_NM, PhysicalLimits.LED_PEAK_MAX_NM, 1,
                u.led().peakNm());
        ledFwhmNm = new Parameter(p + "ledFwhmNm", "LED FWHM", "nm", PhysicalLimits.LED_FWHM_MIN_NM,
                PhysicalLimits.LED_FWHM_MAX_NM, PhysicalLimits.LED_FWHM_MIN_NM, PhysicalLimits.LED_FWHM_MAX_NM, 1,
                u.led().fwhmNm());
        // the fields' lower ends of power and PLQY stand for "above 0", which a closed range cannot say
        ledPowerW = new Parameter(p + "ledPowerW", "LED optical power", "W", 1e-4,
                PhysicalLimits.LED_OPTICAL_POWER_MAX_W, 0.001, 1, 3, u.led().opticalPowerW());
        weight = new Parameter(p + "weight", "drive weight", "", 0, PhysicalLimits.DRIVE_WEIGHT_MAX, 0, 2, 4,
                driveWeight);
        qdCoreDiameterNm = new Parameter(p + "qdCoreDiameterNm", "QD core diameter", "nm",
                PhysicalLimits.CORE_DIAMETER_MIN_NM, PhysicalLimits.CORE_DIAMETER_MAX_NM,
                PhysicalLimits.CORE_DIAMETER_MIN_NM, PhysicalLimits.CORE_DIAMETER_MAX_NM, 2, u.qd().coreDiameterNm());
        // shell and Stokes shift only redden: no dot emits bluer than the sizing curve's bluest 1S peak; the design
        // reader checks the rest against the curve
        qdEmissionPeakNm = new Parameter(p + "qdEmissionPeakNm", "QD emission peak at 300 K", "nm",
                Yu2003CdSeSizing.MIN_WAVELENGTH_NM, PhysicalLimits.VISIBLE_MAX_NM, PhysicalLimits.QD_EMISSION_MIN_NM,
                PhysicalLimits.QD_EMISSION_MAX_NM, 1, u.qd().emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K));
        od1S = new Parameter(p + "od1S", "OD at 1S", "", PhysicalLimits.OD_1S_MIN, PhysicalLimits.OD_1S_MAX,
                PhysicalLimits.OD_1S_MIN, SLIDER_OD_1S_MAX, 2, u.od1S());
        plqy = new Parameter(p + "plqy", "PLQY", "", 0.01, PhysicalLimits.PLQY_MAX, 0.5, PhysicalLimits.PLQY_MAX, 3,
                u.qd().plqy());
        carriedQd = DesignWriter.qdJson(u);
        reabsorptionPathFactor = u.reabsorptionPathFactor();
        qdCoreDiameterNm.enabledProperty().bind(qdGivenBy.isEqualTo(QdSpecification.CORE_DIAMETER));
        qdEmissionPeakNm.enabledProperty().bind(qdGivenBy.isEqualTo(QdSpecification.EMISSION_PEAK));
    }

    /** A new unit with the paper's defaults (AlGaInP 635 nm LED, 17 nm FWHM, 0.1 W; 610 nm dots). */
    public static UnitViewModel paperDefault(String unitName) {
        double core = QuantumDot.coreDiameterForEmissionNm(610, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV);
        LedQdUnit u = new LedQdUnit(org.hybridlight.source.Led.paperDefault(), QuantumDot.ofCore(core), 10, 0);
        return new UnitViewModel(unitName, u, 1);
    }

    public StringProperty nameProperty() {
        return name;
    }

    public ObjectProperty<LedShape> ledShapeProperty() {
        return ledShape;
    }

    public ObjectProperty<QdSpecification> qdGivenByProperty() {
        return qdGivenBy;
    }

    public Parameter ledPeakNm() {
        return ledPeakNm;
    }

    public Parameter ledFwhmNm() {
        return ledFwhmNm;
    }

    public Parameter ledPowerW() {
        return ledPowerW;
    }

    public Parameter weight() {
        return weight;
    }

    public Parameter qdCoreDiameterNm() {
        return qdCoreDiameterNm;
    }

    public Parameter qdEmissionPeakNm() {
        return qdEmissionPeakNm;
    }

    public Parameter od1S() {
        return od1S;
    }

    public Parameter plqy() {
        return plqy;
    }

    /** Every parameter, in editor order. */
    public List<Parameter> parameters() {
        return List.of(ledPeakNm, ledFwhmNm, ledPowerW, weight, qdCoreDiameterNm, qdEmissionPeakNm, od1S, plqy);
    }

    /** The parameter a design-file field path (after {@code units[i].}) refers to, or {@code null}. */
    Parameter byField(String field) {
        return switch (field) {
            case "led.peakNm" -> ledPeakNm;
            case "led.fwhmNm" -> ledFwhmNm;
            case "led.opticalPowerW" -> ledPowerW;
            case "weight" -> weight;
            case "qd.coreDiameterNm" -> qdCoreDiameterNm;
            case "qd.emissionPeakNm" -> qdEmissionPeakNm;
            case "qd.od1S" -> od1S;
            case "qd.plqy" -> plqy;
            default -> null;
        };
    }

    /** The unit in the design-file shape (validated by the design reader, like a file). */
    DesignJson.Unit toJson() {
        boolean byCore = qdGivenBy.get() == QdSpecification.CORE_DIAMETER;
        DesignJson.Led led = new DesignJson.Led(ledShape.get().id(), ledPeakNm.get(), ledFwhmNm.get(),
                ledPowerW.get(), null);
        DesignJson.Qd qd = carriedQd.edited(byCore ? qdCoreDiameterNm.get() : null,
                byCore ? null : qdEmissionPeakNm.get(), od1S.get(), plqy.get());
        return new DesignJson.Unit(name.get(), weight.get(), led, qd, reabsorptionPathFactor);
    }

    /**
     * Everything the unit holds, for undo: restoring it gives back the same design.
     *
     * @param values the parameters' values in {@link #parameters()} order
     */
    public record State(String name, LedShape ledShape, QdSpecification qdGivenBy, List<Double> values,
            DesignJson.Qd carriedQd, double reabsorptionPathFactor) {
        public State {
            values = List.copyOf(values);
        }
    }

    /** The unit's state now. */
    public State state() {
        return new State(name.get(), ledShape.get(), qdGivenBy.get(),
                parameters().stream().map(Parameter::get).toList(), carriedQd, reabsorptionPathFactor);
    }

    /** Puts back a state taken by {@link #state()}. */
    void restore(State s) {
        name.set(s.name());
        ledShape.set(s.ledShape());
        qdGivenBy.set(s.qdGivenBy());
        List<Parameter> ps = parameters();
        for (int i = 0; i < ps.size(); i++) {
            ps.get(i).set(s.values().get(i));
        }
        carriedQd = s.carriedQd();
        reabsorptionPathFactor = s.reabsorptionPathFactor();
    }

    /** A unit holding {@code s}. */
    static UnitViewModel of(State s) {
        UnitViewModel u = paperDefault(s.name());
        u.restore(s);
        return u;
    }

    /** Shows the QD quantity that is not given (derived from the one that is). */
    void showDerived(QuantumDot qd) {
        if (qdGivenBy.get() == QdSpecification.CORE_DIAMETER) {
            qdEmissionPeakNm.set(qd.emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K));
        } else {
            qdCoreDiameterNm.set(qd.coreDiameterNm());
        }
    }

    /** QD shell, Stokes shift and widths of this unit (for mapping an emission peak to a core). */
    double coreForEmissionNm(double emissionPeakNm) {
        return QuantumDot.coreDiameterForEmissionNm(emissionPeakNm, carriedQd.shellMonolayers(),
                carriedQd.shellShiftPerMonolayerMeV() / 1000, carriedQd.stokesShiftMeV() / 1000);
    }

    /**
     * Takes over the dots of {@code unit} for what the editor does not show (an optimizer result: its dots have the
     * model's defaults, and the editor must hold the design the optimizer evaluated).
     */
    void adoptDots(LedQdUnit unit) {
        carriedQd = DesignWriter.qdJson(unit);
    }
}
