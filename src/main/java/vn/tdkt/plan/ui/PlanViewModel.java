package vn.tdkt.plan.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import vn.tdkt.core.AppException;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.plan.Block;
import vn.tdkt.plan.Measure;
import vn.tdkt.plan.Movement;
import vn.tdkt.plan.MovementKind;
import vn.tdkt.plan.Plan;
import vn.tdkt.plan.PlanServices;
import vn.tdkt.plan.PlanRules;
import vn.tdkt.plan.Pledge;
import vn.tdkt.plan.Programme;
import vn.tdkt.plan.ReviewWording;
import vn.tdkt.plan.Target;
import vn.tdkt.plan.TargetView;
import vn.tdkt.ui.UiContext;

/**
 * State of the Kế hoạch thi đua page for the chosen year: the plan form, its movements and phases, its
 * targets with their status, the blocks and pledges. Every read and write runs through the task runner;
 * the field checks use the same rules as the services, so the page can say what is wrong before saving.
 */
public final class PlanViewModel {
    /** Everything the page shows for a year, read in one task. */
    record Snapshot(int year, Plan plan, List<Programme> programmes, List<Movement> movements, List<TargetView> targets,
                    List<UnitNode> units, List<Block> blocks, List<Pledge> pledges, List<Integer> planYears, String superiorBody) {
    }

    private final UiContext ui;
    private final PlanServices feature;
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>();
    private final ObservableList<Integer> years = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Programme> programmes = FXCollections.observableArrayList();
    private final ObservableList<Movement> movements = FXCollections.observableArrayList();
    private final ObservableList<TargetView> targets = FXCollections.observableArrayList();
    private final ObservableList<UnitNode> units = FXCollections.observableArrayList();
    private final ObservableList<Block> blocks = FXCollections.observableArrayList();
    private final ObservableList<Pledge> pledges = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper hasPlan = new ReadOnlyBooleanWrapper(false);

    // The plan form.
    private final StringProperty title = new SimpleStringProperty("");
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>();
    private final StringProperty theme = new SimpleStringProperty("");
    private final StringProperty motto = new SimpleStringProperty("");
    private final StringProperty goals = new SimpleStringProperty("");
    private final StringProperty number = new SimpleStringProperty("");
    private final StringProperty issuedOn = new SimpleStringProperty("");
    private final StringProperty registrationDue = new SimpleStringProperty("");
    private final StringProperty midtermDate = new SimpleStringProperty("");
    private final StringProperty midtermNumber = new SimpleStringProperty("");
    private final StringProperty yearEndDate = new SimpleStringProperty("");
    private final StringProperty yearEndNumber = new SimpleStringProperty("");
    private final StringProperty midtermLessons = new SimpleStringProperty("");
    private final StringProperty midtermRecommendations = new SimpleStringProperty("");
    private final StringProperty yearEndLessons = new SimpleStringProperty("");
    private final StringProperty yearEndRecommendations = new SimpleStringProperty("");

    // The movement editor: a new one while editingMovement is null.
    private final ObjectProperty<Movement> editingMovement = new SimpleObjectProperty<>();
    private final StringProperty movementName = new SimpleStringProperty("");
    private final ObjectProperty<MovementKind> movementKind = new SimpleObjectProperty<>(MovementKind.PEAK);
    private final StringProperty movementStart = new SimpleStringProperty("");
    private final StringProperty movementEnd = new SimpleStringProperty("");
    private final StringProperty movementContent = new SimpleStringProperty("");
    private final StringProperty movementCriteria = new SimpleStringProperty("");
    private final ObservableList<Unit> movementScope = FXCollections.observableArrayList();

    // The target editor and the progress line.
    private final ObjectProperty<TargetView> editingTarget = new SimpleObjectProperty<>();
    private final StringProperty targetText = new SimpleStringProperty("");
    private final ObjectProperty<Unit> targetUnit = new SimpleObjectProperty<>();
    private final ObjectProperty<Measure> targetMeasure = new SimpleObjectProperty<>(Measure.PERCENT);
    private final StringProperty targetValue = new SimpleStringProperty("");
    private final StringProperty progressDate = new SimpleStringProperty("");
    private final StringProperty progressValue = new SimpleStringProperty("");
    private final StringProperty progressNote = new SimpleStringProperty("");

    public PlanViewModel(UiContext ui, PlanServices feature) {
        this.ui = ui;
        this.feature = feature;
        year.addListener((obs, before, after) -> {
            if (after != null && !after.equals(before)) {
                load();
            }
        });
        editingMovement.addListener((obs, before, after) -> fillMovement(after));
        editingTarget.addListener((obs, before, after) -> fillTarget(after));
    }

    /** Reads the chosen year (this year at first) in the background and shows it. */
    public void load() {
        if (year.get() == null) {
            year.set(feature.plans().today().getYear());
            return;
        }
        int asked = year.get();
        ui.tasks().run(ui.text("plan.loading"), progress -> snapshot(asked), this::show);
    }

    private Snapshot snapshot(int asked) {
        Optional<Plan> found = feature.plans().planOfYear(asked);
        List<Integer> planYears = feature.plans().plans().stream().map(Plan::year).toList();
        return new Snapshot(asked, found.orElse(null), feature.plans().programmes(),
                found.map(p -> feature.plans().movements(p.id())).orElse(List.of()),
                found.map(p -> feature.plans().targetViews(p.id(), feature.plans().today())).orElse(List.of()),
                feature.units().tree(), feature.blocks().blocksOf(asked), feature.pledges().ofYear(asked), planYears,
                feature.settings().letterhead().superiorBody());
    }

    private void show(Snapshot s) {
        if (year.get() == null || s.year() != year.get()) {
            return;
        }
        List<Integer> offered = new ArrayList<>(s.planYears());
        int today = feature.plans().today().getYear();
        for (int y : new int[] {today - 1, today, today + 1, s.year()}) {
            if (!offered.contains(y)) {
                offered.add(y);
            }
        }
        offered.sort(null);
        if (!offered.equals(years)) {
            years.setAll(offered);
        }
        programmes.setAll(s.programmes());
        units.setAll(s.units());
        plan.set(s.plan());
        hasPlan.set(s.plan() != null);
        movements.setAll(s.movements());
        targets.setAll(s.targets());
        blocks.setAll(s.blocks());
        pledges.setAll(s.pledges());
        fillPlan(s.plan(), s.year(), s.superiorBody());
        if (editingMovement.get() != null) {
            editingMovement.set(s.movements().stream().filter(m -> m.id().equals(editingMovement.get().id())).findFirst().orElse(null));
        }
        editingTarget.set(null);
        fillTarget(null);
        long behind = s.targets().stream().filter(t -> t.status() == vn.tdkt.plan.TargetStatus.BEHIND).count();
        status.set(s.plan() == null ? ui.text("plan.empty", s.year(), s.year() - 1)
                : ui.text("plan.summary", s.movements().size(), s.targets().size(), behind, s.blocks().size(), s.pledges().size()));
    }

    /** The form from the plan; a review without lessons or recommendations of its own is offered the standing wording. */
    private void fillPlan(Plan p, int forYear, String superiorBody) {
        title.set(p == null ? ui.text("plan.defaultTitle", forYear) : p.title());
        programme.set(p == null ? programmes.stream().filter(g -> g.covers(forYear)).findFirst().orElse(null)
                : programmes.stream().filter(g -> g.id().equals(p.programmeId())).findFirst().orElse(null));
        theme.set(p == null || p.theme() == null ? "" : p.theme());
        motto.set(p == null || p.motto() == null ? "" : p.motto());
        goals.set(p == null || p.goals() == null ? "" : p.goals());
        number.set(p == null || p.number() == null ? "" : p.number());
        issuedOn.set(p == null ? "" : VietnameseDates.shortForm(p.issuedOn()));
        registrationDue.set(p == null ? "" : VietnameseDates.shortForm(p.registrationDue()));
        midtermDate.set(p == null ? "" : VietnameseDates.shortForm(p.midterm().date()));
        midtermNumber.set(p == null || p.midterm().number() == null ? "" : p.midterm().number());
        yearEndDate.set(p == null ? "" : VietnameseDates.shortForm(p.yearEnd().date()));
        yearEndNumber.set(p == null || p.yearEnd().number() == null ? "" : p.yearEnd().number());
        Plan.Review midterm = p == null ? Plan.Review.NONE : p.midterm();
        Plan.Review yearEnd = p == null ? Plan.Review.NONE : p.yearEnd();
        midtermLessons.set(orStanding(midterm.lessons(), ReviewWording.LESSONS));
        midtermRecommendations.set(orStanding(midterm.recommendations(), ReviewWording.recommendations(superiorBody)));
        yearEndLessons.set(orStanding(yearEnd.lessons(), ReviewWording.LESSONS));
        yearEndRecommendations.set(orStanding(yearEnd.recommendations(), ReviewWording.recommendations(superiorBody)));
    }

    private static String orStanding(String written, String standing) {
        return written == null ? standing : written;
    }

    /** Creates the year's plan or saves the form. */
    public void savePlan(Runnable done) {
        Plan current = plan.get();
        Plan edited = new Plan(current == null ? null : current.id(), year.get(), programme.get() == null ? null : programme.get().id(),
                title.get(), theme.get(), motto.get(), goals.get(), number.get(), date(issuedOn.get(), "plan.field.issuedOn"),
                date(registrationDue.get(), "plan.field.registrationDue"),
                new Plan.Review(date(midtermDate.get(), "plan.field.midtermDate"), midtermNumber.get(), midtermLessons.get(),
                        midtermRecommendations.get()),
                new Plan.Review(date(yearEndDate.get(), "plan.field.yearEndDate"), yearEndNumber.get(), yearEndLessons.get(),
                        yearEndRecommendations.get()));
        write(() -> feature.plans().savePlan(edited), done);
    }

    /** Copies the previous year's plan into the chosen year. */
    public void copyPreviousYear(Runnable done) {
        int to = year.get();
        write(() -> feature.plans().copyYear(to - 1, to), done);
    }

    public void addProgramme(String name, int first, int last, Runnable done) {
        write(() -> feature.plans().addProgramme(name, first, last), done);
    }

    public void newMovement() {
        editingMovement.set(null);
        fillMovement(null);
    }

    private void fillMovement(Movement m) {
        movementName.set(m == null ? "" : m.name());
        movementKind.set(m == null ? MovementKind.PEAK : m.kind());
        movementStart.set(m == null ? "" : VietnameseDates.shortForm(m.start()));
        movementEnd.set(m == null ? "" : VietnameseDates.shortForm(m.end()));
        movementContent.set(m == null || m.content() == null ? "" : m.content());
        movementCriteria.set(m == null || m.criteria() == null ? "" : m.criteria());
        movementScope.setAll(m == null ? List.of() : units.stream().map(UnitNode::unit).filter(u -> m.scopeUnitIds().contains(u.id())).toList());
    }

    /** What is wrong with the movement's dates, or null: shown next to the date fields. */
    public String movementDatesError() {
        if (year.get() == null) {
            return null;
        }
        try {
            PlanRules.checkDates(year.get(), date(movementStart.get(), "plan.field.start"), date(movementEnd.get(), "plan.field.end"));
            return null;
        } catch (AppException problem) {
            return ui.messages().describe(problem);
        }
    }

    public void saveMovement(Runnable done) {
        Plan current = requirePlan();
        Movement editing = editingMovement.get();
        Movement edited = new Movement(editing == null ? null : editing.id(), current.id(), movementKind.get(), movementName.get(),
                date(movementStart.get(), "plan.field.start"), date(movementEnd.get(), "plan.field.end"), movementContent.get(),
                movementCriteria.get(), 0, movementScope.stream().map(Unit::id).toList());
        write(() -> {
            Movement saved = feature.plans().saveMovement(edited);
            return saved;
        }, () -> {
            editingMovement.set(null);
            fillMovement(null);
            done.run();
        });
    }

    public void deleteMovement(Movement movement, Runnable done) {
        if (ui.dialogs().confirm(ui.text("plan.movement.delete"), ui.text("plan.movement.deleteConfirm", movement.name()))) {
            write(() -> {
                feature.plans().deleteMovement(movement.id());
                return movement;
            }, done);
        }
    }

    private void fillTarget(TargetView view) {
        Target t = view == null ? null : view.target();
        targetText.set(t == null ? "" : t.text());
        targetUnit.set(t == null || t.unitId() == null ? null
                : units.stream().map(UnitNode::unit).filter(u -> u.id().equals(t.unitId())).findFirst().orElse(null));
        targetMeasure.set(t == null ? Measure.PERCENT : t.measure());
        targetValue.set(t == null || t.targetValue() == null || t.measure() == Measure.YES_NO ? ""
                : VietnameseNumbers.decimal(t.targetValue(), t.targetValue() % 1 == 0 ? 0 : 1));
        progressDate.set(VietnameseDates.shortForm(feature.plans().today()));
        progressValue.set("");
        progressNote.set("");
    }

    /** What is wrong with the target value for its measure, or null. */
    public String targetValueError() {
        try {
            PlanRules.checkTargetValue(targetMeasure.get() == null ? Measure.NONE : targetMeasure.get(), number(targetValue.get()));
            return null;
        } catch (AppException problem) {
            return ui.messages().describe(problem);
        }
    }

    public void newTarget() {
        editingTarget.set(null);
        fillTarget(null);
    }

    public void saveTarget(Runnable done) {
        Plan current = requirePlan();
        TargetView editing = editingTarget.get();
        Target edited = new Target(editing == null ? null : editing.target().id(), current.id(),
                targetUnit.get() == null ? null : targetUnit.get().id(), targetText.get(), targetMeasure.get(), number(targetValue.get()), 0);
        write(() -> feature.plans().saveTarget(edited), done);
    }

    public void deleteTarget(TargetView target, Runnable done) {
        if (ui.dialogs().confirm(ui.text("plan.target.delete"), ui.text("plan.target.deleteConfirm", target.target().text()))) {
            write(() -> {
                feature.plans().deleteTarget(target.target().id());
                return target;
            }, done);
        }
    }

    /** Records the typed value against the selected target. */
    public void recordProgress(Runnable done) {
        TargetView target = editingTarget.get();
        if (target == null) {
            throw new AppException("plan.target.chooseFirst");
        }
        LocalDate on = date(progressDate.get(), "plan.field.progressDate");
        Double value = target.target().measure() == Measure.YES_NO && VietnameseText.fold(progressValue.get()).matches("co|dat|x")
                ? Double.valueOf(1) : number(progressValue.get());
        if (value == null) {
            throw new AppException("plan.error.valueRequired");
        }
        String note = progressNote.get();
        write(() -> feature.plans().recordProgress(target.target().id(), on, value, note), done);
    }

    public void saveBlock(Block block, Runnable done) {
        write(() -> feature.blocks().save(block), done);
    }

    public void deleteBlock(Block block, Runnable done) {
        if (ui.dialogs().confirm(ui.text("plan.block.delete"), ui.text("plan.block.deleteConfirm", block.name()))) {
            write(() -> {
                feature.blocks().delete(block.id());
                return block;
            }, done);
        }
    }

    public void addPledge(Pledge pledge, Runnable done) {
        write(() -> feature.pledges().add(pledge), done);
    }

    public void deletePledge(Pledge pledge, Runnable done) {
        if (ui.dialogs().confirm(ui.text("plan.pledge.delete"), ui.text("plan.pledge.deleteConfirm", pledge.title()))) {
            write(() -> {
                feature.pledges().delete(pledge.id());
                return pledge;
            }, done);
        }
    }

    /** A write in the background, then the year read again and {@code done} run; errors go to the dialog. */
    private <T> void write(Supplier<T> work, Runnable done) {
        ui.tasks().run(ui.text("plan.saving"), progress -> work.get(), saved -> {
            load();
            done.run();
        });
    }

    private Plan requirePlan() {
        Plan current = plan.get();
        if (current == null) {
            throw new AppException("plan.error.noPlan", year.get());
        }
        return current;
    }

    /** A typed date, or null when blank; an unreadable or partial date is refused naming the field. */
    static LocalDate date(String text, String fieldKey) {
        String value = VietnameseText.cleanOrNull(text);
        if (value == null) {
            return null;
        }
        return VietnameseDates.parse(value).filter(p -> p.precision() == VietnameseDates.Precision.DAY).map(VietnameseDates.Parsed::date)
                .orElseThrow(() -> new AppException("plan.error.badDate", new vn.tdkt.core.MessageKey(fieldKey), value));
    }

    /** A typed number with the Vietnamese decimal comma ("98,6"), or null when blank. */
    static Double number(String text) {
        String value = VietnameseText.cleanOrNull(text);
        if (value == null) {
            return null;
        }
        try {
            return VietnameseNumbers.parse(value.replace("%", "").strip()).doubleValue();
        } catch (RuntimeException notANumber) {
            throw new AppException("plan.error.badNumber", value);
        }
    }

    public UiContext ui() {
        return ui;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ObservableList<Integer> years() {
        return years;
    }

    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty hasPlanProperty() {
        return hasPlan.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ObservableList<Programme> programmes() {
        return programmes;
    }

    public ObservableList<Movement> movements() {
        return movements;
    }

    public ObservableList<TargetView> targets() {
        return targets;
    }

    public ObservableList<UnitNode> units() {
        return units;
    }

    public ObservableList<Block> blocks() {
        return blocks;
    }

    public ObservableList<Pledge> pledges() {
        return pledges;
    }

    public StringProperty titleProperty() {
        return title;
    }

    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public StringProperty themeProperty() {
        return theme;
    }

    public StringProperty mottoProperty() {
        return motto;
    }

    public StringProperty goalsProperty() {
        return goals;
    }

    public StringProperty numberProperty() {
        return number;
    }

    public StringProperty issuedOnProperty() {
        return issuedOn;
    }

    public StringProperty registrationDueProperty() {
        return registrationDue;
    }

    public StringProperty midtermDateProperty() {
        return midtermDate;
    }

    public StringProperty midtermNumberProperty() {
        return midtermNumber;
    }

    public StringProperty yearEndDateProperty() {
        return yearEndDate;
    }

    public StringProperty yearEndNumberProperty() {
        return yearEndNumber;
    }

    public StringProperty midtermLessonsProperty() {
        return midtermLessons;
    }

    public StringProperty midtermRecommendationsProperty() {
        return midtermRecommendations;
    }

    public StringProperty yearEndLessonsProperty() {
        return yearEndLessons;
    }

    public StringProperty yearEndRecommendationsProperty() {
        return yearEndRecommendations;
    }

    public ObjectProperty<Movement> editingMovementProperty() {
        return editingMovement;
    }

    public StringProperty movementNameProperty() {
        return movementName;
    }

    public ObjectProperty<MovementKind> movementKindProperty() {
        return movementKind;
    }

    public StringProperty movementStartProperty() {
        return movementStart;
    }

    public StringProperty movementEndProperty() {
        return movementEnd;
    }

    public StringProperty movementContentProperty() {
        return movementContent;
    }

    public StringProperty movementCriteriaProperty() {
        return movementCriteria;
    }

    public ObservableList<Unit> movementScope() {
        return movementScope;
    }

    public ObjectProperty<TargetView> editingTargetProperty() {
        return editingTarget;
    }

    public StringProperty targetTextProperty() {
        return targetText;
    }

    public ObjectProperty<Unit> targetUnitProperty() {
        return targetUnit;
    }

    public ObjectProperty<Measure> targetMeasureProperty() {
        return targetMeasure;
    }

    public StringProperty targetValueProperty() {
        return targetValue;
    }

    public StringProperty progressDateProperty() {
        return progressDate;
    }

    public StringProperty progressValueProperty() {
        return progressValue;
    }

    public StringProperty progressNoteProperty() {
        return progressNote;
    }
}
