package vn.tdkt.scoring.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.scoring.CriteriaSet;
import vn.tdkt.scoring.PeriodKind;
import vn.tdkt.scoring.SampleCriteriaSet;
import vn.tdkt.scoring.ScoreSheet;
import vn.tdkt.scoring.ScoreWorkbook;
import vn.tdkt.scoring.ScoringPeriod;
import vn.tdkt.scoring.ScoringServices;
import vn.tdkt.scoring.SheetImport;
import vn.tdkt.scoring.Standing;
import vn.tdkt.ui.UiContext;

/**
 * State of "Chấm điểm": the periods, the chosen period's grid, its ranking and chart figures. Every read
 * and write runs through the task runner; writes through {@code change}, so the shell refreshes.
 */
public final class ScoringViewModel {
    private record Lists(List<ScoringPeriod> periods, List<CriteriaSet> sets) {
    }

    private record Loaded(ScoreSheet sheet, List<Standing> standings, ChartFigures charts) {
    }

    private final UiContext ui;
    private final ScoringServices services;
    private final ObservableList<ScoringPeriod> periods = FXCollections.observableArrayList();
    private final ObservableList<CriteriaSet> sets = FXCollections.observableArrayList();
    private final ObjectProperty<ScoringPeriod> selected = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<ScoreGridModel> grid = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Standing> ranking = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<ChartFigures> charts = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");

    public ScoringViewModel(UiContext ui, ScoringServices services) {
        this.ui = ui;
        this.services = services;
        selected.addListener((obs, before, after) -> loadPeriod());
    }

    public ObservableList<ScoringPeriod> periods() {
        return periods;
    }

    public ObservableList<CriteriaSet> sets() {
        return sets;
    }

    public ObjectProperty<ScoringPeriod> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<ScoreGridModel> gridProperty() {
        return grid.getReadOnlyProperty();
    }

    public ObservableList<Standing> ranking() {
        return ranking;
    }

    public ReadOnlyObjectProperty<ChartFigures> chartsProperty() {
        return charts.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ScoringServices services() {
        return services;
    }

    /** Reloads the lists and the chosen period (kept when it still exists). */
    public void load() {
        String keep = selected.get() == null ? null : selected.get().id();
        ui.tasks().run(ui.text("scoring.task.load"), p -> new Lists(services.scoring().periods(), services.sets().latest()), lists -> {
            List<ScoringPeriod> found = lists.periods();
            sets.setAll(lists.sets());
            periods.setAll(found);
            ScoringPeriod again = found.stream().filter(x -> x.id().equals(keep)).findFirst()
                    .orElse(found.stream().filter(x -> x.kind() == PeriodKind.MONTH && !x.locked()).findFirst().orElse(found.isEmpty() ? null : found.getFirst()));
            if (again != null && again.equals(selected.get())) {
                loadPeriod();
            } else {
                selected.set(again);
            }
        });
    }

    private void loadPeriod() {
        ScoringPeriod period = selected.get();
        if (period == null) {
            grid.set(null);
            ranking.clear();
            charts.set(null);
            return;
        }
        ui.tasks().run(ui.text("scoring.task.load"), p -> {
            ScoreSheet sheet = services.scoring().sheet(period.id());
            List<Standing> standings = services.scoring().ranking(period.id());
            String last = standings.isEmpty() ? null : standings.getLast().member().id();
            ChartFigures figures = ChartFigures.of(sheet.members(), services.scoring().monthlyTotals(period.id()), services.scoring().monthlyRanks(period.id()),
                    standings.isEmpty() ? "" : standings.getLast().member().name(), last == null ? List.of() : services.scoring().pointsLost(sheet, last));
            return new Loaded(sheet, standings, figures);
        }, loaded -> {
            if (!period.equals(selected.get())) {
                return;
            }
            grid.set(new ScoreGridModel(loaded.sheet(), ui.messages()));
            ranking.setAll(loaded.standings());
            charts.set(loaded.charts());
            status.set(period.locked() ? ui.text("scoring.status.locked", period.title()) : "");
        });
    }

    public boolean hasUnsavedChanges() {
        return grid.get() != null && !grid.get().changes().isEmpty();
    }

    /** Writes the grid's valid changed cells; refused cells stay marked and unsaved. */
    public void save() {
        ScoreGridModel model = grid.get();
        if (model == null || model.changes().isEmpty()) {
            status.set(ui.text("scoring.status.nothingToSave"));
            return;
        }
        var changes = model.changes();
        String periodId = model.sheet().period().id();
        ui.tasks().change(ui.text("scoring.task.save"), p -> services.scoring().save(periodId, changes),
                written -> status.set(ui.text("scoring.status.saved", written)));
    }

    public void lock() {
        ScoringPeriod period = selected.get();
        if (period != null) {
            ui.tasks().change(ui.text("scoring.task.lock"), p -> {
                services.scoring().lock(period.id());
                return null;
            }, done -> status.set(ui.text("scoring.status.locked", period.title())));
        }
    }

    public void unlock(String reason) {
        ScoringPeriod period = selected.get();
        if (period != null) {
            ui.tasks().change(ui.text("scoring.task.unlock"), p -> {
                services.scoring().unlock(period.id(), reason);
                return null;
            }, done -> status.set(ui.text("scoring.status.unlocked", period.title())));
        }
    }

    /** Opens a period for the chosen units; it becomes the chosen period. */
    public void openPeriod(String setId, PeriodKind kind, int year, int number, List<String> unitIds) {
        ui.tasks().change(ui.text("scoring.task.open"), p -> services.scoring().openForUnits(setId, kind, year, number, unitIds, null),
                period -> selected.set(period));
    }

    /** Opens a period for the people serving in a unit, scored in the same grid; it becomes the chosen period. */
    public void openPeriodForPeople(String setId, PeriodKind kind, int year, int number, String unitId) {
        ui.tasks().change(ui.text("scoring.task.open"), p -> services.scoring().openForPeople(setId, kind, year, number, unitId),
                period -> selected.set(period));
    }

    /** Saves an edited criteria set; one that already has scores comes back as its next version. */
    public void saveSet(CriteriaSet draft, Consumer<CriteriaSet> onSaved) {
        ui.tasks().change(ui.text("scoring.task.saveSet"),
                p -> draft.id() == null ? services.sets().create(draft) : services.sets().save(draft), onSaved);
    }

    public void createSampleSet() {
        ui.tasks().change(ui.text("scoring.task.sampleSet"), p -> services.sets().create(SampleCriteriaSet.draft()),
                set -> status.set(ui.text("scoring.status.sampleSet", set.name())));
    }

    public void exportTo(Path file, ScoreWorkbook.Layout layout) {
        ScoringPeriod period = selected.get();
        if (period != null) {
            ui.tasks().run(ui.text("scoring.task.export"), p -> {
                ScoreWorkbook.write(file, services.scoring().sheet(period.id()), layout);
                return file;
            }, written -> status.set(ui.text("scoring.status.exported", written)));
        }
    }

    /** Reads a filled-in sheet and hands its preview over; nothing is written yet. */
    public void previewImport(Path file, Consumer<SheetImport> onPreview) {
        ui.tasks().run(ui.text("scoring.task.import"), p -> services.importer().preview(file), onPreview);
    }

    public void applyImport(SheetImport preview) {
        ui.tasks().change(ui.text("scoring.task.import"), p -> services.importer().apply(preview),
                written -> status.set(ui.text("scoring.status.imported", written, preview.refused().size())));
    }
}
