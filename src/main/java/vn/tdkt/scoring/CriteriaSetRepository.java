package vn.tdkt.scoring;

import static vn.tdkt.db.jooq.Tables.CRITERIA_BAND;
import static vn.tdkt.db.jooq.Tables.CRITERIA_GROUP;
import static vn.tdkt.db.jooq.Tables.CRITERIA_SET;
import static vn.tdkt.db.jooq.Tables.CRITERION;
import static vn.tdkt.db.jooq.Tables.SCORE;
import static vn.tdkt.db.jooq.Tables.SCORING_PERIOD;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.CriteriaSetRecord;
import vn.tdkt.db.jooq.tables.records.CriterionRecord;

/** Criteria sets with their groups, criteria and bands. */
public final class CriteriaSetRepository {
    private final Database database;

    public CriteriaSetRepository(Database database) {
        this.database = database;
    }

    /** The newest version of every set, by name. */
    public List<CriteriaSet> latest() {
        var newer = CRITERIA_SET.as("newer");
        return database.dsl().selectFrom(CRITERIA_SET)
                .whereNotExists(database.dsl().selectOne().from(newer)
                        .where(newer.FAMILY_ID.eq(CRITERIA_SET.FAMILY_ID)).and(newer.VERSION.gt(CRITERIA_SET.VERSION)))
                .orderBy(CRITERIA_SET.NAME)
                .fetch().map(this::load);
    }

    public Optional<CriteriaSet> byId(String id) {
        return database.dsl().selectFrom(CRITERIA_SET).where(CRITERIA_SET.ID.eq(id)).fetchOptional().map(this::load);
    }

    public int newestVersion(String familyId) {
        Integer max = database.dsl().select(org.jooq.impl.DSL.max(CRITERIA_SET.VERSION)).from(CRITERIA_SET)
                .where(CRITERIA_SET.FAMILY_ID.eq(familyId)).fetchOne(0, Integer.class);
        return max == null ? 0 : max;
    }

    /** True once any period scored with this version holds a value. */
    public boolean hasScores(String setId) {
        return database.dsl().fetchExists(database.dsl().selectOne().from(SCORE).join(SCORING_PERIOD).on(SCORING_PERIOD.ID.eq(SCORE.PERIOD_ID))
                .where(SCORING_PERIOD.SET_ID.eq(setId)));
    }

    public void insert(CriteriaSet set, Instant at) {
        var dsl = database.dsl();
        dsl.insertInto(CRITERIA_SET)
                .set(CRITERIA_SET.ID, set.id()).set(CRITERIA_SET.FAMILY_ID, set.familyId()).set(CRITERIA_SET.VERSION, set.version())
                .set(CRITERIA_SET.NAME, set.name()).set(CRITERIA_SET.SAMPLE, set.sample()).set(CRITERIA_SET.ROLL_UP, set.rollUp().name())
                .set(CRITERIA_SET.TIE_BREAK, set.tieBreak().name()).set(CRITERIA_SET.BONUS_CAP, set.bonusCap())
                .set(CRITERIA_SET.PENALTY_CAP, set.penaltyCap()).set(CRITERIA_SET.CREATED_AT, at)
                .execute();
        int order = 0;
        for (CriteriaGroup group : set.groups()) {
            dsl.insertInto(CRITERIA_GROUP).set(CRITERIA_GROUP.ID, group.id()).set(CRITERIA_GROUP.SET_ID, set.id())
                    .set(CRITERIA_GROUP.NAME, group.name()).set(CRITERIA_GROUP.SORT_ORDER, order++).execute();
        }
        List<CriterionRecord> rows = new ArrayList<>();
        List<Criterion> criteria = set.criteria();
        for (int i = 0; i < criteria.size(); i++) {
            Criterion c = criteria.get(i);
            rows.add(new CriterionRecord(c.id(), set.id(), c.groupId(), c.code(), c.name(), c.kind().name(), c.maxPoints(),
                    c.comparison() == null ? null : c.comparison().name(), c.target(), c.guide(), i));
        }
        dsl.batchInsert(rows).execute();
        for (Band band : set.bands()) {
            dsl.insertInto(CRITERIA_BAND).set(CRITERIA_BAND.SET_ID, set.id()).set(CRITERIA_BAND.NAME, band.name())
                    .set(CRITERIA_BAND.MIN_TOTAL, band.minTotal()).execute();
        }
    }

    /** Writes a version nothing has scored yet again in place: its row, then its content anew. */
    public void replace(CriteriaSet set, Instant at) {
        var dsl = database.dsl();
        dsl.deleteFrom(CRITERIA_BAND).where(CRITERIA_BAND.SET_ID.eq(set.id())).execute();
        dsl.deleteFrom(CRITERION).where(CRITERION.SET_ID.eq(set.id())).execute();
        dsl.deleteFrom(CRITERIA_GROUP).where(CRITERIA_GROUP.SET_ID.eq(set.id())).execute();
        dsl.deleteFrom(CRITERIA_SET).where(CRITERIA_SET.ID.eq(set.id())).execute();
        insert(set, at);
    }

    private CriteriaSet load(CriteriaSetRecord r) {
        var dsl = database.dsl();
        List<Criterion> criteria = dsl.selectFrom(CRITERION).where(CRITERION.SET_ID.eq(r.getId())).orderBy(CRITERION.SORT_ORDER)
                .fetch(c -> new Criterion(c.getId(), c.getGroupId(), c.getCode(), c.getName(), CriterionKind.valueOf(c.getKind()),
                        c.getMaxPoints(), c.getComparison() == null ? null : Comparison.valueOf(c.getComparison()), c.getTarget(), c.getGuide()));
        List<CriteriaGroup> groups = dsl.selectFrom(CRITERIA_GROUP).where(CRITERIA_GROUP.SET_ID.eq(r.getId())).orderBy(CRITERIA_GROUP.SORT_ORDER)
                .fetch(g -> new CriteriaGroup(g.getId(), g.getName(), criteria.stream().filter(c -> g.getId().equals(c.groupId())).toList()));
        List<Band> bands = dsl.selectFrom(CRITERIA_BAND).where(CRITERIA_BAND.SET_ID.eq(r.getId()))
                .fetch(b -> new Band(b.getName(), b.getMinTotal()));
        return new CriteriaSet(r.getId(), r.getFamilyId(), r.getVersion(), r.getName(), r.getSample(), RollUp.valueOf(r.getRollUp()),
                TieBreak.valueOf(r.getTieBreak()), r.getBonusCap(), r.getPenaltyCap(), groups,
                criteria.stream().filter(c -> c.kind() == CriterionKind.BONUS).toList(),
                criteria.stream().filter(c -> c.kind() == CriterionKind.PENALTY).toList(), bands);
    }
}
