package vn.tdkt.award.ui;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import vn.tdkt.award.HistoryImport;
import vn.tdkt.award.SubjectKind;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.ui.FxDialogs;
import vn.tdkt.ui.UiContext;

/**
 * The history import's preview, as the roster import shows its own: the counts, the rows that would come in (whose,
 * which year, the award and the grade) and the initiatives with their authors, and the refused rows with row, column, value and reason. Nothing is written
 * unless the officer presses the import button.
 */
final class HistoryImportDialog {
    private final UiContext ui;

    HistoryImportDialog(UiContext ui) {
        this.ui = ui;
    }

    void show(HistoryImport preview, Consumer<HistoryImport> apply) {
        Label counts = new Label(ui.text("award.import.preview.counts", preview.fileName(), preview.rowsToImport(), preview.awards().size(),
                preview.grades().size(), preview.unitLines(), preview.rejected().size(), preview.initiatives().size()));
        counts.setId("import-counts");
        counts.setWrapText(true);
        counts.getStyleClass().add("title-4");
        counts.setMinHeight(Region.USE_PREF_SIZE);
        TableView<HistoryImport.Line> lines = new TableView<>();
        lines.setId("import-accepted");
        lines.getItems().setAll(preview.lines());
        lines.setPlaceholder(new Label(ui.text("award.import.preview.none")));
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        lines.getColumns().setAll(List.of(
                Columns.text(ui.text("award.import.preview.row"), 50, l -> Integer.toString(l.row())),
                Columns.text(ui.text("award.import.preview.subject"), 200, l -> l.kind() == SubjectKind.UNIT
                        ? ui.text("award.import.preview.unit", l.subjectName()) : l.subjectName()),
                Columns.text(ui.text("award.records.year"), 60, l -> Integer.toString(l.award() != null ? l.award().year() : l.grade().year())),
                Columns.text(ui.text("award.col.award"), 200, l -> l.award() == null ? "" : l.award().titleName()),
                Columns.text(ui.text("award.import.preview.grade"), 80, l -> l.grade() == null ? "" : l.grade().grade().name()),
                Columns.text(ui.text("award.records.decision"), 140, l -> l.award() == null ? "" : Objects.toString(l.award().decisionNumber(), ""))));
        ListView<String> rejected = new ListView<>();
        rejected.setId("import-rejected");
        rejected.getItems().setAll(preview.rejected().stream().map(r -> r.describe(ui.messages())).toList());
        rejected.setPlaceholder(new Label(ui.text("roster.import.noRejections")));
        // A refused row's reason is read whole, wrapped in the dialog's width, not scrolled to sideways.
        rejected.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(String reason, boolean empty) {
                super.updateItem(reason, empty);
                setText(empty ? null : reason);
                setWrapText(true);
                setPrefWidth(0);
            }
        });
        rejected.setPrefHeight(150);
        rejected.setMinHeight(110);
        VBox.setVgrow(lines, Priority.ALWAYS);
        ListView<String> initiatives = new ListView<>();
        initiatives.setId("import-initiatives");
        initiatives.getItems().setAll(preview.initiatives().stream().map(i -> ui.text("award.import.preview.initiative", i.initiative().title(),
                String.join(", ", i.authorNames()), VietnameseDates.shortForm(i.initiative().recognisedOn()), i.initiative().recognisedBy(),
                ui.text("award.scope." + i.initiative().scope().code()))).toList());
        initiatives.setPrefHeight(110);
        initiatives.setMinHeight(80);
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(ui.text("award.action.importHistory"));
        dialog.setHeaderText(ui.text("award.import.preview.header"));
        ButtonType ok = new ButtonType(ui.text("award.records.importApply", preview.rowsToImport()), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(ok).setId("import-apply");
        dialog.getDialogPane().lookupButton(ok).setDisable(preview.nothingToImport());
        VBox content = new VBox(8, counts, new Label(ui.text("award.records.willImport")), lines);
        if (!preview.initiatives().isEmpty()) {
            content.getChildren().addAll(new Label(ui.text("award.import.preview.initiatives", preview.initiatives().size())), initiatives);
        }
        content.getChildren().addAll(new Label(ui.text("roster.import.rejected")), rejected);
        content.setPrefSize(800, 520);
        dialog.getDialogPane().setContent(content);
        FxDialogs.wide(dialog);
        dialog.setResultConverter(button -> button);
        dialog.setOnHidden(e -> {
            if (dialog.getResult() == ok) {
                apply.accept(preview);
            }
        });
        dialog.show();
    }
}
