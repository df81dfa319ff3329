package org.hybridlight.ui.view;

import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.hybridlight.ui.model.Parameter;

/**
 * A slider and a numeric field with its unit for one {@link Parameter}. Typed text is taken on Enter or when
 * the field loses focus; a refused entry turns the field red and says why below it.
 */
public final class ParameterControl extends VBox {

    /** How many times slower the value moves while Shift is held during a drag. */
    private static final double FINE_DRAG = 10;

    private final Parameter parameter;
    private final Slider slider;
    private final TextField field;
    private final Label error = new Label();
    private boolean syncing;

    /** @param idPrefix prefix of the node ids ("unit0-" gives "unit0-ledPeakNm-slider", "-field", "-error") */
    public ParameterControl(Parameter parameter, String idPrefix) {
        this.parameter = parameter;
        Label name = new Label(parameter.labelWithUnit());
        // long names wrap onto a second line instead of ending in "…"
        name.setWrapText(true);
        name.setMinWidth(150);
        name.setPrefWidth(150);
        name.setMaxWidth(150);
        name.setMinHeight(Region.USE_PREF_SIZE);
        slider = new Slider(parameter.sliderMin(), parameter.sliderMax(),
                clampToSlider(parameter.get()));
        slider.setId(idPrefix + parameter.id() + "-slider");
        slider.setBlockIncrement(parameter.fineStep());
        // one Tab per value: the field takes the keyboard (arrow keys step finely), the slider the mouse
        slider.setFocusTraversable(false);
        slider.setOnMousePressed(e -> parameter.beginEdit());
        fineDragWithShift();
        slider.setTooltip(new Tooltip("drag; with Shift held a tenth as fast (or Up/Down in the field)"));
        HBox.setHgrow(slider, Priority.ALWAYS);
        field = new TextField(parameter.format(parameter.get()));
        field.setId(idPrefix + parameter.id() + "-field");
        field.setPrefColumnCount(7);
        field.setMinWidth(Region.USE_PREF_SIZE); // the slider gives way, never the number
        Label unit = new Label(parameter.unit());
        unit.setMinWidth(18);
        error.setId(idPrefix + parameter.id() + "-error");
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        error.managedProperty().bind(error.visibleProperty());
        error.setVisible(false);
        HBox row = LabelledRow.of(name, slider, field, unit);
        getChildren().addAll(row, error);
        setSpacing(1);
        disableProperty().bind(parameter.enabledProperty().not());

        slider.valueProperty().addListener((o, a, b) -> {
            if (!syncing) {
                syncing = true;
                try {
                    parameter.set(b.doubleValue());
                } finally {
                    syncing = false;
                }
            }
        });
        parameter.valueProperty().addListener((o, a, b) -> show(b.doubleValue()));
        field.setOnAction(e -> commit());
        field.setOnKeyPressed(e -> {
            int steps = switch (e.getCode()) {
                case UP -> 1;
                case DOWN -> -1;
                case PAGE_UP -> 10;
                case PAGE_DOWN -> -10;
                default -> 0;
            };
            if (steps != 0) {
                commit();
                parameter.nudge(e.isShiftDown() ? 10 * steps : steps);
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                commit();
            }
        });
        parameter.errorProperty().addListener((o, a, b) -> markError(b));
        markError(parameter.errorProperty().get());
        GridPane.setFillWidth(this, true);
    }

    /**
     * Shift held while dragging moves the value a tenth as fast as the mouse (a 110 px slider over 400 nm is about
     * 3.6 nm a pixel; with Shift 0.36 nm), from where the drag or the Shift began.
     */
    private void fineDragWithShift() {
        // mouse x (px) and value where the fine movement began; whether it is under way
        double[] anchor = new double[2];
        boolean[] fine = new boolean[1];
        slider.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            anchor[0] = e.getSceneX();
            anchor[1] = slider.getValue();
            fine[0] = e.isShiftDown();
        });
        slider.addEventFilter(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!e.isShiftDown()) {
                fine[0] = false;
                return;
            }
            if (!fine[0]) {
                anchor[0] = e.getSceneX();
                anchor[1] = slider.getValue();
                fine[0] = true;
            }
            double valuePerPx = (slider.getMax() - slider.getMin()) / Math.max(1, slider.getWidth());
            slider.setValue(clampToSlider(anchor[1] + (e.getSceneX() - anchor[0]) * valuePerPx / FINE_DRAG));
            e.consume();
        });
    }

    private double clampToSlider(double v) {
        return Math.max(parameter.sliderMin(), Math.min(parameter.sliderMax(), v));
    }

    private void commit() {
        parameter.beginEdit();
        if (parameter.setFromText(field.getText())) {
            show(parameter.get());
        }
    }

    private void show(double v) {
        field.setText(parameter.format(v));
        if (!syncing) {
            syncing = true;
            try {
                slider.setValue(clampToSlider(v));
            } finally {
                syncing = false;
            }
        }
    }

    private void markError(String message) {
        boolean bad = message != null;
        if (bad) {
            if (!field.getStyleClass().contains("invalid")) {
                field.getStyleClass().add("invalid");
            }
            error.setText(message);
            field.setTooltip(new Tooltip(message));
        } else {
            field.getStyleClass().remove("invalid");
            field.setTooltip(null);
        }
        error.setVisible(bad);
    }

    public Parameter parameter() {
        return parameter;
    }
}
