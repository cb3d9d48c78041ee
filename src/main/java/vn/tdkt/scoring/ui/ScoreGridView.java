package vn.tdkt.scoring.ui;

import java.util.List;
import java.util.Objects;
import javafx.application.Platform;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import vn.tdkt.scoring.CriteriaGroup;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.ui.UiContext;

/**
 * The scoring grid on screen, keyboard first: Tab and Shift+Tab move across, Enter and Shift+Enter down and
 * up, typing into a cell replaces its value (the cell is selected on arrival), Ctrl+V pastes a block copied
 * from Excel. A refused value keeps its text, turns the cell red and says why in its tooltip.
 */
final class ScoreGridView extends GridPane {
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("danger");
    private static final int HEADER_ROWS = 2;

    private final ScoreGridModel model;
    private final TextField[][] fields;
    private final TextField note;
    private int noteRow = -1;
    private int noteColumn = -1;
    private boolean showingNote;

    ScoreGridView(UiContext ui, ScoreGridModel model, TextField note) {
        this.model = model;
        this.note = note;
        List<Criterion> criteria = model.criteria();
        this.fields = new TextField[model.rows().size()][criteria.size()];
        setHgap(2);
        setVgap(2);
        setPadding(new Insets(4));
        getStyleClass().add("score-grid");
        header(ui, criteria);
        for (int r = 0; r < model.rows().size(); r++) {
            ScoreGridModel.RowModel row = model.rows().get(r);
            Label name = new Label(row.member().name());
            name.setMinWidth(150);
            add(name, 0, HEADER_ROWS + r);
            for (int c = 0; c < criteria.size(); c++) {
                fields[r][c] = cell(row.cells().get(c), r, c);
                add(fields[r][c], 1 + c, HEADER_ROWS + r);
            }
            Label total = new Label();
            total.setId("total-" + r);
            total.textProperty().bind(row.totalProperty());
            total.setStyle("-fx-font-weight: bold");
            Label rank = new Label();
            rank.setId("rank-" + r);
            rank.textProperty().bind(row.rankProperty());
            Label band = new Label();
            band.textProperty().bind(row.bandProperty());
            add(total, 1 + criteria.size(), HEADER_ROWS + r);
            add(rank, 2 + criteria.size(), HEADER_ROWS + r);
            add(band, 3 + criteria.size(), HEADER_ROWS + r);
        }
        note.setDisable(true);
        note.textProperty().addListener((obs, before, after) -> {
            if (!showingNote && noteRow >= 0) {
                model.note(noteRow, noteColumn, after);
            }
        });
    }

    private void header(UiContext ui, List<Criterion> criteria) {
        add(new Label(ui.text("scoring.grid.member")), 0, 1);
        int column = 1;
        for (CriteriaGroup group : model.sheet().set().groups()) {
            Label label = headerLabel(group.name());
            add(label, column, 0, Math.max(1, group.criteria().size()), 1);
            column += group.criteria().size();
        }
        int extras = model.sheet().set().bonuses().size() + model.sheet().set().penalties().size();
        if (extras > 0) {
            add(headerLabel(ui.text("scoring.grid.bonusPenalty")), column, 0, extras, 1);
        }
        for (int c = 0; c < criteria.size(); c++) {
            Criterion criterion = criteria.get(c);
            Label code = new Label(criterion.code() + (criterion.kind() == CriterionKind.PENALTY ? " (−)" : ""));
            code.setTooltip(new Tooltip(criterion.name() + " (" + criterion.limit() + ")"
                    + (criterion.guide() == null ? "" : "\n" + criterion.guide())));
            code.setStyle("-fx-font-weight: bold");
            add(code, 1 + c, 1);
        }
        add(headerLabel(ui.text("scoring.grid.total")), 1 + criteria.size(), 1);
        add(headerLabel(ui.text("scoring.grid.rank")), 2 + criteria.size(), 1);
        add(headerLabel(ui.text("scoring.grid.band")), 3 + criteria.size(), 1);
    }

    private static Label headerLabel(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        label.setMaxWidth(Double.MAX_VALUE);
        label.setAlignment(Pos.CENTER);
        label.setStyle("-fx-font-weight: bold");
        return label;
    }

    private TextField cell(ScoreGridModel.CellModel cell, int r, int c) {
        TextField field = new TextField(cell.textProperty().get());
        field.setId("cell-" + r + "-" + c);
        field.setPrefColumnCount(3);
        field.setAlignment(Pos.CENTER_RIGHT);
        field.setEditable(!model.locked());
        field.textProperty().addListener((obs, before, after) -> {
            if (!Objects.equals(after, cell.textProperty().get())) {
                model.type(r, c, after);
            }
        });
        cell.textProperty().addListener((obs, before, after) -> {
            if (!Objects.equals(field.getText(), after)) {
                field.setText(after);
            }
        });
        cell.errorProperty().addListener((obs, before, after) -> showError(field, after));
        showError(field, cell.errorProperty().get());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (focused) {
                Platform.runLater(field::selectAll);
                showNote(cell, r, c);
            }
        });
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> onKey(event, r, c));
        return field;
    }

    private static void showError(TextField field, String error) {
        field.pseudoClassStateChanged(REFUSED, !error.isEmpty());
        field.setTooltip(error.isEmpty() ? null : new Tooltip(error));
    }

    private void showNote(ScoreGridModel.CellModel cell, int r, int c) {
        showingNote = true;
        noteRow = r;
        noteColumn = c;
        note.setText(cell.noteProperty().get());
        note.setDisable(model.locked());
        showingNote = false;
    }

    private void onKey(KeyEvent event, int r, int c) {
        int rows = fields.length;
        int columns = fields[0].length;
        switch (event.getCode()) {
            case TAB -> {
                int index = r * columns + c + (event.isShiftDown() ? -1 : 1);
                if (index >= 0 && index < rows * columns) {
                    focus(index / columns, index % columns);
                }
                event.consume();
            }
            case ENTER -> {
                focus(Math.clamp(r + (event.isShiftDown() ? -1 : 1), 0, rows - 1), c);
                event.consume();
            }
            case V -> {
                if (event.isShortcutDown()) {
                    String text = Clipboard.getSystemClipboard().getString();
                    if (text != null) {
                        model.paste(r, c, text);
                    }
                    event.consume();
                }
            }
            default -> {
                // other keys type into the cell
            }
        }
    }

    void focus(int r, int c) {
        if (fields.length > 0 && fields[0].length > 0) {
            fields[r][c].requestFocus();
            // Also when focus stays (Enter on the last row): the next keystroke replaces the value.
            fields[r][c].selectAll();
        }
    }
}
