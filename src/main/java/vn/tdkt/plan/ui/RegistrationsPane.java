package vn.tdkt.plan.ui;

import java.io.File;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.plan.Coverage;
import vn.tdkt.plan.RegistrationLine;
import vn.tdkt.ui.UiContext;

/**
 * Đăng ký thi đua: pick a unit, see the coverage of the units below it as bars, the registrations, and
 * who has not registered; register the whole unit in one action (the people picked in the list for the
 * higher title), then adjust one by one; export the list to Excel for a unit to fill in and import it back.
 */
final class RegistrationsPane extends SplitPane {
    private final UiContext ui;
    private final RegistrationViewModel model;
    private final Consumer<Runnable> guarded;
    private final StringProperty editTitle = new SimpleStringProperty();
    private final StringProperty editInitiatives = new SimpleStringProperty("");
    private final StringProperty unitTitle = new SimpleStringProperty();

    RegistrationsPane(RegistrationViewModel model, ObservableList<UnitNode> tree, Consumer<Runnable> guarded) {
        this.ui = model.ui();
        this.model = model;
        this.guarded = guarded;
        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("registration-unit");
        unit.setPromptText(ui.text("plan.registration.allUnits"));
        unit.setConverter(DisplayConverter.of(u -> u.code() + " — " + u.name()));
        tree.addListener((ListChangeListener<UnitNode>) c -> {
            Unit chosen = unit.getValue();
            unit.getItems().setAll(tree.stream().map(UnitNode::unit).filter(u -> !u.dissolved()).toList());
            unit.getItems().addFirst(null);
            unit.setValue(chosen == null ? null : unit.getItems().stream().filter(u -> u != null && u.id().equals(chosen.id())).findFirst().orElse(null));
        });
        unit.valueProperty().bindBidirectional(model.unitProperty());
        Button export = new Button(ui.text("plan.registration.export"));
        export.setId("registration-export");
        export.setOnAction(e -> export());
        Button importFile = new Button(ui.text("plan.registration.import"));
        importFile.setId("registration-import");
        importFile.setOnAction(e -> importFile());
        Label unitLabel = new Label(ui.text("plan.registration.unit"));
        unitLabel.setLabelFor(unit);
        Label summary = new Label();
        summary.setId("registration-summary");
        summary.getStyleClass().add("text-muted");
        summary.textProperty().bind(model.summaryProperty());
        for (javafx.scene.control.Control fixed : List.of(unitLabel, export, importFile)) {
            fixed.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        HBox top = new HBox(8, unitLabel, unit, export, importFile);
        top.setAlignment(Pos.CENTER_LEFT);

        VBox left = new VBox(8, top, summary, chart(), registrations());
        left.setPadding(new Insets(8));
        ScrollPane right = new ScrollPane(missing());
        right.setFitToWidth(true);
        right.getStyleClass().add("edge-to-edge");
        getItems().setAll(left, right);
        setDividerPositions(0.64);
    }

    /**
     * One bar across per unit, its name at the left: standing bars turned the units' names on end, and at 720 px high
     * the names took the whole chart and left no room for the bars.
     */
    private BarChart<Number, String> chart() {
        CategoryAxis units = new CategoryAxis();
        NumberAxis share = new NumberAxis(0, 100, 20);
        share.setLabel(ui.text("plan.registration.coverageAxis"));
        BarChart<Number, String> chart = new BarChart<>(share, units);
        chart.setId("registration-coverage");
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setTitle(ui.text("plan.registration.coverage"));
        chart.setPrefHeight(220);
        chart.setMinHeight(180);
        model.coverage().addListener((ListChangeListener<Coverage>) c -> {
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            // The axis draws its first category at the bottom: the units go in backwards to read from the top.
            for (Coverage coverage : model.coverage().reversed()) {
                series.getData().add(new XYChart.Data<>(coverage.share(), coverage.unitName()));
            }
            chart.getData().setAll(List.of(series));
            // A line of about 24 px per unit, else the axis leaves names out; the table below keeps the rest of the height.
            double height = Math.clamp(130 + 24.0 * model.coverage().size(), 180, 320);
            chart.setPrefHeight(height);
            chart.setMinHeight(height);
        });
        return chart;
    }

    private VBox registrations() {
        TableView<RegistrationLine> table = new TableView<>(model.lines());
        table.setId("registration-table");
        javafx.scene.control.TableColumn<RegistrationLine, String> who = PlanFormPane.column(ui, "plan.column.who", 190, RegistrationLine::name);
        who.setComparator(java.util.Comparator.nullsFirst(vn.tdkt.core.VietnameseNames.nameOrder()));
        table.getColumns().setAll(List.of(who,
                PlanFormPane.column(ui, "plan.column.unit", 130, (RegistrationLine l) -> l.registration().forPerson() ? l.unitName() : ui.text("plan.registration.collective")),
                PlanFormPane.column(ui, "plan.column.title", 170, (RegistrationLine l) -> l.registration().title()),
                PlanFormPane.column(ui, "plan.column.initiatives", 200, (RegistrationLine l) -> l.registration().initiatives() == null ? ""
                        : l.registration().initiatives().replace('\n', ';'))));
        Label empty = new Label(ui.text("plan.registration.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add("empty-state");
        table.setPlaceholder(empty);
        VBox.setVgrow(table, Priority.ALWAYS);
        MenuItem delete = new MenuItem(ui.text("plan.action.delete"));
        delete.setOnAction(e -> {
            RegistrationLine chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                guarded.accept(() -> model.delete(chosen, () -> { }));
            }
        });
        table.setContextMenu(new ContextMenu(delete));

        ComboBox<String> title = new ComboBox<>();
        title.setId("registration-editTitle");
        title.setPrefWidth(220);
        title.valueProperty().bindBidirectional(editTitle);
        javafx.scene.control.TextField initiatives = new javafx.scene.control.TextField();
        initiatives.setId("registration-editInitiatives");
        initiatives.setPromptText(ui.text("plan.field.initiatives"));
        initiatives.textProperty().bindBidirectional(editInitiatives);
        HBox.setHgrow(initiatives, Priority.ALWAYS);
        Button save = new Button(ui.text("action.save"));
        save.setId("registration-editSave");
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            save.setDisable(after == null);
            if (after != null) {
                title.getItems().setAll(after.registration().forPerson() ? model.titles() : model.unitTitles());
                editTitle.set(after.registration().title());
                editInitiatives.set(after.registration().initiatives() == null ? "" : after.registration().initiatives());
            }
        });
        save.setDisable(true);
        save.setOnAction(e -> {
            RegistrationLine chosen = table.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                guarded.accept(() -> model.update(chosen, editTitle.get(), editInitiatives.get(), () -> { }));
            }
        });
        HBox edit = new HBox(8, title, initiatives, save);
        edit.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, table, edit);
    }

    private VBox missing() {
        Label heading = new Label(ui.text("plan.registration.missing"));
        heading.getStyleClass().add("section-title");
        ListView<RosterEntry> list = new ListView<>(model.missing());
        list.setId("registration-missing");
        list.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(RosterEntry item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.person().fullName() + " — " + nullToEmpty(item.person().details().position())
                        + ", " + item.unitName());
            }
        });
        Label none = new Label(ui.text("plan.registration.allRegistered"));
        none.setWrapText(true);
        none.getStyleClass().add("empty-state");
        list.setPlaceholder(none);
        list.setPrefHeight(200);
        Label hint = new Label(ui.text("plan.registration.bulkHint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        FormGrid bulk = new FormGrid(ui, "registration");
        bulk.choice("base", "plan.registration.baseTitle", model.titles(), t -> t, model.baseTitleProperty());
        bulk.choice("chosen", "plan.registration.chosenTitle", model.titles(), t -> t, model.chosenTitleProperty());
        Button register = new Button(ui.text("plan.registration.bulk"));
        register.setId("registration-bulk");
        register.getStyleClass().add("accent");
        register.disableProperty().bind(model.unitProperty().isNull());
        register.setOnAction(e -> guarded.accept(() -> model.registerWholeUnit(List.copyOf(list.getSelectionModel().getSelectedItems()), () -> { })));
        Button one = new Button(ui.text("plan.registration.one"));
        one.setId("registration-one");
        one.setOnAction(e -> {
            RosterEntry chosen = list.getSelectionModel().getSelectedItem();
            if (chosen != null) {
                guarded.accept(() -> model.registerPerson(chosen, model.baseTitleProperty().get(), null, () -> { }));
            }
        });
        // Side by side they were cut to "Đăng ký cả đ…" at 1280 px; the second goes under the first when there is no room.
        register.setMinWidth(Region.USE_PREF_SIZE);
        one.setMinWidth(Region.USE_PREF_SIZE);
        bulk.full(new FlowPane(8, 8, register, one));

        Label unitHeading = new Label(ui.text("plan.registration.unitOwn"));
        unitHeading.getStyleClass().add("section-title");
        FormGrid own = new FormGrid(ui, "registration-own");
        own.choice("title", "plan.field.unitTitle", model.unitTitles(), t -> t, unitTitle);
        Button registerUnit = new Button(ui.text("plan.registration.registerUnit"));
        registerUnit.setId("registration-registerUnit");
        registerUnit.disableProperty().bind(model.unitProperty().isNull().or(unitTitle.isNull()));
        registerUnit.setOnAction(e -> guarded.accept(() -> model.registerUnit(model.unitProperty().get(), unitTitle.get(), () -> { })));
        own.full(registerUnit);

        VBox box = new VBox(8, heading, list, hint, bulk, unitHeading, own);
        box.setPadding(new Insets(8));
        return box;
    }

    private void export() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("plan.registration.export"));
        Unit unit = model.unitProperty().get();
        chooser.setInitialFileName(VietnameseText.fileSafe("Dang-ky-thi-dua-" + model.yearProperty().get() + "-"
                + (unit == null ? model.ownCode() : unit.code())) + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            guarded.accept(() -> model.export(file.toPath()));
        }
    }

    private void importFile() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("plan.registration.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx", "*.xls"));
        File file = chooser.showOpenDialog(getScene().getWindow());
        if (file != null) {
            guarded.accept(() -> model.importFile(file.toPath(), () -> { }));
        }
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

}
