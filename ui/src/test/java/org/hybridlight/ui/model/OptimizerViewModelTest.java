package org.hybridlight.ui.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.LedQdUnit;
import org.hybridlight.source.QuantumDot;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The optimizer panel's state without a toolkit: runs go to a task executor on the test's own thread. */
class OptimizerViewModelTest {

    /** Weight rescaling factors and ratios: rounding only. */
    private static final double ROUNDING = 1e-12;
    /** A light ratio of two units solved onto the same target from the same proposal: the solver's accuracy. */
    private static final double MIX_RATIO = 1e-6;
    /** An emission peak written back through the design file, nm. */
    private static final double PEAK_NM = 1e-9;

    private static final Path EXAMPLES = Path.of(System.getProperty("hybridlight.root", "..")).resolve("examples");
    /** Relative agreement of two spectra that should be one spectrum times a factor. */
    private static final double SPECTRUM_RATIO_TOLERANCE = 1e-9;
    /** Agreement of chromaticity coordinates of the same light. */
    private static final double XY_TOLERANCE = 1e-9;
    /** How close the optimizer's white comes to the target CCT (the example's, 3000 K). */
    private static final double CCT_TOLERANCE_K = 0.5;
    /** The Duv tolerance the view model gives the optimizer. */
    private static final double DUV_TOLERANCE = 0.001;
    /** Agreement of Ra of the same light. */
    private static final double RA_TOLERANCE = 1e-6;

    private final SpectrumEvaluator evaluator = new SpectrumEvaluator(WavelengthGrid.COMPUTATION, true);
    private DesignViewModel design;
    private OptimizerViewModel optimizer;

    @BeforeEach
    void load() throws Exception {
        design = new DesignViewModel(evaluator);
        design.file().load(EXAMPLES.resolve("paper-fig6b.json"));
        optimizer = new OptimizerViewModel(design, new CurrentThreadTaskExecutor());
        optimizer.settings().maxEvaluationsProperty().set(60);
        optimizer.settings().startsProperty().set(1);
    }

    @Test
    void aRunGoesToCompletionAndOffersTheDesignBeforeAndTheBestAfter() {
        Evaluation before = design.evaluationProperty().get();
        List<Double> progress = new ArrayList<>();
        List<Boolean> runningWhileReporting = new ArrayList<>();
        optimizer.progressProperty().addListener((o, a, b) -> {
            progress.add(b.doubleValue());
            runningWhileReporting.add(optimizer.runningProperty().get());
            // a second start while one runs is refused, not nested
            optimizer.start();
        });
        List<OptimizerOutcome> outcomes = new ArrayList<>();
        optimizer.outcomeProperty().addListener((o, a, b) -> outcomes.add(b));

        optimizer.start();

        assertThat(optimizer.runningProperty().get()).isFalse();
        assertThat(runningWhileReporting).isNotEmpty().containsOnly(true);
        assertThat(progress).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(progress.get(progress.size() - 1)).isGreaterThan(0.5);
        OptimizerOutcome o = optimizer.outcomeProperty().get();
        assertThat(outcomes).containsExactly(o);
        assertThat(o.cancelled()).isFalse();
        assertThat(o.evaluations()).isPositive().isLessThanOrEqualTo(60);
        assertThat(o.before()).isSameAs(before);
        assertThat(o.after().colorimetry()).isNotNull();
        // the weights are solved onto the target whatever the other parameters
        assertThat(o.after().colorimetry().cctK()).isCloseTo(3000, within(CCT_TOLERANCE_K));
        assertThat(Math.abs(o.after().colorimetry().duv())).isLessThanOrEqualTo(DUV_TOLERANCE);
        assertThat(o.after().unitNames()).isEqualTo(before.unitNames());
        assertThat(o.after().design().source().units()).hasSize(3);
        assertThat(optimizer.statusProperty().get()).startsWith("done after " + o.evaluations() + " evaluations");
        // the editor is untouched until the result is applied
        assertThat(design.evaluationProperty().get()).isSameAs(before);
    }

    @Test
    void theRunStartsFromTheEditorsDesignWithItsOwnDotsOnTarget() {
        // the example's dots have the phonon-population tail and 130 meV emission, not the model's defaults
        assertThat(design.targetSolver().solveWeights()).doesNotContain("out of reach");
        startIsTheEditorsDesign();
    }

    @Test
    void withFourUnitsTheSearchStartsFromTheEditorsOwnMix() {
        // a fourth unit leaves the weights a free direction on target: the start must be the editor's mix, not the
        // one equal proposals give
        design.roster().addUnit(UnitKind.PLAIN_LED);
        design.units().get(3).ledPowerW().set(0.4);
        design.units().get(0).weight().set(0.2);
        assertThat(design.targetSolver().solveWeights()).doesNotContain("out of reach");
        startIsTheEditorsDesign();
    }

    /** The run's start holds the editor's units, light mix and white. */
    private void startIsTheEditorsDesign() {
        Evaluation editor = design.evaluationProperty().get();
        optimizer.start();
        Evaluation start = optimizer.outcomeProperty().get().start();
        HybridSource e = editor.design().source();
        HybridSource s = start.design().source();
        int n = e.units().size();
        for (int k = 0; k < n; k++) {
            if (e.units().get(k).hasDots()) {
                QuantumDot a = e.units().get(k).qd();
                QuantumDot b = s.units().get(k).qd();
                assertThat(b.tailLaw()).as("unit %d", k).isEqualTo(a.tailLaw());
                assertThat(b.emissionFwhmEv()).as("unit %d", k).isEqualTo(a.emissionFwhmEv());
                assertThat(b.stokesShiftEv()).as("unit %d", k).isEqualTo(a.stokesShiftEv());
                assertThat(b.sizeDispersion()).as("unit %d", k).isEqualTo(a.sizeDispersion());
            }
        }
        double[] light = new double[n];
        double[] startLight = new double[n];
        for (int k = 0; k < n; k++) {
            light[k] = e.weights()[k] * e.units().get(k).led().opticalPowerW();
            startLight[k] = s.weights()[k] * s.units().get(k).led().opticalPowerW();
        }
        for (int k = 1; k < n; k++) {
            assertThat(startLight[k] / startLight[0]).as("unit %d", k).isCloseTo(light[k] / light[0],
                    within(MIX_RATIO * light[k] / light[0]));
        }
        assertThat(start.colorimetry().ra()).isCloseTo(editor.colorimetry().ra(), within(RA_TOLERANCE));
    }

    @Test
    void aCancelledRunStopsAndStillOffersItsBestDesign() {
        optimizer.settings().maxEvaluationsProperty().set(100_000);
        optimizer.settings().startsProperty().set(4);
        // cancel from the first progress report, as the Cancel button would while the run is under way
        optimizer.progressProperty().addListener((o, a, b) -> {
            if (b.doubleValue() > 0) {
                optimizer.cancel();
            }
        });

        optimizer.start();

        assertThat(optimizer.runningProperty().get()).isFalse();
        OptimizerOutcome o = optimizer.outcomeProperty().get();
        assertThat(o).isNotNull();
        assertThat(o.cancelled()).isTrue();
        assertThat(o.evaluations()).isLessThan(100);
        assertThat(optimizer.statusProperty().get()).startsWith("cancelled; best so far");
        optimizer.apply();
        assertThat(design.evaluationProperty().get().colorimetry().xy().x())
                .isCloseTo(o.after().colorimetry().xy().x(), within(XY_TOLERANCE));
    }

    @Test
    void applyingRescalesEachUnitsWeightToItsOwnLedPower() {
        // units of different powers: the optimizer simulates each at its own default power
        double[] powerW = {0.05, 0.2, 0.1};
        for (int k = 0; k < powerW.length; k++) {
            design.units().get(k).ledPowerW().set(powerW[k]);
        }
        optimizer.start();
        OptimizerOutcome o = optimizer.outcomeProperty().get();
        HybridSource best = o.after().design().source();

        optimizer.apply();

        // the editor's weight k is the optimizer's times (its LED power / the editor unit's), one factor for all
        double[] applied = new double[powerW.length];
        double[] factor = new double[powerW.length];
        double largest = 0;
        for (int k = 0; k < powerW.length; k++) {
            applied[k] = design.units().get(k).weight().get();
            largest = Math.max(largest, applied[k]);
            double optimizerPowerW = best.units().get(k).led().opticalPowerW();
            factor[k] = applied[k] * powerW[k] / (best.weights()[k] * optimizerPowerW);
        }
        assertThat(largest).isEqualTo(1.0);
        for (int k = 1; k < powerW.length; k++) {
            assertThat(factor[k]).as("unit %d", k).isCloseTo(factor[0], within(ROUNDING * factor[0]));
        }
        // the unit at 0.05 W needs four times the weight of the one at 0.2 W for the optimizer's light mix
        assertThat(applied[0] / applied[1]).isCloseTo(4 * best.weights()[0] / best.weights()[1],
                within(ROUNDING * applied[0] / applied[1]));
        // and so the editor holds the optimizer's white, only brighter or dimmer
        Evaluation now = design.evaluationProperty().get();
        double[] white = now.result().whiteWPerNm();
        double[] found = o.after().result().whiteWPerNm();
        int peak = 0;
        for (int i = 0; i < found.length; i++) {
            peak = found[i] > found[peak] ? i : peak;
        }
        double ratio = white[peak] / found[peak];
        for (int i = 0; i < found.length; i++) {
            assertThat(white[i]).as("at index %d", i).isCloseTo(ratio * found[i],
                    within(SPECTRUM_RATIO_TOLERANCE * white[peak]));
        }
        assertThat(now.colorimetry().xy().x()).isCloseTo(o.after().colorimetry().xy().x(), within(XY_TOLERANCE));
        assertThat(now.colorimetry().xy().y()).isCloseTo(o.after().colorimetry().xy().y(), within(XY_TOLERANCE));
        assertThat(now.colorimetry().ra()).isCloseTo(o.after().colorimetry().ra(), within(RA_TOLERANCE));
        for (int k = 0; k < powerW.length; k++) {
            LedQdUnit u = best.units().get(k);
            UnitViewModel editor = design.units().get(k);
            assertThat(editor.ledPeakNm().get()).isEqualTo(u.led().peakNm());
            assertThat(editor.od1S().get()).isEqualTo(u.od1S());
            assertThat(editor.qdEmissionPeakNm().get()).isCloseTo(
                    u.qd().emissionPeakNm(QuantumDot.REFERENCE_TEMPERATURE_K), within(PEAK_NM));
            assertThat(editor.ledPowerW().get()).isEqualTo(powerW[k]);
        }
    }

    @Test
    void aResultIsForgottenWhenTheReferenceChanges() {
        optimizer.start();
        assertThat(optimizer.outcomeProperty().get()).isNotNull();
        design.referenceProperty().set(ReferenceChoice.AUTO);
        assertThat(optimizer.outcomeProperty().get()).isNull();
        assertThat(optimizer.statusProperty().get()).isEmpty();
    }

    @Test
    void aResultIsForgottenWhenTheTargetChanges() {
        optimizer.start();
        assertThat(optimizer.outcomeProperty().get()).isNotNull();
        design.targetCctK().set(4000);
        assertThat(optimizer.outcomeProperty().get()).isNull();
    }

    @Test
    void theObjectiveIsSaidInWordsAndEachConstraintIsReportedBeforeAndAfterAtTheSameTarget() {
        // the editor's design away from the target: "before" must still be the start at the target
        design.targetCctK().set(4000);
        assertThat(optimizer.settings().setMinPeFromText("abc")).isFalse();
        assertThat(optimizer.settings().minPeErrorProperty().get()).contains("abc");
        assertThat(optimizer.settings().setMinPeFromText("1.02")).isTrue();
        optimizer.settings().objectiveProperty().set(OptimizerSettings.Objective.RA);
        optimizer.start();
        OptimizerOutcome o = optimizer.outcomeProperty().get();
        assertThat(o.objectiveText()).startsWith("maximize Ra/100 subject to PE ≥ 1.02 at 4000 K")
                .contains("Duv +0.0000").contains("blackbody:3000");
        // the start's weights are solved toward the run's target (the paper's units cannot quite reach 4000 K)
        assertThat(o.before().colorimetry().cctK()).isCloseTo(3000, within(50.0));
        assertThat(o.start().colorimetry().cctK()).isGreaterThan(3500);
        List<OptimizerOutcome.CheckRow> rows = o.checkRows();
        OptimizerOutcome.CheckRow cct = rows.get(0);
        assertThat(cct.name()).startsWith("CCT");
        assertThat(cct.beforeMet()).isEqualTo(
                Math.abs(o.start().colorimetry().cctK() / 4000 - 1) <= org.hybridlight.optimizer.DesignProblem.CCT_TOLERANCE);
        assertThat(rows).extracting(OptimizerOutcome.CheckRow::name)
                .anySatisfy(n -> assertThat(n).startsWith("CCT"))
                .anySatisfy(n -> assertThat(n).startsWith("PE (min)"));
        OptimizerOutcome.CheckRow pe = rows.stream().filter(r -> r.name().startsWith("PE")).findFirst().get();
        // met exactly when the value reaches the limit, before and after
        assertThat(pe.afterMet()).isEqualTo(o.after().result().powerConversionEfficiency() >= 1.02);
        assertThat(pe.beforeMet()).isEqualTo(o.start().result().powerConversionEfficiency() >= 1.02);
        assertThat(rows).hasSameSizeAs(o.constraints().checks());
    }

    @Test
    void anEditAfterARunMarksTheResultStale() {
        optimizer.start();
        assertThat(optimizer.staleProperty().get()).isFalse();
        design.units().get(0).od1S().set(design.units().get(0).od1S().get() + 1);
        assertThat(optimizer.staleProperty().get()).isTrue();
        assertThat(optimizer.outcomeProperty().get()).isNotNull();
    }
}
