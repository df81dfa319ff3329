package org.hybridlight.ui.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.hybridlight.source.LedShape;
import org.hybridlight.source.PhysicalLimits;
import org.hybridlight.ui.model.Confirmation;
import org.hybridlight.ui.model.DesignViewModel;
import org.hybridlight.ui.model.Parameter;
import org.hybridlight.ui.model.QdSpecification;
import org.hybridlight.ui.model.UnitViewModel;

/** Adds, removes and edits LED–QD units; the temperature applies to all of them. */
public final class UnitEditor extends VBox {

    private final DesignViewModel model;
    private final VBox unitBoxes = new VBox(4);
    private Confirmation confirmation;

    /** @param confirmation asks before a unit is removed */
    public UnitEditor(DesignViewModel model, Confirmation confirmation) {
        this.model = model;
        this.confirmation = confirmation;
        setSpacing(6);
        setPadding(new Insets(6));
        Label title = new Label("LED–QD units");
        title.getStyleClass().add("section-title");
        Button add = new Button("Add unit");
        add.setId("addUnit");
        add.setOnAction(e -> model.addUnit());
        add.disableProperty().bind(javafx.beans.binding.Bindings.size(model.units())
                .greaterThanOrEqualTo(PhysicalLimits.MAX_UNITS));
        getChildren().addAll(title, new ParameterControl(model.temperatureK(), ""), unitBoxes, add);
        model.units().addListener((ListChangeListener<UnitViewModel>) c -> rebuild());
        rebuild();
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
        ChoiceBox<LedShape> shape = new ChoiceBox<>();
        shape.setId(prefix + "ledShape");
        shape.getItems().setAll(LedShape.OHNO_2005, LedShape.GAUSSIAN_WAVELENGTH, LedShape.GAUSSIAN_ENERGY);
        shape.valueProperty().bindBidirectional(u.ledShapeProperty());
        ChoiceBox<QdSpecification> givenBy = new ChoiceBox<>();
        givenBy.setId(prefix + "qdGivenBy");
        givenBy.getItems().setAll(QdSpecification.values());
        givenBy.valueProperty().bindBidirectional(u.qdGivenByProperty());
        Button remove = new Button("Remove");
        remove.setId(prefix + "remove");
        remove.setDisable(model.units().size() <= 1);
        remove.setOnAction(e -> model.removeUnit(u, confirmation));
        VBox box = new VBox(3);
        box.getChildren().add(new HBox(6, new Label("name"), name, remove));
        box.getChildren().add(new HBox(6, new Label("LED shape"), shape));
        box.getChildren().add(new HBox(6, new Label("QD given by"), givenBy));
        for (Parameter p : u.parameters()) {
            box.getChildren().add(new ParameterControl(p, prefix));
        }
        TitledPane pane = new TitledPane();
        pane.textProperty().bind(u.nameProperty());
        pane.setContent(box);
        pane.setId(prefix + "pane");
        return pane;
    }
}
