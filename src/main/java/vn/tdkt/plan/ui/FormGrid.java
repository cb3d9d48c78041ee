package vn.tdkt.plan.ui;

import java.util.function.Function;
import java.util.function.Supplier;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationResult;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.UiContext;

/**
 * A two-column form (label, field; a text area under its label across both) whose fields carry ids and ControlsFX
 * decorations saying what is wrong.
 */
final class FormGrid extends GridPane {
    private final UiContext ui;
    private final String idPrefix;
    private final ValidationSupport validation = new ValidationSupport();
    private int row;

    FormGrid(UiContext ui, String idPrefix) {
        super(8, 6);
        this.ui = ui;
        this.idPrefix = idPrefix;
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(120);
        // A long label wraps onto a second line rather than taking the width its field needs.
        labels.setMaxWidth(160);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        getColumnConstraints().setAll(labels, inputs);
    }

    TextField text(String id, String labelKey, boolean required, StringProperty value) {
        TextField field = new TextField();
        field.textProperty().bindBidirectional(value);
        add(id, labelKey, required, field);
        if (required) {
            validation.registerValidator(field, false, Validator.createEmptyValidator(ui.text("plan.error.required"), Severity.ERROR));
        }
        return field;
    }

    TextField date(String id, String labelKey, boolean required, StringProperty value) {
        TextField field = text(id, labelKey, required, value);
        field.setPromptText(ui.text("plan.datePrompt"));
        return field;
    }

    TextArea area(String id, String labelKey, StringProperty value) {
        TextArea area = new TextArea();
        area.setPrefRowCount(3);
        area.setWrapText(true);
        area.textProperty().bindBidirectional(value);
        // Above its field across the whole form: beside it, a long label ("Bài học kinh nghiệm sơ kết (mỗi ý một
        // dòng)") wrapped to four lines in the label column and left the text it labels a narrow box at 1366 px.
        area.setId(idPrefix + "-" + id);
        area.setMaxWidth(Double.MAX_VALUE);
        Label label = label(labelKey, false, area);
        add(label, 0, row++, 2, 1);
        add(area, 0, row++, 2, 1);
        return area;
    }

    <T> ComboBox<T> choice(String id, String labelKey, javafx.collections.ObservableList<T> items, Function<T, String> show,
                           javafx.beans.property.Property<T> value) {
        ComboBox<T> box = new ComboBox<>(items);
        box.setConverter(DisplayConverter.of(show));
        box.valueProperty().bindBidirectional(value);
        add(id, labelKey, false, box);
        return box;
    }

    /** Shows {@code problem}'s answer (a sentence, or null when all is well) next to the field as the officer types. */
    void check(Control field, Supplier<String> problem) {
        validation.registerValidator(field, false, (control, value) -> {
            String error = problem.get();
            return ValidationResult.fromErrorIf(control, error == null ? "" : error, error != null);
        });
    }

    /** Checks again (after another field changed what this one may hold). */
    void revalidate() {
        validation.revalidate();
    }

    void add(String id, String labelKey, boolean required, Control input) {
        input.setId(idPrefix + "-" + id);
        input.setMaxWidth(Double.MAX_VALUE);
        add(label(labelKey, required, input), 0, row);
        add(input, 1, row++);
    }

    private Label label(String labelKey, boolean required, Control input) {
        Label label = new Label(ui.text(labelKey) + (required ? " *" : ""));
        label.setLabelFor(input);
        label.setWrapText(true);
        return label;
    }

    void full(javafx.scene.Node node) {
        add(node, 0, row++, 2, 1);
    }

}
