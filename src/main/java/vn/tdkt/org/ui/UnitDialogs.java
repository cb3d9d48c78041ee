package vn.tdkt.org.ui;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.ui.UiContext;

/** Small dialogs for the unit tree: a new unit under a parent, and a new parent for a unit. */
final class UnitDialogs {
    /** What the officer typed for a new unit. */
    record NewUnit(Unit parent, String code, String name, String shortName, String kind) {
    }

    private final UiContext ui;

    UnitDialogs(UiContext ui) {
        this.ui = ui;
    }

    Optional<NewUnit> askNewUnit(Window owner, List<UnitNode> tree, Unit parent) {
        ComboBox<Unit> parentBox = unitBox(tree, parent);
        TextField code = new TextField();
        code.setPromptText("TrD19, d1, c2");
        TextField name = new TextField();
        TextField shortName = new TextField();
        TextField kind = new TextField();
        kind.setPromptText(ui.text("unit.kind.prompt"));
        GridPane grid = grid();
        row(grid, 0, "unit.field.parent", parentBox);
        row(grid, 1, "unit.field.code", code);
        row(grid, 2, "unit.field.name", name);
        row(grid, 3, "unit.field.shortName", shortName);
        row(grid, 4, "unit.field.kind", kind);
        Dialog<ButtonType> dialog = dialog(owner, "unit.add.title", grid);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK)
                .map(b -> new NewUnit(parentBox.getValue(), code.getText(), name.getText(), shortName.getText(), kind.getText()));
    }

    /** The unit with its code, names, kind and place among its siblings as edited; empty when cancelled. */
    Optional<Unit> askEdit(Window owner, Unit unit) {
        TextField code = new TextField(unit.code());
        TextField name = new TextField(unit.name());
        TextField shortName = new TextField(unit.shortName() == null ? "" : unit.shortName());
        TextField kind = new TextField(unit.kind() == null ? "" : unit.kind());
        javafx.scene.control.Spinner<Integer> order = new javafx.scene.control.Spinner<>(1, 999, unit.sortOrder());
        order.setEditable(true);
        GridPane grid = grid();
        row(grid, 0, "unit.field.code", code);
        row(grid, 1, "unit.field.name", name);
        row(grid, 2, "unit.field.shortName", shortName);
        row(grid, 3, "unit.field.kind", kind);
        row(grid, 4, "unit.field.order", order);
        Dialog<ButtonType> dialog = dialog(owner, "unit.edit.title", grid);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> new Unit(unit.id(), unit.parentId(), code.getText(),
                name.getText(), shortName.getText(), kind.getText(), order.getValue(), unit.dissolvedOn()));
    }

    /** The new parent; empty when cancelled; a present but null value (top level) is not offered. */
    Optional<Unit> askNewParent(Window owner, List<UnitNode> tree, Unit unit) {
        ComboBox<Unit> parentBox = unitBox(tree.stream().filter(n -> !n.unit().id().equals(unit.id())).toList(), null);
        GridPane grid = grid();
        grid.add(new Label(ui.text("unit.move.text", unit.name())), 0, 0, 2, 1);
        row(grid, 1, "unit.field.parent", parentBox);
        Dialog<ButtonType> dialog = dialog(owner, "unit.move.title", grid);
        return dialog.showAndWait().filter(b -> b == ButtonType.OK).map(b -> parentBox.getValue());
    }

    private ComboBox<Unit> unitBox(List<UnitNode> tree, Unit selected) {
        ComboBox<Unit> box = new ComboBox<>();
        box.getItems().setAll(tree.stream().filter(n -> !n.unit().dissolved()).map(UnitNode::unit).toList());
        box.setConverter(DisplayConverter.of(u -> u.code() + " — " + u.name()));
        box.setValue(selected);
        box.setPromptText(ui.text("unit.field.topLevel"));
        box.setPrefWidth(320);
        return box;
    }

    private static GridPane grid() {
        return new GridPane(10, 8);
    }

    private void row(GridPane grid, int row, String labelKey, javafx.scene.control.Control input) {
        Label label = new Label(ui.text(labelKey));
        label.setLabelFor(input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
    }

    private Dialog<ButtonType> dialog(Window owner, String titleKey, GridPane content) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ui.text(titleKey));
        dialog.setHeaderText(ui.text(titleKey));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        return dialog;
    }
}
