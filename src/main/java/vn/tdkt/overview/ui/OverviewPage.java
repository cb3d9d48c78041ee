package vn.tdkt.overview.ui;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.demo.SampleData;
import vn.tdkt.overview.OverviewService;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/** Tổng quan: the unit, what the data folder holds, and the first step when it is empty. */
public final class OverviewPage implements Page {
    private final UiContext ui;
    private final OverviewViewModel model;
    private final Button refresh = new Button();
    private final Button backup = new Button();

    public OverviewPage(UiContext ui, OverviewService service, SampleData samples) {
        this.ui = ui;
        this.model = new OverviewViewModel(ui, service, samples);
        refresh.setText(ui.text("action.refresh"));
        refresh.setGraphic(new FontIcon(Material2MZ.REFRESH));
        refresh.setOnAction(e -> refresh());
        backup.setText(ui.text("backup.usb.action"));
        backup.setGraphic(new FontIcon(Material2MZ.SAVE_ALT));
        backup.setOnAction(e -> backUpToUsb());
    }

    /** Asks for an optional password (twice), then where to write, then backs up in the background. */
    private void backUpToUsb() {
        javafx.scene.control.PasswordField password = new javafx.scene.control.PasswordField();
        javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
        Label hint = new Label(ui.text("backup.usb.hint"));
        hint.setWrapText(true);
        hint.setMaxWidth(420);
        javafx.scene.control.Dialog<javafx.scene.control.ButtonType> ask = new javafx.scene.control.Dialog<>();
        ask.initOwner(backup.getScene() == null ? null : backup.getScene().getWindow());
        ask.setTitle(ui.text("backup.usb.title"));
        ask.getDialogPane().setContent(new VBox(8, hint, new Label(ui.text("backup.usb.password")), password,
                new Label(ui.text("backup.usb.again")), again));
        ask.getDialogPane().getButtonTypes().setAll(javafx.scene.control.ButtonType.OK, javafx.scene.control.ButtonType.CANCEL);
        if (ask.showAndWait().filter(javafx.scene.control.ButtonType.OK::equals).isEmpty()) {
            return;
        }
        if (!password.getText().equals(again.getText())) {
            ui.dialogs().error(new vn.tdkt.core.AppException("backup.usb.mismatch"));
            return;
        }
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(ui.text("backup.usb.title"));
        chooser.setInitialFileName("tdkt-sao-luu-" + java.time.LocalDate.now() + ".db");
        java.io.File file = chooser.showSaveDialog(backup.getScene() == null ? null : backup.getScene().getWindow());
        if (file == null) {
            return;
        }
        backup.setDisable(true);
        java.util.Optional<char[]> sealed = password.getText().isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(password.getText().toCharArray());
        model.backUpTo(file.toPath(), sealed, () -> backup.setDisable(false));
    }

    @Override
    public List<Button> actions() {
        return List.of(backup, refresh);
    }

    @Override
    public Node content() {
        Label unit = new Label();
        unit.getStyleClass().add("title-2");
        unit.textProperty().bind(model.unitNameProperty());

        Label emptyHint = new Label(ui.text("overview.empty"));
        emptyHint.getStyleClass().add("empty-state");
        emptyHint.setWrapText(true);
        Button sample = new Button(model.sampleButtonText());
        sample.setId("overview-sample");
        sample.getStyleClass().add("accent");
        sample.setOnAction(e -> {
            sample.setDisable(true);
            model.createSampleData(() -> sample.setDisable(false));
        });
        VBox emptyBox = new VBox(10, emptyHint, sample);
        emptyBox.visibleProperty().bind(model.emptyProperty());
        emptyBox.managedProperty().bind(model.emptyProperty());

        FlowPane cards = new FlowPane(12, 12);
        model.cards().addListener((ListChangeListener<OverviewViewModel.Card>) c -> cards.getChildren().setAll(
                model.cards().stream().map(OverviewPage::card).toList()));

        VBox attention = new VBox(12);
        model.attention().addListener((ListChangeListener<OverviewService.Attention>) c -> attention.getChildren().setAll(
                model.attention().stream().map(this::attentionList).toList()));

        Label detailsTitle = new Label(ui.text("overview.dataFolder"));
        detailsTitle.getStyleClass().add("section-title");
        Label details = new Label();
        details.textProperty().bind(model.detailsProperty());
        details.setWrapText(true);

        VBox content = new VBox(16, unit, emptyBox, cards, attention, detailsTitle, details);
        content.setPadding(new Insets(4));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        return scroll;
    }

    private Node attentionList(OverviewService.Attention list) {
        Label title = new Label(list.title() + " (" + list.items().size() + ")");
        title.getStyleClass().add("section-title");
        VBox box = new VBox(4, title);
        if (list.items().isEmpty()) {
            box.getChildren().add(new Label(ui.text("overview.attention.none")));
        }
        for (String item : list.items()) {
            Label line = new Label("• " + item);
            line.setWrapText(true);
            box.getChildren().add(line);
        }
        return box;
    }

    private static Node card(OverviewViewModel.Card card) {
        Label value = new Label(card.value());
        value.getStyleClass().add("card-number");
        Label label = new Label(card.label());
        label.getStyleClass().add("card-label");
        VBox box = new VBox(2, value, label);
        box.getStyleClass().add("card");
        box.setMinWidth(170);
        return new HBox(box);
    }

    @Override
    public void refresh() {
        model.load();
    }
}
