package vn.tdkt.award.ui;

import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import vn.tdkt.award.AwardKind;
import vn.tdkt.award.DisciplineCase;
import vn.tdkt.award.PastAward;
import vn.tdkt.award.SubjectKind;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.UiContext;

/**
 * Kỷ luật, lịch sử: for the chosen unit, a unit under it or one of its people, the discipline cases and award history,
 * each with a line to type a new one; and old award records and classifications of people and units brought in from
 * Excel, shown first as the rows that would be imported and the rows refused with their reason, written only when the
 * officer confirms.
 */
final class RecordsPane {
    /** Wide enough for dd/MM/yyyy and for "Ngày phát sinh" on two lines. */
    private static final double DATE_WIDTH = 100;

    private final UiContext ui;
    private final RecordsViewModel model;
    private final CommendationViewModel page;

    RecordsPane(UiContext ui, RecordsViewModel model, CommendationViewModel page) {
        this.ui = ui;
        this.model = model;
        this.page = page;
    }

    Node content() {
        ComboBox<RecordsViewModel.Subject> person = new ComboBox<>();
        person.setId("records-person");
        person.setPromptText(ui.text("award.records.pickPerson"));
        person.setConverter(DisplayConverter.of(s -> s == null ? "" : s.label()));
        person.setOnShowing(e -> person.getItems().setAll(subjects()));
        person.setPrefWidth(320);
        person.valueProperty().addListener((obs, before, after) -> model.show(after));
        Button importFile = new Button(ui.text("award.action.importHistory"));
        importFile.setId("records-import");
        importFile.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ui.text("award.action.importHistory"));
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("roster.import.filter"), "*.xlsx", "*.xls"));
            File file = chooser.showOpenDialog(importFile.getScene().getWindow());
            if (file != null) {
                model.preview(file.toPath(), preview -> new HistoryImportDialog(ui).show(preview, model::apply));
            }
        });
        HBox bar = new HBox(8, new Label(ui.text("award.records.person")), person, importFile);
        bar.setAlignment(Pos.CENTER_LEFT);
        Fit.labels(bar);
        SplitPane split = new SplitPane(discipline(), history());
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.42);
        VBox.setVgrow(split, Priority.ALWAYS);
        VBox box = new VBox(8, bar, split);
        box.setPadding(new Insets(8));
        return box;
    }

    /** The chosen unit and the units under it (all units when none is chosen), then its people: whose records to show. */
    private List<RecordsViewModel.Subject> subjects() {
        Unit chosen = page.unitProperty().get();
        Set<String> under = new HashSet<>();
        List<RecordsViewModel.Subject> subjects = new ArrayList<>();
        for (Unit u : page.unitChoices()) {
            if (chosen == null || u.id().equals(chosen.id()) || u.parentId() != null && under.contains(u.parentId())) {
                under.add(u.id());
                subjects.add(new RecordsViewModel.Subject(SubjectKind.UNIT, u.id(), ui.text("award.records.unitItem", u.name())));
            }
        }
        page.people().forEach(p -> subjects.add(new RecordsViewModel.Subject(SubjectKind.PERSON, p.getKey(), p.getValue())));
        return subjects;
    }

    private Node discipline() {
        TableView<DisciplineCase> table = new TableView<>(model.discipline());
        table.setId("records-discipline");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ui.text("award.records.noDiscipline")));
        table.getColumns().setAll(List.of(
                atLeast(DATE_WIDTH, Columns.text(ui.text("award.records.opened"), 100, d -> VietnameseDates.shortForm(d.openedOn()))),
                atLeast(DATE_WIDTH, Columns.text(ui.text("award.records.decided"), 110, d -> d.pending() ? ui.text("award.records.pending")
                        : VietnameseDates.shortForm(d.decidedOn()))),
                Columns.text(ui.text("award.records.description"), 260, d -> d.description()
                        + (d.serious() ? " (" + ui.text("award.records.serious") + ")" : ""))));
        DatePicker opened = DatePickers.vietnamese(LocalDate.now());
        opened.setId("discipline-opened");
        DatePicker decided = DatePickers.vietnamese(null);
        decided.setId("discipline-decided");
        decided.setPromptText(ui.text("award.records.pending"));
        CheckBox serious = new CheckBox(ui.text("award.records.serious"));
        TextField description = new TextField();
        description.setId("discipline-description");
        description.setPromptText(ui.text("award.records.description"));
        Button add = new Button(ui.text("award.action.addDiscipline"));
        add.setId("discipline-add");
        add.setOnAction(e -> {
            if (!model.hasSubject()) {
                ui.dialogs().error(new AppException("award.error.pickPerson"));
                return;
            }
            model.addDiscipline(opened.getValue(), decided.getValue(), serious.isSelected(), description.getText(), description::clear);
        });
        GridPane form = new GridPane(6, 6);
        form.setId("records-discipline-form");
        // One field a row: at 1280 px the two dates side by side made this side, and the page, wider than the window.
        form.addRow(0, new Label(ui.text("award.records.opened")), opened);
        form.addRow(1, new Label(ui.text("award.records.decided")), decided);
        form.addRow(2, new Label(ui.text("award.records.description")), description);
        form.addRow(3, serious, add);
        GridPane.setHalignment(add, javafx.geometry.HPos.RIGHT);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(new ColumnConstraints(), fields);
        Fit.labels(form);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, new Label(ui.text("award.records.discipline")), table, form);
    }

    /**
     * The column never narrower than {@code width}: at 1280 px the table gave its short columns so little that their
     * headers ended in "…" ("Ngày …"); now headers take a second line (app.css) and these widths keep words whole.
     */
    private static <T> TableColumn<T, String> atLeast(double width, TableColumn<T, String> column) {
        column.setMinWidth(width);
        return column;
    }

    private Node history() {
        TableView<PastAward> table = new TableView<>(model.history());
        table.setId("records-history");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(ui.text("award.records.noHistory")));
        table.getColumns().setAll(List.of(
                atLeast(60, Columns.text(ui.text("award.records.year"), 60, a -> Integer.toString(a.year()))),
                Columns.text(ui.text("award.col.award"), 220, PastAward::titleName),
                atLeast(90, Columns.text(ui.text("award.records.kind"), 100, a -> ui.text("award.awardKind." + a.kind().code()))),
                Columns.text(ui.text("award.records.decision"), 200, a -> Objects.toString(a.decisionNumber(), "")
                        + (a.decisionDate() == null ? "" : " " + VietnameseDates.shortForm(a.decisionDate()))),
                Columns.text(ui.text("award.records.issuer"), 160, a -> Objects.toString(a.issuer(), ""))));
        TextField year = new TextField(Integer.toString(LocalDate.now().getYear() - 1));
        year.setId("history-year");
        year.setPrefColumnCount(5);
        year.setMinWidth(70);
        ComboBox<String> title = new ComboBox<>();
        title.setId("history-title");
        title.setEditable(true);
        title.setPromptText(ui.text("award.col.award"));
        title.setOnShowing(e -> title.getItems().setAll(page.rulesProperty().get() == null ? List.of()
                : page.rulesProperty().get().titles().stream().map(t -> t.name()).toList()));
        ComboBox<AwardKind> kind = new ComboBox<>();
        kind.getItems().setAll(AwardKind.values());
        kind.setConverter(DisplayConverter.of(k -> k == null ? "" : ui.text("award.awardKind." + k.code())));
        kind.setValue(AwardKind.MERIT);
        kind.setMinWidth(140);
        TextField number = new TextField();
        number.setId("history-decision");
        number.setPromptText(ui.text("award.records.decision"));
        DatePicker date = DatePickers.vietnamese(null);
        TextField issuer = new TextField();
        issuer.setId("history-issuer");
        issuer.setPromptText(ui.text("award.records.issuer"));
        Button add = new Button(ui.text("award.action.addHistory"));
        add.setId("history-add");
        add.setOnAction(e -> {
            if (!model.hasSubject()) {
                ui.dialogs().error(new AppException("award.error.pickPerson"));
                return;
            }
            int typedYear;
            try {
                typedYear = Integer.parseInt(year.getText().strip());
            } catch (NumberFormatException bad) {
                ui.dialogs().error(new AppException(bad, "award.error.year", year.getText()));
                return;
            }
            String name = title.getEditor().getText();
            String code = page.rulesProperty().get() == null ? null : page.rulesProperty().get().titles().stream()
                    .filter(t -> t.name().equals(name)).map(t -> t.code()).findFirst().orElse(null);
            model.addPastAward(typedYear, code, name, kind.getValue(), number.getText(), date.getValue(), issuer.getText(), () -> {
                title.getEditor().clear();
                number.clear();
            });
        });
        GridPane form = new GridPane(6, 6);
        form.setId("records-history-form");
        form.addRow(0, new Label(ui.text("award.records.year")), year, new Label(ui.text("award.col.award")), title);
        form.addRow(1, new Label(ui.text("award.records.kind")), kind, new Label(ui.text("award.records.decision")), number);
        form.addRow(2, new Label(ui.text("award.records.decisionDate")), date, new Label(ui.text("award.records.issuer")), issuer);
        form.add(add, 3, 3);
        Fit.labels(form);
        VBox.setVgrow(table, Priority.ALWAYS);
        return new VBox(6, new Label(ui.text("award.records.history")), table, form);
    }
}
