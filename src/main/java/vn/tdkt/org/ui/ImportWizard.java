package vn.tdkt.org.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.scene.Node;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.org.RosterImporter;
import vn.tdkt.org.ImportPreview;
import vn.tdkt.org.ImportRow;
import vn.tdkt.org.ReviewDecision;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.ImportSource;
import vn.tdkt.org.Rejection;
import vn.tdkt.org.RosterField;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.ui.FxDialogs;
import vn.tdkt.ui.UiContext;

/**
 * Nhập từ Excel: choose the file → map its columns → see rows to add, update, review and reject →
 * import (a task with progress and cancel in the status bar). For each "cần xem lại" row the officer
 * picks "Người mới" or "Cập nhật người này"; undecided rows are not written. Nothing is written before
 * the last step.
 */
final class ImportWizard {
    private final UiContext ui;
    private final ImportViewModel model;
    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final Runnable imported;
    private List<UnitNode> tree = List.of();

    ImportWizard(UiContext ui, RosterImporter importer, Window owner, Runnable imported) {
        this.ui = ui;
        this.model = new ImportViewModel(ui, importer);
        this.imported = imported;
        dialog.initOwner(owner);
        dialog.setTitle(ui.text("roster.import.title"));
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.CLOSE);
        dialog.getDialogPane().setPrefSize(760, 560);
        FxDialogs.wide(dialog);
    }

    void start(List<UnitNode> units, Unit selected) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("roster.import.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("roster.import.filter"), "*.xlsx", "*.xls"));
        File file = chooser.showOpenDialog(dialog.getOwner());
        if (file != null) {
            open(file.toPath(), units, selected);
        }
    }

    /** Reads the chosen sheet, then shows its columns to map. */
    void open(Path file, List<UnitNode> units, Unit selected) {
        this.tree = units;
        model.defaultUnitProperty().set(selected);
        model.open(file, () -> {
            showMapping();
            dialog.show();
        });
    }

    private void showMapping() {
        ImportSource source = model.sourceProperty().get();
        GridPane grid = new GridPane(12, 6);
        grid.add(bold(ui.text("roster.import.column")), 0, 0);
        grid.add(bold(ui.text("roster.import.field")), 1, 0);
        List<String> headers = source.table().headers();
        for (int c = 0; c < headers.size(); c++) {
            if (headers.get(c) == null || headers.get(c).isEmpty()) {
                continue;
            }
            int column = c;
            ComboBox<RosterField> field = new ComboBox<>();
            field.getItems().add(null);
            field.getItems().addAll(RosterField.values());
            field.setConverter(DisplayConverter.of(f -> ui.text(f.messageKey())));
            field.setPromptText(ui.text("roster.import.ignore"));
            field.setValue(model.mappingProperty().get().field(c));
            field.valueProperty().addListener((obs, before, after) -> {
                model.map(column, after);
                showMapping();
            });
            grid.add(new Label(headers.get(c)), 0, c + 1);
            grid.add(field, 1, c + 1);
        }
        ComboBox<Unit> unit = new ComboBox<>();
        unit.getItems().add(null);
        unit.getItems().addAll(tree.stream().filter(n -> !n.unit().dissolved()).map(UnitNode::unit).toList());
        unit.setConverter(DisplayConverter.of(u -> u.code() + " — " + u.name()));
        unit.setPromptText(ui.text("roster.import.noDefaultUnit"));
        unit.valueProperty().bindBidirectional(model.defaultUnitProperty());
        Button preview = new Button(ui.text("roster.import.preview"));
        preview.getStyleClass().add("accent");
        preview.setOnAction(e -> model.makePreview(this::showPreview));
        Label where = new Label(ui.text("roster.import.found", source.file().getFileName(), source.table().sheetName(),
                source.table().headerRowNumber(), source.table().rows().size()));
        where.setWrapText(true);
        ScrollPane columns = new ScrollPane(grid);
        columns.setFitToWidth(true);
        VBox content = new VBox(10, where, columns, new Label(ui.text("roster.import.defaultUnit")), unit, preview);
        content.setPadding(new Insets(8));
        dialog.setHeaderText(ui.text("roster.import.step.map"));
        dialog.getDialogPane().setContent(content);
    }

    private void showPreview() {
        ImportPreview preview = model.previewProperty().get();
        Label counts = new Label(ui.text("roster.import.countsWithReview", preview.additions().size(), preview.updates().size(),
                preview.reviews().size(), preview.rejections().size()));
        counts.getStyleClass().add("title-4");
        counts.setWrapText(true);
        VBox content = new VBox(10, counts);
        if (!preview.footerRows().isEmpty()) {
            Label footer = new Label(ui.text("roster.import.footer", preview.footerRanges()));
            footer.setId("import-footer");
            footer.getStyleClass().add("text-muted");
            content.getChildren().add(footer);
        }
        if (!preview.headingRows().isEmpty()) {
            Label headings = new Label(ui.text("roster.import.headings", preview.headingRanges()));
            headings.setId("import-headings");
            headings.getStyleClass().add("text-muted");
            headings.setWrapText(true);
            content.getChildren().add(headings);
        }
        if (!preview.reviews().isEmpty()) {
            VBox reviews = new VBox(6);
            reviews.setId("import-reviews");
            for (ImportPreview.ReviewRow review : preview.reviews()) {
                reviews.getChildren().add(reviewRow(review));
            }
            ScrollPane scroll = new ScrollPane(reviews);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(160);
            content.getChildren().addAll(bold(ui.text("roster.import.review")), scroll);
        }
        ListView<String> rejections = new ListView<>();
        rejections.getItems().setAll(preview.rejections().stream().map((Rejection r) -> r.describe(ui.messages())).toList());
        rejections.setPlaceholder(new Label(ui.text("roster.import.noRejections")));
        rejections.setPrefHeight(140);
        Button back = new Button(ui.text("roster.import.back"));
        back.setOnAction(e -> showMapping());
        Button apply = new Button(ui.text("roster.import.apply"));
        apply.setId("import-apply");
        apply.getStyleClass().add("accent");
        apply.setDisable(preview.nothingToImport());
        apply.setOnAction(e -> {
            apply.setDisable(true);
            model.apply(() -> {
                dialog.close();
                var result = model.resultProperty().get();
                ui.dialogs().info(ui.text("roster.import.title"), ui.text("roster.import.done", result.added(), result.updated(),
                        result.rejected(), result.leftForReview()));
                imported.run();
            });
        });
        content.getChildren().addAll(new Label(ui.text("roster.import.rejected")), rejections, new HBox(8, back, apply));
        content.setPadding(new Insets(8));
        dialog.setHeaderText(ui.text("roster.import.step.preview"));
        dialog.getDialogPane().setContent(content);
    }

    /** One doubtful row: what the sheet says, why it is doubtful, and the choice "Người mới" / "Cập nhật …". */
    private Node reviewRow(ImportPreview.ReviewRow review) {
        ImportRow row = review.row();
        Label what = new Label(ui.text("roster.import.reviewRow", row.row(), row.details().fullName(),
                RosterDates.format(row.details().birth()), ui.text(review.reasonKey())));
        what.setWrapText(true);
        ComboBox<ReviewDecision> choice = new ComboBox<>();
        choice.setId("import-review-" + row.row());
        choice.getItems().add(null);
        choice.getItems().add(ReviewDecision.newPerson());
        review.candidates().forEach(c -> choice.getItems().add(ReviewDecision.update(c.personId())));
        choice.setConverter(DisplayConverter.of(decision -> decision.isNew() ? ui.text("roster.import.review.new")
                : review.candidates().stream().filter(c -> c.personId().equals(decision.personId())).findFirst()
                        .map(c -> ui.text("roster.import.review.update", c.fullName(), c.unitName(),
                                c.birth() == null ? "—" : vn.tdkt.core.VietnameseDates.shortForm(c.birth()))).orElse("")));
        choice.setPromptText(ui.text("roster.import.review.undecided"));
        choice.setValue(model.decisions().get(row.row()));
        choice.valueProperty().addListener((obs, before, after) -> model.decide(row.row(), after));
        choice.setMaxWidth(Double.MAX_VALUE);
        return new VBox(4, what, choice);
    }

    private static Label bold(String text) {
        Label label = new Label(text);
        label.setStyle("-fx-font-weight: bold;");
        return label;
    }
}
