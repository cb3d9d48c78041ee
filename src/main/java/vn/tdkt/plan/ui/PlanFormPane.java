package vn.tdkt.plan.ui;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.CheckComboBox;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.plan.Movement;
import vn.tdkt.plan.MovementKind;
import vn.tdkt.plan.Programme;
import vn.tdkt.ui.UiContext;

/** The plan itself (left) and its movements and phases (right): a timeline of the year, the list, the editor. */
final class PlanFormPane extends SplitPane {
    private final UiContext ui;
    private final PlanViewModel model;
    private final Consumer<Runnable> guarded;

    PlanFormPane(PlanViewModel model, Consumer<Runnable> guarded) {
        this.ui = model.ui();
        this.model = model;
        this.guarded = guarded;
        getItems().setAll(planForm(), movements());
        setDividerPositions(0.42);
    }

    private ScrollPane planForm() {
        FormGrid grid = new FormGrid(ui, "plan");
        Label title = new Label(ui.text("plan.section.plan"));
        title.getStyleClass().add("section-title");
        grid.full(title);
        grid.text("title", "plan.field.title", true, model.titleProperty());
        grid.choice("programme", "plan.field.programme", model.programmes(), Programme::name, model.programmeProperty());
        grid.text("theme", "plan.field.theme", false, model.themeProperty());
        grid.text("motto", "plan.field.motto", false, model.mottoProperty());
        grid.area("goals", "plan.field.goals", model.goalsProperty());
        grid.text("number", "plan.field.number", false, model.numberProperty());
        TextField issued = grid.date("issuedOn", "plan.field.issuedOn", false, model.issuedOnProperty());
        grid.check(issued, () -> dateProblem(model.issuedOnProperty().get(), "plan.field.issuedOn"));
        TextField due = grid.date("registrationDue", "plan.field.registrationDue", false, model.registrationDueProperty());
        grid.check(due, () -> dateProblem(model.registrationDueProperty().get(), "plan.field.registrationDue"));
        TextField midterm = grid.date("midtermDate", "plan.field.midtermDate", false, model.midtermDateProperty());
        grid.check(midterm, () -> dateProblem(model.midtermDateProperty().get(), "plan.field.midtermDate"));
        grid.text("midtermNumber", "plan.field.midtermNumber", false, model.midtermNumberProperty());
        grid.area("midtermLessons", "plan.field.midtermLessons", model.midtermLessonsProperty());
        grid.area("midtermRecommendations", "plan.field.midtermRecommendations", model.midtermRecommendationsProperty());
        TextField yearEnd = grid.date("yearEndDate", "plan.field.yearEndDate", false, model.yearEndDateProperty());
        grid.check(yearEnd, () -> dateProblem(model.yearEndDateProperty().get(), "plan.field.yearEndDate"));
        grid.text("yearEndNumber", "plan.field.yearEndNumber", false, model.yearEndNumberProperty());
        grid.area("yearEndLessons", "plan.field.yearEndLessons", model.yearEndLessonsProperty());
        grid.area("yearEndRecommendations", "plan.field.yearEndRecommendations", model.yearEndRecommendationsProperty());
        Label hint = new Label();
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.textProperty().bind(Bindings.when(model.hasPlanProperty()).then(ui.text("plan.hint.saved")).otherwise(ui.text("plan.hint.new")));
        grid.full(hint);
        Button programme = new Button(ui.text("plan.action.addProgramme"));
        programme.setOnAction(e -> guarded.accept(() -> addProgramme()));
        grid.full(programme);
        VBox box = new VBox(10, grid);
        box.setPadding(new Insets(8));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    /** Adds the programme of five years starting with the working year ("giai đoạn 2026 - 2030"). */
    private void addProgramme() {
        int first = model.yearProperty().get();
        model.addProgramme(ui.text("plan.programme.defaultName", first, first + 4), first, first + 4, () -> { });
    }

    private String dateProblem(String text, String fieldKey) {
        try {
            PlanViewModel.date(text, fieldKey);
            return null;
        } catch (RuntimeException bad) {
            return ui.messages().describe(bad);
        }
    }

    private VBox movements() {
        PhaseTimeline timeline = new PhaseTimeline(ui, model.movements());
        timeline.setId("plan-timeline");
        model.yearProperty().addListener((obs, before, after) -> timeline.year(after == null ? 0 : after));
        if (model.yearProperty().get() != null) {
            timeline.year(model.yearProperty().get());
        }

        TableView<Movement> table = new TableView<>(model.movements());
        table.setId("plan-movements");
        TableColumn<Movement, String> kind = column(ui, "plan.column.kind", 125, m -> ui.text(m.kind().messageKey()));
        TableColumn<Movement, String> period = column(ui, "plan.column.period", 200,
                m -> VietnameseDates.shortForm(m.start()) + " – " + VietnameseDates.shortForm(m.end()));
        // The kind and the dates keep their whole text at 1366 px; the name gives up width (the form below shows it whole).
        kind.setMinWidth(125);
        period.setMinWidth(200);
        table.getColumns().setAll(java.util.List.of(kind, column(ui, "plan.column.name", 300, Movement::name), period));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_NEXT_COLUMN);
        Label empty = new Label(ui.text("plan.movements.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        table.setPrefHeight(150);
        table.setMinHeight(120);
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.editingMovementProperty().set(after);
            }
        });
        MenuItem delete = new MenuItem(ui.text("plan.action.delete"));
        delete.setOnAction(e -> {
            Movement chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                guarded.accept(() -> model.deleteMovement(chosen, () -> { }));
            }
        });
        table.setContextMenu(new ContextMenu(delete));

        FormGrid editor = new FormGrid(ui, "movement");
        Label title = new Label();
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.when(model.editingMovementProperty().isNull())
                .then(ui.text("plan.movement.new")).otherwise(ui.text("plan.movement.edit")));
        editor.full(title);
        editor.text("name", "plan.field.movementName", true, model.movementNameProperty());
        javafx.collections.ObservableList<MovementKind> kinds = javafx.collections.FXCollections.observableArrayList(MovementKind.values());
        editor.choice("kind", "plan.field.kind", kinds, k -> ui.text(k.messageKey()), model.movementKindProperty());
        TextField start = editor.date("start", "plan.field.start", true, model.movementStartProperty());
        TextField end = editor.date("end", "plan.field.end", true, model.movementEndProperty());
        editor.check(start, model::movementDatesError);
        editor.check(end, model::movementDatesError);
        start.textProperty().addListener((obs, b, a) -> editor.revalidate());
        end.textProperty().addListener((obs, b, a) -> editor.revalidate());
        model.yearProperty().addListener((obs, b, a) -> editor.revalidate());
        CheckComboBox<Unit> scope = new CheckComboBox<>();
        scope.setConverter(DisplayConverter.of(Unit::name));
        model.units().addListener((ListChangeListener<UnitNode>) c -> scope.getItems().setAll(
                model.units().stream().map(UnitNode::unit).filter(u -> !u.dissolved()).toList()));
        editor.add("scope", "plan.field.scope", false, scope);
        syncScope(scope);
        editor.area("content", "plan.field.content", model.movementContentProperty());
        editor.area("criteria", "plan.field.criteria", model.movementCriteriaProperty());
        Button add = new Button(ui.text("plan.action.newMovement"));
        add.setId("movement-new");
        add.setOnAction(e -> {
            table.getSelectionModel().clearSelection();
            model.newMovement();
        });
        Button saveMovement = new Button(ui.text("plan.action.saveMovement"));
        saveMovement.setId("movement-save");
        saveMovement.getStyleClass().add("accent");
        saveMovement.disableProperty().bind(model.hasPlanProperty().not());
        saveMovement.setOnAction(e -> guarded.accept(() -> model.saveMovement(table.getSelectionModel()::clearSelection)));
        // The buttons stay in sight below the editor however far it is scrolled.
        HBox buttons = new HBox(8, saveMovement, add);

        ScrollPane editorScroll = new ScrollPane(editor);
        editorScroll.setFitToWidth(true);
        editorScroll.getStyleClass().add("edge-to-edge");
        VBox.setVgrow(editorScroll, Priority.ALWAYS);
        Label timelineTitle = new Label(ui.text("plan.section.timeline"));
        timelineTitle.getStyleClass().add("section-title");
        VBox box = new VBox(8, timelineTitle, timeline, table, editorScroll, buttons);
        box.setPadding(new Insets(8));
        return box;
    }

    /** Keeps the scope picker and the model's scope list the same both ways. */
    private void syncScope(CheckComboBox<Unit> scope) {
        boolean[] syncing = {false};
        model.movementScope().addListener((ListChangeListener<Unit>) c -> {
            if (syncing[0]) {
                return;
            }
            syncing[0] = true;
            scope.getCheckModel().clearChecks();
            for (Unit unit : model.movementScope()) {
                scope.getItems().stream().filter(u -> u.id().equals(unit.id())).findFirst().ifPresent(u -> scope.getCheckModel().check(u));
            }
            syncing[0] = false;
        });
        scope.getCheckModel().getCheckedItems().addListener((ListChangeListener<Unit>) c -> {
            if (!syncing[0]) {
                syncing[0] = true;
                model.movementScope().setAll(scope.getCheckModel().getCheckedItems());
                syncing[0] = false;
            }
        });
    }

    /** A text column sorted the Vietnamese way. */
    static <T> TableColumn<T, String> column(UiContext ui, String key, double width, java.util.function.Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(ui.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setComparator(java.util.Comparator.nullsFirst(vn.tdkt.core.VietnameseNames.textOrder()));
        return column;
    }
}
