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
 * One person's or unit's discipline cases and award history as the officer types them, and the Excel history import
 * with its preview: read in tasks, written through the change queue (after which the shell reloads the page).
 */
public final class RecordsViewModel {
    private record Snapshot(List<DisciplineCase> discipline, List<PastAward> history) {
    }

    /** Whose records are shown: a person or a unit, with the name the list shows. */
    public record Subject(SubjectKind kind, String id, String label) {
    }

    private final UiContext ui;
    private final AwardRecordService records;
    private final HistoryImporter importer;
    private final ObservableList<DisciplineCase> discipline = FXCollections.observableArrayList();
    private final ObservableList<PastAward> history = FXCollections.observableArrayList();
    private Subject subject;

    public RecordsViewModel(UiContext ui, AwardRecordService records, HistoryImporter importer) {
        this.ui = ui;
        this.records = records;
        this.importer = importer;
    }

    /** Shows the subject's records; null shows none. */
    public void show(Subject shown) {
        subject = shown;
        load();
    }

    public void load() {
        String id = subject == null ? null : subject.id();
        if (id == null) {
            discipline.clear();
            history.clear();
            return;
        }
        ui.tasks().run(ui.text("award.task.load"), progress -> new Snapshot(
                records.discipline().stream().filter(d -> d.subjectId().equals(id)).toList(), records.historyOf(id)), snapshot -> {
                    if (subject != null && id.equals(subject.id())) {
                        discipline.setAll(snapshot.discipline());
                        history.setAll(snapshot.history());
                    }
                });
    }

    public void addDiscipline(LocalDate opened, LocalDate decided, boolean serious, String description, Runnable done) {
        Subject who = subject;
        ui.tasks().change(ui.text("award.task.discipline"),
                progress -> records.addDiscipline(who.kind(), who.id(), opened, decided, serious, description), added -> done.run());
    }

    public void addPastAward(int year, String titleCode, String titleName, AwardKind kind, String decisionNumber, LocalDate decisionDate,
                             String issuer, Runnable done) {
        Subject who = subject;
        ui.tasks().change(ui.text("award.task.history"), progress -> records.addPastAward(who.kind(), who.id(), year, titleCode, titleName,
                kind, decisionNumber, decisionDate, issuer), added -> done.run());
    }

    /** Reads the file and hands back what would be imported and what refused; nothing is written. */
    public void preview(Path file, Consumer<HistoryImport> shown) {
        ui.tasks().run(ui.text("award.task.importPreview"), progress -> importer.preview(file), shown);
    }

    public void apply(HistoryImport preview) {
        ui.tasks().change(ui.text("award.task.import"), progress -> importer.apply(preview), count -> ui.dialogs().info(
                ui.text("award.import.done.title"), ui.text("award.import.done", count, preview.rejected().size())));
    }

    public boolean hasSubject() {
        return subject != null;
    }

    public ObservableList<DisciplineCase> discipline() {
        return discipline;
    }

    public ObservableList<PastAward> history() {
        return history;
    }
}
