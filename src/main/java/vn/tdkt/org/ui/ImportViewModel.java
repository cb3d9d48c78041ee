package vn.tdkt.org.ui;

import java.nio.file.Path;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableMap;
import vn.tdkt.org.ColumnMapping;
import vn.tdkt.org.ImportPreview;
import vn.tdkt.org.ImportResult;
import vn.tdkt.org.ImportSource;
import vn.tdkt.org.ReviewDecision;
import vn.tdkt.org.RosterField;
import vn.tdkt.org.RosterImporter;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.UiContext;

/**
 * The import wizard's state: the file read, the column mapping (suggested, then adjusted), the
 * receiving unit, the preview, the officer's decision for each "cần xem lại" row, and finally what
 * was written. Each step runs as a task.
 */
public final class ImportViewModel {
    private final UiContext ui;
    private final RosterImporter importer;
    private final ReadOnlyObjectWrapper<ImportSource> source = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ColumnMapping> mapping = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<Unit> defaultUnit = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ImportPreview> preview = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ImportResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableMap<Integer, ReviewDecision> decisions = FXCollections.observableHashMap();

    public ImportViewModel(UiContext ui, RosterImporter importer) {
        this.ui = ui;
        this.importer = importer;
        defaultUnit.addListener((obs, before, after) -> preview.set(null));
        preview.addListener((obs, before, after) -> decisions.clear());
    }

    /** Reads the file; the mapping step follows with the suggested mapping. */
    public void open(Path file, Runnable done) {
        ui.tasks().run(ui.text("roster.import.reading"), progress -> importer.read(file), read -> {
            source.set(read);
            mapping.set(read.suggested());
            preview.set(null);
            result.set(null);
            done.run();
        });
    }

    public void map(int column, RosterField field) {
        mapping.set(mapping.get().with(column, field));
        preview.set(null);
    }

    public void makePreview(Runnable done) {
        ImportSource read = source.get();
        ColumnMapping chosen = mapping.get();
        Unit unit = defaultUnit.get();
        ui.tasks().run(ui.text("roster.import.checking"),
                progress -> importer.preview(read, chosen, unit == null ? null : unit.id(), progress), checked -> {
                    preview.set(checked);
                    done.run();
                });
    }

    /** The officer's answer for a "cần xem lại" row (by its sheet row number); null: undecided, not imported. */
    public void decide(int row, ReviewDecision decision) {
        if (decision == null) {
            decisions.remove(row);
        } else {
            decisions.put(row, decision);
        }
    }

    /**
     * Writes the previewed rows and the decided review rows in one transaction; cancelling in the
     * status bar leaves nothing written.
     */
    public void apply(Runnable done) {
        ImportPreview checked = preview.get();
        Map<Integer, ReviewDecision> decided = Map.copyOf(decisions);
        ui.tasks().run(ui.text("roster.import.writing"), progress -> importer.apply(checked, decided, progress), written -> {
            result.set(written);
            done.run();
        });
    }

    public ReadOnlyObjectProperty<ImportSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ColumnMapping> mappingProperty() {
        return mapping.getReadOnlyProperty();
    }

    public ObjectProperty<Unit> defaultUnitProperty() {
        return defaultUnit;
    }

    public ReadOnlyObjectProperty<ImportPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public ObservableMap<Integer, ReviewDecision> decisions() {
        return FXCollections.unmodifiableObservableMap(decisions);
    }

    public ReadOnlyObjectProperty<ImportResult> resultProperty() {
        return result.getReadOnlyProperty();
    }
}
