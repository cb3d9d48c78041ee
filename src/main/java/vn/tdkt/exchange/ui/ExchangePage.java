package vn.tdkt.exchange.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.exchange.EchelonLists;
import vn.tdkt.exchange.ExchangeService;
import vn.tdkt.exchange.PackageKind;
import vn.tdkt.exchange.PeriodKey;
import vn.tdkt.exchange.ReceivedDocument;
import vn.tdkt.exchange.ReceivedPackage;
import vn.tdkt.scoring.Scores;
import vn.tdkt.ui.Page;
import vn.tdkt.ui.UiContext;

/**
 * Trao đổi gói: the packages received from subordinate units (source, kind, date, sequence, key
 * fingerprint, status) and what the selected one holds, and the titles subordinate units propose;
 * import a package from a stick (verified first, the sender's fingerprint shown for a first package)
 * and export a package of any kind (snapshot, dossier, proposal, decisions sent down).
 */
public final class ExchangePage implements Page {
    private final UiContext ui;
    private final ExchangeViewModel model;
    private final Button importButton = new Button();
    private final Button exportButton = new Button();
    private final TableView<ReceivedPackage> table;

    public ExchangePage(UiContext ui, ExchangeService service, EchelonLists lists) {
        this.ui = ui;
        this.model = new ExchangeViewModel(ui, service, lists);
        this.table = new TableView<>(model.packages());
        importButton.setText(ui.text("exchange.action.import"));
        importButton.setGraphic(new FontIcon(Material2MZ.MOVE_TO_INBOX));
        importButton.setOnAction(e -> importFromStick());
        exportButton.setText(ui.text("exchange.action.export"));
        exportButton.setGraphic(new FontIcon(Material2AL.FILE_UPLOAD));
        exportButton.setOnAction(e -> exportToStick());
    }

    @Override
    public List<Button> actions() {
        return List.of(importButton, exportButton);
    }

    @Override
    public void refresh() {
        model.refresh();
    }

    @Override
    public Node content() {
        Label title = new Label(ui.text("exchange.received.title"));
        title.getStyleClass().add("section-title");
        Label own = new Label();
        own.textProperty().bind(model.ownFingerprintProperty());
        own.getStyleClass().add("text-muted");
        own.setWrapText(true);
        table.setId("exchange-received");
        Label empty = new Label(ui.text("exchange.received.empty"));
        empty.setWrapText(true);
        empty.setPadding(new Insets(16));
        table.setPlaceholder(empty);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("exchange.column.unit", 230, p -> p.unitName() + " (" + p.unitCode() + ")"));
        table.getColumns().add(column("exchange.column.kind", 190, p -> model.kindLabel(p.kind())));
        table.getColumns().add(column("exchange.column.date", 140, p -> VietnameseDates.moment(p.createdAt())));
        table.getColumns().add(column("exchange.column.sequence", 70, p -> Long.toString(p.sequence())));
        table.getColumns().add(column("exchange.column.key", 210, ReceivedPackage::fingerprint));
        table.getColumns().add(column("exchange.column.status", 150, model::statusLabel));
        model.selectedProperty().bind(table.getSelectionModel().selectedItemProperty());
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox packages = new VBox(8, title, table, own);
        packages.setPadding(new Insets(4, 4, 8, 4));

        Label detailsTitle = new Label(ui.text("exchange.details.title"));
        detailsTitle.getStyleClass().add("section-title");
        Label details = new Label();
        details.setId("exchange-details");
        details.setWrapText(true);
        details.textProperty().bind(model.detailsProperty());
        Label hint = new Label(ui.text("exchange.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox about = new VBox(8, detailsTitle, details, hint);
        about.setPadding(new Insets(8, 8, 4, 4));
        VBox documents = documentsSection();
        VBox titles = titlesSection();
        // The packages take the page's whole width (six columns, whole at 1366 px); what one holds, the documents it
        // carried and the titles proposed share the space below, in shares that keep a file name and a unit's name whole.
        javafx.scene.layout.GridPane below = new javafx.scene.layout.GridPane(8, 0);
        // A package's details wrap onto many lines in their narrow column: they scroll rather than being cut off.
        javafx.scene.control.ScrollPane aboutScroll = new javafx.scene.control.ScrollPane(about);
        aboutScroll.setFitToWidth(true);
        aboutScroll.getStyleClass().add("edge-to-edge");
        below.addRow(0, aboutScroll, documents, titles);
        for (double share : new double[] {20, 38, 42}) {
            javafx.scene.layout.ColumnConstraints column = new javafx.scene.layout.ColumnConstraints();
            column.setPercentWidth(share);
            column.setFillWidth(true);
            below.getColumnConstraints().add(column);
        }
        javafx.scene.layout.RowConstraints row = new javafx.scene.layout.RowConstraints();
        row.setVgrow(Priority.ALWAYS);
        row.setFillHeight(true);
        below.getRowConstraints().add(row);
        List.of(aboutScroll, documents, titles).forEach(part -> part.setMinWidth(0));
        SplitPane split = new SplitPane(packages, below);
        split.setOrientation(javafx.geometry.Orientation.VERTICAL);
        split.setDividerPositions(0.5);
        TabPane tabs = new TabPane(new Tab(ui.text("exchange.tab.packages"), split), new Tab(ui.text("exchange.tab.models"), modelsTab()),
                new Tab(ui.text("exchange.tab.ranking"), rankingTab()));
        tabs.setId("exchange-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    /** The division-wide list of ĐHTT models by stage: own and received, with where and when each came from. */
    private Node modelsTab() {
        TableView<EchelonLists.ModelLine> models = new TableView<>(model.models());
        models.setId("exchange-models");
        Label none = new Label(ui.text("exchange.models.empty"));
        none.setWrapText(true);
        models.setPlaceholder(none);
        models.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        models.getColumns().add(lineColumn("exchange.models.stage", 110, m -> ui.text(m.stage().messageKey())));
        models.getColumns().add(lineColumn("exchange.models.subject", 190, EchelonLists.ModelLine::subjectName));
        models.getColumns().add(lineColumn("exchange.models.unit", 170, EchelonLists.ModelLine::unitName));
        models.getColumns().add(lineColumn("exchange.models.field", 150, EchelonLists.ModelLine::field));
        models.getColumns().add(lineColumn("exchange.lists.source", 260, m -> model.source(m.from(), m.receivedAt())));
        VBox.setVgrow(models, Priority.ALWAYS);
        Label hint = new Label(ui.text("exchange.models.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("text-muted");
        VBox box = new VBox(8, new HBox(8, saveButton("exchange-models-save", "Dien-hinh-tien-tien-toan-don-vi.xlsx", model::saveModels), hint),
                models);
        box.setPadding(new Insets(8, 4, 4, 4));
        return box;
    }

    /** The units of every block scored for one period, own and received, ranked together per criteria set. */
    private Node rankingTab() {
        ComboBox<PeriodKey> period = new ComboBox<>(model.periods());
        period.setId("exchange-ranking-period");
        period.valueProperty().bindBidirectional(model.periodProperty());
        period.setConverter(new StringConverter<>() {
            @Override
            public String toString(PeriodKey key) {
                return key == null ? "" : key.label();
            }

            @Override
            public PeriodKey fromString(String text) {
                return null;
            }
        });
        Label periodLabel = new Label(ui.text("exchange.ranking.period"));
        periodLabel.setLabelFor(period);
        HBox top = new HBox(8, periodLabel, period, saveButton("exchange-ranking-save", "Xep-hang-cac-khoi.xlsx", model::saveRanking));
        top.setAlignment(Pos.CENTER_LEFT);
        Label note = new Label();
        note.setId("exchange-ranking-note");
        note.setWrapText(true);
        note.getStyleClass().add("warning");
        note.textProperty().bind(model.rankingNoteProperty());
        note.managedProperty().bind(note.textProperty().isNotEmpty());
        note.visibleProperty().bind(note.managedProperty());
        TableView<ExchangeViewModel.RankingRow> table = new TableView<>(model.ranking());
        table.setId("exchange-ranking");
        Label none = new Label(ui.text("exchange.ranking.empty"));
        none.setWrapText(true);
        table.setPlaceholder(none);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(lineColumn("exchange.ranking.rank", 60, r -> Integer.toString(r.unit().rank())));
        table.getColumns().add(lineColumn("exchange.ranking.unit", 150, r -> r.unit().unitName()));
        table.getColumns().add(lineColumn("exchange.ranking.total", 100, r -> Scores.format(r.unit().total())));
        table.getColumns().add(wrapping(lineColumn("exchange.ranking.block", 220, r -> r.unit().block())));
        table.getColumns().add(wrapping(lineColumn("exchange.lists.source", 230, r -> model.source(r.unit().from(), r.unit().receivedAt()))));
        table.getColumns().add(wrapping(lineColumn("exchange.ranking.set", 280, ExchangeViewModel.RankingRow::set)));
        table.getColumns().forEach(c -> c.setMinWidth(c.getPrefWidth()));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, top, note, table);
        box.setPadding(new Insets(8, 4, 4, 4));
        return box;
    }

    /** "Xuất Excel": the list as shown, to a file the officer chooses, written off the FX thread. */
    private Button saveButton(String id, String proposedName, java.util.function.BiConsumer<Path, Runnable> save) {
        Button button = new Button(ui.text("exchange.action.saveList"), new FontIcon(Material2AL.GRID_ON));
        button.setId(id);
        button.setMinWidth(Region.USE_PREF_SIZE);
        button.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setInitialFileName(proposedName);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("Excel", "*.xlsx"));
            File file = chooser.showSaveDialog(window());
            if (file != null) {
                save.accept(file.toPath(), () -> ui.dialogs().info(ui.text("exchange.action.saveList"), ui.text("docs.written", file)));
            }
        });
        return button;
    }

    /**
     * A column whose long texts (a criteria set's full name, where a line came from) wrap onto more lines in the row
     * instead of being cut at 1366 px; the text takes the cell's font and colour, selected rows and the dark theme included.
     */
    private static <T> TableColumn<T, String> wrapping(TableColumn<T, String> column) {
        column.setCellFactory(c -> {
            TableCell<T, String> cell = new TableCell<>();
            Text text = new Text();
            text.textProperty().bind(cell.itemProperty());
            text.fontProperty().bind(cell.fontProperty());
            text.fillProperty().bind(cell.textFillProperty());
            text.wrappingWidthProperty().bind(Bindings.createDoubleBinding(() -> column.getWidth() - cell.snappedLeftInset() - cell.snappedRightInset(),
                    column.widthProperty(), cell.paddingProperty()));
            cell.setGraphic(text);
            cell.setPrefHeight(Region.USE_COMPUTED_SIZE);
            return cell;
        });
        return column;
    }

    private <T> TableColumn<T, String> lineColumn(String key, double width, Function<T, String> value) {
        TableColumn<T, String> column = new TableColumn<>(ui.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    /**
     * The documents the selected package carried (the Tờ trình, the Biên bản, the báo cáo thành tích…), kept with it:
     * "Mở" hands one to the system's reader, "Lưu bản sao…" writes it where the officer chooses; a double click opens.
     */
    private VBox documentsSection() {
        Label heading = new Label(ui.text("exchange.documents.title"));
        heading.getStyleClass().add("section-title");
        TableView<ReceivedDocument> documents = new TableView<>(model.documents());
        documents.setId("exchange-documents");
        Label note = new Label();
        note.setWrapText(true);
        note.textProperty().bind(model.documentsNoteProperty());
        note.setPadding(new Insets(12));
        documents.setPlaceholder(note);
        documents.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
        // File names have no spaces to wrap at: the name takes what the format and the size leave.
        documents.getColumns().add(lineColumn("exchange.documents.column.name", 300, ReceivedDocument::name));
        documents.getColumns().add(lineColumn("exchange.documents.column.format", 60, d -> d.format().toUpperCase(java.util.Locale.ROOT)));
        documents.getColumns().add(wrapping(lineColumn("exchange.documents.column.size", 65, model::sizeLabel)));
        documents.getColumns().stream().skip(1).forEach(c -> c.setMaxWidth(c.getPrefWidth()));
        VBox.setVgrow(documents, Priority.ALWAYS);
        var chosen = documents.getSelectionModel().selectedItemProperty();
        var unusable = Bindings.createBooleanBinding(() -> chosen.get() == null || !chosen.get().kept(), chosen);
        Button open = new Button(ui.text("exchange.documents.open"), new FontIcon(Material2MZ.OPEN_IN_NEW));
        open.setId("exchange-document-open");
        open.disableProperty().bind(unusable);
        open.setOnAction(e -> model.openDocument(chosen.get()));
        Button save = new Button(ui.text("exchange.documents.saveCopy"), new FontIcon(Material2MZ.SAVE_ALT));
        save.setId("exchange-document-save");
        save.disableProperty().bind(unusable);
        save.setOnAction(e -> saveCopy(chosen.get()));
        documents.setRowFactory(t -> {
            javafx.scene.control.TableRow<ReceivedDocument> row = new javafx.scene.control.TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty() && row.getItem().kept()) {
                    model.openDocument(row.getItem());
                }
            });
            return row;
        });
        VBox section = new VBox(6, heading, documents, new HBox(8, open, save));
        section.setPadding(new Insets(8, 4, 4, 0));
        return section;
    }

    private void saveCopy(ReceivedDocument document) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("exchange.documents.saveCopy"));
        chooser.setInitialFileName(document.fileName());
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            model.saveDocument(document, file.toPath(),
                    saved -> ui.dialogs().info(ui.text("exchange.documents.saveCopy"), ui.text("exchange.documents.saved", saved)));
        }
    }

    /** At the higher echelon: how many nominees each subordinate unit proposes for each title. */
    private VBox titlesSection() {
        Label heading = new Label(ui.text("exchange.titles.title"));
        heading.getStyleClass().add("section-title");
        TableView<ExchangeService.ProposedTitle> titles = new TableView<>(model.titles());
        titles.setId("exchange-titles");
        Label none = new Label(ui.text("exchange.titles.empty"));
        none.setWrapText(true);
        titles.setPlaceholder(none);
        titles.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        titles.getColumns().add(titleColumn("exchange.titles.unit", 150, ExchangeService.ProposedTitle::unit));
        titles.getColumns().add(titleColumn("exchange.titles.award", 170, ExchangeService.ProposedTitle::title));
        titles.getColumns().add(titleColumn("exchange.titles.count", 90, t -> Integer.toString(t.nominees())));
        titles.setPrefHeight(180);
        VBox.setVgrow(titles, Priority.ALWAYS);
        VBox section = new VBox(6, heading, titles);
        section.setPadding(new Insets(8, 4, 4, 0));
        return section;
    }

    private TableColumn<ExchangeService.ProposedTitle, String> titleColumn(String key, double width,
                                                                         Function<ExchangeService.ProposedTitle, String> value) {
        TableColumn<ExchangeService.ProposedTitle, String> column = new TableColumn<>(ui.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private TableColumn<ReceivedPackage, String> column(String key, double width, Function<ReceivedPackage, String> value) {
        TableColumn<ReceivedPackage, String> column = new TableColumn<>(ui.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return column;
    }

    private void exportToStick() {
        List<String> kinds = model.kinds();
        ChoiceDialog<String> chooseKind = new ChoiceDialog<>(kinds.getFirst(), kinds);
        chooseKind.setTitle(ui.text("exchange.action.export"));
        chooseKind.setHeaderText(ui.text("exchange.export.kind"));
        chooseKind.getDialogPane().lookupAll(".combo-box").forEach(node -> {
            if (node instanceof javafx.scene.control.ComboBox<?> box) {
                @SuppressWarnings("unchecked")
                javafx.scene.control.ComboBox<String> kindBox = (javafx.scene.control.ComboBox<String>) box;
                kindBox.setConverter(new StringConverter<>() {
                    @Override
                    public String toString(String kind) {
                        return kind == null ? "" : model.kindLabel(kind);
                    }

                    @Override
                    public String fromString(String text) {
                        return null;
                    }
                });
            }
        });
        chooseKind.showAndWait().ifPresent(this::exportKind);
    }

    private void exportKind(String kind) {
        model.subjects(kind, subjects -> {
            if (subjects.isEmpty()) {
                ui.dialogs().info(ui.text("exchange.action.export"), ui.text("exchange.export.nothing." + kind));
                return;
            }
            ChoiceDialog<PackageKind.Subject> choose = new ChoiceDialog<>(subjects.getFirst(), subjects);
            choose.setTitle(ui.text("exchange.action.export"));
            choose.setHeaderText(ui.text("exchange.export.choose." + kind));
            choose.getDialogPane().lookupAll(".combo-box").forEach(node -> {
                if (node instanceof javafx.scene.control.ComboBox<?> box) {
                    @SuppressWarnings("unchecked")
                    javafx.scene.control.ComboBox<PackageKind.Subject> subjectBox = (javafx.scene.control.ComboBox<PackageKind.Subject>) box;
                    subjectBox.setConverter(subjectText());
                }
            });
            Optional<PackageKind.Subject> subject = choose.showAndWait();
            if (subject.isEmpty()) {
                return;
            }
            FileChooser chooser = new FileChooser();
            chooser.setTitle(ui.text("exchange.action.export"));
            chooser.setInitialFileName(VietnameseText.fileSafe(kind + "-" + subject.get().name()) + ".tdkt");
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("TĐKT", "*.tdkt"));
            File file = chooser.showSaveDialog(window());
            if (file == null) {
                return;
            }
            Optional<char[]> password = askPassword(ui.text("exchange.password.export"));
            if (password.isEmpty()) {
                return;
            }
            char[] secret = password.get().length == 0 ? null : password.get();
            if (secret == null && !ui.dialogs().confirm(ui.text("exchange.action.export"), ui.text("exchange.warning.noPassword"))) {
                return;
            }
            model.export(kind, subject.get().code(), file.toPath(), secret, done -> ui.dialogs().info(ui.text("exchange.action.export"),
                    ui.text("cli.package.exported", done.file(), done.manifest().sequence(), done.bytes())));
        });
    }

    private void importFromStick() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(ui.text("exchange.action.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("TĐKT", "*.tdkt"));
        File file = chooser.showOpenDialog(window());
        if (file != null) {
            verifyThenImport(file.toPath(), null);
        }
    }

    /** Verifies first; a package with a password asks for it; a first sender's fingerprint must be confirmed. */
    private void verifyThenImport(Path file, char[] password) {
        model.verify(file, password, verified -> {
            String fingerprint = null;
            if (verified.trust() == ExchangeService.Trust.NEW) {
                if (!ui.dialogs().confirm(ui.text("exchange.trust.title"),
                        ui.text("exchange.trust.question", verified.manifest().unit().name(), verified.fingerprint()))) {
                    return;
                }
                fingerprint = verified.fingerprint();
            }
            model.importPackage(file, password, fingerprint, imported ->
                    ui.dialogs().info(ui.text("exchange.action.import"), model.outcome(imported)));
        }, error -> {
            if (password == null && error instanceof AppException app && app.messageKey().equals("exchange.error.passwordNeeded")) {
                askPassword(ui.text("exchange.password.import")).filter(p -> p.length > 0).ifPresent(p -> verifyThenImport(file, p));
            } else {
                ui.dialogs().error(error);
            }
        });
    }

    /** Empty when cancelled; an empty array when the officer chose no password. */
    private Optional<char[]> askPassword(String header) {
        Dialog<char[]> dialog = new Dialog<>();
        dialog.setTitle(ui.text("exchange.password.title"));
        dialog.setHeaderText(header);
        PasswordField field = new PasswordField();
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? VietnameseText.nfc(field.getText()).toCharArray() : null);
        return dialog.showAndWait();
    }

    private StringConverter<PackageKind.Subject> subjectText() {
        return new StringConverter<>() {
            @Override
            public String toString(PackageKind.Subject subject) {
                return subject == null ? "" : subject.name() + " (" + subject.code() + ")";
            }

            @Override
            public PackageKind.Subject fromString(String text) {
                return null;
            }
        };
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
