package vn.tdkt.scoring.ui;

import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.scoring.Comparison;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.scoring.RollUp;
import vn.tdkt.scoring.TieBreak;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.UiContext;

/**
 * The "Bộ tiêu chí" tab: choose a set (or start a new one), edit its groups, criteria, bonus and penalty
 * items, caps, bands, tie-break and roll-up, and save. Tables edit with the keyboard: arrows move, Enter or
 * F2 opens a cell, Enter keeps it, Esc drops it; Insert adds a line below, Delete removes the chosen one.
 */
final class CriteriaSetEditor {
    private final UiContext ui;
    private final ScoringViewModel model;
    private final ObjectProperty<CriteriaSetEditorModel> editing = new SimpleObjectProperty<>();
    private final BorderPane form = new BorderPane();
    private final Label message = new Label();
    /** The family of the set last saved from here: a new set has none until the service gives it one. */
    private String savedFamily;

    CriteriaSetEditor(UiContext ui, ScoringViewModel model) {
        this.ui = ui;
        this.model = model;
        editing.addListener((obs, before, after) -> form.setCenter(after == null ? null : form(after)));
    }

    Node content() {
        ComboBox<CriteriaSet> sets = new ComboBox<>(model.sets());
        sets.setId("set-choice");
        // Set names are long ("… (MẪU – cần điều chỉnh cho đơn vị)"); the buttons beside must stay on screen.
        sets.setPrefWidth(380);
        sets.setMaxWidth(380);
        sets.setConverter(DisplayConverter.of(s -> s.name() + " · " + ui.text("scoring.version", s.version())));
        sets.valueProperty().addListener((obs, before, after) -> {
            // The message stays: after a save the list reloads and shows the saved version, and says so.
            if (after != null) {
                editing.set(CriteriaSetEditorModel.of(after));
            }
        });
        model.sets().addListener((javafx.collections.ListChangeListener<CriteriaSet>) change -> {
            // After a save the list is reloaded: keep showing the family just saved, now at its newest version.
            CriteriaSetEditorModel current = editing.get();
            String family = current == null || current.original() == null ? savedFamily : current.original().familyId();
            model.sets().stream().filter(s -> s.familyId().equals(family)).findFirst().ifPresentOrElse(sets::setValue,
                    () -> sets.setValue(current == null && !model.sets().isEmpty() ? model.sets().getFirst() : sets.getValue()));
        });
        Button blank = new Button(ui.text("scoring.editor.new"));
        blank.setId("set-new");
        blank.setOnAction(e -> {
            savedFamily = null;
            sets.setValue(null);
            editing.set(CriteriaSetEditorModel.blank());
            message.setText("");
        });
        Button save = new Button(ui.text("scoring.editor.save"));
        save.setId("set-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> save());
        HBox top = new HBox(8, new Label(ui.text("scoring.open.set")), sets, blank, save);
        top.setAlignment(Pos.CENTER_LEFT);
        message.setId("set-message");
        message.setWrapText(true);
        Label hint = new Label(ui.text("scoring.editor.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox box = new VBox(8, top, hint, form, message);
        VBox.setVgrow(form, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    /** True when the set on screen has edits not saved yet. */
    boolean dirty() {
        return editing.get() != null && editing.get().dirty();
    }

    /** Saves the set on screen; a set that cannot be built stays on screen with the first wrong line named. */
    void save() {
        CriteriaSetEditorModel current = editing.get();
        if (current == null) {
            return;
        }
        CriteriaSetEditorModel.Draft draft = current.draft();
        if (!draft.ok()) {
            message.setText(draft.problem().describe(ui.messages()));
            return;
        }
        model.saveSet(draft.set(), saved -> {
            savedFamily = saved.familyId();
            message.setText(ui.text("scoring.editor.saved", saved.name(), saved.version()));
        });
    }

    /** Drops the edits: the set shows again as saved (a new, never saved set goes away). */
    void discard() {
        CriteriaSetEditorModel current = editing.get();
        editing.set(current == null || current.original() == null ? null : CriteriaSetEditorModel.of(current.original()));
        message.setText("");
    }

    private Node form(CriteriaSetEditorModel set) {
        TextField name = new TextField();
        name.setId("set-name");
        name.textProperty().bindBidirectional(set.name);
        ChoiceBox<RollUp> rollUp = choice(RollUp.values(), r -> ui.text("scoring.rollUp." + r.name()));
        rollUp.valueProperty().bindBidirectional(set.rollUp);
        ChoiceBox<TieBreak> tieBreak = choice(TieBreak.values(), t -> ui.text("scoring.tieBreak." + t.name()));
        tieBreak.valueProperty().bindBidirectional(set.tieBreak);
        TextField bonusCap = new TextField();
        bonusCap.setId("set-bonus-cap");
        bonusCap.textProperty().bindBidirectional(set.bonusCap);
        TextField penaltyCap = new TextField();
        penaltyCap.setId("set-penalty-cap");
        penaltyCap.textProperty().bindBidirectional(set.penaltyCap);
        GridPane settings = new GridPane(8, 6);
        settings.addRow(0, new Label(ui.text("scoring.editor.name")), name);
        settings.addRow(1, new Label(ui.text("scoring.editor.rollUp")), rollUp, new Label(ui.text("scoring.editor.tieBreak")), tieBreak);
        settings.addRow(2, new Label(ui.text("scoring.editor.bonusCap")), bonusCap, new Label(ui.text("scoring.editor.penaltyCap")), penaltyCap);
        GridPane.setColumnSpan(name, 3);
        GridPane.setHgrow(name, Priority.ALWAYS);
        // The caps' labels ("… (để trống: không giới hạn)") are longer than a 1280 px window leaves them: a second line
        // rather than "…".
        settings.getChildren().stream().filter(Label.class::isInstance).map(Label.class::cast).forEach(label -> {
            label.setWrapText(true);
            label.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        });

        TableView<CriteriaSetEditorModel.Line> lines = new TableView<>(set.lines());
        lines.setId("set-lines");
        lines.setEditable(true);
        lines.getSelectionModel().setCellSelectionEnabled(true);
        lines.getColumns().add(text("scoring.editor.group", l -> l.group, 180));
        lines.getColumns().add(text("scoring.editor.code", l -> l.code, 60));
        lines.getColumns().add(text("scoring.editor.criterion", l -> l.name, 280));
        TableColumn<CriteriaSetEditorModel.Line, CriterionKind> kind = new TableColumn<>(ui.text("scoring.editor.kind"));
        kind.setCellValueFactory(c -> c.getValue().kind);
        kind.setCellFactory(ComboBoxTableCell.forTableColumn(DisplayConverter.of(k -> ui.text("scoring.kind." + k.name())), CriterionKind.values()));
        kind.setPrefWidth(120);
        lines.getColumns().add(kind);
        lines.getColumns().add(text("scoring.editor.max", l -> l.max, 70));
        TableColumn<CriteriaSetEditorModel.Line, Comparison> comparison = new TableColumn<>(ui.text("scoring.editor.comparison"));
        comparison.setCellValueFactory(c -> c.getValue().comparison);
        comparison.setCellFactory(ComboBoxTableCell.forTableColumn(DisplayConverter.of(Comparison::symbol), Comparison.values()));
        comparison.setPrefWidth(70);
        lines.getColumns().add(comparison);
        lines.getColumns().add(text("scoring.editor.target", l -> l.target, 70));
        lines.getColumns().add(text("scoring.editor.guide", l -> l.guide, 220));
        lines.addEventFilter(KeyEvent.KEY_PRESSED, e -> lineKeys(e, lines, set));
        Button add = action("set-line-add", "scoring.editor.addLine", () -> select(lines, set.addLine(lines.getSelectionModel().getSelectedIndex())));
        Button remove = action("set-line-remove", "scoring.editor.removeLine", () -> set.removeLine(lines.getSelectionModel().getSelectedIndex()));
        Button up = action("set-line-up", "scoring.editor.up", () -> select(lines, set.moveLine(lines.getSelectionModel().getSelectedIndex(), -1)));
        Button down = action("set-line-down", "scoring.editor.down", () -> select(lines, set.moveLine(lines.getSelectionModel().getSelectedIndex(), 1)));

        TableView<CriteriaSetEditorModel.BandLine> bands = new TableView<>(set.bands());
        bands.setId("set-bands");
        bands.setEditable(true);
        bands.getSelectionModel().setCellSelectionEnabled(true);
        TableColumn<CriteriaSetEditorModel.BandLine, String> bandName = new TableColumn<>(ui.text("scoring.editor.band"));
        bandName.setCellValueFactory(c -> c.getValue().name);
        bandName.setCellFactory(TextFieldTableCell.forTableColumn());
        bandName.setPrefWidth(160);
        TableColumn<CriteriaSetEditorModel.BandLine, String> bandMin = new TableColumn<>(ui.text("scoring.editor.bandMin"));
        bandMin.setCellValueFactory(c -> c.getValue().minTotal);
        bandMin.setCellFactory(TextFieldTableCell.forTableColumn());
        bandMin.setPrefWidth(90);
        bands.getColumns().add(bandName);
        bands.getColumns().add(bandMin);
        bands.addEventFilter(KeyEvent.KEY_PRESSED, e -> startEdit(e, bands));
        bands.setPrefWidth(270);
        Button addBand = action("set-band-add", "scoring.editor.addBand", set::addBand);
        Button removeBand = action("set-band-remove", "scoring.editor.removeBand", () -> set.removeBand(bands.getSelectionModel().getSelectedIndex()));

        VBox left = new VBox(6, lines, new HBox(6, add, remove, up, down));
        VBox.setVgrow(lines, Priority.ALWAYS);
        VBox right = new VBox(6, new Label(ui.text("scoring.editor.bands")), bands, new HBox(6, addBand, removeBand));
        VBox.setVgrow(bands, Priority.ALWAYS);
        // The criteria table grows; the bands keep room for their two columns.
        right.setMinWidth(290);
        HBox tables = new HBox(12, left, right);
        HBox.setHgrow(left, Priority.ALWAYS);
        VBox all = new VBox(10, settings, tables);
        VBox.setVgrow(tables, Priority.ALWAYS);
        return all;
    }

    private TableColumn<CriteriaSetEditorModel.Line, String> text(String key, Function<CriteriaSetEditorModel.Line, ObservableValue<String>> value, double width) {
        TableColumn<CriteriaSetEditorModel.Line, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setCellFactory(TextFieldTableCell.forTableColumn());
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }

    private <T> ChoiceBox<T> choice(T[] values, Function<T, String> show) {
        ChoiceBox<T> box = new ChoiceBox<>(FXCollections.observableArrayList(values));
        box.setConverter(DisplayConverter.of(show));
        return box;
    }

    private Button action(String id, String key, Runnable run) {
        Button button = new Button(ui.text(key));
        button.setId(id);
        button.setOnAction(e -> run.run());
        return button;
    }

    private void lineKeys(KeyEvent e, TableView<CriteriaSetEditorModel.Line> lines, CriteriaSetEditorModel set) {
        if (lines.getEditingCell() != null) {
            return;
        }
        if (e.getCode() == KeyCode.INSERT) {
            select(lines, set.addLine(lines.getSelectionModel().getSelectedIndex()));
            e.consume();
        } else if (e.getCode() == KeyCode.DELETE) {
            set.removeLine(lines.getSelectionModel().getSelectedIndex());
            e.consume();
        } else {
            startEdit(e, lines);
        }
    }

    /** Enter or F2 on a chosen cell opens it for typing, as in a spreadsheet. */
    private static <S> void startEdit(KeyEvent e, TableView<S> table) {
        if (table.getEditingCell() != null || (e.getCode() != KeyCode.ENTER && e.getCode() != KeyCode.F2)) {
            return;
        }
        TablePosition<S, ?> focused = table.getFocusModel().getFocusedCell();
        if (focused != null && focused.getRow() >= 0 && focused.getTableColumn() != null) {
            table.edit(focused.getRow(), focused.getTableColumn());
            e.consume();
        }
    }

    private static void select(TableView<CriteriaSetEditorModel.Line> lines, int row) {
        if (row >= 0) {
            lines.getSelectionModel().clearAndSelect(row, lines.getColumns().getFirst());
            lines.getFocusModel().focus(row, lines.getColumns().getFirst());
            lines.scrollTo(row);
        }
    }
}
