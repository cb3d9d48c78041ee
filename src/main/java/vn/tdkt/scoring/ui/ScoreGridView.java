package vn.tdkt.scoring.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TablePosition;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyEvent;
import vn.tdkt.scoring.CriteriaGroup;
import vn.tdkt.scoring.Criterion;
import vn.tdkt.scoring.CriterionKind;
import vn.tdkt.ui.UiContext;

/**
 * The scoring grid on screen, keyboard first: arrows, Tab and Shift+Tab, Enter and Shift+Enter move; typing on
 * a cell replaces its value (F2 goes on from it, Backspace takes a character back, Esc the whole edit, Delete
 * empties it); Ctrl+V pastes a block copied from Excel. Every keystroke reaches the model, which checks the
 * value against its maximum and moves totals and ranks. A refused value keeps its text, turns the cell red and
 * says why in its tooltip.
 *
 * <p>A virtualised table without text fields: only the cells on screen exist, re-used as the view scrolls, and
 * typing goes to the focused cell's model (a text field per cell was most of the app's memory).
 */
final class ScoreGridView extends TableView<ScoreGridModel.RowModel> {
    static final PseudoClass REFUSED = PseudoClass.getPseudoClass("danger");
    static final PseudoClass TYPING = PseudoClass.getPseudoClass("typing");

    /** A place in the grid: member row and criterion index. */
    record Position(int row, int column) {
    }

    private final ScoreGridModel model;
    private final TextField note;
    private final List<TableColumn<ScoreGridModel.RowModel, ?>> criterionColumns = new ArrayList<>();
    /** The cell being typed into, if any; its value before typing began, for Esc. */
    private final ObjectProperty<Position> editing = new SimpleObjectProperty<>();
    private String before = "";
    private int noteRow = -1;
    private int noteColumn = -1;
    private boolean showingNote;

    ScoreGridView(UiContext ui, ScoreGridModel model, TextField note) {
        super(javafx.collections.FXCollections.observableArrayList(model.rows()));
        this.model = model;
        this.note = note;
        setId("scoring-grid");
        getStyleClass().add("score-grid");
        getStylesheets().add(ScoreGridView.class.getResource("/ui/scoring.css").toExternalForm());
        getSelectionModel().setCellSelectionEnabled(true);
        setColumnResizePolicy(UNCONSTRAINED_RESIZE_POLICY);
        TableColumn<ScoreGridModel.RowModel, String> name = label(ui.text(model.sheet().period().people() ? "scoring.grid.person" : "scoring.grid.member"), r -> new ReadOnlyObjectWrapper<>(r.member().name()), null);
        name.setPrefWidth(170);
        getColumns().add(name);
        columns(ui);
        getColumns().add(label(ui.text("scoring.grid.total"), ScoreGridModel.RowModel::totalProperty, "total-"));
        getColumns().add(label(ui.text("scoring.grid.rank"), ScoreGridModel.RowModel::rankProperty, "rank-"));
        getColumns().add(label(ui.text("scoring.grid.band"), ScoreGridModel.RowModel::bandProperty, null));
        getColumns().forEach(c -> c.setSortable(false));
        getColumns().forEach(c -> c.setReorderable(false));

        note.setDisable(true);
        note.textProperty().addListener((obs, before, after) -> {
            if (!showingNote && noteRow >= 0) {
                model.note(noteRow, noteColumn, after);
            }
        });
        getFocusModel().focusedCellProperty().addListener((obs, was, now) -> {
            // Moving away, by key or by mouse, ends the typing: what was typed is already in the model.
            if (!java.util.Objects.equals(editing.get(), position(now))) {
                editing.set(null);
            }
            showNote(position(now));
        });
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        addEventHandler(KeyEvent.KEY_TYPED, this::onTyped);
    }

    private void columns(UiContext ui) {
        List<Criterion> criteria = model.criteria();
        int index = 0;
        for (CriteriaGroup group : model.sheet().set().groups()) {
            TableColumn<ScoreGridModel.RowModel, String> heading = heading(group.name());
            for (int i = 0; i < group.criteria().size(); i++) {
                heading.getColumns().add(criterion(criteria.get(index), index++));
            }
            getColumns().add(heading);
        }
        if (index < criteria.size()) {
            TableColumn<ScoreGridModel.RowModel, String> heading = heading(ui.text("scoring.grid.bonusPenalty"));
            while (index < criteria.size()) {
                heading.getColumns().add(criterion(criteria.get(index), index++));
            }
            getColumns().add(heading);
        }
    }

    /** A group's heading over its criteria; the name is often longer than its columns, so it wraps and has a tooltip. */
    private static TableColumn<ScoreGridModel.RowModel, String> heading(String name) {
        TableColumn<ScoreGridModel.RowModel, String> heading = new TableColumn<>();
        javafx.scene.control.Label label = new javafx.scene.control.Label(name);
        label.setWrapText(true);
        label.setTextAlignment(javafx.scene.text.TextAlignment.CENTER);
        label.setTooltip(new Tooltip(name));
        heading.setGraphic(label);
        return heading;
    }

    private TableColumn<ScoreGridModel.RowModel, ScoreGridModel.CellModel> criterion(Criterion criterion, int index) {
        TableColumn<ScoreGridModel.RowModel, ScoreGridModel.CellModel> column =
                new TableColumn<>(criterion.code() + (criterion.kind() == CriterionKind.PENALTY ? " (−)" : ""));
        javafx.scene.control.Label header = new javafx.scene.control.Label(column.getText());
        header.setTooltip(new Tooltip(criterion.name() + " (" + criterion.limit() + ")" + (criterion.guide() == null ? "" : "\n" + criterion.guide())));
        // The code must show whole: a header label shrinks to "…" before the column does.
        header.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        column.setGraphic(header);
        column.setText(null);
        column.setUserData(index);
        column.setPrefWidth(64);
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().cells().get(index)));
        column.setCellFactory(c -> new ScoreCell(index));
        criterionColumns.add(column);
        return column;
    }

    private static TableColumn<ScoreGridModel.RowModel, String> label(String title,
            Function<ScoreGridModel.RowModel, javafx.beans.value.ObservableValue<String>> value, String idPrefix) {
        TableColumn<ScoreGridModel.RowModel, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> value.apply(c.getValue()));
        column.setEditable(false);
        column.setPrefWidth(idPrefix == null ? 90 : 64);
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Ids follow the row a re-used cell shows, so tests and self-test find "the total of row 1".
                setId(empty || idPrefix == null ? null : idPrefix + getIndex());
                setStyle(idPrefix == null ? null : "-fx-font-weight: bold; -fx-alignment: center-right");
            }
        });
        return column;
    }

    /** Where the keyboard is, or null when no score cell has the focus. */
    Position focusedPosition() {
        return position(getFocusModel().getFocusedCell());
    }

    private Position position(TablePosition<ScoreGridModel.RowModel, ?> at) {
        if (at == null || at.getRow() < 0 || at.getTableColumn() == null || !(at.getTableColumn().getUserData() instanceof Integer column)) {
            return null;
        }
        return new Position(at.getRow(), column);
    }

    void focus(int row, int column) {
        if (model.rows().isEmpty() || criterionColumns.isEmpty()) {
            return;
        }
        TableColumn<ScoreGridModel.RowModel, ?> target = criterionColumns.get(column);
        getSelectionModel().clearAndSelect(row, target);
        getFocusModel().focus(row, target);
        // The flow's own scroll moves only as far as needed; TableView.scrollTo would put the row on top,
        // re-using the cells under an edit that has just begun.
        if (lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollTo(row);
        }
        scrollToColumn(target);
        requestFocus();
    }

    private void onKey(KeyEvent event) {
        Position at = focusedPosition();
        if (at == null) {
            return;
        }
        int rows = model.rows().size();
        int columns = criterionColumns.size();
        switch (event.getCode()) {
            case TAB -> {
                editing.set(null);
                int index = at.row() * columns + at.column() + (event.isShiftDown() ? -1 : 1);
                if (index >= 0 && index < rows * columns) {
                    focus(index / columns, index % columns);
                }
                event.consume();
            }
            case ENTER -> {
                editing.set(null);
                focus(Math.clamp(at.row() + (event.isShiftDown() ? -1 : 1), 0, rows - 1), at.column());
                event.consume();
            }
            case ESCAPE -> {
                if (at.equals(editing.get())) {
                    model.type(at.row(), at.column(), before);
                    editing.set(null);
                    event.consume();
                }
            }
            case F2 -> {
                begin(at, text(at));
                event.consume();
            }
            case BACK_SPACE -> {
                String typed = at.equals(editing.get()) ? text(at) : "";
                begin(at, typed.isEmpty() ? "" : typed.substring(0, typed.length() - 1));
                event.consume();
            }
            case DELETE -> {
                editing.set(null);
                model.type(at.row(), at.column(), "");
                event.consume();
            }
            case V -> {
                if (event.isShortcutDown()) {
                    editing.set(null);
                    String text = Clipboard.getSystemClipboard().getString();
                    if (text != null) {
                        model.paste(at.row(), at.column(), text);
                    }
                    event.consume();
                }
            }
            default -> {
                if (event.getCode().isArrowKey()) {
                    editing.set(null);
                }
            }
        }
    }

    /** A character typed on a cell goes into its value: the first one after arriving replaces what was there. */
    private void onTyped(KeyEvent event) {
        Position at = focusedPosition();
        String typed = event.getCharacter();
        if (at == null || typed.isEmpty() || Character.isISOControl(typed.charAt(0)) || event.isControlDown() || event.isMetaDown()) {
            return;
        }
        begin(at, (at.equals(editing.get()) ? text(at) : "") + typed);
        event.consume();
    }

    /** Starts or goes on editing a cell: the value so far is handed to the model, which checks it as typed. */
    private void begin(Position at, String value) {
        if (model.locked()) {
            model.type(at.row(), at.column(), value);
            return;
        }
        if (!at.equals(editing.get())) {
            before = text(at);
            editing.set(at);
        }
        model.type(at.row(), at.column(), value);
    }

    private String text(Position at) {
        return model.rows().get(at.row()).cells().get(at.column()).textProperty().get();
    }

    private void showNote(Position at) {
        showingNote = true;
        noteRow = at == null ? -1 : at.row();
        noteColumn = at == null ? -1 : at.column();
        note.setText(at == null ? "" : model.rows().get(at.row()).cells().get(at.column()).noteProperty().get());
        note.setDisable(at == null || model.locked());
        showingNote = false;
    }

    /**
     * One visible score: shows the cell model it is given and follows its text, its refusal and whether it
     * is being typed into. Cells are few (those on screen) and re-used for other rows as the view scrolls.
     */
    private final class ScoreCell extends TableCell<ScoreGridModel.RowModel, ScoreGridModel.CellModel> {
        private final int column;
        private final InvalidationListener repaint = o -> show();
        private ScoreGridModel.CellModel shown;

        ScoreCell(int column) {
            this.column = column;
            setAlignment(Pos.CENTER_RIGHT);
            editing.addListener(new WeakInvalidationListener(repaint));
        }

        @Override
        protected void updateItem(ScoreGridModel.CellModel item, boolean empty) {
            super.updateItem(item, empty);
            ScoreGridModel.CellModel next = empty ? null : item;
            if (next != shown) {
                if (shown != null) {
                    shown.textProperty().removeListener(repaint);
                    shown.errorProperty().removeListener(repaint);
                }
                shown = next;
                if (shown != null) {
                    shown.textProperty().addListener(repaint);
                    shown.errorProperty().addListener(repaint);
                }
            }
            setId(shown == null ? null : "cell-" + getIndex() + "-" + column);
            show();
        }

        private void show() {
            boolean refused = shown != null && !shown.errorProperty().get().isEmpty();
            pseudoClassStateChanged(REFUSED, refused);
            pseudoClassStateChanged(TYPING, shown != null && new Position(getIndex(), column).equals(editing.get()));
            setTooltip(refused ? new Tooltip(shown.errorProperty().get()) : null);
            setText(shown == null ? null : shown.textProperty().get());
        }
    }
}
