package vn.tdkt.org.ui;

import java.util.function.Consumer;
import javafx.beans.property.StringProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Person;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.ui.UiContext;

/**
 * The side panel where a person is added or edited, transferred, or marked as left. Fields bind to
 * {@link PersonFormModel}; the close button (or Esc, handled by the page) gives the table its width back.
 */
final class PersonPanel extends BorderPane {
    private final UiContext ui;
    private final PersonFormModel form;
    private final Label title = new Label();
    private final Button transfer = new Button();
    private final Button left = new Button();
    private final Label unitLabel = new Label();
    private final TextField fullName = new TextField();
    private int row;

    PersonPanel(UiContext ui, PersonFormModel form, ObservableList<UnitNode> units, ObservableList<String> ranks,
                ObservableList<String> positions, ObservableList<String> categories, Runnable save, Consumer<Person> changed,
                Runnable close) {
        this.ui = ui;
        this.form = form;
        setMinWidth(300);
        GridPane grid = new GridPane(8, 6);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().setAll(labels, inputs);
        title.getStyleClass().add("section-title");
        title.setWrapText(true);
        Button closeButton = new Button(null, new org.kordamp.ikonli.javafx.FontIcon(org.kordamp.ikonli.material2.Material2AL.CLOSE));
        closeButton.setId("person-close");
        closeButton.getStyleClass().addAll("flat", "button-icon");
        closeButton.setTooltip(new javafx.scene.control.Tooltip(ui.text("roster.form.close")));
        closeButton.setOnAction(e -> close.run());
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox header = new HBox(8, title, gap, closeButton);
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        header.setPadding(new Insets(8, 8, 0, 12));
        setTop(header);
        fullName.textProperty().bindBidirectional(form.fullNameProperty());
        add(grid, "fullName", "roster.field.full_name", true, fullName);
        ComboBox<Gender> gender = new ComboBox<>();
        gender.getItems().setAll(Gender.values());
        gender.setConverter(DisplayConverter.of(g -> ui.text(g.messageKey())));
        gender.valueProperty().bindBidirectional(form.genderProperty());
        add(grid, "gender", "roster.field.gender", false, gender);
        date(grid, "birth", "roster.field.birth_date", form.birthProperty());
        text(grid, "homeTown", "roster.field.home_town", false, form.homeTownProperty());
        choice(grid, "rank", "roster.field.rank", ranks, form.rankProperty());
        choice(grid, "position", "roster.field.position", positions, form.positionProperty());
        choice(grid, "category", "roster.field.category", categories, form.categoryProperty());
        CheckBox party = new CheckBox(ui.text("roster.field.party_member"));
        party.setId("person-partyMember");
        party.selectedProperty().bindBidirectional(form.partyMemberProperty());
        grid.add(party, 1, row++);
        date(grid, "partyDate", "roster.field.party_date", form.partyDateProperty());
        date(grid, "startDate", "roster.field.start_date", form.startDateProperty());
        text(grid, "education", "roster.field.education", false, form.educationProperty());
        TextArea notes = new TextArea();
        notes.setPrefRowCount(2);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        add(grid, "notes", "roster.field.notes", false, notes);

        ComboBox<Unit> unit = new ComboBox<>();
        unit.setId("person-unit");
        unit.setMaxWidth(Double.MAX_VALUE);
        unit.getItems().setAll(units.stream().filter(n -> !n.unit().dissolved()).map(UnitNode::unit).toList());
        units.addListener((javafx.collections.ListChangeListener<UnitNode>) c ->
                unit.getItems().setAll(units.stream().filter(n -> !n.unit().dissolved()).map(UnitNode::unit).toList()));
        unit.setConverter(DisplayConverter.of(u -> u.code() + " — " + u.name()));
        unit.valueProperty().bindBidirectional(form.unitProperty());
        grid.add(new Separator(), 0, row++, 2, 1);
        unitLabel.setLabelFor(unit);
        grid.add(unitLabel, 0, row);
        grid.add(unit, 1, row++);
        date(grid, "moveDate", "roster.form.moveDate", form.moveDateProperty());

        Button saveButton = new Button(ui.text("action.save"));
        saveButton.setId("person-save");
        saveButton.getStyleClass().add("accent");
        saveButton.setOnAction(e -> save.run());
        transfer.setText(ui.text("roster.action.transfer"));
        transfer.setId("person-transfer");
        transfer.setOnAction(e -> act(() -> form.transfer(changed)));
        left.setText(ui.text("roster.action.markLeft"));
        left.setId("person-left");
        left.setOnAction(e -> {
            Person person = form.editingProperty().get();
            if (person != null && ui.dialogs().confirm(ui.text("roster.left.title"), ui.text("roster.left.confirm", person.fullName()))) {
                act(() -> form.markLeft(ui.text("roster.left.reason"), changed));
            }
        });
        Label hint = new Label(ui.text("roster.form.hint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        VBox box = new VBox(10, grid, hint);
        box.setPadding(new Insets(8, 12, 8, 12));
        ScrollPane fields = new ScrollPane(box);
        fields.setFitToWidth(true);
        fields.getStyleClass().add("edge-to-edge");
        setCenter(fields);
        // The buttons stay visible below the fields however far the form is scrolled.
        HBox buttons = new HBox(8, saveButton, transfer, left);
        buttons.setPadding(new Insets(8, 12, 4, 12));
        setBottom(buttons);
        form.editingProperty().addListener((obs, before, after) -> updateMode());
        updateMode();
    }

    private void updateMode() {
        Person person = form.editingProperty().get();
        title.setText(person == null ? ui.text("roster.form.new") : person.fullName() + (person.left() ? " — " + ui.text("roster.left.badge") : ""));
        unitLabel.setText(ui.text(person == null ? "roster.form.unit" : "roster.form.transferTo") + (person == null ? " *" : ""));
        transfer.setDisable(person == null || person.left());
        left.setDisable(person == null || person.left());
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            ui.dialogs().error(e);
        }
    }

    void focusName() {
        fullName.requestFocus();
    }

    private void text(GridPane grid, String id, String labelKey, boolean required, StringProperty value) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        add(grid, id, labelKey, required, field);
    }

    private void date(GridPane grid, String id, String labelKey, StringProperty value) {
        TextField field = new TextField();
        field.setPromptText(ui.text("roster.form.datePrompt"));
        field.textProperty().bindBidirectional(value);
        add(grid, id, labelKey, false, field);
    }

    private void choice(GridPane grid, String id, String labelKey, ObservableList<String> options, StringProperty value) {
        ComboBox<String> box = new ComboBox<>(options);
        box.setEditable(true);
        box.setMaxWidth(Double.MAX_VALUE);
        box.valueProperty().bindBidirectional(value);
        add(grid, id, labelKey, false, box);
    }

    private void add(GridPane grid, String id, String labelKey, boolean required, javafx.scene.control.Control input) {
        input.setId("person-" + id);
        if (input instanceof TextInputControl || input instanceof ComboBox<?>) {
            input.setMaxWidth(Double.MAX_VALUE);
        }
        Label label = new Label(ui.text(labelKey) + (required ? " *" : ""));
        label.setLabelFor(input);
        label.setWrapText(true);
        grid.add(label, 0, row);
        grid.add(input, 1, row++);
    }

}
