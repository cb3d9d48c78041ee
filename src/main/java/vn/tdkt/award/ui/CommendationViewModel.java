package vn.tdkt.award.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.award.Cap;
import vn.tdkt.award.CommendationServices;
import vn.tdkt.award.EligibilityReport;
import vn.tdkt.award.Grade;
import vn.tdkt.award.Initiative;
import vn.tdkt.award.InitiativeKind;
import vn.tdkt.award.RuleSet;
import vn.tdkt.award.Scope;
import vn.tdkt.award.SubjectKind;
import vn.tdkt.award.TitleResult;
import vn.tdkt.award.Verdict;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;
import vn.tdkt.ui.UiContext;

/**
 * The Khen thưởng page's state: a year and a unit (with everything under it), the unit's classification grid,
 * the year's initiatives, eligibility per title, and the rule set in use. Everything is read in one task and
 * written through the task runner's change queue, after which the shell refreshes the page (and so reloads it).
 */
public final class CommendationViewModel {
    /** What the page shows, read in one task. */
    private record Snapshot(List<Unit> units, List<GradeRow> grades, List<Initiative> initiatives, Map<String, String> names,
                            EligibilityReport report, RuleSet rules) {
    }

    private final UiContext ui;
    private final CommendationServices services;
    private final UnitService units;
    private final RosterService roster;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObjectProperty<Unit> unit = new SimpleObjectProperty<>();
    private final ObservableList<Unit> unitChoices = FXCollections.observableArrayList();
    private final ObservableList<GradeRow> grades = FXCollections.observableArrayList();
    private final ObservableList<Initiative> initiatives = FXCollections.observableArrayList();
    private final ObservableList<TitleResult> titles = FXCollections.observableArrayList();
    private final ObjectProperty<TitleResult> title = new SimpleObjectProperty<>();
    private final ObservableList<Verdict> verdicts = FXCollections.observableArrayList();
    private final StringProperty titleSummary = new SimpleStringProperty("");
    private final ObjectProperty<RuleSet> rules = new SimpleObjectProperty<>();
    private final BooleanProperty loaded = new SimpleBooleanProperty();
    private Map<String, String> names = Map.of();

    public CommendationViewModel(UiContext ui, CommendationServices services, UnitService units, RosterService roster) {
        this.ui = ui;
        this.services = services;
        this.units = units;
        this.roster = roster;
        year.set(roster.today().getYear());
        title.addListener((obs, before, after) -> showTitle(after));
    }

    public void load() {
        Integer forYear = year.get();
        Unit chosen = unit.get();
        ui.tasks().run(ui.text("award.task.load"), progress -> read(forYear, chosen), snapshot -> {
            // The title shown when the data arrives, not when it was asked for: the officer may have picked another meanwhile.
            String titleCode = title.get() == null ? null : title.get().rule().code();
            loaded.set(false);
            names = snapshot.names();
            if (!unitChoices.equals(snapshot.units())) {
                unitChoices.setAll(snapshot.units());
            }
            grades.setAll(snapshot.grades());
            initiatives.setAll(snapshot.initiatives());
            rules.set(snapshot.rules());
            titles.setAll(snapshot.report().titles());
            title.set(titles.stream().filter(t -> t.rule().code().equals(titleCode)).findFirst()
                    .orElse(titles.isEmpty() ? null : titles.getFirst()));
            showTitle(title.get());
            loaded.set(true);
        });
    }

    private Snapshot read(int forYear, Unit chosen) {
        List<Unit> all = units.tree().stream().map(UnitNode::unit).filter(u -> !u.dissolved()).toList();
        String unitId = chosen == null ? null : chosen.id();
        Map<String, Grade> yearGrades = services.records().grades(forYear);
        List<GradeRow> rows = new ArrayList<>();
        Map<String, String> people = new java.util.LinkedHashMap<>();
        if (chosen != null) {
            rows.add(new GradeRow(SubjectKind.UNIT, chosen.id(), chosen.name(), ui.text("award.grid.theUnit"), yearGrades.get(chosen.id())));
        }
        for (RosterEntry e : roster.search(unitId == null ? RosterQuery.ALL : RosterQuery.ALL.inUnit(unitId))) {
            people.put(e.person().id(), e.person().fullName());
            if (chosen != null) {
                rows.add(new GradeRow(SubjectKind.PERSON, e.person().id(), e.person().fullName(), e.unitName(), yearGrades.get(e.person().id())));
            }
        }
        List<Initiative> yearInitiatives = services.records().initiatives(forYear).stream()
                .filter(i -> unitId == null || i.authorIds().stream().anyMatch(people::containsKey)).toList();
        return new Snapshot(all, rows, yearInitiatives, people, services.eligibility().report(forYear, unitId, null),
                services.ruleSets().inUse());
    }

    private void showTitle(TitleResult result) {
        verdicts.setAll(result == null ? List.of() : result.verdicts());
        if (result == null) {
            titleSummary.set("");
        } else if (result.capLimit() == null) {
            titleSummary.set(ui.text("award.eligible.summary", result.qualifying(), result.population()));
        } else {
            titleSummary.set(ui.text("award.eligible.summaryCap", result.qualifying(), result.population(), result.capLimit()));
        }
    }

    /** Sets every row of the grid to one grade (the common case: most of a company is HTTNV); saved with {@link #saveGrades}. */
    public void setAll(Grade grade) {
        grades.forEach(r -> r.gradeProperty().set(grade));
    }

    public boolean hasChanges() {
        return grades.stream().anyMatch(GradeRow::changed);
    }

    public void saveGrades(Runnable done) {
        int forYear = year.get();
        Map<SubjectKind, Map<String, Grade>> changed = new HashMap<>();
        grades.stream().filter(GradeRow::changed)
                .forEach(r -> changed.computeIfAbsent(r.kind(), k -> new HashMap<>()).put(r.id(), r.gradeProperty().get()));
        ui.tasks().change(ui.text("award.task.saveGrades"), progress -> {
            changed.forEach((kind, byId) -> services.records().classify(forYear, kind, byId));
            return null;
        }, ignored -> done.run());
    }

    public void addInitiative(InitiativeKind kind, String name, List<String> authorIds, String recognisedBy, LocalDate on, Scope scope,
                              Runnable done) {
        ui.tasks().change(ui.text("award.task.addInitiative"),
                progress -> services.records().addInitiative(kind, name, authorIds, recognisedBy, on, scope), added -> done.run());
    }

    public void useRuleSet(String code) {
        ui.tasks().change(ui.text("award.task.rules"), progress -> {
            services.ruleSets().use(code);
            return null;
        }, ignored -> { });
    }

    public void editRule(String titleCode, Double threshold, Double bonus, Cap cap, String article, String note) {
        String setCode = rules.get().code();
        ui.tasks().change(ui.text("award.task.rules"),
                progress -> services.ruleSets().edit(setCode, titleCode, threshold, bonus, cap, article, note), saved -> { });
    }

    public String personName(String id) {
        return names.getOrDefault(id, "");
    }

    /** The people of the chosen unit, for choosing an initiative's authors. */
    public List<Map.Entry<String, String>> people() {
        return names.entrySet().stream().toList();
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObjectProperty<Unit> unitProperty() {
        return unit;
    }

    public ObservableList<Unit> unitChoices() {
        return unitChoices;
    }

    public ObservableList<GradeRow> grades() {
        return grades;
    }

    public ObservableList<Initiative> initiatives() {
        return initiatives;
    }

    public ObservableList<TitleResult> titles() {
        return titles;
    }

    public ObjectProperty<TitleResult> titleProperty() {
        return title;
    }

    public ObservableList<Verdict> verdicts() {
        return verdicts;
    }

    public StringProperty titleSummaryProperty() {
        return titleSummary;
    }

    public ObjectProperty<RuleSet> rulesProperty() {
        return rules;
    }

    public BooleanProperty loadedProperty() {
        return loaded;
    }
}
