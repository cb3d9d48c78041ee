package vn.tdkt.org.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.ui.UiContext;

/** The unit tree of the roster page with its menu (add a child, edit, move, dissolve); selecting a unit filters the table. */
final class UnitTreePane extends VBox {
    private final UiContext ui;
    private final RosterViewModel model;
    private final TreeView<Unit> tree = new TreeView<>();
    private boolean rebuilding;

    UnitTreePane(UiContext ui, RosterViewModel model) {
        this.ui = ui;
        this.model = model;
        tree.setId("roster-units");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new UnitCell());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (!rebuilding) {
                model.selectedUnitProperty().set(after == null ? null : after.getValue());
            }
        });
        MenuItem child = new MenuItem(ui.text("unit.action.addChild"));
        child.setOnAction(e -> addUnit());
        MenuItem edit = new MenuItem(ui.text("unit.action.edit"));
        edit.setOnAction(e -> editUnit());
        MenuItem move = new MenuItem(ui.text("unit.action.move"));
        move.setOnAction(e -> moveUnit());
        MenuItem dissolve = new MenuItem(ui.text("unit.action.dissolve"));
        dissolve.setOnAction(e -> selected().ifPresent(model::dissolveUnit));
        tree.setContextMenu(new ContextMenu(child, edit, move, dissolve));
        VBox.setVgrow(tree, Priority.ALWAYS);
        getChildren().add(tree);
        setMinWidth(180);
        model.unitTree().addListener((ListChangeListener<UnitNode>) c -> rebuild());
        model.selectedUnitProperty().addListener((obs, before, after) -> {
            if (!rebuilding) {
                rebuild();
            }
        });
        rebuild();
    }

    private java.util.Optional<Unit> selected() {
        return java.util.Optional.ofNullable(model.selectedUnitProperty().get());
    }

    /** Asks for a new unit under the selected one (or at the top). */
    void addUnit() {
        new UnitDialogs(ui).askNewUnit(getScene().getWindow(), List.copyOf(model.unitTree()), model.selectedUnitProperty().get())
                .ifPresent(u -> model.addUnit(u.parent(), u.code(), u.name(), u.shortName(), u.kind(), added -> { }));
    }

    private void editUnit() {
        selected().ifPresent(unit -> new UnitDialogs(ui).askEdit(getScene().getWindow(), unit).ifPresent(model::updateUnit));
    }

    private void moveUnit() {
        selected().ifPresent(unit -> new UnitDialogs(ui).askNewParent(getScene().getWindow(), List.copyOf(model.unitTree()), unit)
                .ifPresent(parent -> model.moveUnit(unit, parent)));
    }

    private void rebuild() {
        rebuilding = true;
        try {
            Unit selected = model.selectedUnitProperty().get();
            TreeItem<Unit> root = new TreeItem<>(null);
            root.setExpanded(true);
            Deque<TreeItem<Unit>> path = new ArrayDeque<>();
            TreeItem<Unit> select = root;
            for (UnitNode node : model.unitTree()) {
                while (path.size() > node.depth()) {
                    path.pop();
                }
                TreeItem<Unit> item = new TreeItem<>(node.unit());
                item.setExpanded(node.depth() < 2 || selected != null && selected.id().equals(node.unit().id()));
                (path.isEmpty() ? root : path.peek()).getChildren().add(item);
                path.push(item);
                if (selected != null && selected.id().equals(node.unit().id())) {
                    select = item;
                }
            }
            for (TreeItem<Unit> up = select.getParent(); up != null; up = up.getParent()) {
                up.setExpanded(true);
            }
            tree.setRoot(root);
            tree.getSelectionModel().select(select);
        } finally {
            rebuilding = false;
        }
    }

    /**
     * A unit's name, shortened with "…" at the divider rather than running under it, and whole in its tooltip: the
     * cell is as wide as the tree (no side-scrolling to read a deep unit).
     */
    private final class UnitCell extends TreeCell<Unit> {
        private final Tooltip whole = new Tooltip();

        UnitCell() {
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Unit unit, boolean empty) {
            super.updateItem(unit, empty);
            getStyleClass().remove("text-muted");
            if (empty) {
                setText(null);
            } else if (unit == null) {
                setText(ui.text("roster.allUnits"));
            } else {
                setText(unit.displayName().equals(unit.name()) ? unit.name() : unit.name() + " (" + unit.code() + ")");
                if (unit.dissolved()) {
                    setText(getText() + " — " + ui.text("unit.dissolved"));
                    getStyleClass().add("text-muted");
                }
            }
            whole.setText(getText());
            setTooltip(getText() == null ? null : whole);
        }
    }
}
