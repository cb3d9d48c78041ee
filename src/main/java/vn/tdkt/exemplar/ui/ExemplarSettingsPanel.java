package vn.tdkt.exemplar.ui;

import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.exemplar.ExemplarSettings;
import vn.tdkt.exemplar.ExemplarSettings.TraitList;
import vn.tdkt.exemplar.ui.ExemplarSettingsModel.ChoiceList;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.UiContext;

/** Cài đặt điển hình: the numbers of the stall and dossier rules, then each editable list with add and remove. */
final class ExemplarSettingsPanel extends VBox {
    ExemplarSettingsPanel(UiContext ui, ExemplarSettingsModel model, Runnable closed) {
        super(10);
        Forms forms = new Forms(ui);
        Label title = new Label(ui.text("exemplar.settings.title"));
        title.getStyleClass().add("title-4");
        GridPane grid = forms.grid();
        TextField stall = forms.text(grid, "settings-stall", "exemplar.settings.stallDays");
        TextField size = forms.text(grid, "settings-size", "exemplar.settings.maxAttachment");
        TextField checks = forms.text(grid, "settings-checks", "exemplar.settings.minChecks");
        ComboBox<TraitList> traitList = forms.row(grid, "settings-traitlist", "exemplar.settings.traitList", new ComboBox<>());
        traitList.getItems().setAll(TraitList.values());
        traitList.setConverter(DisplayConverter.of(t -> ui.text("exemplar.settings.traitList." + t.name().toLowerCase(java.util.Locale.ROOT))));
        model.settingsProperty().addListener((o, a, s) -> show(s, stall, size, checks, traitList));
        show(model.settingsProperty().get(), stall, size, checks, traitList);
        Button save = new Button(ui.text("action.save"));
        save.setId("settings-save");
        save.getStyleClass().add("accent");
        save.setOnAction(e -> model.save(stall.getText(), size.getText(), checks.getText(), traitList.getValue()));
        Button close = new Button(ui.text("exemplar.settings.close"));
        close.setOnAction(e -> closed.run());
        for (TextField number : java.util.List.of(stall, size, checks)) {
            number.setPrefColumnCount(6);
            number.setMaxWidth(Region.USE_PREF_SIZE);
        }
        Label explain = new Label(ui.text("exemplar.settings.explain"));
        explain.setWrapText(true);
        explain.getStyleClass().add("text-muted");
        getChildren().addAll(title, grid, explain, new FlowPane(8, 4, save, close));
        Label missing = new Label(ui.text("exemplar.traits.empty"));
        missing.setWrapText(true);
        missing.getStyleClass().add("text-muted");
        for (ChoiceList list : ChoiceList.values()) {
            getChildren().add(forms.section(list.messageKey(), listEditor(ui, model, list), list == ChoiceList.FIELDS));
            if (list == ChoiceList.FIELDS) {
                getChildren().add(missing);
            }
        }
    }

    private static void show(ExemplarSettings s, TextField stall, TextField size, TextField checks, ComboBox<TraitList> traitList) {
        stall.setText(Integer.toString(s.stallDays()));
        size.setText(Integer.toString(s.maxAttachmentMegabytes()));
        checks.setText(Integer.toString(s.minChecks()));
        traitList.setValue(s.traitList());
    }

    private static VBox listEditor(UiContext ui, ExemplarSettingsModel model, ChoiceList list) {
        String id = "settings-" + list.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        ListView<String> names = new ListView<>(model.list(list));
        names.setId(id);
        names.setPrefHeight(120);
        names.setPlaceholder(new Label(ui.text("exemplar.settings.listEmpty")));
        TextField name = new TextField();
        name.setId(id + "-name");
        name.setPromptText(ui.text("exemplar.field.choice"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Button add = new Button(ui.text("exemplar.settings.add"));
        add.setId(id + "-add");
        add.setOnAction(e -> model.add(list, name.getText(), name::clear));
        name.setOnAction(e -> add.fire());
        Button remove = new Button(ui.text("exemplar.settings.remove"));
        remove.setId(id + "-remove");
        remove.disableProperty().bind(names.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> model.remove(list, names.getSelectionModel().getSelectedItem()));
        return new VBox(6, names, new HBox(6, name, add, remove));
    }
}
