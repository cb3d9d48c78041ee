package vn.tdkt.plan.ui;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.plan.Block;
import vn.tdkt.plan.Pledge;
import vn.tdkt.plan.PlanText;
import vn.tdkt.ui.UiContext;

/** Khối thi đua of the year (members, trưởng khối) and the giao ước signed inside them. */
final class BlocksPane extends GridPane {
    private final UiContext ui;
    private final PlanViewModel model;
    private final Consumer<Runnable> guarded;
    private final Map<String, Unit> unitsById = new HashMap<>();

    BlocksPane(PlanViewModel model, Consumer<Runnable> guarded) {
        super(12, 8);
        this.ui = model.ui();
        this.model = model;
        this.guarded = guarded;
        model.units().addListener((ListChangeListener<UnitNode>) c -> {
            unitsById.clear();
            model.units().forEach(n -> unitsById.put(n.unit().id(), n.unit()));
        });
        setPadding(new Insets(8));
        javafx.scene.layout.ColumnConstraints half = new javafx.scene.layout.ColumnConstraints();
        half.setPercentWidth(50);
        getColumnConstraints().setAll(half, half);
        add(blocks(), 0, 0);
        add(pledges(), 1, 0);
    }

    private String name(String unitId) {
        Unit unit = unitsById.get(unitId);
        return unit == null ? "" : unit.name();
    }

    private ScrollPane blocks() {
        TableView<Block> table = new TableView<>(model.blocks());
        table.setId("plan-blocks");
        // The head's column holds a unit's name whole ("Ban Tham mưu"), as the pledges' date column holds dd/MM/yyyy.
        table.getColumns().setAll(List.of(
                PlanFormPane.column(ui, "plan.column.block", 140, (Block b) -> b.name()),
                PlanFormPane.column(ui, "plan.column.head", 130, (Block b) -> name(b.headUnitId())),
                PlanFormPane.column(ui, "plan.column.members", 260, (Block b) -> String.join(", ", b.memberUnitIds().stream().map(this::name).toList()))));
        Label empty = new Label(ui.text("plan.blocks.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setPrefHeight(200);

        StringProperty blockName = new SimpleStringProperty("");
        ObjectProperty<Unit> head = new SimpleObjectProperty<>();
        FormGrid editor = new FormGrid(ui, "block");
        editor.text("name", "plan.field.blockName", true, blockName);
        CheckComboBox<Unit> members = units();
        editor.add("members", "plan.field.members", true, members);
        ObservableList<Unit> headChoices = FXCollections.observableArrayList();
        members.getCheckModel().getCheckedItems().addListener((ListChangeListener<Unit>) c -> headChoices.setAll(members.getCheckModel().getCheckedItems()));
        editor.choice("head", "plan.field.head", headChoices, Unit::name, head);
        ObjectProperty<Block> editing = new SimpleObjectProperty<>();
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            editing.set(after);
            blockName.set(after == null ? "" : after.name());
            members.getCheckModel().clearChecks();
            if (after != null) {
                members.getItems().stream().filter(u -> after.memberUnitIds().contains(u.id())).forEach(u -> members.getCheckModel().check(u));
                head.set(members.getItems().stream().filter(u -> u.id().equals(after.headUnitId())).findFirst().orElse(null));
            }
        });
        Button save = new Button(ui.text("plan.action.saveBlock"));
        save.setId("block-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> guarded.accept(() -> model.saveBlock(new Block(editing.get() == null ? null : editing.get().id(),
                model.yearProperty().get(), blockName.get(), head.get() == null ? null : head.get().id(),
                members.getCheckModel().getCheckedItems().stream().map(Unit::id).toList()), () -> { })));
        Button fresh = new Button(ui.text("plan.action.newBlock"));
        fresh.setOnAction(e -> table.getSelectionModel().clearSelection());
        MenuItem delete = new MenuItem(ui.text("plan.action.delete"));
        delete.setOnAction(e -> {
            Block chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                guarded.accept(() -> model.deleteBlock(chosen, () -> { }));
            }
        });
        table.setContextMenu(new ContextMenu(delete));
        editor.full(new HBox(8, save, fresh));
        Label title = new Label(ui.text("plan.section.blocks"));
        title.getStyleClass().add("section-title");
        return scroll(new VBox(8, title, table, editor));
    }

    private ScrollPane pledges() {
        TableView<Pledge> table = new TableView<>(model.pledges());
        table.setId("plan-pledges");
        table.getColumns().setAll(List.of(
                PlanFormPane.column(ui, "plan.column.signedOn", 100, (Pledge p) -> VietnameseDates.shortForm(p.signedOn())),
                PlanFormPane.column(ui, "plan.column.pledge", 210, (Pledge p) -> p.title()),
                PlanFormPane.column(ui, "plan.column.parties", 200, (Pledge p) -> String.join(", ", p.partyUnitIds().stream().map(this::name).toList()))));
        Label empty = new Label(ui.text("plan.pledges.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setPrefHeight(200);
        MenuItem delete = new MenuItem(ui.text("plan.action.delete"));
        delete.setOnAction(e -> {
            Pledge chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                guarded.accept(() -> model.deletePledge(chosen, () -> { }));
            }
        });
        table.setContextMenu(new ContextMenu(delete));

        ObjectProperty<Block> block = new SimpleObjectProperty<>();
        StringProperty title = new SimpleStringProperty("");
        StringProperty signed = new SimpleStringProperty("");
        StringProperty commitments = new SimpleStringProperty("");
        FormGrid editor = new FormGrid(ui, "pledge");
        editor.choice("block", "plan.field.block", model.blocks(), Block::name, block);
        editor.text("title", "plan.field.pledgeTitle", true, title);
        editor.date("signedOn", "plan.field.signedOn", true, signed);
        CheckComboBox<Unit> parties = new CheckComboBox<>();
        parties.setConverter(DisplayConverter.of(Unit::name));
        block.addListener((obs, before, after) -> {
            parties.getCheckModel().clearChecks();
            parties.getItems().setAll(after == null ? List.of() : after.memberUnitIds().stream().map(unitsById::get).filter(u -> u != null).toList());
            if (after != null && title.get().isBlank()) {
                title.set(ui.text("plan.pledge.defaultTitle", after.name().toLowerCase(java.util.Locale.ROOT), after.year()));
            }
        });
        editor.add("parties", "plan.field.parties", true, parties);
        editor.area("commitments", "plan.field.commitments", commitments);
        Button add = new Button(ui.text("plan.action.addPledge"));
        add.setId("pledge-add");
        add.getStyleClass().add("accent");
        add.setOnAction(e -> guarded.accept(() -> model.addPledge(new Pledge(null, model.yearProperty().get(),
                block.get() == null ? null : block.get().id(), title.get(), PlanViewModel.date(signed.get(), "plan.field.signedOn"),
                parties.getCheckModel().getCheckedItems().stream().map(Unit::id).toList(), PlanText.lines(commitments.get())), () -> {
                    title.set("");
                    commitments.set("");
                })));
        editor.full(add);
        Label heading = new Label(ui.text("plan.section.pledges"));
        heading.getStyleClass().add("section-title");
        return scroll(new VBox(8, heading, table, editor));
    }

    private CheckComboBox<Unit> units() {
        CheckComboBox<Unit> box = new CheckComboBox<>();
        box.setConverter(DisplayConverter.of(Unit::name));
        model.units().addListener((ListChangeListener<UnitNode>) c -> box.getItems().setAll(
                model.units().stream().map(UnitNode::unit).filter(u -> !u.dissolved()).toList()));
        return box;
    }

    private static ScrollPane scroll(VBox content) {
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }
}
