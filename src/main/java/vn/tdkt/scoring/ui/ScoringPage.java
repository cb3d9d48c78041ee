package vn.tdkt.scoring.ui;

import java.io.File;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.scoring.ScoreWorkbook;
import vn.tdkt.scoring.Scores;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.SheetImport;
import vn.tdkt.scoring.Standing;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/** Chấm điểm: the period's scoring grid, its ranking and charts, lock and unlock, Excel out and back in. */
public final class ScoringPage implements Page {
    private final UiContext ui;
    private final ScoringViewModel model;
    private final Button save = new Button();
    private final Button open = new Button();
    private final Button lock = new Button();
    private final Button unlock = new Button();
    private final Button exportExcel = new Button();
    private final Button importExcel = new Button();
    private final TextField note = new TextField();
    private final BorderPane gridHolder = new BorderPane();
    private final Label message = new Label();
    private CriteriaSetEditor setEditor;

    public ScoringPage(UiContext ui, vn.tdkt.scoring.ScoringServices services) {
        this.ui = ui;
        this.model = new ScoringViewModel(ui, services);
        button(save, "scoring-save", "scoring.action.save", Material2MZ.SAVE, model::save);
        save.getStyleClass().add("accent");
        button(open, "scoring-open", "scoring.action.open", Material2AL.ADD, this::openPeriod);
        button(lock, "scoring-lock", "scoring.action.lock", Material2AL.LOCK, model::lock);
        button(unlock, "scoring-unlock", "scoring.action.unlock", Material2AL.LOCK_OPEN, this::unlock);
        button(exportExcel, "scoring-export", "scoring.action.export", Material2MZ.SAVE_ALT, this::exportExcel);
        button(importExcel, "scoring-import", "scoring.action.import", Material2AL.FILE_UPLOAD, this::importExcel);
        lock.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null || model.selectedProperty().get().locked(), model.selectedProperty()));
        unlock.disableProperty().bind(Bindings.createBooleanBinding(() -> model.selectedProperty().get() == null || !model.selectedProperty().get().locked(), model.selectedProperty()));
    }

    private void button(Button button, String id, String key, Ikon icon, Runnable action) {
        button.setId(id);
        button.setText(ui.text(key));
        button.setGraphic(new FontIcon(icon));
        button.setOnAction(e -> action.run());
    }

    @Override
    public List<Button> actions() {
        return List.of(save, open, lock, unlock, exportExcel, importExcel);
    }

    @Override
    public Map<KeyCombination, Runnable> shortcuts() {
        return Map.of(new KeyCodeCombination(KeyCode.S, KeyCombination.SHORTCUT_DOWN), model::save);
    }

    @Override
    public Node content() {
        ComboBox<ScoringPeriod> periods = new ComboBox<>(model.periods());
        periods.setId("scoring-period");
        periods.setConverter(converter(p -> p.title() + (p.locked() ? " · " + ui.text("scoring.locked") : "")));
        periods.valueProperty().bindBidirectional(model.selectedProperty());
        periods.setMinWidth(Region.USE_PREF_SIZE);
        Label periodLabel = new Label(ui.text("scoring.period"));
        periodLabel.setId("scoring-period-label");
        periodLabel.setMinWidth(Region.USE_PREF_SIZE);
        // A set's name is long (the sample's is a whole sentence): on its own line under the chooser it wraps
        // when it must, never squeezing the period's label and chooser at 1366 px.
        Label setName = new Label();
        setName.setId("scoring-set-name");
        setName.getStyleClass().add("text-muted");
        setName.setWrapText(true);
        model.gridProperty().addListener((obs, before, grid) -> showGrid(grid, setName));
        Button sampleSet = new Button(ui.text("scoring.action.sampleSet"));
        sampleSet.setOnAction(e -> model.createSampleSet());
        sampleSet.setMinWidth(Region.USE_PREF_SIZE);
        sampleSet.visibleProperty().bind(Bindings.isEmpty(model.sets()));
        sampleSet.managedProperty().bind(sampleSet.visibleProperty());
        HBox period = new HBox(12, periodLabel, periods, sampleSet);
        period.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox top = new VBox(4, period, setName);

        Label placeholder = new Label(ui.text("scoring.empty"));
        placeholder.getStyleClass().add("empty-state");
        placeholder.setWrapText(true);
        gridHolder.setCenter(placeholder);
        note.setId("scoring-note");
        note.setPromptText(ui.text("scoring.note.prompt"));
        HBox.setHgrow(note, Priority.ALWAYS);
        message.setId("scoring-message");
        message.setWrapText(true);
        VBox gridTab = new VBox(8, gridHolder, new HBox(8, new Label(ui.text("scoring.note")), note), message);
        VBox.setVgrow(gridHolder, Priority.ALWAYS);
        gridTab.setPadding(new Insets(8, 0, 0, 0));

        setEditor = new CriteriaSetEditor(ui, model);
        TabPane tabs = new TabPane(new Tab(ui.text("scoring.tab.grid"), gridTab), new Tab(ui.text("scoring.tab.ranking"), rankingTable()),
                new Tab(ui.text("scoring.tab.charts"), charts()), new Tab(ui.text("scoring.tab.sets"), setEditor.content()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox content = new VBox(8, top, tabs);
        VBox.setVgrow(tabs, Priority.ALWAYS);
        content.setPadding(new Insets(4));
        return content;
    }

    private void showGrid(ScoreGridModel grid, Label setName) {
        if (grid == null) {
            message.textProperty().unbind();
            return;
        }
        setName.setText(grid.sheet().set().name() + " · " + ui.text("scoring.version", grid.sheet().set().version())
                + (grid.sheet().set().sample() ? " · " + ui.text("scoring.sample") : ""));
        gridHolder.setCenter(new ScoreGridView(ui, grid, note));
        message.textProperty().bind(Bindings.createStringBinding(
                () -> grid.messageProperty().get().isEmpty() ? model.statusProperty().get() : grid.messageProperty().get(),
                grid.messageProperty(), model.statusProperty()));
    }

    private Node rankingTable() {
        TableView<Standing> table = new TableView<>(model.ranking());
        table.setId("scoring-ranking");
        table.getColumns().add(column("scoring.grid.rank", s -> String.valueOf(s.rank())));
        table.getColumns().add(column("scoring.grid.member", s -> s.member().name()));
        table.getColumns().add(column("scoring.base", s -> Scores.format(s.totals().base())));
        table.getColumns().add(column("scoring.bonus", s -> Scores.format(s.totals().bonus())));
        table.getColumns().add(column("scoring.penalty", s -> Scores.format(s.totals().penalty())));
        table.getColumns().add(column("scoring.grid.total", s -> Scores.format(s.totals().total())));
        table.getColumns().add(column("scoring.grid.band", Standing::band));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        return table;
    }

    private TableColumn<Standing, String> column(String key, Function<Standing, String> value) {
        TableColumn<Standing, String> column = new TableColumn<>(ui.text(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        column.setSortable(false);
        return column;
    }

    private Node charts() {
        LineChart<String, Number> trend = new LineChart<>(new CategoryAxis(), new NumberAxis());
        trend.setTitle(ui.text("scoring.chart.trend"));
        trend.setAnimated(false);
        // Rank 1 at the top: ranks are drawn below zero and labelled without the sign.
        NumberAxis rankAxis = new NumberAxis();
        rankAxis.setTickLabelFormatter(DisplayConverter.of(n -> String.valueOf(Math.abs(n.intValue()))));
        rankAxis.setLabel(ui.text("scoring.grid.rank"));
        LineChart<String, Number> ranks = new LineChart<>(new CategoryAxis(), rankAxis);
        ranks.setId("scoring-rank-chart");
        ranks.setTitle(ui.text("scoring.chart.ranks"));
        ranks.setAnimated(false);
        BarChart<Number, String> lost = new BarChart<>(new NumberAxis(), new CategoryAxis());
        lost.setAnimated(false);
        lost.setLegendVisible(false);
        model.chartsProperty().addListener((obs, before, charts) -> {
            trend.getData().clear();
            ranks.getData().clear();
            lost.getData().clear();
            if (charts == null) {
                return;
            }
            charts.totals().forEach(line -> trend.getData().add(series(line, 1)));
            charts.ranks().forEach(line -> ranks.getData().add(series(line, -1)));
            lost.setTitle(ui.text("scoring.chart.lost", charts.lossMember()));
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            charts.losses().forEach(loss -> series.getData().add(new XYChart.Data<>(loss.points(), loss.code())));
            lost.getData().add(series);
        });
        HBox lines = new HBox(8, trend, ranks);
        HBox.setHgrow(trend, Priority.ALWAYS);
        HBox.setHgrow(ranks, Priority.ALWAYS);
        VBox box = new VBox(8, lines, lost);
        VBox.setVgrow(lines, Priority.ALWAYS);
        return box;
    }

    /** A member's line by month; ranks are drawn with {@code sign} −1 so that rank 1 is on top. */
    private XYChart.Series<String, Number> series(ChartFigures.Line line, int sign) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        series.setName(line.member());
        line.points().forEach(p -> series.getData().add(new XYChart.Data<>(ui.text("scoring.chart.month", p.month()), sign * p.value())));
        return series;
    }

    private static StringConverter<ScoringPeriod> converter(Function<ScoringPeriod, String> text) {
        return new StringConverter<>() {
            @Override
            public String toString(ScoringPeriod period) {
                return period == null ? "" : text.apply(period);
            }

            @Override
            public ScoringPeriod fromString(String string) {
                return null;
            }
        };
    }

    private void openPeriod() {
        new OpenPeriodDialog(ui, model).show(gridHolder.getScene().getWindow());
    }

    private void unlock() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(gridHolder.getScene().getWindow());
        dialog.setTitle(ui.text("scoring.action.unlock"));
        dialog.setHeaderText(ui.text("scoring.unlock.reason"));
        dialog.showAndWait().map(VietnameseText::clean).filter(s -> !s.isEmpty()).ifPresent(model::unlock);
    }

    private void exportExcel() {
        ScoringPeriod period = model.selectedProperty().get();
        if (period == null) {
            return;
        }
        FileChooser chooser = new FileChooser();
        chooser.setInitialFileName(VietnameseText.fileSafe("Cham-diem-" + period.title()) + ".xlsx");
        // The layout is chosen with the file type: one grid, or one sheet per unit for the units to fill in.
        FileChooser.ExtensionFilter grid = new FileChooser.ExtensionFilter(ui.text("scoring.export.grid"), "*.xlsx");
        FileChooser.ExtensionFilter perUnit = new FileChooser.ExtensionFilter(ui.text("scoring.export.perUnit"), "*.xlsx");
        chooser.getExtensionFilters().addAll(grid, perUnit);
        File file = chooser.showSaveDialog(gridHolder.getScene().getWindow());
        if (file != null) {
            model.exportTo(file.toPath(), chooser.getSelectedExtensionFilter() == perUnit ? ScoreWorkbook.Layout.PER_MEMBER : ScoreWorkbook.Layout.GRID);
        }
    }

    private void importExcel() {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
        File file = chooser.showOpenDialog(gridHolder.getScene().getWindow());
        if (file != null) {
            model.previewImport(file.toPath(), this::confirmImport);
        }
    }

    private void confirmImport(SheetImport preview) {
        StringBuilder text = new StringBuilder();
        preview.differences().forEach(d -> text.append(d.member().name()).append(" · ").append(d.criterion().code()).append(": ")
                .append(d.before() == null ? "—" : Scores.format(d.before())).append(" → ")
                .append(d.after() == null ? "—" : Scores.format(d.after())).append('\n'));
        preview.refused().forEach(r -> text.append(r.place()).append(": ").append(r.problem().describe(ui.messages())).append('\n'));
        Alert alert = new Alert(preview.nothingToImport() ? Alert.AlertType.INFORMATION : Alert.AlertType.CONFIRMATION);
        alert.initOwner(gridHolder.getScene().getWindow());
        alert.setTitle(ui.text("scoring.action.import"));
        alert.setHeaderText(ui.text("scoring.import.summary", preview.period().title(), preview.differences().size(), preview.refused().size()));
        TextArea details = new TextArea(text.toString());
        details.setEditable(false);
        alert.getDialogPane().setContent(details);
        if (alert.showAndWait().filter(b -> b == ButtonType.OK).isPresent() && !preview.nothingToImport()) {
            model.applyImport(preview);
        }
    }

    @Override
    public void refresh() {
        model.load();
    }

    /**
     * Asks "Lưu / Bỏ / Quay lại" for unsaved scores, then for an unsaved criteria set. Saving runs in the
     * background, so the officer stays to see it done and leaves with the next click.
     */
    @Override
    public boolean canLeave() {
        if (model.hasUnsavedChanges()) {
            switch (ui.dialogs().unsaved(ui.text("scoring.leave.title"), ui.text("scoring.leave.text"))) {
                case SAVE -> {
                    model.save();
                    return false;
                }
                case BACK -> {
                    return false;
                }
                case DISCARD -> {
                    // The grid is read again from the database when the page is shown next.
                }
            }
        }
        if (setEditor != null && setEditor.dirty()) {
            switch (ui.dialogs().unsaved(ui.text("scoring.leave.setTitle"), ui.text("scoring.leave.setText"))) {
                case SAVE -> {
                    setEditor.save();
                    return false;
                }
                case BACK -> {
                    return false;
                }
                case DISCARD -> setEditor.discard();
            }
        }
        return true;
    }
}
