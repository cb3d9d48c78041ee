package vn.tdkt.org;

import static vn.tdkt.db.jooq.Tables.EXCHANGE_RECORD;
import static vn.tdkt.db.jooq.Tables.UNIT;

import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.UnitRecord;

/** The unit table. */
public final class UnitRepository {
    private final Database database;

    public UnitRepository(Database database) {
        this.database = database;
    }

    public List<Unit> all() {
        return database.dsl().selectFrom(UNIT).orderBy(UNIT.SORT_ORDER, UNIT.NAME).fetch(UnitRepository::toUnit);
    }

    /**
     * The units this installation keeps itself, without those received in another's package: their
     * people are read-only here (V10 triggers), so nothing imported may land in them.
     */
    public List<Unit> own() {
        return database.dsl().selectFrom(UNIT).whereNotExists(DSL.selectOne().from(EXCHANGE_RECORD)
                        .where(EXCHANGE_RECORD.ENTITY.eq(DSL.inline("unit")).and(EXCHANGE_RECORD.RECORD_ID.eq(UNIT.ID))))
                .orderBy(UNIT.SORT_ORDER, UNIT.NAME).fetch(UnitRepository::toUnit);
    }

    public Optional<Unit> byId(String id) {
        return database.dsl().selectFrom(UNIT).where(UNIT.ID.eq(id)).fetchOptional(UnitRepository::toUnit);
    }

    /** Codes compare without regard to ASCII case ("TrD19" = "trd19"). */
    public Optional<Unit> byCode(String code) {
        return database.dsl().selectFrom(UNIT).where(UNIT.CODE.eq(code)).fetchOptional(UnitRepository::toUnit);
    }

    /** The next free position among the children of {@code parentId} (null: the top level). */
    public int nextSortOrder(String parentId) {
        Integer max = database.dsl().select(DSL.max(UNIT.SORT_ORDER)).from(UNIT)
                .where(parentId == null ? UNIT.PARENT_ID.isNull() : UNIT.PARENT_ID.eq(parentId))
                .fetchOne(0, Integer.class);
        return max == null ? 1 : max + 1;
    }

    public void insert(Unit unit) {
        database.dsl().executeInsert(toRecord(unit));
    }

    public void insertAll(List<Unit> units) {
        database.dsl().batchInsert(units.stream().map(UnitRepository::toRecord).toList()).execute();
    }

    public void update(Unit unit) {
        database.dsl().update(UNIT)
                .set(UNIT.PARENT_ID, unit.parentId())
                .set(UNIT.CODE, unit.code())
                .set(UNIT.NAME, unit.name())
                .set(UNIT.SHORT_NAME, unit.shortName())
                .set(UNIT.KIND, unit.kind())
                .set(UNIT.SORT_ORDER, unit.sortOrder())
                .set(UNIT.DISSOLVED_ON, unit.dissolvedOn())
                .where(UNIT.ID.eq(unit.id()))
                .execute();
    }

    private static UnitRecord toRecord(Unit unit) {
        return new UnitRecord(unit.id(), unit.parentId(), unit.code(), unit.name(), unit.shortName(), unit.kind(),
                unit.sortOrder(), unit.dissolvedOn());
    }

    static Unit toUnit(Record r) {
        UnitRecord u = r.into(UNIT);
        return new Unit(u.getId(), u.getParentId(), u.getCode(), u.getName(), u.getShortName(), u.getKind(),
                u.getSortOrder(), u.getDissolvedOn());
    }
}
