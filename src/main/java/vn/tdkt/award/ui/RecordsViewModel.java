package vn.tdkt.award.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.award.AwardKind;
import vn.tdkt.award.AwardRecordService;
import vn.tdkt.award.DisciplineCase;
import vn.tdkt.award.HistoryImport;
import vn.tdkt.award.HistoryImporter;
import vn.tdkt.award.PastAward;
import vn.tdkt.award.SubjectKind;
import vn.tdkt.ui.UiContext;

/**
 * One person's discipline cases and award history as the officer types them, and the Excel history import with
 * its preview: read in tasks, written through the change queue (after which the shell reloads the page).
 */
public final class RecordsViewModel {
    private record Snapshot(List<DisciplineCase> discipline, List<PastAward> history) {
    }

    private final UiContext ui;
    private final AwardRecordService records;
    private final HistoryImporter importer;
    private final ObservableList<DisciplineCase> discipline = FXCollections.observableArrayList();
    private final ObservableList<PastAward> history = FXCollections.observableArrayList();
    private String personId;

    public RecordsViewModel(UiContext ui, AwardRecordService records, HistoryImporter importer) {
        this.ui = ui;
        this.records = records;
        this.importer = importer;
    }

    /** Shows {@code id}'s records; null shows none. */
    public void show(String id) {
        personId = id;
        load();
    }

    public void load() {
        String id = personId;
        if (id == null) {
            discipline.clear();
            history.clear();
            return;
        }
        ui.tasks().run(ui.text("award.task.load"), progress -> new Snapshot(
                records.discipline().stream().filter(d -> d.subjectId().equals(id)).toList(), records.historyOf(id)), snapshot -> {
                    if (id.equals(personId)) {
                        discipline.setAll(snapshot.discipline());
                        history.setAll(snapshot.history());
                    }
                });
    }

    public void addDiscipline(LocalDate opened, LocalDate decided, boolean serious, String description, Runnable done) {
        String id = personId;
        ui.tasks().change(ui.text("award.task.discipline"),
                progress -> records.addDiscipline(SubjectKind.PERSON, id, opened, decided, serious, description), added -> done.run());
    }

    public void addPastAward(int year, String titleCode, String titleName, AwardKind kind, String decisionNumber, LocalDate decisionDate,
                             String issuer, Runnable done) {
        String id = personId;
        ui.tasks().change(ui.text("award.task.history"), progress -> records.addPastAward(SubjectKind.PERSON, id, year, titleCode, titleName,
                kind, decisionNumber, decisionDate, issuer), added -> done.run());
    }

    /** Reads the file and hands back what would be imported and what refused; nothing is written. */
    public void preview(Path file, Consumer<HistoryImport> shown) {
        ui.tasks().run(ui.text("award.task.importPreview"), progress -> importer.preview(file), shown);
    }

    public void apply(HistoryImport preview) {
        ui.tasks().change(ui.text("award.task.import"), progress -> importer.apply(preview), count -> { });
    }

    public boolean hasPerson() {
        return personId != null;
    }

    public ObservableList<DisciplineCase> discipline() {
        return discipline;
    }

    public ObservableList<PastAward> history() {
        return history;
    }
}
