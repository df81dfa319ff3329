package org.hybridlight.ui.model;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.hybridlight.source.Led;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.source.QuantumDot;
import org.hybridlight.source.Yu2003CdSeSizing;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.design.DesignWriter;

/**
 * The editable state of one unit: an LED–QD unit, a plain LED or a phosphor-converted LED ({@link UnitKind}); the
 * LED a model shape or a measured spectrum (a file). Parameters the editor does not show (QD shell, Stokes shift,
 * band widths, tail law, size dispersion, re-absorption) are carried through unchanged from the loaded design or
 * the model's defaults; a channel keeps the dots it had (or the defaults) for when it becomes an LED–QD unit again.
 */
public final class UnitViewModel {

    /** The OD slider ends at the dense films of the paper; the field takes up to the model's limit. */
    private static final double SLIDER_OD_1S_MAX = 100;

    private final StringProperty name = new SimpleStringProperty(this, "name");
    private final ObjectProperty<LedShape> ledShape = new SimpleObjectProperty<>(this, "ledShape", LedShape.OHNO_2005);
    private final ObjectProperty<UnitKind> kind = new SimpleObjectProperty<>(this, "kind", UnitKind.LED_QD);
    /** The measured LED spectrum's file (absolute), for {@link LedShape#MEASURED}; otherwise {@code null}. */
    private final StringProperty ledSpectrumFile = new SimpleStringProperty(this, "ledSpectrumFile");
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
    private final Parameter phosphorPeakNm;
    private final Parameter phosphorFwhmNm;
    private final Parameter phosphorFraction;
    private final Parameter phosphorQuantumEfficiency;
    // carried through
    private double reabsorptionPathFactor;
    /** The loaded dots in the design-file shape: what the editor does not change is written back from here. */
    private DesignJson.Qd carriedQd;

    /** A unit from a loaded design; a measured LED without its file is refused. */
    public UnitViewModel(String unitName, LedQdUnit u, double driveWeight) {
        this(unitName, u, driveWeight, null);
    }

    /**
     * A unit from a loaded design.
     *
     * @param ledSpectrumFile the measured LED's spectrum file (absolute) when its shape is measured
     */
    public UnitViewModel(String unitName, LedQdUnit u, double driveWeight, String ledSpectrumFile) {
        if (u.led().shape() == LedShape.MEASURED && ledSpectrumFile == null) {
            throw new IllegalArgumentException("unit '" + unitName + "' has a measured LED spectrum without its file");
        }
        if (u.hasDots() && u.qd().isMeasured()) {
            throw new IllegalArgumentException("unit '" + unitName + "' has dots given by measured spectra; the "
                    + "designer edits model dots only (evaluate it with the command line)");
        }
        String p = "";
        name.set(unitName);
        this.ledSpectrumFile.set(ledSpectrumFile);
        boolean pc = u.led().isPhosphorConverted();
        kind.set(u.hasDots() ? UnitKind.LED_QD : pc ? UnitKind.PC_LED : UnitKind.PLAIN_LED);
        // a pc-LED's or measured LED's peak and width are not the model LED's: the model LED keeps the paper's
        Led modelLed = pc || u.led().shape() == LedShape.MEASURED ? Led.paperDefault() : u.led();
        ledShape.set(pc ? Led.paperDefault().shape() : u.led().shape());
        // a channel keeps the default dots, for when it is made an LED-QD unit
        LedQdUnit dots = u.hasDots() ? u : paperDots();
        ledPeakNm = new Parameter(p + "ledPeakNm", "LED peak", "nm", PhysicalLimits.LED_PEAK_MIN_NM,
                PhysicalLimits.LED_PEAK_MAX_NM, PhysicalLimits.LED_PEAK_MIN_NM, PhysicalLimits.LED_PEAK_MAX_NM, 1,
                modelLed.peakNm());
        ledFwhmNm = new Parameter(p + "ledFwhmNm", "LED FWHM", "nm", PhysicalLimits.LED_FWHM_MIN_NM,
                PhysicalLimits.LED_FWHM_MAX_NM, PhysicalLimits.LED_FWHM_MIN_NM, PhysicalLimits.LED_FWHM_MAX_NM, 1,
                modelLed.fwhmNm());
        // the fields' lower ends of power and PLQY stand for "above 0", which a closed range cannot say
        ledPowerW = new Parameter(p + "ledPowerW", "LED optical power", "W", 1e-4,
                PhysicalLimits.LED_OPTICAL_POWER_MAX_W, 0.001, 1, 3, u.led().opticalPowerW());
        weight = new Parameter(p + "weight", "drive weight", "", 0, PhysicalLimits.DRIVE_WEIGHT_MAX, 0, 2, 4,
                driveWeight);
        qdCoreDiameterNm = new Parameter(p + "qdCoreDiameterNm", "QD core diameter", "nm",
                PhysicalLimits.CORE_DIAMETER_MIN_NM, PhysicalLimits.CORE_DIAMETER_MAX_NM,
                PhysicalLimits.CORE_DIAMETER_MIN_NM, PhysicalLimits.CORE_DIAMETER_MAX_NM, 2,
                dots.qd().coreDiameterNm());
        // shell and Stokes shift only redden: no dot emits bluer than the sizing curve's bluest 1S peak; the design
        // reader checks the rest against the curve
        qdEmissionPeakNm = new Parameter(p + "qdEmissionPeakNm", "QD emission peak at 300 K", "nm",
                Yu2003CdSeSizing.MIN_WAVELENGTH_NM, PhysicalLimits.VISIBLE_MAX_NM, PhysicalLimits.QD_EMISSION_MIN_NM,
                PhysicalLimits.QD_EMISSION_MAX_NM, 1, dots.qd().emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K));
        od1S = new Parameter(p + "od1S", "OD at 1S", "", PhysicalLimits.OD_1S_MIN, PhysicalLimits.OD_1S_MAX,
                PhysicalLimits.OD_1S_MIN, SLIDER_OD_1S_MAX, 2, dots.od1S());
        plqy = new Parameter(p + "plqy", "PLQY", "", 0.01, PhysicalLimits.PLQY_MAX, 0.5, PhysicalLimits.PLQY_MAX, 3,
                dots.qd().plqy());
        Led phosphor = pc ? u.led() : DEFAULT_PC_LED;
        phosphorPeakNm = new Parameter(p + "phosphorPeakNm", "phosphor peak", "nm",
                PhysicalLimits.PHOSPHOR_PEAK_MIN_NM, PhysicalLimits.PHOSPHOR_PEAK_MAX_NM,
                PhysicalLimits.PHOSPHOR_PEAK_MIN_NM, PhysicalLimits.PHOSPHOR_PEAK_MAX_NM, 1, phosphor.peakNm());
        phosphorFwhmNm = new Parameter(p + "phosphorFwhmNm", "phosphor FWHM", "nm",
                PhysicalLimits.PHOSPHOR_FWHM_MIN_NM, PhysicalLimits.PHOSPHOR_FWHM_MAX_NM,
                PhysicalLimits.PHOSPHOR_FWHM_MIN_NM, PhysicalLimits.PHOSPHOR_FWHM_MAX_NM, 1, phosphor.fwhmNm());
        phosphorFraction = new Parameter(p + "phosphorFraction", "pump absorbed by phosphor", "", 0,
                PhysicalLimits.PHOSPHOR_FRACTION_MAX, 0, PhysicalLimits.PHOSPHOR_FRACTION_MAX, 3,
                phosphor.phosphorFraction());
        // the lower end stands for "above 0", as PLQY's
        phosphorQuantumEfficiency = new Parameter(p + "phosphorQuantumEfficiency", "phosphor quantum efficiency", "",
                0.01, PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MAX, 0.5,
                PhysicalLimits.PHOSPHOR_QUANTUM_EFFICIENCY_MAX, 3, phosphor.phosphorQuantumEfficiency());
        carriedQd = DesignWriter.qdJson(dots);
        reabsorptionPathFactor = dots.reabsorptionPathFactor();
        bindEnabled();
    }

    /** The pc-LED a unit becomes when its kind is set to phosphor-converted: a warm-white YAG-like band. */
    private static final Led DEFAULT_PC_LED = Led.phosphorConverted(560, 110, 0.1, 0.6,
            Led.DEFAULT_PHOSPHOR_QUANTUM_EFFICIENCY);

    private static LedQdUnit paperDots() {
        double core = QuantumDot.coreDiameterForEmissionNm(610, QuantumDot.DEFAULT_SHELL_MONOLAYERS,
                QuantumDot.DEFAULT_SHELL_SHIFT_PER_MONOLAYER_EV, QuantumDot.DEFAULT_STOKES_SHIFT_EV);
        return new LedQdUnit(Led.paperDefault(), QuantumDot.ofCore(core), 10, 0);
    }

    /** Each parameter is live only where the unit's kind and LED use it. */
    private void bindEnabled() {
        var dots = kind.isEqualTo(UnitKind.LED_QD);
        var pc = kind.isEqualTo(UnitKind.PC_LED);
        var modelLed = pc.not().and(ledShape.isNotEqualTo(LedShape.MEASURED));
        ledPeakNm.enabledProperty().bind(modelLed);
        ledFwhmNm.enabledProperty().bind(modelLed);
        for (Parameter q : List.of(od1S, plqy)) {
            q.enabledProperty().bind(dots);
        }
        for (Parameter q : List.of(phosphorPeakNm, phosphorFwhmNm, phosphorFraction, phosphorQuantumEfficiency)) {
            q.enabledProperty().bind(pc);
        }
        qdCoreDiameterNm.enabledProperty().bind(dots.and(qdGivenBy.isEqualTo(QdSpecification.CORE_DIAMETER)));
        qdEmissionPeakNm.enabledProperty().bind(dots.and(qdGivenBy.isEqualTo(QdSpecification.EMISSION_PEAK)));
    }

    /** A new unit with the paper's defaults (AlGaInP 635 nm LED, 17 nm FWHM, 0.1 W; 610 nm dots). */
    public static UnitViewModel paperDefault(String unitName) {
        return new UnitViewModel(unitName, paperDots(), 1);
    }

    public ObjectProperty<UnitKind> kindProperty() {
        return kind;
    }

    /** The measured LED's spectrum file (absolute), or {@code null} for a model LED. */
    public StringProperty ledSpectrumFileProperty() {
        return ledSpectrumFile;
    }

    public Parameter phosphorPeakNm() {
        return phosphorPeakNm;
    }

    public Parameter phosphorFwhmNm() {
        return phosphorFwhmNm;
    }

    public Parameter phosphorFraction() {
        return phosphorFraction;
    }

    public Parameter phosphorQuantumEfficiency() {
        return phosphorQuantumEfficiency;
    }

    /**
     * Whether the editor shows {@code p}: the parameters the unit's kind and LED use (the QD quantity derived from
     * the given one is shown, not editable); the others keep their values for when they apply again.
     */
    public javafx.beans.value.ObservableBooleanValue shown(Parameter p) {
        if (p == qdCoreDiameterNm || p == qdEmissionPeakNm) {
            return kind.isEqualTo(UnitKind.LED_QD);
        }
        return p.enabledProperty();
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
        return List.of(ledPeakNm, ledFwhmNm, ledPowerW, weight, qdCoreDiameterNm, qdEmissionPeakNm, od1S, plqy,
                phosphorPeakNm, phosphorFwhmNm, phosphorFraction, phosphorQuantumEfficiency);
    }

    /** The parameter a design-file field path (after {@code units[i].}) refers to, or {@code null}. */
    Parameter byField(String field) {
        return switch (field) {
            case "led.peakNm" -> kind.get() == UnitKind.PC_LED ? phosphorPeakNm : ledPeakNm;
            case "led.fwhmNm" -> kind.get() == UnitKind.PC_LED ? phosphorFwhmNm : ledFwhmNm;
            case "led.phosphorFraction" -> phosphorFraction;
            case "led.phosphorQuantumEfficiency" -> phosphorQuantumEfficiency;
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
        DesignJson.Led led;
        if (kind.get() == UnitKind.PC_LED) {
            led = new DesignJson.Led(LedShape.PHOSPHOR_CONVERTED.id(), phosphorPeakNm.get(), phosphorFwhmNm.get(),
                    ledPowerW.get(), null, phosphorFraction.get(), phosphorQuantumEfficiency.get());
        } else if (ledShape.get() == LedShape.MEASURED) {
            led = new DesignJson.Led(LedShape.MEASURED.id(), null, null, ledPowerW.get(), ledSpectrumFile.get());
        } else {
            led = new DesignJson.Led(ledShape.get().id(), ledPeakNm.get(), ledFwhmNm.get(), ledPowerW.get(), null);
        }
        if (!kind.get().hasDots()) {
            return new DesignJson.Unit(name.get(), weight.get(), led, null, null);
        }
        boolean byCore = qdGivenBy.get() == QdSpecification.CORE_DIAMETER;
        DesignJson.Qd qd = carriedQd.edited(byCore ? qdCoreDiameterNm.get() : null,
                byCore ? null : qdEmissionPeakNm.get(), od1S.get(), plqy.get());
        return new DesignJson.Unit(name.get(), weight.get(), led, qd, reabsorptionPathFactor);
    }

    /**
     * Whether the optimizer can vary the unit: an LED–QD unit or a plain LED with a model LED, or a pc-LED (its band
     * is a model); not a measured spectrum.
     */
    public boolean isOptimizable() {
        return kind.get() == UnitKind.PC_LED || ledShape.get() != LedShape.MEASURED;
    }

    /**
     * Everything the unit holds, for undo: restoring it gives back the same design.
     *
     * @param values the parameters' values in {@link #parameters()} order
     */
    public record State(String name, UnitKind kind, LedShape ledShape, String ledSpectrumFile,
            QdSpecification qdGivenBy, List<Double> values, DesignJson.Qd carriedQd, double reabsorptionPathFactor) {
        public State {
            values = List.copyOf(values);
        }
    }

    /** The unit's state now. */
    public State state() {
        return new State(name.get(), kind.get(), ledShape.get(), ledSpectrumFile.get(), qdGivenBy.get(),
                parameters().stream().map(Parameter::get).toList(), carriedQd, reabsorptionPathFactor);
    }

    /** Puts back a state taken by {@link #state()}. */
    void restore(State s) {
        name.set(s.name());
        kind.set(s.kind());
        ledSpectrumFile.set(s.ledSpectrumFile());
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
        if (qd == null) {
            return;
        }
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

    /** The dots' parameters the editor does not show, as carried (design-file shape). */
    DesignJson.Qd carriedDots() {
        return carriedQd;
    }

    /**
     * Takes over the dots of {@code unit} for what the editor does not show (an optimizer result: its dots have the
     * model's defaults, and the editor must hold the design the optimizer evaluated).
     */
    void adoptDots(LedQdUnit unit) {
        carriedQd = DesignWriter.qdJson(unit);
    }
}
