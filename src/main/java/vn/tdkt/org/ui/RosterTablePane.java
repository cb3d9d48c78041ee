package vn.tdkt.org.ui;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.core.VietnameseNames;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.ui.UiContext;

/** The search box, the rank / category / left filters, the roster table and the count under it. */
final class RosterTablePane extends VBox {
    private static final Set<String> DETAIL_COLUMNS = Set.of("roster.field.position", "roster.field.birth_date", "roster.field.category");

    private final UiContext ui;
    /** Detail columns hidden while the panel is open, with whether the officer had them on. */
    private final Map<TableColumn<RosterEntry, ?>, Boolean> hiddenForPanel = new HashMap<>();
    private final TextField search = new TextField();
    private final TableView<RosterEntry> table = new TableView<>();
    private final MenuItem edit = new MenuItem();
    private final MenuItem markLeft = new MenuItem();

    RosterTablePane(UiContext ui, RosterViewModel model) {
        super(8);
        this.ui = ui;
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
        // Every column stays on screen, however wide the person panel: the widths below are proportions.
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setItems(model.people());
        table.getColumns().setAll(List.of(
                // Widths that fit 1366×768 without the panel: a full date and every heading readable.
                column("roster.field.full_name", 180, 160, e -> e.person().fullName(), VietnameseNames.nameOrder()),
                column("roster.field.rank", 85, 60, e -> e.person().details().rank(), VietnameseNames.textOrder()),
                column("roster.field.position", 135, 60, e -> e.person().details().position(), VietnameseNames.textOrder()),
                column("roster.field.unit_name", 140, 110, e -> e.unitName() + " (" + e.unitCode() + ")", VietnameseNames.textOrder()),
                column("roster.field.birth_date", 100, 60, e -> RosterDates.format(e.person().details().birth()), null),
                column("roster.field.category", 95, 60, e -> e.person().details().category(), VietnameseNames.textOrder()),
                column("roster.column.status", 85, 60, this::status, VietnameseNames.textOrder())));
        Label placeholder = new Label();
        placeholder.textProperty().bind(model.placeholderProperty());
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        placeholder.setPadding(new Insets(24));
        table.setPlaceholder(placeholder);
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        edit.setText(ui.text("roster.action.edit"));
        markLeft.setText(ui.text("roster.action.markLeft"));
        table.setContextMenu(new ContextMenu(edit, markLeft));
        VBox.setVgrow(table, Priority.ALWAYS);
        Label summary = new Label();
        summary.setId("roster-summary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("text-muted");
        getChildren().setAll(search, filters, table, summary);
        setPadding(new Insets(0, 8, 0, 8));
    }

    TableView<RosterEntry> table() {
        return table;
    }

    TextField search() {
        return search;
    }

    void onEdit(Runnable action) {
        edit.setOnAction(e -> action.run());
    }

    void onMarkLeft(Runnable action) {
        markLeft.setOnAction(e -> action.run());
        table.setOnKeyPressed(e -> {
            if (e.getCode() == javafx.scene.input.KeyCode.DELETE) {
                action.run();
            }
        });
    }

    /**
     * Beside the open person panel the table keeps the columns a person is picked by (name, rank, unit,
     * status) and hides the ones the panel shows anyway; closing the panel brings back those the officer had on.
     */
    void compact(boolean compact) {
        for (TableColumn<RosterEntry, ?> column : table.getColumns()) {
            if (DETAIL_COLUMNS.contains((String) column.getUserData())) {
                if (compact) {
                    hiddenForPanel.put(column, column.isVisible());
                    column.setVisible(false);
                } else if (hiddenForPanel.containsKey(column)) {
                    column.setVisible(hiddenForPanel.remove(column));
                }
            }
        }
    }

    /** Selects the row of this person, if the table shows them. */
    void select(Person person) {
        table.getItems().stream().filter(e -> e.person().id().equals(person.id())).findFirst()
                .ifPresent(entry -> table.getSelectionModel().clearAndSelect(table.getItems().indexOf(entry)));
    }

    /** Column titles again in the current language. */
    void relabel() {
        for (TableColumn<RosterEntry, ?> column : table.getColumns()) {
            column.setText(ui.text((String) column.getUserData()));
        }
    }

    private String status(RosterEntry entry) {
        Person person = entry.person();
        return person.left() ? ui.text("roster.left.badge") : person.details().partyMember() ? ui.text("roster.partyMember") : "";
    }

    private ComboBox<String> filter(ObservableList<String> options, String allKey) {
        ComboBox<String> box = new ComboBox<>();
        box.getItems().add(null);
        options.addListener((ListChangeListener<String>) c -> {
            String chosen = box.getValue();
            box.getItems().setAll(options);
            box.getItems().addFirst(null);
            box.setValue(chosen);
        });
        box.setPromptText(ui.text(allKey));
        box.setConverter(DisplayConverter.of(Function.identity()));
        box.setButtonCell(new ListCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? ui.text(allKey) : item);
            }
        });
        box.setPrefWidth(150);
        return box;
    }

    private static TableColumn<RosterEntry, String> column(String key, double width, double minWidth, Function<RosterEntry, String> value,
                                                          Comparator<String> order) {
        TableColumn<RosterEntry, String> column = new TableColumn<>();
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setMinWidth(minWidth);
        if (order != null) {
            column.setComparator(Comparator.nullsFirst(order));
        } else {
            column.setSortable(false);
        }
        column.setUserData(key);
        return column;
    }
}
