package vn.tdkt.org.ui;

import java.io.File;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.org.RosterExporter;
import vn.tdkt.org.OrgServices;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Đơn vị &amp; quân số: the unit tree beside the roster table (virtualized, filtered as the officer
 * types), a side panel to add, edit, transfer or mark a person as left, and Excel import and export.
 */
public final class RosterPage implements Page {
    private final UiContext ui;
    private final OrgServices services;
    private final RosterViewModel model;
    private final PersonFormModel form;
    private final TextField search = new TextField();
    private final TreeView<Unit> tree = new TreeView<>();
    private final TableView<RosterEntry> table = new TableView<>();
    private final Button addPerson = new Button();
    private final Button addUnit = new Button();
    private final Button importExcel = new Button();
    private final Button exportExcel = new Button();
    private final Button choices = new Button();
    private boolean rebuildingTree;

    public RosterPage(UiContext ui, OrgServices services, RosterExporter exporter) {
        this.ui = ui;
        this.services = services;
        this.model = new RosterViewModel(ui, services, exporter);
        this.form = new PersonFormModel(services.roster());
        button(addPerson, "roster-add", "roster.action.addPerson", Material2MZ.PERSON_ADD, this::newPerson);
        addPerson.getStyleClass().add("accent");
        button(addUnit, "roster-addUnit", "roster.action.addUnit", Material2AL.ACCOUNT_TREE, () -> addUnit(selectedUnit()));
        button(importExcel, "roster-import", "roster.action.import", Material2AL.FILE_UPLOAD, this::importExcel);
        button(exportExcel, "roster-export", "roster.action.export", Material2MZ.SAVE_ALT, this::exportExcel);
        button(choices, "roster-choices", "roster.action.choices", Material2AL.LIST, this::editChoices);
    }

    private void button(Button button, String id, String textKey, Ikon icon, Runnable action) {
        button.setId(id);
        button.setText(ui.text(textKey));
        button.setGraphic(new FontIcon(icon));
        button.setOnAction(e -> action.run());
    }

    @Override
    public String id() {
        return "roster";
    }

    @Override
    public String titleKey() {
        return "page.roster";
    }

    @Override
    public Ikon icon() {
        return Material2AL.GROUPS;
    }

    @Override
    public List<Button> actions() {
        return List.of(addPerson, addUnit, importExcel, exportExcel, choices);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), search::requestFocus,
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newPerson,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
    }

    @Override
    public Node content() {
        SplitPane split = new SplitPane(treePane(), tablePane(), new PersonPanel(ui, form, model.unitTree(), model.ranks(),
                model.positions(), model.categories(), this::save, this::afterChange));
        split.setDividerPositions(0.22, 0.66);
        model.unitTree().addListener((ListChangeListener<UnitNode>) c -> rebuildTree());
        rebuildTree();
        return split;
    }

    private Node treePane() {
        tree.setId("roster-units");
        tree.setShowRoot(true);
        tree.setCellFactory(view -> new TreeCell<>() {
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
            }
        });
        tree.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (!rebuildingTree) {
                model.selectedUnitProperty().set(after == null ? null : after.getValue());
            }
        });
        MenuItem child = new MenuItem(ui.text("unit.action.addChild"));
        child.setOnAction(e -> addUnit(selectedUnit()));
        MenuItem edit = new MenuItem(ui.text("unit.action.edit"));
        edit.setOnAction(e -> editUnit());
        MenuItem move = new MenuItem(ui.text("unit.action.move"));
        move.setOnAction(e -> moveUnit());
        MenuItem dissolve = new MenuItem(ui.text("unit.action.dissolve"));
        dissolve.setOnAction(e -> {
            Unit unit = selectedUnit();
            if (unit != null) {
                guarded(() -> model.dissolveUnit(unit));
            }
        });
        tree.setContextMenu(new ContextMenu(child, edit, move, dissolve));
        VBox.setVgrow(tree, Priority.ALWAYS);
        VBox box = new VBox(tree);
        box.setMinWidth(200);
        return box;
    }

    private void rebuildTree() {
        rebuildingTree = true;
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
                item.setExpanded(node.depth() < 2);
                (path.isEmpty() ? root : path.peek()).getChildren().add(item);
                path.push(item);
                if (selected != null && selected.id().equals(node.unit().id())) {
                    select = item;
                }
            }
            tree.setRoot(root);
            tree.getSelectionModel().select(select);
        } finally {
            rebuildingTree = false;
        }
    }

    private Node tablePane() {
        search.setId("roster-search");
        search.setPromptText(ui.text("roster.search.prompt"));
        search.textProperty().bindBidirectional(model.searchProperty());
        ComboBox<String> rank = filter(model.ranks(), "roster.filter.allRanks");
        rank.valueProperty().bindBidirectional(model.rankProperty());
        ComboBox<String> category = filter(model.categories(), "roster.filter.allCategories");
        category.valueProperty().bindBidirectional(model.categoryProperty());
        CheckBox left = new CheckBox(ui.text("roster.filter.includeLeft"));
        left.selectedProperty().bindBidirectional(model.includeLeftProperty());
        HBox filters = new HBox(8, rank, category, left);
        filters.setAlignment(Pos.CENTER_LEFT);

        table.setId("roster-table");
        table.setTableMenuButtonVisible(true);
        table.setItems(model.people());
        table.getColumns().setAll(List.of(
                column("roster.field.full_name", 190, e -> e.person().fullName(), VietnameseNames.nameOrder()),
                column("roster.field.rank", 90, e -> e.person().details().rank(), VietnameseNames.textOrder()),
                column("roster.field.position", 140, e -> e.person().details().position(), VietnameseNames.textOrder()),
                column("roster.field.unit_name", 150, e -> e.unitName() + " (" + e.unitCode() + ")", VietnameseNames.textOrder()),
                column("roster.field.birth_date", 90, e -> RosterDates.format(e.person().details().birth()), null),
                column("roster.field.category", 90, e -> e.person().details().category(), VietnameseNames.textOrder()),
                column("roster.column.status", 80, this::status, VietnameseNames.textOrder())));
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(24));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().setSelectionMode(javafx.scene.control.SelectionMode.MULTIPLE);
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null && (form.editingProperty().get() == null || !form.editingProperty().get().id().equals(after.person().id()))) {
                form.edit(after);
            }
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                markSelectedLeft();
            }
        });
        MenuItem edit = new MenuItem(ui.text("roster.action.edit"));
        edit.setOnAction(e -> {
            RosterEntry entry = table.getSelectionModel().getSelectedItem();
            if (entry != null) {
                form.edit(entry);
            }
        });
        MenuItem markLeft = new MenuItem(ui.text("roster.action.markLeft"));
        markLeft.setOnAction(e -> markSelectedLeft());
        table.setContextMenu(new ContextMenu(edit, markLeft));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("roster-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("text-muted");
        VBox box = new VBox(8, search, filters, table, summary);
        box.setPadding(new Insets(0, 8, 0, 8));
        return box;
    }

    private String status(RosterEntry entry) {
        Person person = entry.person();
        return person.left() ? ui.text("roster.left.badge") : person.details().partyMember() ? ui.text("roster.partyMember") : "";
    }

    private ComboBox<String> filter(javafx.collections.ObservableList<String> options, String allKey) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add(null);
        options.addListener((ListChangeListener<String>) c -> {
            String chosen = box.getValue();
            box.getItems().setAll(options);
            box.getItems().addFirst(null);
            box.setValue(chosen);
        });
        box.setPromptText(ui.text(allKey));
        box.setConverter(PersonPanel.converter(Function.identity()));
        box.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? ui.text(allKey) : item);
            }
        });
        box.setPrefWidth(150);
        return box;
    }

    private static TableColumn<RosterEntry, String> column(String key, double width, Function<RosterEntry, String> value,
                                                          java.util.Comparator<String> order) {
        TableColumn<RosterEntry, String> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        if (order != null) {
            column.setComparator(java.util.Comparator.nullsFirst(order));
        } else {
            column.setSortable(false);
        }
        column.setUserData(key);
        return column;
    }

    private Unit selectedUnit() {
        TreeItem<Unit> item = tree.getSelectionModel().getSelectedItem();
        return item == null ? null : item.getValue();
    }

    private void newPerson() {
        if (!canLeave()) {
            return;
        }
        Unit unit = selectedUnit();
        form.startNew(unit == null || unit.dissolved() ? null : unit);
        search.getScene().lookup("#person-fullName").requestFocus();
    }

    private void save() {
        guarded(() -> {
            Person saved = form.save();
            afterChange(saved);
        });
    }

    private void editChoices() {
        new ChoiceListsDialog(ui, services.roster()).show(choices.getScene().getWindow());
        model.load();
    }

    private void afterChange(Person person) {
        model.load();
        if (person != null) {
            model.people().stream().filter(e -> e.person().id().equals(person.id())).findFirst()
                    .ifPresent(entry -> table.getSelectionModel().select(entry));
        }
    }

    private void markSelectedLeft() {
        RosterEntry entry = table.getSelectionModel().getSelectedItem();
        if (entry == null || entry.person().left()) {
            return;
        }
        if (ui.dialogs().confirm(ui.text("roster.left.title"), ui.text("roster.left.confirm", entry.person().fullName()))) {
            guarded(() -> {
                form.edit(entry);
                form.markLeft(ui.text("roster.left.reason"));
                afterChange(null);
            });
        }
    }

    private void addUnit(Unit parent) {
        new UnitDialogs(ui).askNewUnit(table.getScene().getWindow(), List.copyOf(model.unitTree()), parent)
                .ifPresent(u -> guarded(() -> {
                    Unit added = model.addUnit(u.parent(), u.code(), u.name(), u.shortName(), u.kind());
                    model.selectedUnitProperty().set(added);
                    rebuildTree();
                }));
    }

    private void editUnit() {
        Unit unit = selectedUnit();
        if (unit != null) {
            new UnitDialogs(ui).askEdit(table.getScene().getWindow(), unit).ifPresent(changed -> guarded(() -> model.updateUnit(changed)));
        }
    }

    private void moveUnit() {
        Unit unit = selectedUnit();
        if (unit == null) {
            return;
        }
        new UnitDialogs(ui).askNewParent(table.getScene().getWindow(), List.copyOf(model.unitTree()), unit)
                .ifPresent(parent -> guarded(() -> model.moveUnit(unit, parent)));
    }

    private void importExcel() {
        new ImportWizard(ui, services, table.getScene().getWindow(), model::load).start(List.copyOf(model.unitTree()), selectedUnit());
    }

    private void exportExcel() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("roster.action.export"));
        Unit unit = selectedUnit();
        String base = unit == null ? services.settings().letterhead().shortCode() : unit.code();
        chooser.setInitialFileName(VietnameseText.fileSafe("Quan-so-" + (base == null || base.isEmpty() ? "don-vi" : base)) + ".xlsx");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showSaveDialog(table.getScene().getWindow());
        if (file != null) {
            model.export(file.toPath(), () -> { });
        }
    }

    private void guarded(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ui.dialogs().error(e);
        }
    }

    @Override
    public void refresh() {
        model.load();
        for (TableColumn<RosterEntry, ?> column : table.getColumns()) {
            column.setText(ui.text((String) column.getUserData()));
        }
    }

    @Override
    public boolean canLeave() {
        return !form.dirtyProperty().get()
                || ui.dialogs().confirm(ui.text("roster.unsaved.title"), ui.text("roster.unsaved.text"));
    }
}
