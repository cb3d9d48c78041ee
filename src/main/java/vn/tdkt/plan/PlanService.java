package vn.tdkt.plan;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Ids;
import vn.tdkt.core.VietnameseText;
import vn.tdkt.db.AuditTrail;
import vn.tdkt.db.Database;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitService;

/** Year plans inside programmes, their movements and phases, targets and the progress recorded against them. */
public final class PlanService {
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private final Database database;
    private final PlanRepository plans;
    private final UnitService units;
    private final AuditTrail audit;
    private final Clock clock;

    public PlanService(Database database, PlanRepository plans, UnitService units, AuditTrail audit, Clock clock) {
        this.database = database;
        this.plans = plans;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public List<Plan> plans() {
        return plans.plans();
    }

    public Optional<Plan> planOfYear(int year) {
        return plans.planOfYear(year);
    }

    public Plan plan(String id) {
        return plans.plan(id).orElseThrow(() -> new AppException("plan.error.notFound", id));
    }

    public List<Programme> programmes() {
        return plans.programmes();
    }

    public Programme addProgramme(String name, int firstYear, int lastYear) {
        String clean = VietnameseText.cleanOrNull(name);
        if (clean == null) {
            throw new AppException("plan.error.programmeName");
        }
        if (firstYear < FIRST_YEAR || lastYear > LAST_YEAR || lastYear < firstYear) {
            throw new AppException("plan.error.programmeYears", firstYear, lastYear);
        }
        Programme programme = new Programme(Ids.newId(), clean, firstYear, lastYear);
        database.transaction(() -> {
            plans.insertProgramme(programme);
            audit.created("plan_programme", programme.id(), clean);
        });
        return programme;
    }

    /** Creates the year's plan (id null) or saves the edited one; a year has one plan. */
    public Plan savePlan(Plan edited) {
        return database.transactionResult(() -> {
            Plan plan = valid(edited);
            if (edited.id() == null) {
                if (plans.planOfYear(plan.year()).isPresent()) {
                    throw new AppException("plan.error.yearTaken", plan.year());
                }
                plan = withId(plan, Ids.newId());
                plans.insertPlan(plan);
                audit.created("plan", plan.id(), plan.year() + " " + plan.title());
                return plan;
            }
            Plan before = plan(edited.id());
            if (before.year() != plan.year()) {
                throw new AppException("plan.error.yearFixed", before.year());
            }
            plans.updatePlan(plan);
            audit.changed("plan", plan.id(), "programme", before.programmeId(), plan.programmeId());
            audit.changed("plan", plan.id(), "title", before.title(), plan.title());
            audit.changed("plan", plan.id(), "theme", before.theme(), plan.theme());
            audit.changed("plan", plan.id(), "motto", before.motto(), plan.motto());
            audit.changed("plan", plan.id(), "goals", before.goals(), plan.goals());
            audit.changed("plan", plan.id(), "number", before.number(), plan.number());
            audit.changed("plan", plan.id(), "issuedOn", before.issuedOn(), plan.issuedOn());
            audit.changed("plan", plan.id(), "registrationDue", before.registrationDue(), plan.registrationDue());
            audit.changed("plan", plan.id(), "midtermReview", before.midterm().date(), plan.midterm().date());
            audit.changed("plan", plan.id(), "midtermReviewNumber", before.midterm().number(), plan.midterm().number());
            audit.changed("plan", plan.id(), "yearEndReview", before.yearEnd().date(), plan.yearEnd().date());
            audit.changed("plan", plan.id(), "yearEndReviewNumber", before.yearEnd().number(), plan.yearEnd().number());
            audit.changed("plan", plan.id(), "midtermReviewLessons", before.midterm().lessons(), plan.midterm().lessons());
            audit.changed("plan", plan.id(), "midtermReviewRecommendations", before.midterm().recommendations(), plan.midterm().recommendations());
            audit.changed("plan", plan.id(), "yearEndReviewLessons", before.yearEnd().lessons(), plan.yearEnd().lessons());
            audit.changed("plan", plan.id(), "yearEndReviewRecommendations", before.yearEnd().recommendations(), plan.yearEnd().recommendations());
            return plan;
        });
    }

    private Plan valid(Plan p) {
        if (p.year() < FIRST_YEAR || p.year() > LAST_YEAR) {
            throw new AppException("plan.error.year", p.year());
        }
        String title = VietnameseText.cleanOrNull(p.title());
        if (title == null) {
            throw new AppException("plan.error.titleRequired");
        }
        if (p.programmeId() != null) {
            Programme programme = plans.programmes().stream().filter(g -> g.id().equals(p.programmeId())).findFirst()
                    .orElseThrow(() -> new AppException("plan.error.notFound", p.programmeId()));
            if (!programme.covers(p.year())) {
                throw new AppException("plan.error.programmeYear", p.year(), programme.name());
            }
        }
        if (p.registrationDue() != null && p.registrationDue().getYear() != p.year()) {
            throw new AppException("plan.error.dueOutsideYear", p.year());
        }
        validReviews(p);
        return new Plan(p.id(), p.year(), p.programmeId(), title, VietnameseText.cleanOrNull(p.theme()),
                VietnameseText.cleanOrNull(p.motto()), PlanText.block(p.goals()), VietnameseText.cleanOrNull(p.number()),
                p.issuedOn(), p.registrationDue(), validReview(p.midterm()), validReview(p.yearEnd()));
    }

    /** The number cleaned; the lessons and recommendations NFC with their line breaks kept, empty as null. */
    private static Plan.Review validReview(Plan.Review r) {
        return new Plan.Review(r.date(), VietnameseText.cleanOrNull(r.number()), PlanText.block(r.lessons()), PlanText.block(r.recommendations()));
    }

    /**
     * The sơ kết falls inside the plan's year, the tổng kết in that year or early in the next (a year is often
     * reviewed in January), and the sơ kết comes first.
     */
    private static void validReviews(Plan p) {
        LocalDate midterm = p.midterm().date();
        LocalDate yearEnd = p.yearEnd().date();
        if (midterm != null && midterm.getYear() != p.year()) {
            throw new AppException("plan.error.midtermOutsideYear", p.year());
        }
        if (yearEnd != null && (yearEnd.getYear() < p.year() || yearEnd.getYear() > p.year() + 1)) {
            throw new AppException("plan.error.yearEndOutsideYear", p.year(), p.year() + 1);
        }
        if (midterm != null && yearEnd != null && !midterm.isBefore(yearEnd)) {
            throw new AppException("plan.error.reviewOrder");
        }
    }

    private static Plan withId(Plan p, String id) {
        return new Plan(id, p.year(), p.programmeId(), p.title(), p.theme(), p.motto(), p.goals(), p.number(), p.issuedOn(),
                p.registrationDue(), p.midterm(), p.yearEnd());
    }

    /**
     * Copies a year's plan into a new year in one action: texts, programme (when it covers the new year),
     * movements and phases moved to the same days of the new year, targets without their progress. The reviews keep
     * their days but not their numbers, lessons or recommendations: those are the new year's to write.
     */
    public Plan copyYear(int fromYear, int toYear) {
        return database.transactionResult(() -> {
            Plan from = plans.planOfYear(fromYear).orElseThrow(() -> new AppException("plan.error.noPlan", fromYear));
            if (plans.planOfYear(toYear).isPresent()) {
                throw new AppException("plan.error.yearTaken", toYear);
            }
            int shift = toYear - fromYear;
            String programme = from.programmeId() != null && plans.programmes().stream()
                    .anyMatch(g -> g.id().equals(from.programmeId()) && g.covers(toYear)) ? from.programmeId() : null;
            String title = from.title().replace(Integer.toString(fromYear), Integer.toString(toYear));
            Plan copy = savePlan(new Plan(null, toYear, programme, title, from.theme(), from.motto(), from.goals(), null, null,
                    from.registrationDue() == null ? null : from.registrationDue().plusYears(shift),
                    new Plan.Review(from.midterm().date() == null ? null : from.midterm().date().plusYears(shift), null),
                    new Plan.Review(from.yearEnd().date() == null ? null : from.yearEnd().date().plusYears(shift), null)));
            for (Movement m : plans.movements(from.id())) {
                plans.insertMovement(new Movement(Ids.newId(), copy.id(), m.kind(), m.name(), m.start().plusYears(shift),
                        m.end().plusYears(shift), m.content(), m.criteria(), m.sortOrder(), m.scopeUnitIds()));
            }
            for (Target t : plans.targets(from.id())) {
                plans.insertTarget(new Target(Ids.newId(), copy.id(), t.unitId(), t.text(), t.measure(), t.targetValue(), t.sortOrder()));
            }
            audit.changed("plan", copy.id(), "copiedFrom", null, fromYear);
            return copy;
        });
    }

    public List<Movement> movements(String planId) {
        return plans.movements(planId);
    }

    /** Adds (id null) or saves a movement or phase; its dates lie inside the plan's year. */
    public Movement saveMovement(Movement edited) {
        return database.transactionResult(() -> {
            Plan plan = plan(edited.planId());
            String name = VietnameseText.cleanOrNull(edited.name());
            if (name == null) {
                throw new AppException("plan.error.movementName");
            }
            if (edited.kind() == null) {
                throw new AppException("plan.error.kindRequired");
            }
            PlanRules.checkDates(plan.year(), edited.start(), edited.end());
            edited.scopeUnitIds().forEach(units::get);
            if (edited.id() == null) {
                Movement added = new Movement(Ids.newId(), plan.id(), edited.kind(), name, edited.start(), edited.end(),
                        PlanText.block(edited.content()), PlanText.block(edited.criteria()), plans.nextMovementOrder(plan.id()),
                        edited.scopeUnitIds());
                plans.insertMovement(added);
                audit.created("plan_movement", added.id(), plan.year() + " " + name);
                return added;
            }
            Movement before = plans.movement(edited.id()).orElseThrow(() -> new AppException("plan.error.notFound", edited.id()));
            Movement saved = new Movement(before.id(), plan.id(), edited.kind(), name, edited.start(), edited.end(),
                    PlanText.block(edited.content()), PlanText.block(edited.criteria()), before.sortOrder(), edited.scopeUnitIds());
            plans.updateMovement(saved);
            audit.changed("plan_movement", saved.id(), "kind", before.kind(), saved.kind());
            audit.changed("plan_movement", saved.id(), "name", before.name(), saved.name());
            audit.changed("plan_movement", saved.id(), "start", before.start(), saved.start());
            audit.changed("plan_movement", saved.id(), "end", before.end(), saved.end());
            audit.changed("plan_movement", saved.id(), "content", before.content(), saved.content());
            audit.changed("plan_movement", saved.id(), "criteria", before.criteria(), saved.criteria());
            audit.changed("plan_movement", saved.id(), "scope", before.scopeUnitIds(), saved.scopeUnitIds());
            return saved;
        });
    }

    public void deleteMovement(String id) {
        database.transaction(() -> {
            Movement movement = plans.movement(id).orElseThrow(() -> new AppException("plan.error.notFound", id));
            plans.deleteMovement(id);
            audit.deleted("plan_movement", id, movement.name());
        });
    }

    /** Adds (id null) or saves a target; its value fits its measure. */
    public Target saveTarget(Target edited) {
        return database.transactionResult(() -> {
            Plan plan = plan(edited.planId());
            String text = VietnameseText.cleanOrNull(edited.text());
            if (text == null) {
                throw new AppException("plan.error.targetText");
            }
            Measure measure = edited.measure() == null ? Measure.NONE : edited.measure();
            Double value = PlanRules.checkTargetValue(measure, edited.targetValue());
            if (edited.unitId() != null) {
                units.get(edited.unitId());
            }
            if (edited.id() == null) {
                Target added = new Target(Ids.newId(), plan.id(), edited.unitId(), text, measure, value, plans.nextTargetOrder(plan.id()));
                plans.insertTarget(added);
                audit.created("plan_target", added.id(), text + " " + measure + " " + value);
                return added;
            }
            Target before = plans.target(edited.id()).orElseThrow(() -> new AppException("plan.error.notFound", edited.id()));
            Target saved = new Target(before.id(), plan.id(), edited.unitId(), text, measure, value, before.sortOrder());
            plans.updateTarget(saved);
            audit.changed("plan_target", saved.id(), "unit", before.unitId(), saved.unitId());
            audit.changed("plan_target", saved.id(), "text", before.text(), saved.text());
            audit.changed("plan_target", saved.id(), "measure", before.measure(), saved.measure());
            audit.changed("plan_target", saved.id(), "targetValue", before.targetValue(), saved.targetValue());
            return saved;
        });
    }

    public void deleteTarget(String id) {
        database.transaction(() -> {
            Target target = plans.target(id).orElseThrow(() -> new AppException("plan.error.notFound", id));
            plans.deleteTarget(id);
            audit.deleted("plan_target", id, target.text());
        });
    }

    /** Records progress against a measured target on a day of its plan's year. */
    public TargetProgress recordProgress(String targetId, LocalDate on, double value, String note) {
        return database.transactionResult(() -> {
            Target target = plans.target(targetId).orElseThrow(() -> new AppException("plan.error.notFound", targetId));
            Plan plan = plan(target.planId());
            if (on == null) {
                throw new AppException("plan.error.dateRequired");
            }
            if (on.getYear() != plan.year()) {
                throw new AppException("plan.error.progressOutsideYear", plan.year());
            }
            PlanRules.checkProgressValue(target.measure(), value);
            TargetProgress progress = new TargetProgress(Ids.newId(), targetId, on, value, VietnameseText.cleanOrNull(note));
            plans.insertProgress(progress);
            audit.created("target_progress", progress.id(), targetId + " " + on + " " + value);
            return progress;
        });
    }

    public List<TargetProgress> progress(String planId) {
        return plans.progress(planId);
    }

    /** The plan's targets with their unit, the latest value recorded (latest date) and their status on {@code today}. */
    public List<TargetView> targetViews(String planId, LocalDate today) {
        return views(planId, today, plans.progress(planId));
    }

    /** The targets as they stood on {@code day}: progress recorded later is left out, so a report of that day reads the same tomorrow. */
    public List<TargetView> targetViewsAsOf(String planId, LocalDate day) {
        return views(planId, day, plans.progress(planId).stream().filter(p -> !p.recordedOn().isAfter(day)).toList());
    }

    private List<TargetView> views(String planId, LocalDate today, List<TargetProgress> progress) {
        Plan plan = plan(planId);
        Map<String, TargetProgress> latest = new HashMap<>();
        for (TargetProgress p : progress) {
            latest.put(p.targetId(), p);
        }
        Map<String, String> names = new HashMap<>();
        for (Unit unit : units.all()) {
            names.put(unit.id(), unit.name());
        }
        return plans.targets(planId).stream().map(t -> new TargetView(t, t.unitId() == null ? null : names.get(t.unitId()),
                latest.get(t.id()), PlanRules.status(t, latest.get(t.id()), plan.year(), today))).toList();
    }
}
