package vn.tdkt.exemplar.ui;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.exemplar.Card;
import vn.tdkt.exemplar.Completeness;
import vn.tdkt.exemplar.Discovery;
import vn.tdkt.exemplar.Dossier;
import vn.tdkt.exemplar.ExemplarService;
import vn.tdkt.exemplar.ExemplarServices;
import vn.tdkt.exemplar.PlanItems.SupportKind;
import vn.tdkt.exemplar.Stage;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;
import vn.tdkt.ui.UiContext;

/**
 * State of the ĐHTT page: the board (a column per stage, filtered by field, unit and year), the counts
 * per stage, and the model chosen with its whole record. Every read and write goes through the task
 * runner; dates are typed as dd/MM/yyyy and refused with a Vietnamese message when unreadable.
 */
public final class ExemplarBoardModel {
    /** The choices the filters and forms offer, loaded with the board. */
    public record Options(List<String> fields, List<String> traits, List<Unit> units, List<Integer> years) {
    }

    private record Loaded(List<Card> cards, Options options) {
    }

    /** The chosen model: its record, what its dossier still lacks, and the unit that sent it when it was received (else null). */
    public record Selection(Dossier dossier, Completeness completeness, String receivedFrom) {
        /** Received from a subordinate: shown, never changed here. */
        public boolean received() {
            return receivedFrom != null;
        }
    }

    private final UiContext ui;
    private final ExemplarService exemplars;
    private final ExemplarServices services;
    private final RosterService roster;
    private final UnitService units;
    private final ObservableList<Card> all = FXCollections.observableArrayList();
    private final Map<Stage, ObservableList<Card>> columns = new EnumMap<>(Stage.class);
    private final ReadOnlyObjectWrapper<Options> options = new ReadOnlyObjectWrapper<>(new Options(List.of(), List.of(), List.of(), List.of()));
    private final ObjectProperty<String> fieldFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unitFilter = new SimpleObjectProperty<>();
    private final ObjectProperty<Integer> yearFilter = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>();
    private java.util.Set<String> unitScope;

    public ExemplarBoardModel(UiContext ui, ExemplarServices services, RosterService roster, UnitService units) {
        this.ui = ui;
        this.services = services;
        this.exemplars = services.exemplars();
        this.roster = roster;
        this.units = units;
        for (Stage stage : Stage.values()) {
            columns.put(stage, FXCollections.observableArrayList());
        }
        fieldFilter.addListener((o, a, b) -> applyFilters());
        yearFilter.addListener((o, a, b) -> applyFilters());
        unitFilter.addListener((o, a, b) -> ui.tasks().run(ui.text("exemplar.loading"),
                progress -> b == null ? null : units.subtreeIds(b.id()), scope -> {
                    unitScope = scope;
                    applyFilters();
                }));
    }

    public void load() {
        ui.tasks().run(ui.text("exemplar.loading"), progress -> new Loaded(exemplars.cards(), new Options(exemplars.fields(), exemplars.traits(),
                units.tree().stream().map(UnitNode::unit).filter(u -> !u.dissolved()).toList(), null)), loaded -> {
            all.setAll(loaded.cards());
            List<Integer> years = loaded.cards().stream().map(c -> c.discoveredOn().getYear()).distinct().sorted(java.util.Comparator.reverseOrder()).toList();
            options.set(new Options(loaded.options().fields(), loaded.options().traits(), loaded.options().units(), years));
            applyFilters();
            Selection shown = selection.get();
            if (shown != null) {
                select(shown.dossier().exemplar().id());
            }
        });
    }

    private void applyFilters() {
        for (Stage stage : Stage.values()) {
            columns.get(stage).setAll(all.stream().filter(c -> c.stage() == stage).filter(this::passes).toList());
        }
    }

    private boolean passes(Card card) {
        return (fieldFilter.get() == null || fieldFilter.get().equals(card.field()))
                && (yearFilter.get() == null || card.discoveredOn().getYear() == yearFilter.get())
                && (unitFilter.get() == null || unitScope == null || unitScope.contains(card.unitId()));
    }

    /** Counts per stage of the cards shown, for the chart and the column headers. */
    public Map<Stage, Integer> counts() {
        Map<Stage, Integer> counts = new EnumMap<>(Stage.class);
        columns.forEach((stage, cards) -> counts.put(stage, cards.size()));
        return counts;
    }

    public void select(String id) {
        if (id == null) {
            selection.set(null);
            return;
        }
        ui.tasks().run(ui.text("exemplar.loading"), progress -> new Selection(exemplars.dossier(id), exemplars.completeness(id),
                exemplars.receivedFrom(id).orElse(null)), selection::set);
    }

    /** People whose name matches {@code text} (diacritics optional), for the subject and mentor pickers. */
    public void findPeople(String text, Consumer<List<RosterEntry>> found) {
        ui.tasks().run(ui.text("exemplar.loading"), progress -> roster.search(RosterQuery.text(text == null ? "" : text)).stream().limit(50).toList(), found);
    }

    // --- the officer's actions; each reloads the board when it succeeds

    /** Records a new model; {@code person} or {@code unit} is the subject. */
    public void discover(RosterEntry person, Unit unit, String field, String reason, String by, String date, List<String> traits, Runnable done) {
        LocalDate on = date(date, "exemplar.field.discoveredOn");
        if ((person == null) == (unit == null)) {
            throw new AppException("exemplar.error.subject");
        }
        Discovery discovery = person != null ? Discovery.ofPerson(person.person().id(), field, reason, by, on, traits)
                : Discovery.ofUnit(unit.id(), field, reason, by, on, traits);
        change(() -> exemplars.discover(discovery).id(), id -> {
            select(id);
            done.run();
        });
    }

    /** Corrects the phát hiện record of the chosen model. */
    public void updateProfile(String field, String reason, String by, String date, List<String> traits) {
        String id = selectedId();
        LocalDate on = date(date, "exemplar.field.discoveredOn");
        change(() -> exemplars.updateProfile(id, field, reason, by, on, traits), r -> ui.dialogs().info(ui.text("exemplar.section.profile"),
                ui.text("exemplar.profile.saved", r.subjectName())));
    }

    public void addCheck(String date, String result, String assessment, String nextStep, Runnable done) {
        String id = selectedId();
        LocalDate on = date(date, "exemplar.field.checkedOn");
        change(() -> exemplars.addCheck(id, on, result, assessment, nextStep), r -> done.run());
    }

    public void move(Stage to, String date, String note, Runnable done) {
        String id = selectedId();
        LocalDate on = date(date, "exemplar.field.movedOn");
        if (to == null) {
            throw new AppException("exemplar.error.required", new vn.tdkt.core.MessageKey("exemplar.field.stage"));
        }
        change(() -> exemplars.move(id, to, on, note), r -> done.run());
    }

    public void setMentor(RosterEntry mentor) {
        String id = selectedId();
        change(() -> {
            exemplars.setMentor(id, mentor == null ? null : mentor.person().id());
            return id;
        }, r -> {
        });
    }

    public void putTarget(String year, String title, Runnable done) {
        String id = selectedId();
        int value;
        try {
            value = Integer.parseInt(year == null ? "" : year.strip());
        } catch (NumberFormatException e) {
            throw new AppException("exemplar.error.yearText", year == null ? "" : year);
        }
        change(() -> {
            exemplars.putTarget(id, value, title);
            return id;
        }, r -> done.run());
    }

    public void addMilestone(String title, String due, String owner, Runnable done) {
        String id = selectedId();
        LocalDate on = date(due, "exemplar.field.dueOn");
        change(() -> exemplars.addMilestone(id, title, on, owner), r -> done.run());
    }

    public void completeMilestone(String milestoneId) {
        String id = selectedId();
        change(() -> {
            exemplars.completeMilestone(id, milestoneId, exemplars.today());
            return id;
        }, r -> {
        });
    }

    public void addSupport(String date, SupportKind kind, String description, Runnable done) {
        String id = selectedId();
        LocalDate on = date(date, "exemplar.field.givenOn");
        change(() -> exemplars.addSupport(id, on, kind, description), r -> done.run());
    }

    public void saveSummary(String text, Runnable done) {
        String id = selectedId();
        change(() -> {
            exemplars.saveSummary(id, text, exemplars.today());
            return id;
        }, r -> done.run());
    }

    public void addReplication(String date, String event, String adoptedBy, String outcome, Runnable done) {
        String id = selectedId();
        LocalDate on = date(date, "exemplar.field.heldOn");
        change(() -> exemplars.addReplication(id, on, event, adoptedBy, outcome), r -> done.run());
    }

    public void addMedia(String outlet, String date, String title, Runnable done) {
        String id = selectedId();
        LocalDate on = date(date, "exemplar.field.publishedOn");
        change(() -> exemplars.addMedia(id, outlet, on, title), r -> done.run());
    }

    /**
     * Attaches a file in a task named after it; a refused file (too large, not an image or PDF, cut
     * short) reaches the error dialog with its reason, and a stored one is confirmed with its size.
     */
    public void attach(Path file, String caption, Runnable done) {
        String id = selectedId();
        String name = file.getFileName().toString();
        ui.tasks().change(ui.text("exemplar.evidence.attaching", name), progress -> {
            progress.update(0, 2, ui.text("exemplar.evidence.checking", name));
            vn.tdkt.exemplar.Evidence stored = exemplars.attach(id, file, caption, null);
            progress.update(2, 2, ui.text("exemplar.evidence.stored", name));
            return stored;
        }, stored -> {
            done.run();
            ui.dialogs().info(ui.text("exemplar.section.evidence"), ui.text("exemplar.evidence.attached", stored.fileName(),
                    vn.tdkt.exemplar.EvidenceFiles.megabytes(stored.sizeBytes())));
            load();
        });
    }

    public void markReady() {
        String id = selectedId();
        change(() -> {
            exemplars.markReady(id, exemplars.today());
            return id;
        }, r -> {
        });
    }

    /** Writes the hồ sơ PDF and its Word parts into {@code folder}; {@code done} gets the files. */
    public void export(Path folder, Consumer<List<Path>> done) {
        String id = selectedId();
        ui.tasks().run(ui.text("exemplar.exporting"), progress -> services.documents().writeAll(id, folder), done);
    }

    public byte[] thumbnail(vn.tdkt.exemplar.Evidence evidence) {
        return exemplars.thumbnail(evidence);
    }

    private <T> void change(java.util.concurrent.Callable<T> work, Consumer<T> done) {
        ui.tasks().change(ui.text("exemplar.saving"), progress -> work.call(), result -> {
            done.accept(result);
            load();
        });
    }

    private String selectedId() {
        Selection shown = selection.get();
        if (shown == null) {
            throw new AppException("exemplar.error.noneSelected");
        }
        return shown.dossier().exemplar().id();
    }

    /** "05/12/2026" (also 5-12-2026, 2026-12-05); an empty or unreadable date is refused naming the field. */
    static LocalDate date(String text, String fieldKey) {
        Optional<VietnameseDates.Parsed> parsed = VietnameseDates.parse(text == null ? "" : text);
        if (parsed.isEmpty() || parsed.get().precision() != VietnameseDates.Precision.DAY) {
            throw new AppException("exemplar.error.date", new vn.tdkt.core.MessageKey(fieldKey), Objects.requireNonNullElse(text, ""));
        }
        return parsed.get().date();
    }

    public ObservableList<Card> column(Stage stage) {
        return columns.get(stage);
    }

    public ReadOnlyObjectProperty<Options> optionsProperty() {
        return options.getReadOnlyProperty();
    }

    public ObjectProperty<String> fieldFilterProperty() {
        return fieldFilter;
    }

    public ObjectProperty<Unit> unitFilterProperty() {
        return unitFilter;
    }

    public ObjectProperty<Integer> yearFilterProperty() {
        return yearFilter;
    }

    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    /** Today as the forms prefill it. */
    public String today() {
        return VietnameseDates.shortForm(exemplars.today());
    }

    /** Runs an action whose input may be refused before any work starts (an unreadable date): the refusal goes to the error dialog. */
    public void guard(Runnable action) {
        try {
            action.run();
        } catch (AppException e) {
            ui.dialogs().error(e);
        }
    }
}
