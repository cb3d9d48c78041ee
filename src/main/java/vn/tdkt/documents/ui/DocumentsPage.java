package vn.tdkt.documents.ui;

import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.RegisterEntry;
import vn.tdkt.doc.FormSource;
import vn.tdkt.documents.DocumentServices;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/** Văn bản: the sổ văn bản (issue or type a number) and every form, opened in the preview. */
public final class DocumentsPage implements Page {
    private final UiContext ui;
    private final DocumentsViewModel model;
    private final Button preview = new Button();
    private final ListView<FormSource> forms = new ListView<>();
    private final ListView<FormSource.Choice> records = new ListView<>();

    public DocumentsPage(UiContext ui, DocumentServices services) {
        this.ui = ui;
        this.model = new DocumentsViewModel(ui, services);
        preview.setText(ui.text("doc.action.preview"));
        preview.setGraphic(new FontIcon(Material2MZ.VISIBILITY));
        preview.setOnAction(e -> openPreview());
        preview.disableProperty().bind(records.getSelectionModel().selectedItemProperty().isNull());
    }

    @Override
    public List<Button> actions() {
        return List.of(preview);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::openPreview);
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public Node content() {
        SplitPane split = new SplitPane(registerPane(), formsPane());
        split.setDividerPositions(0.64);
        return split;
    }

    private Node registerPane() {
        Label title = new Label(ui.text("doc.register.title"));
        title.getStyleClass().add("section-title");
        ChoiceBox<DocumentType> type = new ChoiceBox<>();
        type.getItems().setAll(DocumentType.values());
        type.setConverter(new StringConverter<>() {
            @Override
            public String toString(DocumentType value) {
                return value == null ? "" : ui.text(value.labelKey());
            }

            @Override
            public DocumentType fromString(String text) {
                return null;
            }
        });
        type.valueProperty().bindBidirectional(model.typeProperty());
        DatePicker date = new DatePicker();
        date.valueProperty().bindBidirectional(model.dateProperty());
        date.setPrefWidth(150);
        date.setMinWidth(150);
        date.setConverter(new StringConverter<>() {
            @Override
            public String toString(java.time.LocalDate value) {
                return VietnameseDates.shortForm(value);
            }

            @Override
            public java.time.LocalDate fromString(String text) {
                return VietnameseDates.parse(text).map(VietnameseDates.Parsed::date).orElse(null);
            }
        });
        TextField subject = new TextField();
        subject.setId("doc-subject");
        subject.setPromptText(ui.text("doc.register.subject"));
        subject.textProperty().bindBidirectional(model.subjectProperty());
        HBox.setHgrow(subject, Priority.ALWAYS);
        TextField number = new TextField();
        number.setId("doc-number");
        number.setPrefColumnCount(11);
        number.promptTextProperty().bind(model.nextNumberProperty());
        number.textProperty().bindBidirectional(model.typedNumberProperty());
        Button issue = new Button(ui.text("doc.register.issue"));
        issue.setId("doc-issue");
        issue.getStyleClass().add("accent");
        issue.setMinWidth(Region.USE_PREF_SIZE);
        issue.setOnAction(e -> model.issue());
        subject.setOnAction(e -> model.issue());
        HBox form = new HBox(8, type, date, subject, number, issue);
        form.setAlignment(Pos.CENTER_LEFT);
        Label hint = new Label(ui.text("doc.register.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        TableView<RegisterEntry> table = new TableView<>(model.entries());
        table.setId("doc-register");
        Label empty = new Label(ui.text("doc.register.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(ui.text("doc.register.column.type"), 110, e -> ui.text(e.type().labelKey())));
        table.getColumns().add(column(ui.text("doc.register.column.number"), 130, RegisterEntry::number));
        table.getColumns().add(column(ui.text("doc.register.column.date"), 100, e -> VietnameseDates.shortForm(e.issuedOn())));
        table.getColumns().add(column(ui.text("doc.register.column.subject"), 300, RegisterEntry::subject));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, title, form, hint, table);
        box.setPadding(new Insets(4, 8, 4, 4));
        return box;
    }

    private static TableColumn<RegisterEntry, String> column(String title, double width, java.util.function.Function<RegisterEntry, String> value) {
        TableColumn<RegisterEntry, String> column = new TableColumn<>(title);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private Node formsPane() {
        Label title = new Label(ui.text("doc.forms.title"));
        title.getStyleClass().add("section-title");
        forms.setId("doc-forms");
        forms.getItems().setAll(model.forms());
        forms.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FormSource form, boolean empty) {
                super.updateItem(form, empty);
                setText(empty || form == null ? null : ui.text(form.titleKey()));
            }
        });
        forms.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> model.chooseForm(after));
        Label recordsTitle = new Label(ui.text("doc.records.title"));
        recordsTitle.getStyleClass().add("section-title");
        records.setId("doc-records");
        records.setItems(model.records());
        records.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(FormSource.Choice choice, boolean empty) {
                super.updateItem(choice, empty);
                setText(empty || choice == null ? null : choice.label());
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        model.records().addListener((javafx.collections.ListChangeListener<FormSource.Choice>) change -> {
            if (records.getSelectionModel().isEmpty() && !model.records().isEmpty()) {
                records.getSelectionModel().selectFirst();
            }
        });
        records.setOnMouseClicked(e -> {
            if (e.getClickCount() == 2) {
                openPreview();
            }
        });
        Label missing = new Label();
        missing.setId("doc-records-missing");
        missing.setWrapText(true);
        missing.getStyleClass().add("text-muted");
        missing.textProperty().bind(model.missingProperty());
        records.setPlaceholder(missing);
        Label hint = new Label(ui.text("doc.forms.hint"));
        hint.setId("doc-forms-hint");
        hint.setWrapText(true);
        // Under the growing lists the label would be squeezed to one line and cut: it keeps the height its lines need.
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        VBox.setVgrow(forms, Priority.ALWAYS);
        VBox.setVgrow(records, Priority.ALWAYS);
        VBox box = new VBox(8, title, forms, recordsTitle, records, hint);
        box.setPadding(new Insets(4, 4, 4, 8));
        forms.getSelectionModel().selectFirst();
        return box;
    }

    private void openPreview() {
        FormSource form = forms.getSelectionModel().getSelectedItem();
        FormSource.Choice record = records.getSelectionModel().getSelectedItem();
        if (form != null && record != null) {
            model.preview(form, record, previewModel -> new PreviewWindow(ui, previewModel).show(forms.getScene().getWindow()));
        }
    }
}
