package org.hybridlight.ui.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.ui.model.Confirmation;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Parameter;
import org.hybridlight.ui.model.QdSpecification;
import org.hybridlight.ui.model.UnitKind;
import org.hybridlight.ui.model.UnitViewModel;

/**
 * Adds, removes and edits units — LED–QD units, plain LEDs, phosphor-converted LEDs, measured LED spectra — each
 * showing the parameters its kind uses; the temperature applies to all of them.
 */
public final class UnitEditor extends VBox {

    private final DesignViewModel model;
    private final VBox unitBoxes = new VBox(4);
    private Confirmation confirmation;
    private final ChoiceBox<UnitKind> addKind = new ChoiceBox<>();
    private final Label addStatus = new Label();
    private Supplier<Path> spectrumChooser = () -> null;

    /** @param confirmation asks before a unit is removed */
    public UnitEditor(DesignViewModel model, Confirmation confirmation) {
        this.model = model;
        this.confirmation = confirmation;
        setSpacing(6);
        setPadding(new Insets(6));
        Label title = new Label("Units (LED–QD, plain LED, pc-LED)");
        title.getStyleClass().add("section-title");
        Button add = new Button("Add unit");
        add.setId("addUnit");
        add.setOnAction(e -> model.roster().addUnit(addKind.getValue()));
        addKind.setId("addUnitKind");
        addKind.getItems().setAll(UnitKind.values());
        addKind.setValue(UnitKind.LED_QD);
        Button measured = new Button("Add measured LED…");
        measured.setId("addMeasuredLed");
        measured.setOnAction(e -> {
            String said = model.roster().addMeasuredLedUnit(spectrumChooser);
            addStatus.setText(said.startsWith("added") || said.equals("cancelled") ? "" : said);
        });
        addStatus.setId("addUnitStatus");
        addStatus.getStyleClass().add("error-text");
        addStatus.setWrapText(true);
        addStatus.setMinHeight(Region.USE_PREF_SIZE);
        var full = javafx.beans.binding.Bindings.size(model.units()).greaterThanOrEqualTo(PhysicalLimits.MAX_UNITS);
        add.disableProperty().bind(full);
        measured.disableProperty().bind(full);
        getChildren().addAll(title, new ParameterControl(model.temperatureK(), ""), unitBoxes,
                new HBox(6, add, addKind), measured, addStatus);
        model.units().addListener((ListChangeListener<UnitViewModel>) c -> rebuild());
        rebuild();
    }

    /** Sets where a measured LED spectrum comes from (the window's file chooser; tests give a file). */
    public void setSpectrumChooser(Supplier<Path> chooser) {
        this.spectrumChooser = chooser;
    }

    /** Replaces the question before a unit is removed (tests answer it directly). */
    public void setConfirmation(Confirmation confirmation) {
        this.confirmation = confirmation;
    }

    private void rebuild() {
        unitBoxes.getChildren().clear();
        for (int k = 0; k < model.units().size(); k++) {
            unitBoxes.getChildren().add(unitPane(k, model.units().get(k)));
        }
    }

    private TitledPane unitPane(int k, UnitViewModel u) {
        String prefix = "unit" + k + "-";
        TextField name = new TextField();
        name.setId(prefix + "name");
        name.textProperty().bindBidirectional(u.nameProperty());
        ChoiceBox<UnitKind> kind = new ChoiceBox<>();
        kind.setId(prefix + "kind");
        kind.getItems().setAll(UnitKind.values());
        kind.valueProperty().bindBidirectional(u.kindProperty());
        ChoiceBox<LedShape> shape = new ChoiceBox<>();
        shape.setId(prefix + "ledShape");
        shape.getItems().setAll(LedShape.OHNO_2005, LedShape.GAUSSIAN_WAVELENGTH, LedShape.GAUSSIAN_ENERGY);
        if (u.ledSpectrumFileProperty().get() != null) {
            shape.getItems().add(LedShape.MEASURED);
        }
        shape.valueProperty().bindBidirectional(u.ledShapeProperty());
        Label spectrumFile = new Label();
        spectrumFile.setId(prefix + "ledSpectrumFile");
        spectrumFile.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(() -> {
            String f = u.ledSpectrumFileProperty().get();
            return f == null ? "" : "spectrum: " + Path.of(f).getFileName();
        }, u.ledSpectrumFileProperty()));
        var measuredLed = u.ledShapeProperty().isEqualTo(LedShape.MEASURED)
                .and(u.kindProperty().isNotEqualTo(UnitKind.PC_LED));
        spectrumFile.visibleProperty().bind(measuredLed);
        spectrumFile.managedProperty().bind(measuredLed);
        ChoiceBox<QdSpecification> givenBy = new ChoiceBox<>();
        givenBy.setId(prefix + "qdGivenBy");
        givenBy.getItems().setAll(QdSpecification.values());
        givenBy.valueProperty().bindBidirectional(u.qdGivenByProperty());
        Button remove = new Button("Remove");
        remove.setId(prefix + "remove");
        remove.setDisable(model.units().size() <= 1);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> model.roster().removeUnit(u, confirmation));
        VBox box = new VBox(3);
        // the name takes the row's free width: long names ("blue LED + green dots") stay readable
        name.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        box.getChildren().add(LabelledRow.of(new Label("name"), name, remove));
        box.getChildren().add(LabelledRow.of(new Label("kind"), kind));
        HBox shapeRow = LabelledRow.of(new Label("LED shape"), shape);
        shapeRow.visibleProperty().bind(u.kindProperty().isNotEqualTo(UnitKind.PC_LED));
        shapeRow.managedProperty().bind(shapeRow.visibleProperty());
        HBox givenByRow = LabelledRow.of(new Label("QD given by"), givenBy);
        givenByRow.visibleProperty().bind(u.kindProperty().isEqualTo(UnitKind.LED_QD));
        givenByRow.managedProperty().bind(givenByRow.visibleProperty());
        box.getChildren().addAll(shapeRow, spectrumFile, givenByRow);
        for (Parameter p : u.parameters()) {
            ParameterControl c = new ParameterControl(p, prefix);
            javafx.beans.binding.BooleanExpression shown =
                    javafx.beans.binding.BooleanExpression.booleanExpression(u.shown(p));
            c.visibleProperty().bind(shown);
            c.managedProperty().bind(shown);
            box.getChildren().add(c);
        }
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(u.nameProperty());
        pane.setContent(box);
        pane.setId(prefix + "pane");
        return pane;
    }
}
