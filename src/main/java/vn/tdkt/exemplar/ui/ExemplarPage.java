package vn.tdkt.exemplar.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.ui.DisplayConverter;
import vn.tdkt.exemplar.Card;
import vn.tdkt.exemplar.ExemplarListFiles;
import vn.tdkt.exemplar.ExemplarServices;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Điển hình tiên tiến: the board with a column per stage and a card per model, filters by field, unit
 * and year, the counts per stage as a chart; on the right the new-model form or the chosen model.
 */
public final class ExemplarPage implements Page {
    private final UiContext ui;
    private final ExemplarBoardModel model;
    private final Button add = new Button();
    private final Button export = new Button();
    private final Button list = new Button();
    private final Button settings = new Button();
    private final ExemplarSettingsModel settingsModel;
    private final ExemplarListFiles listFiles;
    private StackPane side;
    private DiscoveryPanel discovery;
    private DetailPanel detail;
    private ExemplarSettingsPanel settingsPanel;

    public ExemplarPage(UiContext ui, ExemplarServices services, RosterService roster, UnitService units, ExemplarListFiles listFiles) {
        this.ui = ui;
        this.model = new ExemplarBoardModel(ui, services, roster, units);
        this.settingsModel = new ExemplarSettingsModel(ui, services.exemplars());
        this.listFiles = listFiles;
        add.setText(ui.text("exemplar.add"));
        add.setId("exemplar-new");
        add.setGraphic(new FontIcon(Material2AL.ADD));
        add.setOnAction(e -> showDiscovery());
        export.setText(ui.text("exemplar.export"));
        export.setId("exemplar-export");
        export.setGraphic(new FontIcon(Material2MZ.PICTURE_AS_PDF));
        export.setOnAction(e -> exportDossier());
        export.disableProperty().bind(model.selectionProperty().isNull());
        list.setText(ui.text("exemplar.list.export"));
        list.setId("exemplar-list");
        list.setGraphic(new FontIcon(Material2AL.LIST_ALT));
        list.setOnAction(e -> exportList());
        settings.setText(ui.text("exemplar.settings.open"));
        settings.setId("exemplar-settings");
        settings.setGraphic(new FontIcon(Material2MZ.SETTINGS));
        settings.setOnAction(e -> showSettings());
    }

    @Override
    public List<Button> actions() {
        return List.of(add, export, list, settings);
    }

    @Override
    public java.util.Map<javafx.scene.input.KeyCombination, Runnable> shortcuts() {
        return java.util.Map.of(javafx.scene.input.KeyCombination.keyCombination("Shortcut+N"), this::showDiscovery);
    }

    @Override
    public Node content() {
        ComboBox<String> field = new ComboBox<>();
        field.setPromptText(ui.text("exemplar.filter.field"));
        field.valueProperty().bindBidirectional(model.fieldFilterProperty());
        ComboBox<Unit> unit = new ComboBox<>();
        unit.setPromptText(ui.text("exemplar.filter.unit"));
        unit.setConverter(DisplayConverter.of(u -> u.code() + " — " + u.name()));
        unit.valueProperty().bindBidirectional(model.unitFilterProperty());
        ComboBox<Integer> year = new ComboBox<>();
        year.setPromptText(ui.text("exemplar.filter.year"));
        year.valueProperty().bindBidirectional(model.yearFilterProperty());
        model.optionsProperty().addListener((o, a, options) -> {
            field.getItems().setAll(options.fields());
            unit.getItems().setAll(options.units());
            year.getItems().setAll(options.years());
        });
        Button clear = new Button(ui.text("exemplar.filter.clear"));
        clear.setOnAction(e -> {
            field.setValue(null);
            unit.setValue(null);
            year.setValue(null);
        });
        // The field and unit choosers share the room left; the year's prompt and "Bỏ lọc" are shown whole, even at 1366 px.
        for (ComboBox<?> wide : List.of(field, unit)) {
            wide.setPrefWidth(170);
            wide.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(wide, Priority.SOMETIMES);
        }
        year.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        year.setId("exemplar-filter-year");
        clear.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        clear.setId("exemplar-filter-clear");
        HBox filters = new HBox(8, field, unit, year, clear);

        CategoryAxis stages = new CategoryAxis();
        NumberAxis counts = new NumberAxis();
        counts.setTickUnit(1);
        counts.setMinorTickVisible(false);
        BarChart<String, Number> chart = new BarChart<>(stages, counts);
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(150);
        chart.setMinHeight(120);
        chart.setId("exemplar-chart");

        HBox board = new HBox(8);
        List<Label> headers = new java.util.ArrayList<>();
        List<ListView<Card>> lists = new java.util.ArrayList<>();
        for (Stage stage : Stage.values()) {
            Label header = new Label();
            header.getStyleClass().add("section-title");
            headers.add(header);
            ListView<Card> list = new ListView<>(model.column(stage));
            list.setId("column-" + stage.name().toLowerCase(java.util.Locale.ROOT));
            list.setCellFactory(l -> new CardCell(ui));
            // A card's height depends on the column's width (its lines wrap): the list keeps the heights it measured,
            // so when the column is resized (the split settling, the window resized) the cards are measured anew.
            list.widthProperty().addListener((o, before, width) -> list.refresh());
            list.setPlaceholder(new Label(ui.text("exemplar.column.empty")));
            lists.add(list);
            list.getSelectionModel().selectedItemProperty().addListener((o, a, card) -> {
                if (card != null) {
                    lists.stream().filter(other -> other != list).forEach(other -> other.getSelectionModel().clearSelection());
                    model.select(card.id());
                    showDetail();
                }
            });
            VBox column = new VBox(6, header, list);
            VBox.setVgrow(list, Priority.ALWAYS);
            HBox.setHgrow(column, Priority.ALWAYS);
            column.setPrefWidth(200);
            board.getChildren().add(column);
            model.column(stage).addListener((ListChangeListener<Card>) c -> refreshCounts(headers, chart));
        }
        refreshCounts(headers, chart);

        discovery = new DiscoveryPanel(ui, model, this::showDetail);
        detail = new DetailPanel(ui, model, this::chooseEvidence);
        detail.setVisible(false);
        Label hint = new Label(ui.text("exemplar.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("empty-state");
        // The side panel is as tall as its longest form; the hint belongs at its top, where the eye is.
        StackPane.setAlignment(hint, javafx.geometry.Pos.TOP_LEFT);
        settingsPanel = new ExemplarSettingsPanel(ui, settingsModel, this::showDetail);
        settingsPanel.setVisible(false);
        side = new StackPane(hint, detail, discovery, settingsPanel);
        discovery.setVisible(false);
        model.selectionProperty().addListener((o, a, b) -> detail.setVisible(b != null && !discovery.isVisible() && !settingsPanel.isVisible()));
        hint.visibleProperty().bind(detail.visibleProperty().not().and(discovery.visibleProperty().not()).and(settingsPanel.visibleProperty().not()));
        ScrollPane sideScroll = new ScrollPane(side);
        sideScroll.setFitToWidth(true);
        side.setPadding(new Insets(4, 8, 4, 4));

        VBox left = new VBox(8, filters, chart, board);
        VBox.setVgrow(board, Priority.ALWAYS);
        SplitPane split = new SplitPane(left, sideScroll);
        split.setDividerPositions(0.62);
        return split;
    }

    private void refreshCounts(List<Label> headers, BarChart<String, Number> chart) {
        XYChart.Series<String, Number> series = new XYChart.Series<>();
        Stage[] stages = Stage.values();
        java.util.Map<Stage, Integer> counts = model.counts();
        for (int i = 0; i < stages.length; i++) {
            String name = ui.text(stages[i].messageKey());
            headers.get(i).setText(name + " (" + counts.get(stages[i]) + ")");
            series.getData().add(new XYChart.Data<>(name, counts.get(stages[i])));
        }
        chart.getData().setAll(List.of(series));
    }

    private void showDiscovery() {
        if (discovery == null) {
            return;
        }
        discovery.reset();
        discovery.setVisible(true);
        detail.setVisible(false);
        settingsPanel.setVisible(false);
    }

    private void showSettings() {
        if (settingsPanel == null) {
            return;
        }
        settingsModel.load();
        settingsPanel.setVisible(true);
        discovery.setVisible(false);
        detail.setVisible(false);
    }

    private void showDetail() {
        discovery.setVisible(false);
        settingsPanel.setVisible(false);
        detail.setVisible(model.selectionProperty().get() != null);
    }

    private void chooseEvidence(Consumer<Path> chosen) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("exemplar.evidence.attach"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(ui.text("exemplar.evidence.types"), "*.jpg", "*.jpeg", "*.png", "*.pdf",
                "*.JPG", "*.JPEG", "*.PNG", "*.PDF"));
        java.io.File file = chooser.showOpenDialog(side.getScene().getWindow());
        if (file != null) {
            chosen.accept(file.toPath());
        }
    }

    private void exportDossier() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ui.text("exemplar.export"));
        java.io.File folder = chooser.showDialog(side.getScene().getWindow());
        if (folder != null) {
            model.guard(() -> model.export(folder.toPath(), files -> ui.dialogs().info(ui.text("exemplar.export"),
                    ui.text("exemplar.exported", files.size(), folder))));
        }
    }

    private void exportList() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(ui.text("exemplar.list.export"));
        java.io.File folder = chooser.showDialog(side.getScene().getWindow());
        if (folder != null) {
            ui.tasks().run(ui.text("exemplar.list.exporting"), progress -> listFiles.write(folder.toPath()),
                    files -> ui.dialogs().info(ui.text("exemplar.list.export"), ui.text("exemplar.exported", files.size(), folder)));
        }
    }

    @Override
    public void refresh() {
        model.load();
    }
}
