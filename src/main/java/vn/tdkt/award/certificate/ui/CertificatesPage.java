package vn.tdkt.award.certificate.ui;

import java.io.File;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.award.Decision;
import vn.tdkt.award.certificate.BlankLayout;
import vn.tdkt.award.certificate.CertificatePrinter;
import vn.tdkt.award.certificate.CertificateService;
import vn.tdkt.award.certificate.Printers;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * In giấy khen, bằng khen: a decision's certificates printed or saved as one PDF, in the full design or onto a blank;
 * the blank's layout editor with the printer's offset and the calibration page.
 */
public final class CertificatesPage implements Page {
    private final UiContext ui;
    private final CertificatesViewModel model;
    private final Button export = new Button();
    private final Button print = new Button();
    private final Button calibration = new Button();
    private final Button saveLayout = new Button();
    private final Button scan = new Button();
    private final Button duplicate = new Button();
    /** The spinners' boxed views of the offsets: bidirectional bindings hold them only weakly. */
    private final List<Object> bound = new java.util.ArrayList<>();
    private Node content;

    public CertificatesPage(UiContext ui, CertificateService service, Printers printers) {
        this.ui = ui;
        this.model = new CertificatesViewModel(ui, service, new CertificatePrinter(service, printers));
        button(print, "certificate-print", "certificate.action.print", new FontIcon(Material2MZ.PRINT));
        print.getStyleClass().add("accent");
        print.setOnAction(e -> model.choosePrinter(this::askAndPrint));
        button(export, "certificate-export", "certificate.action.export", new FontIcon(Material2MZ.PICTURE_AS_PDF));
        export.setOnAction(e -> chooseAndExport());
        button(calibration, "certificate-calibration", "certificate.action.calibration", new FontIcon(Material2MZ.STRAIGHTEN));
        calibration.setOnAction(e -> model.findPrinters(this::askCalibration));
        button(saveLayout, "certificate-save-layout", "certificate.action.saveLayout", new FontIcon(Material2MZ.SAVE));
        saveLayout.setOnAction(e -> model.editor().save(model::load));
        saveLayout.disableProperty().bind(model.editor().changedProperty().not());
        button(scan, "certificate-scan", "certificate.action.scan", new FontIcon(Material2AL.IMAGE));
        scan.setOnAction(e -> chooseScan());
        button(duplicate, "certificate-duplicate", "certificate.action.duplicate", new FontIcon(Material2AL.CONTENT_COPY));
        duplicate.setOnAction(e -> askAndDuplicate());
        // A copy is made of the layout as stored: unsaved changes would silently stay behind in the original.
        duplicate.disableProperty().bind(model.editor().changedProperty().or(model.editor().layoutProperty().isNull()));
    }

    private void button(Button button, String id, String key, FontIcon icon) {
        button.setId(id);
        button.setText(ui.text(key));
        button.setGraphic(icon);
    }

    @Override
    public List<Button> actions() {
        // The blank's own actions (save the layout, lay a scan under it) sit by the blank's name in the page: five
        // buttons in the header ran past a 1280 px window and cut the title and every button to "…".
        return List.of(print, export, calibration);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> model.editor().save(model::load),
                new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN), () -> model.choosePrinter(this::askAndPrint));
    }

    @Override
    public void refresh() {
        model.load();
    }

    @Override
    public boolean canLeave() {
        return !model.editor().changedProperty().get()
                || ui.dialogs().confirm(ui.text("certificate.unsaved.title"), ui.text("certificate.unsaved.text", model.blankProperty().get().name()));
    }

    /** The editor's model, for tests that drive the page. */
    public CertificatesViewModel model() {
        return model;
    }

    @Override
    public Node content() {
        if (content == null) {
            ComboBox<Decision> decision = new ComboBox<>(model.decisions());
            decision.setId("certificate-decision");
            decision.setConverter(DisplayConverter.of(model::decisionLabel));
            decision.valueProperty().bindBidirectional(model.decisionProperty());
            ToggleGroup kind = new ToggleGroup();
            RadioButton design = new RadioButton(ui.text("certificate.kind.design"));
            design.setId("certificate-kind-design");
            RadioButton blank = new RadioButton(ui.text("certificate.kind.blank"));
            blank.setId("certificate-kind-blank");
            design.setToggleGroup(kind);
            blank.setToggleGroup(kind);
            design.setSelected(!model.onBlankProperty().get());
            blank.setSelected(model.onBlankProperty().get());
            model.onBlankProperty().bind(blank.selectedProperty());
            ComboBox<BlankLayout> layout = new ComboBox<>(model.layouts());
            layout.setId("certificate-layout");
            layout.setConverter(DisplayConverter.of(BlankLayout::name));
            layout.valueProperty().bindBidirectional(model.blankProperty());
            ComboBox<String> printer = new ComboBox<>(model.printers());
            printer.setId("certificate-printer");
            printer.setEditable(true);
            printer.setPromptText(ui.text("certificate.printer.prompt"));
            printer.valueProperty().addListener((o, was, now) -> model.printerProperty().set(now == null ? "" : VietnameseText.clean(now)));
            Spinner<Double> offsetX = offset("certificate-offset-x", model.offsetXProperty());
            Spinner<Double> offsetY = offset("certificate-offset-y", model.offsetYProperty());
            Button saveOffset = new Button(ui.text("certificate.action.saveOffset"));
            saveOffset.setId("certificate-save-offset");
            saveOffset.setOnAction(e -> model.saveOffset());

            FlowPane choices = new FlowPane(12, 8, new Label(ui.text("certificate.label.decision")), decision, design, blank, layout, duplicate, saveLayout, scan);
            choices.setAlignment(Pos.CENTER_LEFT);
            FlowPane printing = new FlowPane(12, 8, new Label(ui.text("certificate.label.printer")), printer,
                    new Label(ui.text("certificate.label.offsetX")), offsetX, new Label(ui.text("certificate.label.offsetY")), offsetY, saveOffset);
            printing.setAlignment(Pos.CENTER_LEFT);
            Label hint = new Label(ui.text("certificate.hint"));
            hint.setWrapText(true);
            hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
            hint.getStyleClass().add("text-muted");
            Node editor = new LayoutEditor(ui, model.editor()).node();
            VBox.setVgrow(editor, Priority.ALWAYS);
            VBox box = new VBox(10, choices, printing, hint, editor);
            box.setPadding(new Insets(12));
            content = box;
        }
        return content;
    }

    private Spinner<Double> offset(String id, javafx.beans.property.DoubleProperty value) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(-50, 50, value.get(), 0.5));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(100);
        javafx.beans.property.ObjectProperty<Double> boxed = value.asObject();
        bound.add(boxed);
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
        return spinner;
    }

    private File chooseSave(String key, String name) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text(key));
        chooser.setInitialFileName(name);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("PDF", "*.pdf"));
        return chooser.showSaveDialog(content.getScene().getWindow());
    }

    /**
     * Which printer, among those installed (the page's own when it is one of them): what will be printed and that it
     * prints at actual size with that printer's offset on a blank. Printing runs as a task with progress and cancel.
     */
    private void askAndPrint(List<String> printers) {
        Decision decision = model.decisionProperty().get();
        ComboBox<String> printer = new ComboBox<>();
        printer.setId("certificate-print-printer");
        printer.getItems().setAll(printers);
        printer.setValue(printers.contains(model.printerProperty().get()) ? model.printerProperty().get() : printers.getFirst());
        BlankLayout layout = model.blankProperty().get();
        Label what = new Label(decision == null ? ui.text("certificate.noDecision.text") : ui.text("certificate.print.what",
                decision.decision().number(), decision.awardees().size(), model.onBlankProperty().get() && layout != null
                        ? ui.text("certificate.print.onBlank", layout.name()) : ui.text("certificate.kind.design")));
        GridPane grid = printDialogContent(printer, what, model.onBlankProperty().get() ? "certificate.print.actualSizeOffset" : "doc.print.actualSize");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(content.getScene().getWindow());
        dialog.setTitle(ui.text("certificate.print.title"));
        ButtonType ok = new ButtonType(ui.text("certificate.print.ok"),
                ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId("certificate-print-ok");
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok && printer.getValue() != null) {
                model.print(printer.getValue(), () -> { });
            }
        });
        dialog.show();
    }

    /** A print dialog's content: the printer, what is printed, and the size note (actual size, with or without the offset). */
    private GridPane printDialogContent(ComboBox<String> printer, Label what, String sizeKey) {
        what.setWrapText(true);
        Label size = new Label(ui.text(sizeKey));
        size.setWrapText(true);
        size.getStyleClass().add("text-muted");
        GridPane grid = new GridPane(10, 10);
        grid.addRow(0, new Label(ui.text("doc.print.printer")), printer);
        grid.add(what, 0, 1, 2, 1);
        grid.add(size, 0, 2, 2, 1);
        grid.setPrefWidth(520);
        return grid;
    }

    /** The copy's name, proposed from the original's; the copy is made off the FX thread and opened in the editor. */
    private void askAndDuplicate() {
        BlankLayout original = model.editor().layoutProperty().get();
        TextInputDialog dialog = new TextInputDialog(ui.text("certificate.duplicate.proposed", original.name()));
        dialog.initOwner(content.getScene().getWindow());
        dialog.setTitle(ui.text("certificate.action.duplicate"));
        dialog.setHeaderText(ui.text("certificate.duplicate.header", original.name()));
        dialog.setContentText(ui.text("certificate.duplicate.name"));
        dialog.getEditor().setId("certificate-duplicate-name");
        dialog.getEditor().setPrefColumnCount(30);
        dialog.getDialogPane().lookupButton(ButtonType.OK).setId("certificate-duplicate-ok");
        dialog.setOnHidden(e -> {
            if (dialog.getResult() != null) {
                model.duplicate(dialog.getResult());
            }
        });
        dialog.show();
    }

    private void chooseAndExport() {
        Decision decision = model.decisionProperty().get();
        String name = decision == null ? "giay-khen.pdf" : "giay-khen-" + VietnameseText.fileSafe(decision.decision().number()) + ".pdf";
        File file = chooseSave("certificate.action.export", name);
        if (file != null) {
            model.export(file.toPath(), () -> { });
        }
    }

    /**
     * The calibration page printed ("In", on a printer chosen among those installed, the page's own preselected) or
     * saved as PDF ("Lưu PDF…"); with no printer installed, "In" says so in the one sentence the certificates use.
     */
    private void askCalibration(List<String> printers) {
        BlankLayout layout = model.blankProperty().get();
        ComboBox<String> printer = new ComboBox<>();
        printer.setId("certificate-calibration-printer");
        printer.getItems().setAll(printers);
        printer.setValue(printers.contains(model.printerProperty().get()) ? model.printerProperty().get() : printers.isEmpty() ? null : printers.getFirst());
        printer.setDisable(printers.isEmpty());
        Label what = new Label(ui.text("certificate.calibration.what", layout == null ? "" : layout.name()));
        GridPane grid = printDialogContent(printer, what, "doc.print.actualSize");
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(content.getScene().getWindow());
        dialog.setTitle(ui.text("certificate.action.calibration"));
        ButtonType print = new ButtonType(ui.text("certificate.print.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType save = new ButtonType(ui.text("certificate.calibration.save"), ButtonBar.ButtonData.OTHER);
        dialog.getDialogPane().getButtonTypes().setAll(print, save, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(print).setId("certificate-calibration-print");
        dialog.getDialogPane().lookupButton(save).setId("certificate-calibration-save");
        dialog.getDialogPane().setContent(grid);
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == print) {
                if (printer.getValue() == null) {
                    model.sayNoPrinter();
                } else {
                    model.printCalibration(printer.getValue(), () -> { });
                }
            } else if (dialog.getResult() == save) {
                chooseAndCalibrate();
            }
        });
        dialog.show();
    }

    private void chooseAndCalibrate() {
        BlankLayout layout = model.blankProperty().get();
        File file = chooseSave("certificate.action.calibration", "can-chinh-" + (layout == null ? "phoi" : layout.code()) + ".pdf");
        if (file != null) {
            model.calibration(file.toPath(), () -> { });
        }
    }

    /** A scan of the blank to lay the fields over: read off the FX thread, refused when it is no picture. */
    private void chooseScan() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("certificate.action.scan"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("certificate.scan.filter"), "*.png", "*.jpg", "*.jpeg"));
        File file = chooser.showOpenDialog(content.getScene().getWindow());
        if (file == null) {
            return;
        }
        ui.tasks().run(ui.text("certificate.action.scan"), progress -> {
            byte[] bytes = Files.readAllBytes(file.toPath());
            if (javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(bytes)) == null) {
                throw new AppException("certificate.error.notImage", file.getName());
            }
            return bytes;
        }, model.editor()::setBackground);
    }
}
