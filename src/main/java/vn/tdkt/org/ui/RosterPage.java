package vn.tdkt.org.ui;

import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.org.RosterExporter;
import vn.tdkt.org.OrgServices;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.Dialogs;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Đơn vị &amp; quân số: the unit tree ({@link UnitTreePane}) beside the roster table
 * ({@link RosterTablePane}); the person panel opens when a person is selected or added and closes
 * with its button or Esc, giving the table the width back at the divider the officer left it.
 * Unsaved typing is never dropped without "Lưu / Bỏ / Quay lại".
 */
public final class RosterPage implements Page {
    /** Where the person panel starts until the officer moves its divider: at 1366×768 the table keeps more than half the width. */
    private static final double PANEL_DIVIDER = 0.66;
    private static final double TREE_DIVIDER = 0.17;
    private static final String PANEL_KEY = "roster.panelDivider";
    private static final String TREE_KEY = "roster.treeDivider";

    private final UiContext ui;
    private final OrgServices services;
    private final RosterViewModel model;
    private final PersonFormModel form;
    private final RosterFiles files;
    private final Button addPerson = new Button();
    private final Button addUnit = new Button();
    private final Button importExcel = new Button();
    private final Button exportExcel = new Button();
    private final Button choices = new Button();
    private UnitTreePane treePane;
    private RosterTablePane tablePane;
    private PersonPanel panel;
    private SplitPane split;
    private boolean reselecting;

    public RosterPage(UiContext ui, OrgServices services, RosterExporter exporter) {
        this.ui = ui;
        this.services = services;
        this.model = new RosterViewModel(ui, services, exporter);
        this.form = new PersonFormModel(ui, services.roster());
        this.files = new RosterFiles(ui, model, services.importer());
        button(addPerson, "roster-add", "roster.action.addPerson", Material2MZ.PERSON_ADD, this::newPerson);
        addPerson.getStyleClass().add("accent");
        button(addUnit, "roster-addUnit", "roster.action.addUnit", Material2AL.ACCOUNT_TREE, () -> treePane.addUnit());
        button(importExcel, "roster-import", "roster.action.import", Material2AL.FILE_UPLOAD, () -> files.importExcel(window()));
        button(exportExcel, "roster-export", "roster.action.export", Material2MZ.SAVE_ALT, () -> files.exportExcel(window()));
        button(choices, "roster-choices", "roster.action.choices", Material2AL.LIST, this::editChoices);
    }

    private void button(Button button, String id, String textKey, Ikon icon, Runnable action) {
        button.setId(id);
        button.setText(ui.text(textKey));
        button.setGraphic(new FontIcon(icon));
        button.setOnAction(e -> action.run());
    }

    @Override
    public List<Button> actions() {
        return List.of(addPerson, addUnit, importExcel, exportExcel, choices);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(
                new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN), () -> tablePane.search().requestFocus(),
                new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN), this::newPerson,
                new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
    }

    @Override
    public Node content() {
        treePane = new UnitTreePane(ui, model);
        tablePane = new RosterTablePane(ui, model);
        panel = new PersonPanel(ui, form, model.unitTree(), model.ranks(), model.positions(), model.categories(),
                this::save, this::afterChange, this::closePanel);
        panel.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                closePanel();
                e.consume();
            }
        });
        tablePane.table().getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> selected(after));
        tablePane.onEdit(() -> {
            RosterEntry entry = tablePane.table().getSelectionModel().getSelectedItem();
            if (entry != null) {
                selected(entry);
            }
        });
        tablePane.onMarkLeft(this::markSelectedLeft);
        split = new SplitPane(treePane, tablePane);
        split.setId("roster-split");
        split.setDividerPositions(remembered(TREE_KEY, TREE_DIVIDER));
        rememberWhereMoved(split.getDividers().getFirst(), TREE_KEY);
        form.openProperty().addListener((obs, was, open) -> showPanel(open));
        return split;
    }

    private void showPanel(boolean open) {
        tablePane.compact(open);
        boolean shown = split.getItems().contains(panel);
        if (open && !shown) {
            split.getItems().add(panel);
            split.setDividerPosition(1, remembered(PANEL_KEY, PANEL_DIVIDER));
            rememberWhereMoved(split.getDividers().get(1), PANEL_KEY);
        } else if (!open && shown) {
            split.getItems().remove(panel);
        }
    }

    /** A divider where the officer left it, in this or an earlier session; never one that hides a side. */
    private double remembered(String key, double fallback) {
        double position = ui.memory().number(key, fallback);
        return position >= 0.1 && position <= 0.9 ? position : fallback;
    }

    private void rememberWhereMoved(SplitPane.Divider divider, String key) {
        divider.positionProperty().addListener((obs, before, after) -> ui.memory().remember(key, after.doubleValue()));
    }

    /** A row chosen in the table: the panel shows that person once the one being edited is settled. */
    private void selected(RosterEntry entry) {
        Person editing = form.editingProperty().get();
        if (reselecting || entry == null || form.openProperty().get() && editing != null && editing.id().equals(entry.person().id())) {
            return;
        }
        whenSettled(() -> form.edit(entry), this::reselectEdited);
    }

    private void reselectEdited() {
        reselecting = true;
        try {
            Person editing = form.editingProperty().get();
            if (editing == null) {
                tablePane.table().getSelectionModel().clearSelection();
            } else {
                tablePane.select(editing);
            }
        } finally {
            reselecting = false;
        }
    }

    /**
     * Runs {@code proceed} when nothing typed would be lost; otherwise asks "Lưu / Bỏ / Quay lại":
     * save then proceed, drop the typing then proceed, or {@code stay} where the officer was.
     */
    private void whenSettled(Runnable proceed, Runnable stay) {
        if (!form.dirtyProperty().get()) {
            proceed.run();
            return;
        }
        switch (askUnsaved()) {
            case SAVE -> form.save(saved -> {
                afterChange(saved);
                proceed.run();
            });
            case DISCARD -> {
                form.discard();
                proceed.run();
            }
            case BACK -> stay.run();
        }
    }

    private Dialogs.Unsaved askUnsaved() {
        Person editing = form.editingProperty().get();
        return ui.dialogs().unsaved(ui.text("roster.unsaved.title"),
                ui.text("roster.unsaved.ask", editing == null ? ui.text("roster.unsaved.new") : editing.fullName()));
    }

    private void closePanel() {
        whenSettled(() -> {
            form.close();
            reselecting = true;
            tablePane.table().getSelectionModel().clearSelection();
            reselecting = false;
        }, () -> { });
    }

    private void newPerson() {
        whenSettled(() -> {
            Unit unit = model.selectedUnitProperty().get();
            form.startNew(unit == null || unit.dissolved() ? null : unit);
            panel.focusName();
        }, () -> { });
    }

    private void save() {
        if (form.openProperty().get()) {
            form.save(this::afterChange);
        }
    }

    private void editChoices() {
        new ChoiceListsDialog(ui, services.roster()).show(window());
        model.load();
    }

    private void afterChange(Person person) {
        model.load();
    }

    /** Delete or the menu: marks the selected person as left, after settling what the panel holds for someone else. */
    private void markSelectedLeft() {
        RosterEntry entry = tablePane.table().getSelectionModel().getSelectedItem();
        if (entry == null || entry.person().left()) {
            return;
        }
        Person editing = form.editingProperty().get();
        boolean inPanel = form.openProperty().get() && editing != null && editing.id().equals(entry.person().id());
        Runnable markLeft = () -> {
            if (ui.dialogs().confirm(ui.text("roster.left.title"), ui.text("roster.left.confirm", entry.person().fullName()))) {
                if (!inPanel) {
                    form.edit(entry);
                }
                // The panel's typed date is kept: the departure is dated as the officer typed it.
                form.markLeft(ui.text("roster.left.reason"), this::afterChange);
            }
        };
        whenSettled(markLeft, this::reselectEdited);
    }

    private javafx.stage.Window window() {
        return split.getScene().getWindow();
    }

    @Override
    public void refresh() {
        model.load();
        tablePane.relabel();
    }

    @Override
    public boolean canLeave() {
        if (!form.dirtyProperty().get()) {
            return true;
        }
        return switch (askUnsaved()) {
            case SAVE -> {
                // The save runs in the background; the officer stays to see it done and leaves with the next click.
                form.save(this::afterChange);
                yield false;
            }
            case DISCARD -> {
                form.discard();
                yield true;
            }
            case BACK -> false;
        };
    }
}
