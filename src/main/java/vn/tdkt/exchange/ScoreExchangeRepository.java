package vn.tdkt.exchange;

import static vn.tdkt.db.jooq.Tables.RECEIVED_SCORE_PERIOD;
import static vn.tdkt.db.jooq.Tables.RECEIVED_SCORE_TOTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.db.Database;
import vn.tdkt.exchange.ScoreRecords.PeriodJson;
import vn.tdkt.exchange.ScoreRecords.TotalJson;

/** Scoring periods of subordinate units that their snapshots brought (V24), read-only here. */
final class ScoreExchangeRepository {
    private final Database database;

    ScoreExchangeRepository(Database database) {
        this.database = database;
    }

    boolean exists(String periodId) {
        return database.dsl().fetchExists(RECEIVED_SCORE_PERIOD, RECEIVED_SCORE_PERIOD.ID.eq(periodId));
    }

    void insert(PeriodJson p, String sourceUnitId, String sourceUnitName) {
        database.dsl().insertInto(RECEIVED_SCORE_PERIOD)
                .set(RECEIVED_SCORE_PERIOD.ID, p.id())
                .set(RECEIVED_SCORE_PERIOD.SOURCE_UNIT_ID, sourceUnitId)
                .set(RECEIVED_SCORE_PERIOD.SOURCE_UNIT_NAME, sourceUnitName)
                .set(RECEIVED_SCORE_PERIOD.TITLE, p.title())
                .set(RECEIVED_SCORE_PERIOD.KIND, p.periodKind().name())
                .set(RECEIVED_SCORE_PERIOD.YEAR, p.year())
                .set(RECEIVED_SCORE_PERIOD.NUMBER, p.number())
                .set(RECEIVED_SCORE_PERIOD.SET_NAME, p.setName())
                .set(RECEIVED_SCORE_PERIOD.SET_VERSION, p.setVersion())
                .set(RECEIVED_SCORE_PERIOD.SET_FINGERPRINT, p.setFingerprint())
                .execute();
        int order = 0;
        for (TotalJson t : p.totals()) {
            database.dsl().insertInto(RECEIVED_SCORE_TOTAL)
                    .set(RECEIVED_SCORE_TOTAL.PERIOD_ID, p.id())
                    .set(RECEIVED_SCORE_TOTAL.UNIT_ID, t.unitId())
                    .set(RECEIVED_SCORE_TOTAL.UNIT_NAME, t.unitName())
                    .set(RECEIVED_SCORE_TOTAL.SORT_ORDER, ++order)
                    .set(RECEIVED_SCORE_TOTAL.BASE, t.base())
                    .set(RECEIVED_SCORE_TOTAL.BONUS, t.bonus())
                    .set(RECEIVED_SCORE_TOTAL.PENALTY, t.penalty())
                    .execute();
        }
    }

    void delete(Collection<String> periodIds) {
        database.dsl().deleteFrom(RECEIVED_SCORE_PERIOD).where(RECEIVED_SCORE_PERIOD.ID.in(periodIds)).execute();
    }

    /** Every received period with its totals in the sender's order; the source unit as the sender named it. */
    List<Received> all() {
        Map<String, Received> periods = new LinkedHashMap<>();
        database.dsl().selectFrom(RECEIVED_SCORE_PERIOD).orderBy(RECEIVED_SCORE_PERIOD.SOURCE_UNIT_NAME, RECEIVED_SCORE_PERIOD.TITLE)
                .forEach(r -> periods.put(r.getId(), new Received(r.getSourceUnitName(),
                        new PeriodJson(r.getId(), r.getTitle(), r.getKind(), r.getYear(), r.getNumber(), r.getSetName(), r.getSetVersion(),
                                r.getSetFingerprint(), null), new ArrayList<>())));
        database.dsl().selectFrom(RECEIVED_SCORE_TOTAL).orderBy(RECEIVED_SCORE_TOTAL.PERIOD_ID, RECEIVED_SCORE_TOTAL.SORT_ORDER)
                .forEach(t -> periods.get(t.getPeriodId()).totals()
                        .add(new TotalJson(t.getUnitId(), t.getUnitName(), t.getBase(), t.getBonus(), t.getPenalty())));
        return List.copyOf(periods.values());
    }

    record Received(String sourceUnitName, PeriodJson period, List<TotalJson> totals) {
    }
}
