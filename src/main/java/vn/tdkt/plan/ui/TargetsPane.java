package vn.tdkt.plan.ui;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.plan.Measure;
import vn.tdkt.plan.TargetStatus;
import vn.tdkt.plan.TargetView;
import vn.tdkt.ui.UiContext;

/** Chỉ tiêu: the targets with their latest figure and status (behind schedule highlighted), the editor and the progress line. */
final class TargetsPane extends SplitPane {
    private final UiContext ui;
    private final PlanViewModel model;

    TargetsPane(PlanViewModel model, Consumer<Runnable> guarded) {
        this.ui = model.ui();
        this.model = model;
        TableView<TargetView> table = new TableView<>(model.targets());
        table.setId("plan-targets");
        table.getColumns().setAll(List.of(
                PlanFormPane.column(ui, "plan.column.target", 220, (TargetView t) -> t.target().text()),
                PlanFormPane.column(ui, "plan.column.unit", 115, (TargetView t) -> t.unitName() == null ? ui.text("plan.wholeUnit") : t.unitName()),
                PlanFormPane.column(ui, "plan.column.level", 140, (TargetView t) -> level(t)),
                PlanFormPane.column(ui, "plan.column.latest", 165, (TargetView t) -> t.latest() == null ? ""
                        : figure(t.target().measure(), t.latest().value()) + " (" + VietnameseDates.shortForm(t.latest().recordedOn()) + ")"),
                PlanFormPane.column(ui, "plan.column.status", 140, (TargetView t) -> ui.text(t.status().messageKey()))));
        // Short columns keep their whole text at 1366 px; the target's wording gives up width (the editor shows it whole).
        table.getColumns().stream().skip(1).forEach(c -> c.setMinWidth(c.getPrefWidth()));
        table.getColumns().getFirst().setMinWidth(150);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        table.setRowFactory(view -> new TableRow<>() {
            @Override
            protected void updateItem(TargetView item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().remove("plan-behind");
                if (!empty && item != null && item.status() == TargetStatus.BEHIND) {
                    getStyleClass().add("plan-behind");
                }
            }
        });
        Label empty = new Label(ui.text("plan.targets.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.editingTargetProperty().set(after);
            }
        });
        MenuItem delete = new MenuItem(ui.text("plan.action.delete"));
        delete.setOnAction(e -> {
            TargetView chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                guarded.accept(() -> model.deleteTarget(chosen, () -> { }));
            }
        });
        table.setContextMenu(new ContextMenu(delete));

        FormGrid editor = new FormGrid(ui, "target");
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.when(model.editingTargetProperty().isNull())
                .then(ui.text("plan.target.new")).otherwise(ui.text("plan.target.edit")));
        editor.full(title);
        editor.text("text", "plan.field.targetText", true, model.targetTextProperty());
        ObservableList<Unit> units = FXCollections.observableArrayList();
        model.units().addListener((ListChangeListener<UnitNode>) c -> {
            List<Unit> open = model.units().stream().map(UnitNode::unit).filter(u -> !u.dissolved()).toList();
            units.setAll(open);
            units.addFirst(null);
        });
        editor.choice("unit", "plan.field.targetUnit", units, Unit::name, model.targetUnitProperty())
                .setPromptText(ui.text("plan.wholeUnit"));
        editor.choice("measure", "plan.field.measure", FXCollections.observableArrayList(Measure.values()), m -> ui.text(m.messageKey()),
                model.targetMeasureProperty());
        TextField value = editor.text("value", "plan.field.targetValue", false, model.targetValueProperty());
        value.setPromptText(ui.text("plan.valuePrompt"));
        editor.check(value, model::targetValueError);
        model.targetMeasureProperty().addListener((obs, b, a) -> editor.revalidate());
        Button save = new Button(ui.text("plan.action.saveTarget"));
        save.setId("target-save");
        save.getStyleClass().add("accent");
        save.disableProperty().bind(model.hasPlanProperty().not());
        save.setOnAction(e -> guarded.accept(() -> model.saveTarget(() -> { })));
        Button add = new Button(ui.text("plan.action.newTarget"));
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.newTarget();
        });
        editor.full(new HBox(8, save, add));

        Label progressTitle = new Label(ui.text("plan.section.progress"));
        progressTitle.getStyleClass().add("section-title");
        editor.full(progressTitle);
        editor.date("progressDate", "plan.field.progressDate", false, model.progressDateProperty());
        editor.text("progressValue", "plan.field.progressValue", false, model.progressValueProperty());
        editor.text("progressNote", "plan.field.progressNote", false, model.progressNoteProperty());
        Button record = new Button(ui.text("plan.action.recordProgress"));
        record.setId("target-record");
        record.disableProperty().bind(model.editingTargetProperty().isNull());
        record.setOnAction(e -> guarded.accept(() -> model.recordProgress(() -> { })));
        editor.full(record);

        VBox left = new VBox(8, table);
        left.setPadding(new Insets(8));
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        ScrollPane right = new ScrollPane(editor);
        right.setFitToWidth(true);
        right.setPadding(new Insets(8));
        right.getStyleClass().add("edge-to-edge");
        getItems().setAll(left, right);
        setDividerPositions(0.68);
    }

    private String level(TargetView t) {
        if (t.target().targetValue() == null) {
            return "";
        }
        return t.target().measure() == Measure.YES_NO ? ui.text("plan.done") : "≥ " + figure(t.target().measure(), t.target().targetValue());
    }

    private String figure(Measure measure, double value) {
        return switch (measure) {
            case PERCENT -> VietnameseNumbers.decimal(value, value % 1 == 0 ? 0 : 1) + "%";
            case YES_NO -> ui.text(value >= 1 ? "plan.done" : "plan.notDone");
            default -> VietnameseNumbers.grouped(Math.round(value));
        };
    }
}
