package vn.tdkt.plan;

import static vn.tdkt.db.jooq.Tables.EMULATION_PLAN;
import static vn.tdkt.db.jooq.Tables.PLAN_MOVEMENT;
import static vn.tdkt.db.jooq.Tables.PLAN_MOVEMENT_UNIT;
import static vn.tdkt.db.jooq.Tables.PLAN_PROGRAMME;
import static vn.tdkt.db.jooq.Tables.PLAN_TARGET;
import static vn.tdkt.db.jooq.Tables.TARGET_PROGRESS;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.EmulationPlanRecord;
import vn.tdkt.db.jooq.tables.records.PlanMovementRecord;
import vn.tdkt.db.jooq.tables.records.PlanMovementUnitRecord;
import vn.tdkt.db.jooq.tables.records.PlanProgrammeRecord;
import vn.tdkt.db.jooq.tables.records.PlanTargetRecord;
import vn.tdkt.db.jooq.tables.records.TargetProgressRecord;

/** Programmes, year plans, their movements (with scope), targets and progress. */
public final class PlanRepository {
    private final Database database;

    public PlanRepository(Database database) {
        this.database = database;
    }

    public List<Programme> programmes() {
        return database.dsl().selectFrom(PLAN_PROGRAMME).orderBy(PLAN_PROGRAMME.FIRST_YEAR)
                .fetch(r -> new Programme(r.getId(), r.getName(), r.getFirstYear(), r.getLastYear()));
    }

    public void insertProgramme(Programme p) {
        database.dsl().executeInsert(new PlanProgrammeRecord(p.id(), p.name(), p.firstYear(), p.lastYear()));
    }

    public List<Plan> plans() {
        return database.dsl().selectFrom(EMULATION_PLAN).orderBy(EMULATION_PLAN.YEAR).fetch(PlanRepository::toPlan);
    }

    public Optional<Plan> planOfYear(int year) {
        return database.dsl().selectFrom(EMULATION_PLAN).where(EMULATION_PLAN.YEAR.eq(year)).fetchOptional(PlanRepository::toPlan);
    }

    public Optional<Plan> plan(String id) {
        return database.dsl().selectFrom(EMULATION_PLAN).where(EMULATION_PLAN.ID.eq(id)).fetchOptional(PlanRepository::toPlan);
    }

    public void insertPlan(Plan plan) {
        database.dsl().executeInsert(toRecord(plan));
    }

    public void updatePlan(Plan plan) {
        EmulationPlanRecord record = toRecord(plan);
        record.changed(EMULATION_PLAN.ID, false);
        database.dsl().update(EMULATION_PLAN).set(record).where(EMULATION_PLAN.ID.eq(plan.id())).execute();
    }

    public List<Movement> movements(String planId) {
        Map<String, List<String>> scope = new HashMap<>();
        database.dsl().select(PLAN_MOVEMENT_UNIT.MOVEMENT_ID, PLAN_MOVEMENT_UNIT.UNIT_ID).from(PLAN_MOVEMENT_UNIT)
                .join(PLAN_MOVEMENT).on(PLAN_MOVEMENT.ID.eq(PLAN_MOVEMENT_UNIT.MOVEMENT_ID))
                .where(PLAN_MOVEMENT.PLAN_ID.eq(planId))
                .forEach(r -> scope.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return database.dsl().selectFrom(PLAN_MOVEMENT).where(PLAN_MOVEMENT.PLAN_ID.eq(planId))
                .orderBy(PLAN_MOVEMENT.SORT_ORDER, PLAN_MOVEMENT.START_DATE)
                .fetch(r -> new Movement(r.getId(), r.getPlanId(), MovementKind.valueOf(r.getKind()), r.getName(), r.getStartDate(),
                        r.getEndDate(), r.getContent(), r.getCriteria(), r.getSortOrder(), scope.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Movement> movement(String id) {
        return database.dsl().select(PLAN_MOVEMENT.PLAN_ID).from(PLAN_MOVEMENT).where(PLAN_MOVEMENT.ID.eq(id)).fetchOptional(PLAN_MOVEMENT.PLAN_ID)
                .flatMap(planId -> movements(planId).stream().filter(m -> m.id().equals(id)).findFirst());
    }

    public void insertMovement(Movement m) {
        database.dsl().executeInsert(new PlanMovementRecord(m.id(), m.planId(), m.kind().name(), m.name(), m.start(), m.end(),
                m.content(), m.criteria(), m.sortOrder()));
        insertScope(m);
    }

    public void updateMovement(Movement m) {
        database.dsl().update(PLAN_MOVEMENT)
                .set(PLAN_MOVEMENT.KIND, m.kind().name())
                .set(PLAN_MOVEMENT.NAME, m.name())
                .set(PLAN_MOVEMENT.START_DATE, m.start())
                .set(PLAN_MOVEMENT.END_DATE, m.end())
                .set(PLAN_MOVEMENT.CONTENT, m.content())
                .set(PLAN_MOVEMENT.CRITERIA, m.criteria())
                .set(PLAN_MOVEMENT.SORT_ORDER, m.sortOrder())
                .where(PLAN_MOVEMENT.ID.eq(m.id())).execute();
        database.dsl().deleteFrom(PLAN_MOVEMENT_UNIT).where(PLAN_MOVEMENT_UNIT.MOVEMENT_ID.eq(m.id())).execute();
        insertScope(m);
    }

    private void insertScope(Movement m) {
        database.dsl().batchInsert(m.scopeUnitIds().stream().map(u -> new PlanMovementUnitRecord(m.id(), u)).toList()).execute();
    }

    public void deleteMovement(String id) {
        database.dsl().deleteFrom(PLAN_MOVEMENT).where(PLAN_MOVEMENT.ID.eq(id)).execute();
    }

    public int nextMovementOrder(String planId) {
        Integer max = database.dsl().select(DSL.max(PLAN_MOVEMENT.SORT_ORDER)).from(PLAN_MOVEMENT)
                .where(PLAN_MOVEMENT.PLAN_ID.eq(planId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public List<Target> targets(String planId) {
        return database.dsl().selectFrom(PLAN_TARGET).where(PLAN_TARGET.PLAN_ID.eq(planId))
                .orderBy(PLAN_TARGET.SORT_ORDER).fetch(PlanRepository::toTarget);
    }

    public Optional<Target> target(String id) {
        return database.dsl().selectFrom(PLAN_TARGET).where(PLAN_TARGET.ID.eq(id)).fetchOptional(PlanRepository::toTarget);
    }

    public void insertTarget(Target t) {
        database.dsl().executeInsert(new PlanTargetRecord(t.id(), t.planId(), t.unitId(), t.text(), t.measure().name(),
                t.targetValue(), t.sortOrder()));
    }

    public void updateTarget(Target t) {
        database.dsl().update(PLAN_TARGET)
                .set(PLAN_TARGET.UNIT_ID, t.unitId())
                .set(PLAN_TARGET.TEXT, t.text())
                .set(PLAN_TARGET.MEASURE, t.measure().name())
                .set(PLAN_TARGET.TARGET_VALUE, t.targetValue())
                .where(PLAN_TARGET.ID.eq(t.id())).execute();
    }

    public void deleteTarget(String id) {
        database.dsl().deleteFrom(PLAN_TARGET).where(PLAN_TARGET.ID.eq(id)).execute();
    }

    public int nextTargetOrder(String planId) {
        Integer max = database.dsl().select(DSL.max(PLAN_TARGET.SORT_ORDER)).from(PLAN_TARGET)
                .where(PLAN_TARGET.PLAN_ID.eq(planId)).fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public void insertProgress(TargetProgress p) {
        database.dsl().executeInsert(new TargetProgressRecord(p.id(), p.targetId(), p.recordedOn(), p.value(), p.note()));
    }

    /** Every progress entry of the plan's targets, oldest first. */
    public List<TargetProgress> progress(String planId) {
        return database.dsl().select(TARGET_PROGRESS.fields()).from(TARGET_PROGRESS)
                .join(PLAN_TARGET).on(PLAN_TARGET.ID.eq(TARGET_PROGRESS.TARGET_ID))
                .where(PLAN_TARGET.PLAN_ID.eq(planId))
                .orderBy(TARGET_PROGRESS.RECORDED_ON, TARGET_PROGRESS.ID)
                .fetch(r -> {
                    TargetProgressRecord p = r.into(TARGET_PROGRESS);
                    return new TargetProgress(p.getId(), p.getTargetId(), p.getRecordedOn(), p.getValue(), p.getNote());
                });
    }

    private static EmulationPlanRecord toRecord(Plan p) {
        return new EmulationPlanRecord(p.id(), p.year(), p.programmeId(), p.title(), p.theme(), p.motto(), p.goals(), p.number(),
                p.issuedOn(), p.registrationDue(), p.midterm().date(), p.midterm().number(), p.yearEnd().date(), p.yearEnd().number(),
                p.midterm().lessons(), p.midterm().recommendations(), p.yearEnd().lessons(), p.yearEnd().recommendations());
    }

    private static Plan toPlan(EmulationPlanRecord r) {
        return new Plan(r.getId(), r.getYear(), r.getProgrammeId(), r.getTitle(), r.getTheme(), r.getMotto(), r.getGoals(),
                r.getNumber(), r.getIssuedOn(), r.getRegistrationDueDate(), new Plan.Review(r.getMidtermReviewDate(), r.getMidtermReviewNumber(), r.getMidtermReviewLessons(), r.getMidtermReviewRecommendations()),
                new Plan.Review(r.getFinalReviewDate(), r.getFinalReviewNumber(), r.getFinalReviewLessons(), r.getFinalReviewRecommendations()));
    }

    private static Target toTarget(PlanTargetRecord r) {
        return new Target(r.getId(), r.getPlanId(), r.getUnitId(), r.getText(), Measure.valueOf(r.getMeasure()), r.getTargetValue(),
                r.getSortOrder());
    }
}
