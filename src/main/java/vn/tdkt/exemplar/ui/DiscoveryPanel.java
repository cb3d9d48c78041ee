package vn.tdkt.exemplar.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.UiContext;

/** Phát hiện: a person from the roster or a collective from the unit tree, the field, why, by whom, when, the đặc trưng. */
final class DiscoveryPanel extends VBox {
    private final ExemplarBoardModel model;
    private final ComboBox<RosterEntry> person = new ComboBox<>();
    private final ComboBox<Unit> unit = new ComboBox<>();
    private final ComboBox<String> field = new ComboBox<>();
    private final FlowPane traits = new FlowPane(8, 4);
    private final TextField date;
    private final TextField by;
    private final TextArea reason;

    DiscoveryPanel(UiContext ui, ExemplarBoardModel model, Runnable closed) {
        super(10);
        this.model = model;
        Forms forms = new Forms(ui);
        Label title = new Label(ui.text("exemplar.new.title"));
        title.getStyleClass().add("title-4");
        ToggleGroup kind = new ToggleGroup();
        RadioButton individual = new RadioButton(ui.text("exemplar.new.person"));
        individual.setToggleGroup(kind);
        individual.setSelected(true);
        RadioButton collective = new RadioButton(ui.text("exemplar.new.unit"));
        collective.setId("discover-collective");
        collective.setToggleGroup(kind);
        GridPane grid = forms.grid();
        TextField search = forms.text(grid, "discover-person-search", "exemplar.new.search");
        search.setPromptText(ui.text("exemplar.new.searchPrompt"));
        forms.row(grid, "discover-person", "exemplar.new.person", person);
        person.setConverter(DisplayConverter.of(e -> e.person().fullName() + " — " + e.unitName()));
        search.textProperty().addListener((o, a, text) -> model.findPeople(text, found -> {
            person.getItems().setAll(found);
            if (found.size() == 1) {
                person.setValue(found.getFirst());
            }
        }));
        forms.row(grid, "discover-unit", "exemplar.new.unit", unit);
        unit.setConverter(DisplayConverter.of(u -> u.code() + " — " + u.name()));
        unit.disableProperty().bind(individual.selectedProperty());
        person.disableProperty().bind(collective.selectedProperty());
        search.disableProperty().bind(collective.selectedProperty());
        forms.row(grid, "discover-field", "exemplar.field.field", field);
        field.setEditable(true);
        reason = forms.area(grid, "discover-reason", "exemplar.field.reason", 3);
        by = forms.text(grid, "discover-by", "exemplar.field.discoveredBy");
        date = forms.date(grid, "discover-date", "exemplar.field.discoveredOn", model.today());
        Label traitsLabel = new Label(ui.text("exemplar.field.traits"));
        Label noTraits = new Label(ui.text("exemplar.traits.empty"));
        noTraits.setWrapText(true);
        noTraits.getStyleClass().add("text-muted");
        Button save = new Button(ui.text("action.save"));
        save.setId("discover-save");
        save.getStyleClass().add("accent");
        save.setDefaultButton(true);
        Button cancel = new Button(ui.text("exemplar.cancel"));
        cancel.setOnAction(e -> closed.run());
        save.setOnAction(e -> model.guard(() -> model.discover(individual.isSelected() ? person.getValue() : null,
                collective.isSelected() ? unit.getValue() : null, field.getEditor().getText().isBlank() ? field.getValue() : field.getEditor().getText(),
                reason.getText(), by.getText(), date.getText(), selectedTraits(), closed)));
        model.optionsProperty().addListener((o, a, options) -> fill(options, noTraits));
        fill(model.optionsProperty().get(), noTraits);
        getChildren().addAll(title, new FlowPane(12, 4, individual, collective), grid, traitsLabel, traits, noTraits,
                new FlowPane(8, 4, save, cancel));
    }

    private void fill(ExemplarBoardModel.Options options, Label noTraits) {
        field.getItems().setAll(options.fields());
        unit.getItems().setAll(options.units());
        traits.getChildren().setAll(options.traits().stream().map(CheckBox::new).toList());
        noTraits.setVisible(options.traits().isEmpty());
        noTraits.setManaged(options.traits().isEmpty());
    }

    private List<String> selectedTraits() {
        return traits.getChildren().stream().map(CheckBox.class::cast).filter(CheckBox::isSelected).map(CheckBox::getText).toList();
    }

    /** Clears the form for the next model. */
    void reset() {
        person.setValue(null);
        unit.setValue(null);
        field.setValue(null);
        field.getEditor().clear();
        reason.clear();
        by.clear();
        date.setText(model.today());
        traits.getChildren().forEach(n -> ((CheckBox) n).setSelected(false));
    }
}
