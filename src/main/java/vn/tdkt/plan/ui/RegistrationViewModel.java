package vn.tdkt.plan.ui;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Unit;
import vn.tdkt.plan.Coverage;
import vn.tdkt.plan.EmulationTitle;
import vn.tdkt.plan.PlanServices;
import vn.tdkt.plan.RegistrationExporter;
import vn.tdkt.plan.RegistrationImport;
import vn.tdkt.plan.RegistrationImporter;
import vn.tdkt.plan.RegistrationLine;
import vn.tdkt.plan.RegistrationService;
import vn.tdkt.plan.TitleFamily;
import vn.tdkt.ui.UiContext;

/**
 * The registration tab: for a year and a unit (everyone when none), the registrations, who has not
 * registered, and the coverage of the units below it; registering a whole unit in one action.
 */
public final class RegistrationViewModel {
    /** What the tab shows, read in one task. */
    record Snapshot(int year, String unitId, List<RegistrationLine> lines, List<RosterEntry> missing, List<Coverage> coverage,
                    List<EmulationTitle> titles, List<EmulationTitle> unitTitles) {
    }

    private final UiContext ui;
    private final PlanServices plan;
    private volatile String ownCode = "";
    private final RegistrationService registrations;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObservableList<RegistrationLine> lines = FXCollections.observableArrayList();
    private final ObservableList<RosterEntry> missing = FXCollections.observableArrayList();
    private final ObservableList<Coverage> coverage = FXCollections.observableArrayList();
    private final ObservableList<String> titles = FXCollections.observableArrayList();
    private final ObservableList<String> unitTitles = FXCollections.observableArrayList();
    private final ObjectProperty<String> baseTitle = new SimpleObjectProperty<>();
    private final ObjectProperty<String> chosenTitle = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");

    public RegistrationViewModel(UiContext ui, PlanServices plan) {
        this.ui = ui;
        this.plan = plan;
        this.registrations = plan.registrations();
        unit.addListener((obs, before, after) -> load());
    }

    public void load() {
        if (year.get() == null) {
            return;
        }
        int asked = year.get();
        String unitId = unit.get() == null ? null : unit.get().id();
        ui.tasks().run(ui.text("plan.loading"), progress -> {
            ownCode = plan.settings().letterhead().shortCode();
            return new Snapshot(asked, unitId,
                concat(registrations.unitLines(asked, unitId), registrations.personLines(asked, unitId)),
                registrations.notRegistered(asked, unitId), registrations.coverage(asked, unitId),
                registrations.titles(false), registrations.titles(true));
        }, this::show);
    }

    /** The unit's own code from the letterhead, read with the registrations, for file names. */
    public String ownCode() {
        return ownCode;
    }

    private static List<RegistrationLine> concat(List<RegistrationLine> a, List<RegistrationLine> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private void show(Snapshot s) {
        String unitId = unit.get() == null ? null : unit.get().id();
        if (year.get() == null || s.year() != year.get() || !java.util.Objects.equals(unitId, s.unitId())) {
            return;
        }
        lines.setAll(s.lines());
        missing.setAll(s.missing());
        coverage.setAll(s.coverage());
        List<String> personTitles = s.titles().stream().filter(t -> t.family() == TitleFamily.TITLE).map(EmulationTitle::name).toList();
        if (!titles.equals(s.titles().stream().map(EmulationTitle::name).toList())) {
            titles.setAll(s.titles().stream().map(EmulationTitle::name).toList());
            unitTitles.setAll(s.unitTitles().stream().map(EmulationTitle::name).toList());
            // The lowest title for everyone, the next one for the people chosen: the usual first registration.
            baseTitle.set(personTitles.isEmpty() ? null : personTitles.getFirst());
            chosenTitle.set(personTitles.size() < 2 ? baseTitle.get() : personTitles.get(1));
        }
        long people = s.lines().stream().filter(l -> l.registration().forPerson() && l.registration().family() == TitleFamily.TITLE).count();
        summary.set(ui.text("plan.registration.summary", VietnameseNumbers.grouped(people), VietnameseNumbers.grouped(s.missing().size())));
    }

    /**
     * Registers everyone in the chosen unit not yet registered: the {@code chosen} people (picked in the
     * not-registered list) for the higher title, the others for the base title.
     */
    public void registerWholeUnit(List<RosterEntry> chosen, Runnable done) {
        Unit target = unit.get();
        if (target == null) {
            ui.dialogs().info(ui.text("plan.registration.bulk"), ui.text("plan.registration.chooseUnit"));
            return;
        }
        Set<String> ids = new HashSet<>();
        chosen.forEach(e -> ids.add(e.person().id()));
        int asked = year.get();
        String base = baseTitle.get();
        String higher = chosenTitle.get();
        ui.tasks().run(ui.text("plan.saving"), progress -> registrations.registerWholeUnit(asked, target.id(), base, ids, higher), result -> {
            ui.dialogs().info(ui.text("plan.registration.bulk"), ui.text("plan.registration.bulkDone", target.name(), result.registered(),
                    result.alreadyRegistered()));
            load();
            done.run();
        });
    }

    public void registerPerson(RosterEntry person, String title, String initiatives, Runnable done) {
        int asked = year.get();
        ui.tasks().run(ui.text("plan.saving"), progress -> registrations.registerPerson(asked, person.person().id(), title, initiatives), saved -> {
            load();
            done.run();
        });
    }

    public void registerUnit(Unit who, String title, Runnable done) {
        int asked = year.get();
        ui.tasks().run(ui.text("plan.saving"), progress -> registrations.registerUnit(asked, who.id(), title, null), saved -> {
            load();
            done.run();
        });
    }

    public void update(RegistrationLine line, String title, String initiatives, Runnable done) {
        ui.tasks().run(ui.text("plan.saving"), progress -> registrations.update(line.registration().id(), title, initiatives), saved -> {
            load();
            done.run();
        });
    }

    public void delete(RegistrationLine line, Runnable done) {
        if (ui.dialogs().confirm(ui.text("plan.registration.delete"), ui.text("plan.registration.deleteConfirm", line.name(),
                line.registration().title()))) {
            ui.tasks().run(ui.text("plan.saving"), progress -> {
                registrations.delete(line.registration().id());
                return line;
            }, deleted -> {
                load();
                done.run();
            });
        }
    }

    /** Writes the unit's people with their registrations to .xlsx for the subordinate unit to fill in. */
    public void export(Path file) {
        int asked = year.get();
        String unitId = unit.get() == null ? null : unit.get().id();
        ui.tasks().run(ui.text("plan.registration.exporting"), progress -> new RegistrationExporter(registrations, ui.messages())
                .write(file, asked, unitId, plan.roster().search(unitId == null ? RosterQuery.ALL : RosterQuery.ALL.inUnit(unitId)), progress),
                rows -> ui.dialogs().info(ui.text("plan.registration.export"), ui.text("cli.registrations.exported", rows, file)));
    }

    /** Reads a filled-in workbook, shows what it would do with every refused row, and imports after the officer agrees. */
    public void importFile(Path file, Runnable done) {
        RegistrationImporter importer = new RegistrationImporter(registrations, plan.roster(), plan.settings().importRowLimit());
        ui.tasks().run(ui.text("plan.registration.reading"), progress -> importer.preview(file, progress), preview -> {
            if (ui.dialogs().confirm(ui.text("plan.registration.import"), describe(preview)) && !preview.changes().isEmpty()) {
                ui.tasks().run(ui.text("plan.saving"), progress -> {
                    importer.apply(preview);
                    return preview;
                }, applied -> {
                    load();
                    done.run();
                });
            }
        });
    }

    /** The preview as the confirmation says it: the counts, then each refused row with its reason. */
    String describe(RegistrationImport preview) {
        StringBuilder text = new StringBuilder(ui.text("plan.registration.preview", preview.additions(), preview.updates(), preview.unchanged(),
                preview.blankRows(), preview.rejections().size()));
        preview.rejections().forEach(r -> text.append("\n• ").append(r.describe(ui.messages())));
        return text.toString();
    }

    public UiContext ui() {
        return ui;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<RegistrationLine> lines() {
        return lines;
    }

    public ObservableList<RosterEntry> missing() {
        return missing;
    }

    public ObservableList<Coverage> coverage() {
        return coverage;
    }

    public ObservableList<String> titles() {
        return titles;
    }

    public ObservableList<String> unitTitles() {
        return unitTitles;
    }

    public ObjectProperty<String> baseTitleProperty() {
        return baseTitle;
    }

    public ObjectProperty<String> chosenTitleProperty() {
        return chosenTitle;
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }
}
