package vn.tdkt.overview.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.demo.SampleData;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.overview.OverviewService;
import vn.tdkt.ui.UiContext;

/** State of the overview page: the figures as text, loaded off the FX thread. */
public final class OverviewViewModel {
    /** One card: a number and what it counts. */
    public record Card(String label, String value) {
    }

    private final UiContext ui;
    private final OverviewService service;
    private final SampleData samples;
    private final ReadOnlyStringWrapper unitName = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper empty = new ReadOnlyBooleanWrapper(false);
    private final ObservableList<Card> cards = FXCollections.observableArrayList();
    private final ObservableList<OverviewService.Attention> attention = FXCollections.observableArrayList();

    public OverviewViewModel(UiContext ui, OverviewService service, SampleData samples) {
        this.ui = ui;
        this.service = service;
        this.samples = samples;
    }

    public void load() {
        ui.tasks().run(ui.text("overview.loading"), progress -> new Loaded(service.figures(ui.messages()), samples.isEmpty()), loaded -> {
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
                figures.lastBackup().map(t -> ui.text("overview.backup", VietnameseDates.moment(t))).orElse(ui.text("overview.backup.none"))));
        List<Card> shown = figures.rowsByTable().entrySet().stream()
                .filter(e -> ui.messages().has("overview.table." + e.getKey()))
                .map(e -> new Card(ui.text("overview.table." + e.getKey()), VietnameseNumbers.grouped(e.getValue())))
                .toList();
        cards.setAll(shown);
        attention.setAll(figures.attention());
    }

    /**
     * Backs the data up to a file the officer chose (a USB stick), sealed when a password is given, verified
     * after writing; says where and reloads (the figures count the backup).
     */
    public void backUpTo(java.nio.file.Path target, java.util.Optional<char[]> password, Runnable afterwards) {
        ui.tasks().change(ui.text("backup.usb.running"), progress -> service.backUpTo(target, password),
                bytes -> ui.dialogs().info(ui.text("backup.usb.title"), ui.text(password.isPresent() ? "backup.done.sealed" : "backup.done",
                        target.toAbsolutePath(), VietnameseNumbers.grouped(bytes))))
                .whenFinished(afterwards);
    }

    /**
     * Fills an empty data folder with the sample regiment; the shell then refreshes the page.
     * {@code afterwards} runs however the work ended, so a failure never leaves the button disabled.
     */
    public void createSampleData(Runnable afterwards) {
        ui.tasks().change(ui.text("overview.sample.running"), progress -> samples.fill(SampleSize.REGIMENT, progress), summary -> {
        }).whenFinished(afterwards);
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

    /** The features' attention lists (stalled models…), empty lists included so the page can say "none". */
    public ObservableList<OverviewService.Attention> attention() {
        return attention;
    }
}
