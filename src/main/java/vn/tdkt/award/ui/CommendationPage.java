package vn.tdkt.award.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.ComboBoxTableCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.award.Cap;
import vn.tdkt.award.DossierService;
import vn.tdkt.award.DossierSteps;
import vn.tdkt.award.CommendationServices;
import vn.tdkt.award.Grade;
import vn.tdkt.award.HistoryImporter;
import vn.tdkt.award.Initiative;
import vn.tdkt.award.InitiativeKind;
import vn.tdkt.award.ReasonText;
import vn.tdkt.award.Rounding;
import vn.tdkt.award.Scope;
import vn.tdkt.award.TitleResult;
import vn.tdkt.award.TitleRule;
import vn.tdkt.award.Verdict;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Khen thưởng: the working year and unit at the top, then tabs for the unit's classification grid, the initiatives
 * register, eligibility per title with the reason for every criterion, and the rule set with its editable figures.
 */
public final class CommendationPage implements Page {
    private final UiContext ui;
    private final CommendationViewModel model;
    private final DossierViewModel dossier;
    private final RecordsViewModel records;
    private final ReasonText reasons;
    private final Button save = new Button();
    private Node content;

    public CommendationPage(UiContext ui, CommendationServices services, DossierService dossiers, DossierSteps steps, HistoryImporter importer,
                            UnitService units, RosterService roster) {
        this.ui = ui;
        this.model = new CommendationViewModel(ui, services, units, roster);
        this.dossier = new DossierViewModel(ui, dossiers, steps);
        this.records = new RecordsViewModel(ui, services.records(), importer);
        this.reasons = new ReasonText(ui.messages());
        save.setId("award-save-grades");
        save.setText(ui.text("award.action.saveGrades"));
        save.setGraphic(new FontIcon(Material2MZ.SAVE));
        save.setOnAction(e -> model.saveGrades(() -> { }));
    }

    @Override
    public List<Button> actions() {
        return List.of(save);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), () -> model.saveGrades(() -> { }));
    }

    @Override
    public void refresh() {
        model.load();
        dossier.load();
        records.load();
    }

    @Override
    public boolean canLeave() {
        return !model.hasChanges() || ui.dialogs().confirm(ui.text("award.unsaved.title"), ui.text("award.unsaved.text"));
    }

    @Override
    public Node content() {
        if (content == null) {
            TabPane tabs = new TabPane(tab("award.tab.grades", grades()), tab("award.tab.initiatives", initiatives()),
                    tab("award.tab.records", new RecordsPane(ui, records, model).content()),
                    tab("award.tab.eligibility", eligibility()), tab("award.tab.council", new CouncilPane(ui, dossier, model.titleProperty()).content()),
                    tab("award.tab.decisions", new DecisionPane(ui, dossier).content()), tab("award.tab.rules", rules()));
            tabs.setId("award-tabs");
            VBox.setVgrow(tabs, Priority.ALWAYS);
            content = new VBox(8, top(), tabs);
            ((VBox) content).setPadding(new Insets(8));
        }
        return content;
    }

    private Tab tab(String key, Node body) {
        Tab tab = new Tab(ui.text(key), body);
        tab.setClosable(false);
        return tab;
    }

    private Node top() {
        int thisYear = LocalDate.now().getYear();
        ComboBox<Integer> year = new ComboBox<>();
        year.setId("award-year");
        year.getItems().setAll(IntStream.rangeClosed(thisYear - 5, thisYear + 1).boxed().toList());
        year.valueProperty().bindBidirectional(model.yearProperty());
        year.valueProperty().addListener((obs, before, after) -> model.load());
        ComboBox<Unit> unit = new ComboBox<>(model.unitChoices());
        unit.setId("award-unit");
        unit.setPromptText(ui.text("award.unit.all"));
        unit.setConverter(DisplayConverter.of(u -> u == null ? ui.text("award.unit.all") : u.name()));
        unit.valueProperty().bindBidirectional(model.unitProperty());
        unit.valueProperty().addListener((obs, before, after) -> model.load());
        unit.setPrefWidth(320);
        Button all = new Button(ui.text("award.unit.clear"));
        all.setOnAction(e -> unit.setValue(null));
        HBox bar = new HBox(8, new Label(ui.text("award.year")), year, new Label(ui.text("award.unit")), unit, all);
        bar.setAlignment(Pos.CENTER_LEFT);
        return bar;
    }

    private Node grades() {
        TableView<GradeRow> table = new TableView<>(model.grades());
        table.setId("award-grades");
        table.setEditable(true);
        table.setPlaceholder(new Label(ui.text("award.grid.empty")));
        TableColumn<GradeRow, String> name = new TableColumn<>(ui.text("award.col.name"));
        name.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().name()));
        name.setPrefWidth(260);
        TableColumn<GradeRow, String> unit = new TableColumn<>(ui.text("award.col.unit"));
        unit.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().unitName()));
        unit.setPrefWidth(200);
        TableColumn<GradeRow, Grade> grade = new TableColumn<>(ui.text("award.col.grade"));
        grade.setCellValueFactory(c -> c.getValue().gradeProperty());
        grade.setCellFactory(ComboBoxTableCell.forTableColumn(gradeConverter(), Grade.values()));
        grade.setPrefWidth(260);
        table.getColumns().setAll(List.of(name, unit, grade));
        ComboBox<Grade> bulk = new ComboBox<>();
        bulk.setId("award-bulk-grade");
        bulk.getItems().setAll(Grade.values());
        bulk.setConverter(gradeConverter());
        bulk.setValue(Grade.HTTNV);
        Button apply = new Button(ui.text("award.action.setAll"));
        apply.setId("award-set-all");
        apply.setOnAction(e -> model.setAll(bulk.getValue()));
        HBox bar = new HBox(8, new Label(ui.text("award.grid.bulk")), bulk, apply);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, bar, table);
        box.setPadding(new Insets(8));
        return box;
    }

    private StringConverter<Grade> gradeConverter() {
        return DisplayConverter.of(g -> g == null ? "" : g.name() + " — " + ui.text("award.grade." + g.name()));
    }

    private Node initiatives() {
        TableView<Initiative> table = new TableView<>(model.initiatives());
        table.setId("award-initiatives");
        table.setPlaceholder(new Label(ui.text("award.initiatives.empty")));
        table.getColumns().setAll(List.of(
                // Together no wider than the table at 1280 px, so the last column's header is not cut at the edge.
                Columns.text(ui.text("award.col.initiative"), 260, i -> i.title()),
                Columns.text(ui.text("award.col.kind"), 100, i -> ui.text("award.kind." + i.kind().code())),
                Columns.text(ui.text("award.col.authors"), 180, i -> String.join(", ", i.authorIds().stream().map(model::personName).toList())),
                Columns.text(ui.text("award.col.recognisedBy"), 190, Initiative::recognisedBy),
                Columns.text(ui.text("award.col.date"), 100, i -> VietnameseDates.shortForm(i.recognisedOn())),
                Columns.text(ui.text("award.col.scope"), 130, i -> ui.text("award.scope." + i.scope().code()))));
        TextField title = new TextField();
        title.setId("initiative-title");
        title.setPromptText(ui.text("award.col.initiative"));
        ComboBox<InitiativeKind> kind = new ComboBox<>();
        kind.getItems().setAll(InitiativeKind.values());
        kind.setConverter(DisplayConverter.of(k -> k == null ? "" : ui.text("award.kind." + k.code())));
        kind.setValue(InitiativeKind.INITIATIVE);
        ComboBox<Map.Entry<String, String>> author = new ComboBox<>();
        author.setId("initiative-author");
        author.setPromptText(ui.text("award.col.authors"));
        author.setConverter(DisplayConverter.of(e -> e == null ? "" : e.getValue()));
        author.setOnShowing(e -> author.getItems().setAll(model.people()));
        TextField by = new TextField();
        by.setId("initiative-by");
        by.setPromptText(ui.text("award.col.recognisedBy"));
        DatePicker on = DatePickers.vietnamese(LocalDate.now());
        ComboBox<Scope> scope = new ComboBox<>();
        scope.getItems().setAll(Scope.values());
        scope.setConverter(DisplayConverter.of(s -> s == null ? "" : ui.text("award.scope." + s.code())));
        scope.setValue(Scope.BASE);
        Button add = new Button(ui.text("award.action.addInitiative"));
        add.setId("initiative-add");
        add.setOnAction(e -> model.addInitiative(kind.getValue(), title.getText(),
                author.getValue() == null ? List.of() : List.of(author.getValue().getKey()), by.getText(), on.getValue(), scope.getValue(),
                () -> title.clear()));
        // Two rows: in one, the seven fields left the author, the date and the button "…" at 1280 px.
        GridPane form = new GridPane(6, 6);
        form.setId("initiative-form");
        form.addRow(0, title, kind, author);
        GridPane.setColumnSpan(author, 2);
        form.addRow(1, by, on, scope, add);
        ColumnConstraints wide = new ColumnConstraints();
        wide.setHgrow(Priority.ALWAYS);
        form.getColumnConstraints().setAll(wide);
        for (Control field : List.of(title, kind, author, by, on, scope)) {
            field.setMaxWidth(Double.MAX_VALUE);
        }
        author.setMinWidth(220);
        Fit.labels(form);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, table, form);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node eligibility() {
        ListView<TitleResult> titles = new ListView<>(model.titles());
        titles.setId("award-titles");
        titles.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(TitleResult item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : ui.text("award.eligible.titleLine", item.rule().name(), item.qualifying(),
                        item.population()));
            }
        });
        model.titleProperty().addListener((obs, before, after) -> {
            if (titles.getSelectionModel().getSelectedItem() != after) {
                titles.getSelectionModel().select(after);
            }
        });
        titles.getSelectionModel().selectedItemProperty().addListener((obs, before, after) -> {
            if (after != null) {
                model.titleProperty().set(after);
            }
        });
        titles.setPrefWidth(360);
        Label summary = new Label();
        summary.setId("award-title-summary");
        summary.textProperty().bind(model.titleSummaryProperty());
        TableView<Verdict> table = new TableView<>(model.verdicts());
        table.setId("award-verdicts");
        table.setPlaceholder(new Label(ui.text("award.eligible.empty")));
        table.getColumns().setAll(List.of(
                Columns.text(ui.text("award.col.status"), 120, v -> ui.text(v.status().key())),
                Columns.text(ui.text("award.col.name"), 240, v -> v.candidate().name()),
                Columns.text(ui.text("award.col.unit"), 200, v -> v.candidate().unitName())));
        TextArea detail = new TextArea();
        detail.setId("award-reasons");
        detail.setEditable(false);
        detail.setWrapText(true);
        detail.setPrefRowCount(6);
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, after) ->
                detail.setText(after == null ? "" : reasons.lines(after)));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox right = new VBox(8, summary, table, detail);
        SplitPane split = new SplitPane(titles, right);
        split.setOrientation(Orientation.HORIZONTAL);
        split.setDividerPositions(0.32);
        VBox box = new VBox(split);
        VBox.setVgrow(split, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    private Node rules() {
        ComboBox<String> set = new ComboBox<>();
        set.setId("award-rule-set");
        set.getItems().setAll("army", "civil");
        set.setConverter(DisplayConverter.of(code -> code == null ? "" : ui.text("award.ruleSet." + code)));
        Button use = new Button(ui.text("award.action.useRuleSet"));
        use.setOnAction(e -> model.useRuleSet(set.getValue()));
        Label version = new Label();
        model.rulesProperty().addListener((obs, before, after) -> {
            set.setValue(after.code());
            version.setText(ui.text("award.rules.version", after.name(), after.version(), String.join("; ", after.sources())));
        });
        TableView<TitleRule> table = new TableView<>();
        table.setId("award-rules");
        model.rulesProperty().addListener((obs, before, after) -> table.getItems().setAll(after.titles()));
        table.getColumns().setAll(List.of(
                Columns.text(ui.text("award.col.code"), 80, TitleRule::code),
                Columns.text(ui.text("award.col.title"), 260, TitleRule::name),
                Columns.text(ui.text("award.col.threshold"), 110, r -> figure(r.voteThreshold(), "%")),
                Columns.text(ui.text("award.col.bonus"), 120, r -> figure(r.bonusMultiple(), "")),
                Columns.text(ui.text("award.col.cap"), 80, r -> r.cap() == null ? "—" : figure(r.cap().percent(), "%")),
                Columns.text(ui.text("award.col.source"), 300, r -> r.source().document()
                        + (r.source().article().isEmpty() ? "" : ", " + r.source().article()))));
        TextField threshold = new TextField();
        threshold.setId("rule-threshold");
        TextField bonus = new TextField();
        bonus.setId("rule-bonus");
        TextField cap = new TextField();
        cap.setId("rule-cap");
        ComboBox<Rounding> rounding = new ComboBox<>();
        rounding.getItems().setAll(Rounding.values());
        rounding.setConverter(DisplayConverter.of(r -> r == null ? "" : ui.text("award.rounding." + r.name())));
        TextField article = new TextField();
        article.setId("rule-article");
        TextArea note = new TextArea();
        note.setId("rule-note");
        note.setWrapText(true);
        note.setPrefRowCount(3);
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, rule) -> {
            if (rule != null) {
                threshold.setText(figure(rule.voteThreshold(), ""));
                bonus.setText(figure(rule.bonusMultiple(), ""));
                cap.setText(rule.cap() == null ? "" : figure(rule.cap().percent(), ""));
                rounding.setValue(rule.cap() == null ? Rounding.DOWN : rule.cap().rounding());
                article.setText(rule.source().article());
                note.setText(rule.note());
            }
        });
        Button saveRule = new Button(ui.text("award.action.saveRule"));
        saveRule.setId("rule-save");
        saveRule.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        saveRule.setOnAction(e -> {
            try {
                Double capShare = number(cap.getText());
                model.editRule(table.getSelectionModel().getSelectedItem().code(), number(threshold.getText()), number(bonus.getText()),
                        capShare == null ? null : new Cap(capShare, rounding.getValue()), article.getText(), note.getText());
            } catch (AppException bad) {
                ui.dialogs().error(bad);
            }
        });
        GridPane editor = new GridPane(8, 6);
        editor.addRow(0, new Label(ui.text("award.col.threshold")), threshold, new Label(ui.text("award.col.bonus")), bonus);
        editor.addRow(1, new Label(ui.text("award.col.cap")), cap, new Label(ui.text("award.rules.rounding")), rounding);
        editor.addRow(2, new Label(ui.text("award.rules.article")), article);
        GridPane.setColumnSpan(article, 3);
        editor.addRow(3, new Label(ui.text("award.rules.note")), note);
        GridPane.setColumnSpan(note, 3);
        editor.add(saveRule, 3, 4);
        HBox bar = new HBox(8, new Label(ui.text("award.rules.inUse")), set, use);
        bar.setAlignment(Pos.CENTER_LEFT);
        version.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, bar, version, table, new Label(ui.text("award.rules.editHint")), editor);
        box.setPadding(new Insets(8));
        return box;
    }

    private static String figure(Double value, String suffix) {
        return value == null ? "" : VietnameseNumbers.decimal(value, 2) + suffix;
    }

    /** A figure typed with a Vietnamese decimal comma; empty means "not known". */
    private static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return VietnameseNumbers.parse(text).doubleValue();
        } catch (NumberFormatException e) {
            throw new AppException(e, "award.error.number", text);
        }
    }
}
