package vn.tdkt.plan;

import static vn.tdkt.db.jooq.Tables.PLEDGE;
import static vn.tdkt.db.jooq.Tables.PLEDGE_PARTY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.PledgePartyRecord;
import vn.tdkt.db.jooq.tables.records.PledgeRecord;

/** Pledges and their parties. */
public final class PledgeRepository {
    private final Database database;

    public PledgeRepository(Database database) {
        this.database = database;
    }

    public List<Pledge> ofYear(int year) {
        Map<String, List<String>> parties = new HashMap<>();
        database.dsl().select(PLEDGE_PARTY.PLEDGE_ID, PLEDGE_PARTY.UNIT_ID).from(PLEDGE_PARTY)
                .join(PLEDGE).on(PLEDGE.ID.eq(PLEDGE_PARTY.PLEDGE_ID)).where(PLEDGE.YEAR.eq(year))
                .orderBy(PLEDGE_PARTY.PLEDGE_ID, PLEDGE_PARTY.SORT_ORDER)
                .forEach(r -> parties.computeIfAbsent(r.value1(), k -> new ArrayList<>()).add(r.value2()));
        return database.dsl().selectFrom(PLEDGE).where(PLEDGE.YEAR.eq(year)).orderBy(PLEDGE.SIGNED_ON, PLEDGE.TITLE)
                .fetch(r -> new Pledge(r.getId(), r.getYear(), r.getBlockId(), r.getTitle(), r.getSignedOn(),
                        parties.getOrDefault(r.getId(), List.of()), PlanText.lines(r.getCommitments())));
    }

    public boolean anyInBlock(String blockId) {
        return database.dsl().fetchExists(PLEDGE, PLEDGE.BLOCK_ID.eq(blockId));
    }

    public void insert(Pledge pledge) {
        database.dsl().executeInsert(new PledgeRecord(pledge.id(), pledge.year(), pledge.blockId(), pledge.title(), pledge.signedOn(),
                String.join("\n", pledge.commitments())));
        List<PledgePartyRecord> parties = new ArrayList<>();
        for (int i = 0; i < pledge.partyUnitIds().size(); i++) {
            parties.add(new PledgePartyRecord(pledge.id(), pledge.partyUnitIds().get(i), i + 1));
        }
        database.dsl().batchInsert(parties).execute();
    }

    public void delete(String id) {
        database.dsl().deleteFrom(PLEDGE).where(PLEDGE.ID.eq(id)).execute();
    }
}
