package vn.tdkt.documents.ui;

import java.io.File;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;
import javax.print.PrintService;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.ui.UiContext;

/** The preview window: the pages as images with zoom and page navigation, save, open externally and print. */
final class PreviewWindow {
    private final UiContext ui;
    private final PreviewViewModel model;
    private final Stage stage = new Stage();

    PreviewWindow(UiContext ui, PreviewViewModel model) {
        this.ui = ui;
        this.model = model;
    }

    void show(Window owner) {
        ImageView page = new ImageView();
        page.imageProperty().bind(model.imageProperty());
        StackPane paper = new StackPane(page);
        paper.setPadding(new Insets(16));
        // A neutral grey desk under the white page, as PDF readers show it, in light and dark theme alike.
        paper.setStyle("-fx-background-color: #8c8c8c;");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        Label position = new Label();
        position.textProperty().bind(model.pageProperty().add(1).asString().concat(" / " + model.pageCount()));
        Label zoom = new Label();
        zoom.textProperty().bind(model.zoomProperty().multiply(100).asString("%.0f%%"));
        Button previous = button(Material2AL.CHEVRON_LEFT, "doc.preview.previous", model::previousPage);
        previous.disableProperty().bind(model.pageProperty().isEqualTo(0));
        Button next = button(Material2AL.CHEVRON_RIGHT, "doc.preview.next", model::nextPage);
        next.disableProperty().bind(model.pageProperty().isEqualTo(model.pageCount() - 1));
        ToolBar tools = new ToolBar(previous, position, next, new Separator(),
                button(Material2MZ.ZOOM_OUT, "doc.preview.zoomOut", model::zoomOut), zoom,
                button(Material2MZ.ZOOM_IN, "doc.preview.zoomIn", model::zoomIn), new Separator(),
                labelled(Material2MZ.SAVE, "doc.preview.saveDocx", () -> save(DocumentFormat.DOCX)),
                labelled(Material2MZ.SAVE_ALT, "doc.preview.savePdf", () -> save(DocumentFormat.PDF)),
                labelled(Material2MZ.OPEN_IN_NEW, "doc.preview.openWord", () -> model.openExternally(DocumentFormat.DOCX)),
                labelled(Material2MZ.PICTURE_AS_PDF, "doc.preview.openPdf", () -> model.openExternally(DocumentFormat.PDF)),
                labelled(Material2MZ.PRINT, "doc.preview.print", this::print));
        BorderPane root = new BorderPane(scroll);
        root.setTop(tools);
        Scene scene = new Scene(root, 980, 760);
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            stage.initOwner(owner);
        }
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), this::print);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_DOWN), model::nextPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.PAGE_UP), model::previousPage);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setTitle(ui.text("doc.preview.title", model.title()));
        stage.setScene(scene);
        stage.setOnHidden(e -> model.close());
        stage.show();
        model.show();
    }

    private Button button(Ikon icon, String tooltipKey, Runnable action) {
        Button button = new Button(null, new FontIcon(icon));
        button.setTooltip(new Tooltip(ui.text(tooltipKey)));
        button.setAccessibleText(ui.text(tooltipKey));
        button.setOnAction(e -> action.run());
        return button;
    }

    private Button labelled(Ikon icon, String textKey, Runnable action) {
        Button button = new Button(ui.text(textKey), new FontIcon(icon));
        button.setOnAction(e -> action.run());
        return button;
    }

    private void save(DocumentFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text(format == DocumentFormat.DOCX ? "doc.preview.saveDocx" : "doc.preview.savePdf"));
        chooser.setInitialFileName(model.suggestedFileName(format));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.extension().toUpperCase(), "*." + format.extension()));
        File file = chooser.showSaveDialog(stage);
        if (file != null) {
            model.save(format, file.toPath());
        }
    }

    /** Looks the printers up off the FX thread (it can take seconds on Windows), then asks. */
    private void print() {
        model.printers(this::print);
    }

    /** Asks for the printer and the number of copies; the pages always print at actual size. */
    private void print(List<PrintService> printers) {
        if (printers.isEmpty()) {
            ui.dialogs().info(ui.text("doc.preview.print"), ui.text("doc.print.none"));
            return;
        }
        ComboBox<PrintService> printer = new ComboBox<>();
        printer.getItems().setAll(printers);
        printer.getSelectionModel().selectFirst();
        printer.setConverter(new StringConverter<>() {
            @Override
            public String toString(PrintService service) {
                return service == null ? "" : service.getName();
            }

            @Override
            public PrintService fromString(String text) {
                return null;
            }
        });
        Spinner<Integer> copies = new Spinner<>(1, 99, 1);
        copies.setEditable(true);
        GridPane grid = new GridPane(10, 10);
        grid.addRow(0, new Label(ui.text("doc.print.printer")), printer);
        grid.addRow(1, new Label(ui.text("doc.print.copies")), copies);
        Label note = new Label(ui.text("doc.print.actualSize"));
        grid.add(note, 0, 2, 2, 1);
        grid.setAlignment(Pos.CENTER_LEFT);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(stage);
        dialog.setTitle(ui.text("doc.preview.print"));
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.showAndWait().filter(ButtonType.OK::equals)
                .ifPresent(ok -> model.print(printer.getValue(), copies.getValue()));
    }
}
