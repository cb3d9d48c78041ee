package vn.tdkt.scoring;

import static vn.tdkt.db.jooq.Tables.CRITERIA_SET;
import static vn.tdkt.db.jooq.Tables.PERIOD_MEMBER;
import static vn.tdkt.db.jooq.Tables.PERIOD_TOTAL;
import static vn.tdkt.db.jooq.Tables.PERSON;
import static vn.tdkt.db.jooq.Tables.SCORE;
import static vn.tdkt.db.jooq.Tables.SCORING_PERIOD;
import static vn.tdkt.db.jooq.Tables.UNIT;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.PeriodTotalRecord;
import vn.tdkt.db.jooq.tables.records.ScoreRecord;
import vn.tdkt.db.jooq.tables.records.ScoringPeriodRecord;

/** Scoring periods, who they score, and the scores. */
public final class ScoringPeriodRepository {
    private final Database database;

    public ScoringPeriodRepository(Database database) {
        this.database = database;
    }

    /** Newest year first, then in calendar order, months before the quarter that holds them. */
    public List<ScoringPeriod> all() {
        return database.dsl().selectFrom(SCORING_PERIOD)
                .orderBy(SCORING_PERIOD.YEAR.desc(), SCORING_PERIOD.KIND, SCORING_PERIOD.NUMBER)
                .fetch(ScoringPeriodRepository::toPeriod);
    }

    public Optional<ScoringPeriod> byId(String id) {
        return database.dsl().selectFrom(SCORING_PERIOD).where(SCORING_PERIOD.ID.eq(id)).fetchOptional(ScoringPeriodRepository::toPeriod);
    }

    /** The month periods of a year scored with any version of the set family, in month order. */
    public List<ScoringPeriod> months(String familyId, int year, int firstMonth, int lastMonth) {
        return database.dsl().select(SCORING_PERIOD.fields()).from(SCORING_PERIOD)
                .join(CRITERIA_SET).on(CRITERIA_SET.ID.eq(SCORING_PERIOD.SET_ID))
                .where(CRITERIA_SET.FAMILY_ID.eq(familyId)).and(SCORING_PERIOD.YEAR.eq(year))
                .and(SCORING_PERIOD.KIND.eq(PeriodKind.MONTH.name())).and(SCORING_PERIOD.NUMBER.between(firstMonth, lastMonth))
                .orderBy(SCORING_PERIOD.NUMBER)
                .fetch(r -> toPeriod(r.into(SCORING_PERIOD)));
    }

    public void insert(ScoringPeriod period, List<String> memberIds, Instant at) {
        database.dsl().insertInto(SCORING_PERIOD)
                .set(SCORING_PERIOD.ID, period.id()).set(SCORING_PERIOD.SET_ID, period.setId()).set(SCORING_PERIOD.KIND, period.kind().name())
                .set(SCORING_PERIOD.YEAR, period.year()).set(SCORING_PERIOD.NUMBER, period.number()).set(SCORING_PERIOD.TITLE, period.title())
                .set(SCORING_PERIOD.BLOCK_ID, period.blockId()).set(SCORING_PERIOD.PEOPLE, period.people())
                .set(SCORING_PERIOD.LOCKED, period.locked()).set(SCORING_PERIOD.CREATED_AT, at)
                .execute();
        var insert = database.dsl().insertInto(PERIOD_MEMBER, PERIOD_MEMBER.PERIOD_ID, PERIOD_MEMBER.MEMBER_ID, PERIOD_MEMBER.UNIT_ID,
                PERIOD_MEMBER.PERSON_ID, PERIOD_MEMBER.SORT_ORDER);
        for (int i = 0; i < memberIds.size(); i++) {
            String id = memberIds.get(i);
            insert = insert.values(period.id(), id, period.people() ? null : id, period.people() ? id : null, i);
        }
        insert.execute();
    }

    public void setLocked(String periodId, boolean locked) {
        database.dsl().update(SCORING_PERIOD).set(SCORING_PERIOD.LOCKED, locked).where(SCORING_PERIOD.ID.eq(periodId)).execute();
    }

    /** The members in the order the period was opened with: units by ký hiệu and name, people by name. */
    public List<Member> members(String periodId) {
        return database.dsl().select(PERIOD_MEMBER.MEMBER_ID, UNIT.CODE, UNIT.NAME, PERSON.FULL_NAME)
                .from(PERIOD_MEMBER)
                .leftJoin(UNIT).on(UNIT.ID.eq(PERIOD_MEMBER.UNIT_ID))
                .leftJoin(PERSON).on(PERSON.ID.eq(PERIOD_MEMBER.PERSON_ID))
                .where(PERIOD_MEMBER.PERIOD_ID.eq(periodId))
                .orderBy(PERIOD_MEMBER.SORT_ORDER)
                .fetch(r -> r.get(UNIT.CODE) != null
                        ? new Member(r.get(PERIOD_MEMBER.MEMBER_ID), r.get(UNIT.CODE), r.get(UNIT.NAME))
                        : new Member(r.get(PERIOD_MEMBER.MEMBER_ID), r.get(PERIOD_MEMBER.MEMBER_ID).substring(0, 8), r.get(PERSON.FULL_NAME)));
    }

    /** One stored cell: its value (null when only a note is kept) and its note. */
    public record Cell(Double value, String note) {
    }

    /** Every stored cell of a period: member id → criterion id → cell. */
    public Map<String, Map<String, Cell>> cells(String periodId) {
        Map<String, Map<String, Cell>> cells = new LinkedHashMap<>();
        database.dsl().selectFrom(SCORE).where(SCORE.PERIOD_ID.eq(periodId))
                .forEach(r -> cells.computeIfAbsent(r.getMemberId(), k -> new HashMap<>()).put(r.getCriterionId(), new Cell(r.getValue(), r.getNote())));
        return cells;
    }

    /** Receives stored values one at a time, so a year of scores is never held as maps. */
    @FunctionalInterface
    public interface ValueSink {
        void accept(String periodId, String memberId, String criterionId, double value);
    }

    /** Every stored value (cells with a note only are skipped) of several periods, read in one query. */
    public void values(Collection<String> periodIds, ValueSink sink) {
        try (var cursor = database.dsl().select(SCORE.PERIOD_ID, SCORE.MEMBER_ID, SCORE.CRITERION_ID, SCORE.VALUE).from(SCORE)
                .where(SCORE.PERIOD_ID.in(periodIds)).and(SCORE.VALUE.isNotNull()).fetchLazy()) {
            for (var r : cursor) {
                sink.accept(r.value1(), r.value2(), r.value3(), r.value4());
            }
        }
    }

    /** Who each of several periods scores: period id → member ids. */
    public Map<String, List<String>> memberIds(Collection<String> periodIds) {
        Map<String, List<String>> members = new HashMap<>();
        database.dsl().select(PERIOD_MEMBER.PERIOD_ID, PERIOD_MEMBER.MEMBER_ID).from(PERIOD_MEMBER)
                .where(PERIOD_MEMBER.PERIOD_ID.in(periodIds))
                .forEach(r -> members.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return members;
    }

    /** The stored totals of several periods: period id → member id → totals; a period without any is absent. */
    public Map<String, Map<String, Totals>> storedTotals(Collection<String> periodIds) {
        Map<String, Map<String, Totals>> totals = new HashMap<>();
        database.dsl().selectFrom(PERIOD_TOTAL).where(PERIOD_TOTAL.PERIOD_ID.in(periodIds))
                .forEach(r -> totals.computeIfAbsent(r.getPeriodId(), k -> new HashMap<>())
                        .put(r.getMemberId(), new Totals(r.getBase(), r.getBonus(), r.getPenalty())));
        return totals;
    }

    /** Replaces a period's stored totals with these (member id → totals). */
    public void putTotals(String periodId, Map<String, Totals> totals) {
        database.dsl().deleteFrom(PERIOD_TOTAL).where(PERIOD_TOTAL.PERIOD_ID.eq(periodId)).execute();
        List<PeriodTotalRecord> rows = new ArrayList<>();
        totals.forEach((member, t) -> rows.add(new PeriodTotalRecord(periodId, member, t.base(), t.bonus(), t.penalty())));
        database.dsl().batchInsert(rows).execute();
    }

    /** Writes one cell; a cell with neither value nor note is removed. */
    public void put(String periodId, String memberId, String criterionId, Cell cell) {
        if (cell.value() == null && cell.note() == null) {
            database.dsl().deleteFrom(SCORE).where(SCORE.PERIOD_ID.eq(periodId)).and(SCORE.MEMBER_ID.eq(memberId))
                    .and(SCORE.CRITERION_ID.eq(criterionId)).execute();
            return;
        }
        database.dsl().insertInto(SCORE).set(new ScoreRecord(periodId, memberId, criterionId, cell.value(), cell.note()))
                .onConflict(SCORE.PERIOD_ID, SCORE.MEMBER_ID, SCORE.CRITERION_ID).doUpdate()
                .set(SCORE.VALUE, cell.value()).set(SCORE.NOTE, cell.note())
                .execute();
    }

    public int countScores() {
        return database.dsl().fetchCount(SCORE);
    }

    public int countPeriods() {
        return database.dsl().fetchCount(SCORING_PERIOD);
    }

    private static ScoringPeriod toPeriod(ScoringPeriodRecord r) {
        return new ScoringPeriod(r.getId(), r.getSetId(), PeriodKind.valueOf(r.getKind()), r.getYear(), r.getNumber(), r.getTitle(),
                r.getBlockId(), r.getPeople(), r.getLocked());
    }
}
