package vn.tdkt.plan;

import static vn.tdkt.db.jooq.Tables.BLOCK_MEMBER;
import static vn.tdkt.db.jooq.Tables.EMULATION_BLOCK;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.BlockMemberRecord;
import vn.tdkt.db.jooq.tables.records.EmulationBlockRecord;

/** Emulation blocks and their members. */
public final class BlockRepository {
    private final Database database;

    public BlockRepository(Database database) {
        this.database = database;
    }

    public List<Block> ofYear(int year) {
        Map<String, List<String>> members = new HashMap<>();
        database.dsl().select(BLOCK_MEMBER.BLOCK_ID, BLOCK_MEMBER.UNIT_ID).from(BLOCK_MEMBER).where(BLOCK_MEMBER.YEAR.eq(year))
                .orderBy(BLOCK_MEMBER.BLOCK_ID, BLOCK_MEMBER.UNIT_ID)
                .forEach(r -> members.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return database.dsl().selectFrom(EMULATION_BLOCK).where(EMULATION_BLOCK.YEAR.eq(year)).orderBy(EMULATION_BLOCK.NAME)
                .fetch(r -> new Block(r.getId(), r.getYear(), r.getName(), r.getHeadUnitId(), members.getOrDefault(r.getId(), List.of())));
    }

    public Optional<Block> byId(String id) {
        return database.dsl().select(EMULATION_BLOCK.YEAR).from(EMULATION_BLOCK).where(EMULATION_BLOCK.ID.eq(id))
                .fetchOptional(EMULATION_BLOCK.YEAR)
                .flatMap(year -> ofYear(year).stream().filter(b -> b.id().equals(id)).findFirst());
    }

    public void insert(Block block) {
        database.dsl().executeInsert(new EmulationBlockRecord(block.id(), block.year(), block.name(), block.headUnitId()));
        insertMembers(block);
    }

    public void update(Block block) {
        database.dsl().update(EMULATION_BLOCK)
                .set(EMULATION_BLOCK.NAME, block.name())
                .set(EMULATION_BLOCK.HEAD_UNIT_ID, block.headUnitId())
                .where(EMULATION_BLOCK.ID.eq(block.id())).execute();
        database.dsl().deleteFrom(BLOCK_MEMBER).where(BLOCK_MEMBER.BLOCK_ID.eq(block.id())).execute();
        insertMembers(block);
    }

    public void delete(String id) {
        database.dsl().deleteFrom(EMULATION_BLOCK).where(EMULATION_BLOCK.ID.eq(id)).execute();
    }

    private void insertMembers(Block block) {
        database.dsl().batchInsert(block.memberUnitIds().stream()
                .map(unit -> new BlockMemberRecord(block.id(), unit, block.year())).toList()).execute();
    }
}
