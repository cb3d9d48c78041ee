package vn.tdkt.overview.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.overview.OverviewService;
import vn.tdkt.ui.UiContext;

/** State of the overview page: the figures as text, loaded off the FX thread. */
public final class OverviewViewModel {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZoneId.systemDefault());

    private static final List<String> CARD_ORDER = List.of("unit", "person", "document_register", "audit_log", "backup_log");

    /** One card: a number and what it counts. */
    public record Card(String label, String value) {
    }

    private final UiContext ui;
    private final OverviewService service;
    private final ReadOnlyStringWrapper unitName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Card> cards = FXCollections.observableArrayList();

    public OverviewViewModel(UiContext ui) {
        this.ui = ui;
        this.service = new OverviewService(ui.app());
    }

    public void load() {
        SampleData samples = new SampleData(ui.app());
        ui.tasks().run(ui.text("overview.loading"), progress -> new Loaded(service.figures(), samples.isEmpty()), loaded -> {
            empty.set(loaded.sampleAllowed());
            show(loaded.figures());
        });
    }

    /** The figures, and whether the folder is empty enough for sample data. */
    private record Loaded(OverviewService.Figures figures, boolean sampleAllowed) {
    }

    /** What the sample data button will create, said on the button. */
    public String sampleButtonText() {
        return ui.text("overview.sample.createWhat", VietnameseNumbers.grouped(SampleSize.REGIMENT.people()));
    }

    private void show(OverviewService.Figures figures) {
        unitName.set(figures.unitName().isEmpty() ? ui.text("overview.noUnit") : figures.unitName());
        details.set(String.join("\n",
                ui.text("overview.file", figures.databaseFile(), VietnameseNumbers.grouped(Math.max(0, figures.databaseBytes() / 1024))),
                ui.text("overview.schema", figures.schemaVersion()),
                ui.text("overview.installation", figures.installationId(), figures.fingerprint()),
                figures.lastBackup().map(t -> ui.text("overview.backup", WHEN.format(t))).orElse(ui.text("overview.backup.none"))));
        List<Card> shown = figures.rowsByTable().entrySet().stream()
                .filter(e -> ui.messages().has("overview.table." + e.getKey()))
                .sorted(java.util.Comparator.comparingInt(e -> cardOrder(e.getKey())))
                .map(e -> new Card(ui.text("overview.table." + e.getKey()), VietnameseNumbers.grouped(e.getValue())))
                .toList();
        cards.setAll(shown);
    }

    /** The unit's own records first, in the order of the work; the app's bookkeeping last. */
    private static int cardOrder(String table) {
        int index = CARD_ORDER.indexOf(table);
        return index < 0 ? CARD_ORDER.size() : index;
    }

    /** Fills an empty data folder with the sample regiment, then reloads; {@code afterwards} runs on success and failure. */
    public void createSampleData(Runnable afterwards) {
        ui.tasks().run(ui.text("overview.sample.running"),
                progress -> new SampleData(ui.app()).fill(SampleSize.REGIMENT, progress),
                summary -> {
                    load();
                    afterwards.run();
                }, error -> {
                    ui.dialogs().error(error);
                    load();
                    afterwards.run();
                });
    }

    public ReadOnlyStringProperty unitNameProperty() {
        return unitName.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** True while the data folder is empty enough for sample data (no letterhead, units, people or documents). */
    public ReadOnlyBooleanProperty emptyProperty() {
        return empty.getReadOnlyProperty();
    }

    public ObservableList<Card> cards() {
        return cards;
    }
}
