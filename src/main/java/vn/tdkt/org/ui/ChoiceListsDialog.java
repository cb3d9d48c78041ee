package vn.tdkt.org.ui;

import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.ChoiceList;
import vn.tdkt.ui.UiContext;

/** Danh mục: the officer's own lists of ranks, positions and categories the roster picks from. */
final class ChoiceListsDialog {
    private final UiContext ui;
    private final ChoiceListsViewModel model;

    ChoiceListsDialog(UiContext ui, RosterService roster) {
        this.ui = ui;
        this.model = new ChoiceListsViewModel(ui, roster);
    }

    void show(Window owner) {
        TabPane tabs = new TabPane();
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        for (ChoiceList list : ChoiceList.values()) {
            tabs.getTabs().add(new Tab(ui.text("choices.list." + list.key()), editor(list)));
        }
        Label hint = new Label(ui.text("choices.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(10, tabs, hint);
        content.setPrefSize(460, 480);
        model.load();
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(ui.text("choices.title"));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.showAndWait();
    }

    private VBox editor(ChoiceList list) {
        ListView<String> items = new ListView<>(model.items(list));
        items.setId("choices-" + list.key());
        VBox.setVgrow(items, Priority.ALWAYS);
        TextField name = new TextField();
        name.setId("choices-" + list.key() + "-name");
        name.setPromptText(ui.text("choices.new"));
        HBox.setHgrow(name, Priority.ALWAYS);
        Runnable add = () -> model.add(list, name.getText(), () -> {
            name.clear();
            items.getSelectionModel().selectLast();
        });
        name.setOnAction(e -> add.run());
        Button addButton = button("choices.add", Material2AL.ADD, add);
        Button remove = button("choices.remove", Material2AL.DELETE, () -> {
            String selected = items.getSelectionModel().getSelectedItem();
            if (selected != null && ui.dialogs().confirm(ui.text("choices.title"), ui.text("choices.remove.confirm", selected))) {
                model.remove(list, selected);
            }
        });
        Button up = button("choices.up", Material2AL.ARROW_UPWARD, () -> move(items, list, -1));
        Button down = button("choices.down", Material2AL.ARROW_DOWNWARD, () -> move(items, list, +1));
        remove.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        up.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        down.disableProperty().bind(items.getSelectionModel().selectedItemProperty().isNull());
        items.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE) {
                remove.fire();
            }
        });
        VBox box = new VBox(8, new HBox(8, name, addButton), items, new HBox(8, up, down, remove));
        box.setPadding(new Insets(10, 0, 0, 0));
        return box;
    }

    private void move(ListView<String> items, ChoiceList list, int direction) {
        int index = model.move(list, items.getSelectionModel().getSelectedIndex(), direction);
        items.getSelectionModel().select(index);
    }

    private Button button(String key, org.kordamp.ikonli.Ikon icon, Runnable action) {
        Button button = new Button(ui.text(key), new FontIcon(icon));
        button.setOnAction(e -> action.run());
        return button;
    }
}
