package vn.tdkt.settings.ui;

import javafx.beans.binding.Bindings;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.settings.BaseSalary;
import vn.tdkt.settings.LegalDocument;
import vn.tdkt.ui.UiContext;

/** The Cài đặt sections for the legal register and the base salary: a table each, the selected line's form below. */
final class LegalRegisterPane {
    private final UiContext ui;
    private final LegalRegisterViewModel model;

    LegalRegisterPane(UiContext ui, LegalRegisterViewModel model) {
        this.ui = ui;
        this.model = model;
    }

    Node content() {
        return new VBox(12, documentsSection(), salarySection());
    }

    private Node documentsSection() {
        Label title = sectionTitle("legal.section.documents");
        Label hint = muted("legal.hint");
        TableView<LegalDocument> table = new TableView<>(model.documents());
        table.setId("legal-documents");
        table.setPrefHeight(210);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("legal.field.kind", 80, LegalDocument::kind));
        table.getColumns().add(column("legal.field.number", 120, LegalDocument::number));
        table.getColumns().add(column("legal.column.signedOn", 90, d -> d.signedOn() == null ? ui.text("legal.toConfirm") : VietnameseDates.shortForm(d.signedOn())));
        table.getColumns().add(column("legal.field.inForce", 150, d -> VietnameseDates.shortForm(d.inForceFrom()) + " – " + VietnameseDates.shortForm(d.inForceUntil())));
        table.getColumns().add(column("legal.field.cited", 70, d -> d.cited() ? "✓" : ""));
        table.getColumns().add(column("legal.field.title", 260, d -> d.issuer() + (d.title().isEmpty() ? "" : " — " + d.title())));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> model.selectedProperty().set(after));
        GridPane form = form();
        int row = 0;
        row = field(form, row, "legal.field.kind", "legal-kind", model.kindProperty());
        row = field(form, row, "legal.field.number", "legal-number", model.numberProperty());
        row = field(form, row, "legal.field.issuer", "legal-issuer", model.issuerProperty());
        row = field(form, row, "legal.field.signedOn", "legal-signed", model.signedOnProperty());
        row = field(form, row, "legal.field.title", "legal-title", model.titleProperty());
        row = field(form, row, "legal.field.inForceFrom", "legal-from", model.inForceFromProperty());
        row = field(form, row, "legal.field.inForceUntil", "legal-until", model.inForceUntilProperty());
        CheckBox cited = new CheckBox(ui.text("legal.field.citedLong"));
        cited.selectedProperty().bindBidirectional(model.citedProperty());
        form.add(cited, 1, row);
        HBox actions = actions(model::newDocument, model::saveDocument, model::deleteDocument, "legal-save");
        return new VBox(8, title, hint, table, form, actions);
    }

    private Node salarySection() {
        Label title = sectionTitle("legal.section.salary");
        Label hint = muted("legal.salary.hint");
        TableView<BaseSalary> table = new TableView<>(model.salaries());
        table.setId("legal-salaries");
        table.setPrefHeight(110);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(salaryColumn("legal.salary.from", 110, s -> VietnameseDates.shortForm(s.from())));
        table.getColumns().add(salaryColumn("legal.salary.amount", 130, s -> VietnameseNumbers.grouped(s.amount())));
        table.getColumns().add(salaryColumn("legal.salary.ground", 260, BaseSalary::legalGround));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> model.selectedSalaryProperty().set(after));
        GridPane form = form();
        int row = 0;
        row = field(form, row, "legal.salary.from", "salary-from", model.salaryFromProperty());
        row = field(form, row, "legal.salary.amount", "salary-amount", model.salaryAmountProperty());
        field(form, row, "legal.salary.ground", "salary-ground", model.salaryGroundProperty());
        HBox actions = actions(model::newSalary, model::saveSalary, model::deleteSalary, "salary-save");
        return new VBox(8, title, hint, typedSalary(), table, form, actions);
    }

    /** The amount typed before the dated table, beside it until it becomes a dated row or is dismissed. */
    private Node typedSalary() {
        Label text = new Label();
        text.setWrapText(true);
        text.textProperty().bind(Bindings.createStringBinding(() -> model.typedSalaryProperty().get() == null ? ""
                : ui.text("legal.typedSalary.text", VietnameseNumbers.grouped(model.typedSalaryProperty().get())), model.typedSalaryProperty()));
        Label fromLabel = new Label(ui.text("legal.typedSalary.from"));
        TextField from = new TextField();
        from.setId("typed-salary-from");
        from.setPromptText(ui.text("legal.typedSalary.fromPrompt"));
        from.textProperty().bindBidirectional(model.typedSalaryFromProperty());
        fromLabel.setLabelFor(from);
        Button adopt = new Button(ui.text("legal.typedSalary.adopt"));
        adopt.setId("typed-salary-adopt");
        adopt.getStyleClass().add("accent");
        adopt.setOnAction(e -> model.adoptTypedSalary());
        Button dismiss = new Button(ui.text("legal.typedSalary.dismiss"));
        dismiss.setOnAction(e -> model.dismissTypedSalary());
        HBox actions = new HBox(8, fromLabel, from, adopt, dismiss);
        actions.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, text, actions);
        box.setId("typed-salary");
        box.getStyleClass().add("card");
        box.visibleProperty().bind(model.typedSalaryProperty().isNotNull());
        box.managedProperty().bind(box.visibleProperty());
        return box;
    }

    private Label sectionTitle(String key) {
        Label title = new Label(ui.text(key));
        title.getStyleClass().add("section-title");
        return title;
    }

    private Label muted(String key) {
        Label hint = new Label(ui.text(key));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        return hint;
    }

    private static GridPane form() {
        GridPane grid = new GridPane(12, 6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(260);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(520);
        grid.getColumnConstraints().setAll(labels, inputs);
        return grid;
    }

    private int field(GridPane grid, int row, String labelKey, String id, StringProperty value) {
        Label label = new Label(ui.text(labelKey));
        TextField input = new TextField();
        input.setId(id);
        input.textProperty().bindBidirectional(value);
        label.setLabelFor(input);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        return row + 1;
    }

    private HBox actions(Runnable add, Runnable save, Runnable delete, String saveId) {
        Button addButton = new Button(ui.text("legal.action.new"));
        addButton.setOnAction(e -> add.run());
        Button saveButton = new Button(ui.text("legal.action.save"));
        saveButton.setId(saveId);
        saveButton.getStyleClass().add("accent");
        saveButton.setOnAction(e -> save.run());
        Button deleteButton = new Button(ui.text("legal.action.delete"));
        deleteButton.setOnAction(e -> delete.run());
        return new HBox(8, addButton, saveButton, deleteButton);
    }

    private TableColumn<LegalDocument, String> column(String key, double width, Function<LegalDocument, String> value) {
        TableColumn<LegalDocument, String> column = new TableColumn<>(ui.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private TableColumn<BaseSalary, String> salaryColumn(String key, double width, Function<BaseSalary, String> value) {
        TableColumn<BaseSalary, String> column = new TableColumn<>(ui.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }
}
