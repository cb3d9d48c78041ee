package vn.tdkt.exchange.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.exchange.EchelonListFiles;
import vn.tdkt.exchange.EchelonLists;
import vn.tdkt.exchange.ExchangeService;
import vn.tdkt.exchange.PackageKind;
import vn.tdkt.exchange.PeriodKey;
import vn.tdkt.exchange.ReceivedDocument;
import vn.tdkt.exchange.ReceivedPackage;
import vn.tdkt.ui.UiContext;

/**
 * The Trao đổi gói page as state: the packages received, the one selected and what it holds, this
 * installation's fingerprint, the ĐHTT models and the ranking across blocks of own and received units; export, verify and import run as tasks off the FX thread.
 */
public final class ExchangeViewModel {
    private final UiContext ui;
    private final ExchangeService service;
    private final ObservableList<ReceivedPackage> packages = FXCollections.observableArrayList();
    private final ObservableList<ExchangeService.ProposedTitle> titles = FXCollections.observableArrayList();
    private final ObjectProperty<ReceivedPackage> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper ownFingerprint = new ReadOnlyStringWrapper("");
    private final EchelonLists lists;
    private final ObservableList<EchelonLists.ModelLine> models = FXCollections.observableArrayList();
    private final ObservableList<PeriodKey> periods = FXCollections.observableArrayList();
    private final ObjectProperty<PeriodKey> period = new SimpleObjectProperty<>();
    private final ObservableList<RankingRow> ranking = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper rankingNote = new ReadOnlyStringWrapper("");
    private final ObservableList<ReceivedDocument> documents = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper documentsNote = new ReadOnlyStringWrapper("");
    /** Counts selections, so the documents of a package selected earlier never replace those of a later one. */
    private long documentsAsked;

    public ExchangeViewModel(UiContext ui, ExchangeService service, EchelonLists lists) {
        this.ui = ui;
        this.service = service;
        this.lists = lists;
        selected.addListener((obs, before, after) -> {
            details.set(after == null ? ui.text("exchange.details.none") : describe(after));
            loadDocuments(after);
        });
        details.set(ui.text("exchange.details.none"));
        documentsNote.set(ui.text("exchange.documents.choose"));
        period.addListener((obs, before, after) -> loadRanking(after));
    }

    /** The documents the selected package carried, in its order. */
    public ObservableList<ReceivedDocument> documents() {
        return documents;
    }

    /** What the documents list says when it is empty: choose a package, or this one has none kept. */
    public ReadOnlyStringProperty documentsNoteProperty() {
        return documentsNote.getReadOnlyProperty();
    }

    private void loadDocuments(ReceivedPackage p) {
        long asked = ++documentsAsked;
        documents.clear();
        if (p == null) {
            documentsNote.set(ui.text("exchange.documents.choose"));
            return;
        }
        documentsNote.set("");
        ui.tasks().run(ui.text("exchange.task.documents"), progress -> service.receivedDocuments(p.id()), found -> {
            if (asked == documentsAsked) {
                documents.setAll(found);
                documentsNote.set(found.isEmpty() ? ui.text("exchange.documents.none") : "");
            }
        });
    }

    /** Writes the document into the data folder and hands it to the system's Word, Excel or PDF reader. */
    public void openDocument(ReceivedDocument document) {
        ui.tasks().run(ui.text("exchange.task.openDocument", document.name()), progress -> service.openReceivedDocument(document), opened -> { });
    }

    /** "Lưu bản sao…": the document as received, to the file the officer chose. */
    public void saveDocument(ReceivedDocument document, Path target, Consumer<Path> onDone) {
        ui.tasks().run(ui.text("exchange.task.saveDocument", document.name()), progress -> service.saveReceivedDocument(document, target), onDone);
    }

    /** The size column (in KB, as its header says), and a word when the document was too large to keep. */
    public String sizeLabel(ReceivedDocument document) {
        String kilobytes = VietnameseNumbers.grouped(document.kilobytes());
        return document.kept() ? kilobytes : ui.text("exchange.documents.notKept", kilobytes);
    }

    /** One line of the ranking table: a unit's place within its criteria set's group. */
    public record RankingRow(String set, EchelonLists.RankedUnit unit) {
    }

    /** ĐHTT models of own and received units, by stage. */
    public ObservableList<EchelonLists.ModelLine> models() {
        return models;
    }

    /** The periods some block was scored for, newest first. */
    public ObservableList<PeriodKey> periods() {
        return periods;
    }

    public ObjectProperty<PeriodKey> periodProperty() {
        return period;
    }

    public ObservableList<RankingRow> ranking() {
        return ranking;
    }

    /** Says when the period's blocks used different criteria sets and are ranked apart; empty otherwise. */
    public ReadOnlyStringProperty rankingNoteProperty() {
        return rankingNote.getReadOnlyProperty();
    }

    /** Where a received line came from and when, or that it is this unit's own. */
    public String source(java.util.Optional<String> from, java.util.Optional<java.time.Instant> receivedAt) {
        return from.map(unit -> ui.text("exchange.lists.received", unit, receivedAt.map(VietnameseDates::moment).orElse("")))
                .orElseGet(() -> ui.text("exchange.lists.own"));
    }

    /** Writes the models list as .xlsx off the FX thread. */
    public void saveModels(Path file, Runnable onDone) {
        ui.tasks().run(ui.text("exchange.action.saveList"), progress -> {
            new EchelonListFiles(ui.messages()).writeModels(file, lists.models());
            return file;
        }, written -> onDone.run());
    }

    /** Writes the chosen period's ranking as .xlsx off the FX thread; nothing to write without a period. */
    public void saveRanking(Path file, Runnable onDone) {
        PeriodKey key = period.get();
        if (key == null) {
            return;
        }
        ui.tasks().run(ui.text("exchange.action.saveList"), progress -> {
            new EchelonListFiles(ui.messages()).writeRanking(file, key, lists.ranking(key));
            return file;
        }, written -> onDone.run());
    }

    private void loadRanking(PeriodKey key) {
        if (key == null) {
            ranking.clear();
            rankingNote.set("");
            return;
        }
        ui.tasks().run(ui.text("exchange.task.load"), progress -> lists.ranking(key), groups -> {
            List<RankingRow> rows = new ArrayList<>();
            groups.forEach(g -> g.units().forEach(u -> rows.add(new RankingRow(String.join("; ", g.sets()), u))));
            ranking.setAll(rows);
            rankingNote.set(groups.size() > 1 ? ui.text("exchange.ranking.setsDiffer", key.label(), groups.size()) : "");
        });
    }

    public ObservableList<ReceivedPackage> packages() {
        return packages;
    }

    /** Titles the subordinate units propose, from the proposals received. */
    public ObservableList<ExchangeService.ProposedTitle> titles() {
        return titles;
    }

    public ObjectProperty<ReceivedPackage> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty ownFingerprintProperty() {
        return ownFingerprint.getReadOnlyProperty();
    }

    public void refresh() {
        ui.tasks().run(ui.text("exchange.task.load"), progress -> new Loaded(service.received(), service.proposedTitles(),
                service.ownFingerprint(), lists.models(), lists.periods()), loaded -> {
            packages.setAll(loaded.received());
            titles.setAll(loaded.titles());
            ownFingerprint.set(ui.text("exchange.ownFingerprint", loaded.fingerprint()));
            models.setAll(loaded.models());
            PeriodKey chosen = period.get();
            periods.setAll(loaded.periods());
            period.set(null);
            period.set(chosen != null && periods.contains(chosen) ? chosen : periods.isEmpty() ? null : periods.getFirst());
        });
    }

    private record Loaded(List<ReceivedPackage> received, List<ExchangeService.ProposedTitle> titles, String fingerprint,
                          List<EchelonLists.ModelLine> models, List<PeriodKey> periods) {
    }

    /** The kinds of package this installation writes, in the order the export dialog offers them. */
    public List<String> kinds() {
        return service.kinds();
    }

    /** What the officer may send as a package of {@code kind} (units, models, Tờ trình…), for the export dialog. */
    public void subjects(String kind, Consumer<List<PackageKind.Subject>> onReady) {
        ui.tasks().run(ui.text("exchange.task.load"), progress -> service.subjects(kind), onReady);
    }

    /** Writes, reads back and verifies the package; the task shows progress and can be cancelled. */
    public void export(String kind, String subject, Path file, char[] password, Consumer<ExchangeService.Exported> onDone) {
        ui.tasks().change(ui.text("exchange.task.export"),
                progress -> service.export(kind, subject, file, password, ui.messages(), progress), onDone);
    }

    /** Verifies without importing; a refusal goes to {@code onError} so the page can ask for a password. */
    public void verify(Path file, char[] password, Consumer<ExchangeService.Verified> onDone, Consumer<Throwable> onError) {
        ui.tasks().run(ui.text("exchange.task.verify"), progress -> service.verify(file, password, new ArrayList<>()), onDone, onError);
    }

    public void importPackage(Path file, char[] password, String acceptedFingerprint, Consumer<ExchangeService.Imported> onDone) {
        ui.tasks().change(ui.text("exchange.task.import"),
                progress -> service.importPackage(file, password, acceptedFingerprint, progress), onDone);
    }

    /** The sentence that tells the officer how an import ended. */
    public String outcome(ExchangeService.Imported imported) {
        String key = switch (imported.outcome()) {
            case IMPORTED -> "cli.package.imported";
            case REPLACED -> "cli.package.replaced";
            case ALREADY_IMPORTED -> "cli.package.already";
        };
        return ui.text(key, imported.manifest().unit().name(), imported.manifest().sequence());
    }

    public String kindLabel(String kind) {
        String key = "exchange.kind." + kind;
        return ui.messages().has(key) ? ui.text(key) : kind;
    }

    public String statusLabel(ReceivedPackage p) {
        return ui.text("exchange.status." + p.status());
    }

    private String describe(ReceivedPackage p) {
        StringBuilder text = new StringBuilder();
        text.append(ui.text("exchange.details.source", p.unitName(), p.unitCode())).append('\n');
        text.append(ui.text("exchange.details.kind", kindLabel(p.kind()), p.sequence())).append('\n');
        text.append(ui.text("exchange.details.dates", VietnameseDates.moment(p.createdAt()), VietnameseDates.moment(p.importedAt()))).append('\n');
        text.append(ui.text("exchange.details.key", p.fingerprint())).append('\n');
        text.append(ui.text("exchange.details.contains")).append('\n');
        p.summary().forEach((what, count) -> text.append("  • ").append(count).append(' ')
                .append(ui.messages().has("exchange.summary." + what) ? ui.text("exchange.summary." + what) : what).append('\n'));
        text.append(statusLabel(p));
        return text.toString();
    }
}
