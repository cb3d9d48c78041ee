package vn.tdkt.award.certificate.ui;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.award.certificate.BlankLayout;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.Align;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.UiContext;

/**
 * The blank drawn to scale, the scanned blank (if any) underneath, each field a box the officer drags with the mouse;
 * beside it the selected field's position, size, font and alignment.
 */
final class LayoutEditor {
    /** Width of the drawn sheet in pixels, whatever its paper. */
    static final double SHEET_PX = 660;
    private final UiContext ui;
    private final LayoutEditorModel model;
    private final Pane sheet = new Pane();
    private final ImageView scan = new ImageView();
    private final Label selectedName = new Label();
    private final Label measured = new Label();
    private final GridPane properties = new GridPane();
    private final List<Runnable> unbind = new ArrayList<>();
    private double pressX;
    private double pressY;
    private double startX;
    private double startY;

    LayoutEditor(UiContext ui, LayoutEditorModel model) {
        this.ui = ui;
        this.model = model;
        sheet.setId("certificate-sheet");
        sheet.getStyleClass().add("certificate-sheet");
        sheet.setStyle("-fx-background-color: white; -fx-border-color: #888; -fx-effect: dropshadow(gaussian, rgba(0,0,0,0.25), 8, 0, 0, 2);");
        model.layoutProperty().addListener((o, was, now) -> rebuild());
        model.fields().addListener((ListChangeListener<FieldModel>) change -> {
            while (change.next()) {
                if (!change.wasUpdated()) {
                    rebuild();
                    return;
                }
            }
        });
        model.backgroundProperty().addListener((o, was, now) -> showScan(now));
        model.selectedProperty().addListener((o, was, now) -> bindProperties(now));
    }

    Node node() {
        measured.setId("certificate-layout-measured");
        measured.setWrapText(true);
        measured.setMinHeight(Region.USE_PREF_SIZE);
        measured.setPrefWidth(SHEET_PX);
        measured.setMaxWidth(SHEET_PX);
        ScrollPane scroll = new ScrollPane(new VBox(8, measured, sheet));
        scroll.setPadding(new Insets(12));
        scroll.setFitToWidth(false);
        HBox.setHgrow(scroll, Priority.ALWAYS);
        properties.setHgap(8);
        properties.setVgap(6);
        VBox side = new VBox(8, new Label(ui.text("certificate.editor.selected")), selectedName, properties);
        selectedName.setId("certificate-selected");
        selectedName.getStyleClass().add("title-4");
        side.setPadding(new Insets(12));
        side.setMinWidth(260);
        rebuild();
        return new HBox(scroll, side);
    }

    private double scale() {
        BlankLayout layout = model.layoutProperty().get();
        return layout == null ? 1 : SHEET_PX / layout.widthMm();
    }

    private void rebuild() {
        BlankLayout layout = model.layoutProperty().get();
        sheet.getChildren().clear();
        if (layout == null) {
            return;
        }
        showMeasured(layout);
        double scale = scale();
        sheet.setPrefSize(layout.widthMm() * scale, layout.heightMm() * scale);
        sheet.setMinSize(layout.widthMm() * scale, layout.heightMm() * scale);
        sheet.setMaxSize(layout.widthMm() * scale, layout.heightMm() * scale);
        scan.setFitWidth(layout.widthMm() * scale);
        scan.setFitHeight(layout.heightMm() * scale);
        showScan(model.backgroundProperty().get());
        sheet.getChildren().add(scan);
        for (FieldModel field : model.fields()) {
            sheet.getChildren().add(box(field, scale));
        }
        bindProperties(model.selectedProperty().get());
    }

    /** Says loudly that a shipped layout is only a starting position, and quietly when the officer measured it. */
    private void showMeasured(BlankLayout layout) {
        measured.getStyleClass().removeAll("warning", "text-muted");
        measured.getStyleClass().add(layout.startingPosition() ? "warning" : "text-muted");
        measured.setStyle(layout.startingPosition() ? "-fx-font-weight: bold;" : "");
        measured.setText(layout.startingPosition() ? ui.text("certificate.editor.startingPosition", layout.name())
                : ui.text("certificate.editor.measured", VietnameseDates.shortForm(layout.measuredOn())));
    }

    private void showScan(byte[] image) {
        scan.setImage(image == null ? null : new Image(new ByteArrayInputStream(image)));
    }

    private Node box(FieldModel field, double scale) {
        Label box = new Label(ui.text(field.field().labelKey()));
        box.setId("certificate-field-" + field.field().name());
        box.setAlignment(Pos.CENTER);
        box.layoutXProperty().bind(field.xProperty().multiply(scale));
        box.layoutYProperty().bind(field.yProperty().multiply(scale));
        box.prefWidthProperty().bind(field.widthProperty().multiply(scale));
        box.prefHeightProperty().bind(field.heightProperty().multiply(scale));
        box.minWidthProperty().bind(box.prefWidthProperty());
        box.minHeightProperty().bind(box.prefHeightProperty());
        box.maxWidthProperty().bind(box.prefWidthProperty());
        box.maxHeightProperty().bind(box.prefHeightProperty());
        box.styleProperty().bind(javafx.beans.binding.Bindings.when(model.selectedProperty().isEqualTo(field))
                .then("-fx-border-color: #c8102e; -fx-border-width: 2; -fx-background-color: rgba(200,16,46,0.18); -fx-font-size: 11px;")
                .otherwise("-fx-border-color: #1f6feb; -fx-border-style: dashed; -fx-background-color: rgba(31,111,235,0.12); -fx-font-size: 11px;"));
        box.setOnMousePressed(e -> {
            model.selectedProperty().set(field);
            pressX = e.getSceneX();
            pressY = e.getSceneY();
            startX = field.xProperty().get();
            startY = field.yProperty().get();
            e.consume();
        });
        box.setOnMouseDragged(e -> {
            model.moveTo(field, startX + (e.getSceneX() - pressX) / scale, startY + (e.getSceneY() - pressY) / scale);
            e.consume();
        });
        return box;
    }

    /** Ties the side panel's controls to the selected field, letting go of the one before. */
    private void bindProperties(FieldModel field) {
        unbind.forEach(Runnable::run);
        unbind.clear();
        properties.getChildren().clear();
        selectedName.setText(field == null ? "" : ui.text(field.field().labelKey()));
        if (field == null) {
            return;
        }
        int row = 0;
        row = spinner(row, "certificate.editor.x", "certificate-x", field.xProperty(), 0, 500, 0.5);
        row = spinner(row, "certificate.editor.y", "certificate-y", field.yProperty(), 0, 500, 0.5);
        row = spinner(row, "certificate.editor.width", "certificate-width", field.widthProperty(), 5, 500, 1);
        row = spinner(row, "certificate.editor.height", "certificate-height", field.heightProperty(), 3, 300, 1);
        row = spinner(row, "certificate.editor.fontSize", "certificate-font-size", field.fontSizeProperty(), 4, 72, 0.5);
        row = spinner(row, "certificate.editor.minFontSize", "certificate-min-font-size", field.minFontSizeProperty(), 4, 72, 0.5);
        CheckBox bold = new CheckBox(ui.text("certificate.editor.bold"));
        bold.selectedProperty().bindBidirectional(field.boldProperty());
        unbind.add(() -> bold.selectedProperty().unbindBidirectional(field.boldProperty()));
        CheckBox italic = new CheckBox(ui.text("certificate.editor.italic"));
        italic.selectedProperty().bindBidirectional(field.italicProperty());
        unbind.add(() -> italic.selectedProperty().unbindBidirectional(field.italicProperty()));
        properties.add(new HBox(12, bold, italic), 0, row++, 2, 1);
        ComboBox<Align> align = new ComboBox<>();
        align.getItems().setAll(Align.LEFT, Align.CENTER, Align.RIGHT);
        align.setConverter(DisplayConverter.of(a -> ui.text("certificate.align." + a.name())));
        ObjectProperty<Align> aligned = field.alignProperty();
        align.valueProperty().bindBidirectional(aligned);
        unbind.add(() -> align.valueProperty().unbindBidirectional(aligned));
        properties.addRow(row, new Label(ui.text("certificate.editor.align")), align);
    }

    private int spinner(int row, String labelKey, String id, DoubleProperty value, double min, double max, double step) {
        Spinner<Double> spinner = new Spinner<>(new SpinnerValueFactory.DoubleSpinnerValueFactory(min, max, value.get(), step));
        spinner.setId(id);
        spinner.setEditable(true);
        spinner.setPrefWidth(110);
        ObjectProperty<Double> boxed = value.asObject();
        spinner.getValueFactory().valueProperty().bindBidirectional(boxed);
        unbind.add(() -> spinner.getValueFactory().valueProperty().unbindBidirectional(boxed));
        properties.addRow(row, new Label(ui.text(labelKey)), spinner);
        return row + 1;
    }
}
