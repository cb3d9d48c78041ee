package vn.tdkt.settings.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.validation.Severity;
import org.controlsfx.validation.ValidationSupport;
import org.controlsfx.validation.Validator;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.settings.Letterhead;
import vn.tdkt.settings.LegalRegister;
import vn.tdkt.settings.SettingsService;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/** Cài đặt: the unit's letterhead used by every document, the language and the theme. */
public final class SettingsPage implements Page {
    /** Fields a document header cannot do without; marked required. */
    private static final Set<String> REQUIRED = Set.of("superiorBody", "unitName", "shortCode", "placeName", "commanderTitle", "commanderName");

    private final UiContext ui;
    private final SettingsViewModel model;
    private final LegalRegisterViewModel legal;
    private final Button save = new Button();
    private final Label status = new Label();

    public SettingsPage(UiContext ui, SettingsService settings, LegalRegister legalRegister) {
        this.ui = ui;
        this.model = new SettingsViewModel(ui, settings);
        this.legal = new LegalRegisterViewModel(ui, legalRegister);
        save.setText(ui.text("action.save"));
        save.setGraphic(new FontIcon(Material2MZ.SAVE));
        save.disableProperty().bind(model.dirtyProperty().not());
        save.setOnAction(e -> save());
    }

    @Override
    public List<Button> actions() {
        return List.of(save);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), this::save);
    }

    @Override
    public Node content() {
        GridPane grid = new GridPane(12, 8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(260);
        ColumnConstraints inputs = new ColumnConstraints();
        inputs.setHgrow(Priority.ALWAYS);
        inputs.setMaxWidth(520);
        grid.getColumnConstraints().setAll(labels, inputs);
        ValidationSupport validation = new ValidationSupport();
        int row = 0;
        Label letterheadTitle = new Label(ui.text("settings.section.letterhead"));
        letterheadTitle.getStyleClass().add("section-title");
        grid.add(letterheadTitle, 0, row++, 2, 1);
        for (String field : Letterhead.FIELDS) {
            boolean required = REQUIRED.contains(field);
            Label label = new Label(ui.text("settings.field." + field) + (required ? " *" : ""));
            TextField input = new TextField();
            input.setId("settings-" + field);
            input.textProperty().bindBidirectional(model.field(field));
            label.setLabelFor(input);
            grid.add(label, 0, row);
            grid.add(input, 1, row++);
            if (required) {
                validation.registerValidator(input, false, Validator.createEmptyValidator(ui.text("settings.error.required"), Severity.WARNING));
            }
        }
        Label appTitle = new Label(ui.text("settings.section.app"));
        appTitle.getStyleClass().add("section-title");
        grid.add(appTitle, 0, row++, 2, 1);
        ComboBox<Locale> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(SettingsViewModel.LANGUAGES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Locale locale) {
                return locale == null ? "" : ui.text("settings.language." + locale.getLanguage());
            }

            @Override
            public Locale fromString(String text) {
                return null;
            }
        });
        language.valueProperty().bindBidirectional(model.languageProperty());
        grid.add(new Label(ui.text("settings.language")), 0, row);
        grid.add(language, 1, row++);
        CheckBox dark = new CheckBox(ui.text("settings.darkTheme"));
        dark.selectedProperty().bindBidirectional(model.darkThemeProperty());
        grid.add(dark, 1, row++);
        Label hint = new Label(ui.text("settings.restartHint"));
        hint.getStyleClass().add("text-muted");
        hint.setWrapText(true);
        grid.add(hint, 1, row++);
        status.getStyleClass().add("text-muted");
        VBox box = new VBox(12, grid, status, new LegalRegisterPane(ui, legal).content());
        box.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(box);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private void save() {
        if (!model.dirtyProperty().get()) {
            return;
        }
        model.save(() -> status.setText(ui.text("settings.saved")));
    }

    @Override
    public void refresh() {
        if (!model.dirtyProperty().get()) {
            model.load();
        }
        legal.load();
    }

    @Override
    public boolean canLeave() {
        return !model.dirtyProperty().get()
                || ui.dialogs().confirm(ui.text("settings.unsaved.title"), ui.text("settings.unsaved.text"));
    }
}
