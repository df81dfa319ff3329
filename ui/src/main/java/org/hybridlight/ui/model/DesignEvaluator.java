package org.hybridlight.ui.model;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.hybridlight.colorimetry.Colorimetry;
import org.hybridlight.colorimetry.SpectrumEvaluator;
import org.hybridlight.colorimetry.io.InputException;
import org.hybridlight.colorimetry.rendering.cri.CriReference;
import org.hybridlight.colorimetry.spectrum.WavelengthGrid;
import org.hybridlight.colorimetry.tristimulus.Chromaticity;
import org.hybridlight.colorimetry.tristimulus.Xyz;
import org.hybridlight.source.HybridResult;
import org.hybridlight.source.HybridSource;
import org.hybridlight.source.UnitResult;
import org.hybridlight.source.design.CachedSpectrumFiles;
import org.hybridlight.source.design.Design;
import org.hybridlight.source.design.DesignJson;
import org.hybridlight.source.design.DesignReader;
import org.hybridlight.source.design.SpectrumFiles;

/**
 * The evaluation of the editor's design: validated by the same reader as design files, simulated and evaluated on
 * the calling (FX) thread — a three-unit design evaluates in well under a millisecond, so sliders stay live. Holds
 * the last evaluation or the reason there is none, each unit's colour point and the time a refresh took.
 */
final class DesignEvaluator {

    private final SpectrumEvaluator evaluator;
    private final CachedSpectrumFiles spectrumFiles;
    private final ReadOnlyObjectWrapper<Evaluation> evaluation;
    private final ReadOnlyLongWrapper refreshNanos;
    private final ReadOnlyObjectWrapper<List<Chromaticity>> unitPoints;
    private final ReadOnlyStringWrapper problem;
    private final ReadOnlyObjectWrapper<List<String>> warnings;

    /**
     * @param bean the view model whose properties these are
     * @param spectrumFiles where a measured LED's spectrum file is read from when it is new or changed on disk
     */
    DesignEvaluator(Object bean, SpectrumEvaluator evaluator, SpectrumFiles spectrumFiles) {
        this.evaluator = evaluator;
        this.spectrumFiles = new CachedSpectrumFiles(spectrumFiles);
        evaluation = new ReadOnlyObjectWrapper<>(bean, "evaluation");
        refreshNanos = new ReadOnlyLongWrapper(bean, "refreshNanos");
        unitPoints = new ReadOnlyObjectWrapper<>(bean, "unitPoints", List.of());
        problem = new ReadOnlyStringWrapper(bean, "problem");
        warnings = new ReadOnlyObjectWrapper<>(bean, "warnings", List.of());
    }

    SpectrumEvaluator evaluator() {
        return evaluator;
    }

    /** The measured LED files, each version read once (not at every slider step). */
    CachedSpectrumFiles spectrumFiles() {
        return spectrumFiles;
    }

    ReadOnlyObjectProperty<Evaluation> evaluationProperty() {
        return evaluation.getReadOnlyProperty();
    }

    ReadOnlyLongProperty refreshNanosProperty() {
        return refreshNanos.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<List<Chromaticity>> unitPointsProperty() {
        return unitPoints.getReadOnlyProperty();
    }

    ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    /** The spectrum reader's warnings about the files the design names; empty when it cannot be read. */
    ReadOnlyObjectProperty<List<String>> warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /**
     * Validates, simulates and evaluates {@code json}; sets the evaluation or the problem (and marks the field a
     * reader message names).
     *
     * @param name names the design in messages
     * @param units the editor's units, in design order: their derived values are shown, their fields marked
     * @param quietly runs the derived values' writes without them counting as an edit
     */
    void evaluate(Path name, DesignJson.File json, List<UnitViewModel> units, Consumer<Runnable> quietly) {
        long t0 = System.nanoTime();
        Design design;
        try {
            design = DesignReader.fromJson(name, json, spectrumFiles);
        } catch (InputException e) {
            markField(e.getMessage(), units);
            warnings.set(List.of());
            fail(e.getMessage());
            return;
        }
        if (!warnings.get().equals(design.warnings())) {
            warnings.set(design.warnings()); // set on a change only: a slider step does not redraw them
        }
        // each unit at weight 1 once: its colour point for the diagram, then the white at the design's weights
        HybridSource source = design.source();
        List<UnitResult> atUnitDrive = new ArrayList<>(source.units().size());
        List<Chromaticity> points = new ArrayList<>(source.units().size());
        for (var u : source.units()) {
            var r = u.simulate(source.temperatureK(), WavelengthGrid.COMPUTATION);
            atUnitDrive.add(r);
            Xyz t = evaluator.integrator().integrate(r.totalWPerNm());
            double sum = t.x() + t.y() + t.z();
            if (sum > 0) {
                points.add(new Chromaticity(t.x() / sum, t.y() / sum));
            }
        }
        HybridResult result = HybridSource.combine(WavelengthGrid.COMPUTATION, atUnitDrive, source.weights());
        unitPoints.set(List.copyOf(points));
        Colorimetry c;
        try {
            c = evaluator.evaluate(result.whiteSpectrum(), CriReference.parseBuiltIn(design.reference()));
        } catch (IllegalArgumentException e) {
            fail("the white cannot be evaluated: " + e.getMessage());
            return;
        }
        quietly.accept(() -> {
            for (int k = 0; k < units.size(); k++) {
                units.get(k).showDerived(design.source().units().get(k).qd());
            }
        });
        problem.set(null);
        evaluation.set(new Evaluation(design, result, c, System.nanoTime() - t0));
        // the views redraw in the evaluation's listeners: this is the time a slider step costs
        refreshNanos.set(System.nanoTime() - t0);
    }

    private void fail(String message) {
        problem.set(message);
        evaluation.set(null);
    }

    /** Marks the parameter a reader message names ("file: units[1].qd.od1S: must be > 0"). */
    private static void markField(String message, List<UnitViewModel> units) {
        int at = message.indexOf("units[");
        if (at < 0) {
            return;
        }
        int close = message.indexOf(']', at);
        int colon = message.indexOf(':', close);
        if (close < 0 || colon < 0 || close + 2 > colon) {
            return;
        }
        int k = Integer.parseInt(message.substring(at + 6, close));
        if (k < units.size()) {
            Parameter p = units.get(k).byField(message.substring(close + 2, colon));
            if (p != null) {
                p.reportError(message.substring(colon + 1).trim());
            }
        }
    }
}
