package vn.tdkt.exemplar.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import vn.tdkt.ui.UiContext;

/** The small labelled forms of the side panel: a grid of label and input, ids for the tests. */
final class Forms {
    private final UiContext ui;

    Forms(UiContext ui) {
        this.ui = ui;
    }

    GridPane grid() {
        GridPane grid = new GridPane(8, 6);
        ColumnConstraints labels = new ColumnConstraints();
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setFillWidth(true);
        grid.getColumnConstraints().setAll(labels, inputs);
        return grid;
    }

    <T extends Control> T row(GridPane grid, String id, String labelKey, T input) {
        input.setId(id);
        input.setMaxWidth(Double.MAX_VALUE);
        Label label = new Label(ui.text(labelKey));
        label.setLabelFor(input);
        label.setMinWidth(Control.USE_PREF_SIZE);
        int row = grid.getRowCount();
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        return input;
    }

    TextField text(GridPane grid, String id, String labelKey) {
        return row(grid, id, labelKey, new TextField());
    }

    TextField date(GridPane grid, String id, String labelKey, String initial) {
        TextField field = row(grid, id, labelKey, new TextField(initial));
        field.setPromptText("dd/MM/yyyy");
        return field;
    }

    TextArea area(GridPane grid, String id, String labelKey, int rows) {
        TextArea area = row(grid, id, labelKey, new TextArea());
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    Button button(GridPane grid, String id, String textKey, Runnable action) {
        Button button = new Button(ui.text(textKey));
        button.setId(id);
        button.setOnAction(e -> action.run());
        grid.add(button, 1, grid.getRowCount());
        return button;
    }

    TitledPane section(String titleKey, Node content, boolean expanded) {
        TitledPane pane = new TitledPane(ui.text(titleKey), content);
        pane.setExpanded(expanded);
        pane.setAnimated(false);
        return pane;
    }

}
