package vn.tdkt.exemplar.ui;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.exemplar.Exemplar;
import vn.tdkt.ui.UiContext;

/**
 * Corrects what was recorded on phát hiện (field, reason, who, when, đặc trưng). The subject stays:
 * a model of another person is a new model.
 */
final class ProfileForm extends VBox {
    private final ComboBox<String> field = new ComboBox<>();
    private final TextArea reason;
    private final TextField by;
    private final TextField date;
    private final FlowPane traits = new FlowPane(8, 4);

    ProfileForm(UiContext ui, ExemplarBoardModel model) {
        super(8);
        Forms forms = new Forms(ui);
        GridPane grid = forms.grid();
        forms.row(grid, "profile-field", "exemplar.field.field", field);
        field.setEditable(true);
        reason = forms.area(grid, "profile-reason", "exemplar.field.reason", 3);
        by = forms.text(grid, "profile-by", "exemplar.field.discoveredBy");
        date = forms.date(grid, "profile-date", "exemplar.field.discoveredOn", "");
        traits.setId("profile-traits");
        Button save = new Button(ui.text("exemplar.profile.save"));
        save.setId("profile-save");
        save.setOnAction(e -> model.guard(() -> model.updateProfile(fieldText(), reason.getText(), by.getText(), date.getText(), selectedTraits())));
        getChildren().addAll(grid, new Label(ui.text("exemplar.field.traits")), traits, save);
    }

    /** Fills the form from the model shown; the trait boxes are the list in use plus any the model still carries. */
    void show(Exemplar exemplar, ExemplarBoardModel.Options options) {
        field.getItems().setAll(options.fields());
        field.setValue(exemplar.field());
        field.getEditor().setText(exemplar.field());
        reason.setText(exemplar.reason());
        by.setText(exemplar.discoveredBy());
        date.setText(VietnameseDates.shortForm(exemplar.discoveredOn()));
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(options.traits());
        names.addAll(exemplar.traits());
        traits.getChildren().setAll(names.stream().map(name -> {
            CheckBox box = new CheckBox(name);
            box.setSelected(exemplar.traits().contains(name));
            return box;
        }).toList());
    }

    private String fieldText() {
        return field.getEditor().getText().isBlank() ? field.getValue() : field.getEditor().getText();
    }

    private List<String> selectedTraits() {
        return traits.getChildren().stream().map(CheckBox.class::cast).filter(CheckBox::isSelected).map(CheckBox::getText).toList();
    }
}
