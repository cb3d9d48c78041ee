package vn.tdkt.exchange;

import static vn.tdkt.db.jooq.Tables.AWARD_HISTORY;
import static vn.tdkt.db.jooq.Tables.RECEIVED_NOMINEE;
import static vn.tdkt.db.jooq.Tables.RECEIVED_PROPOSAL;

import java.util.Collection;
import java.util.List;
import org.jooq.impl.DSL;
import vn.tdkt.db.Database;
import vn.tdkt.exchange.AwardRecords.NomineeJson;
import vn.tdkt.exchange.AwardRecords.ProposalJson;

/** Award proposals received from subordinate units, and the award history lines decisions sent down brought. */
final class AwardExchangeRepository {
    private final Database database;

    AwardExchangeRepository(Database database) {
        this.database = database;
    }

    boolean proposalExists(String id) {
        return database.dsl().fetchExists(RECEIVED_PROPOSAL, RECEIVED_PROPOSAL.ID.eq(id));
    }

    void insertProposal(ProposalJson p, String unitId, String unitName) {
        database.dsl().insertInto(RECEIVED_PROPOSAL)
                .set(RECEIVED_PROPOSAL.ID, p.id())
                .set(RECEIVED_PROPOSAL.SOURCE_UNIT_ID, unitId)
                .set(RECEIVED_PROPOSAL.SOURCE_UNIT_NAME, unitName)
                .set(RECEIVED_PROPOSAL.NUMBER, p.number())
                .set(RECEIVED_PROPOSAL.ISSUED_ON, p.date())
                .set(RECEIVED_PROPOSAL.AWARD, p.award())
                .set(RECEIVED_PROPOSAL.ADDRESSEE, p.addressee())
                .set(RECEIVED_PROPOSAL.ACHIEVEMENT, p.achievement())
                .set(RECEIVED_PROPOSAL.MINUTES_NUMBER, p.minutesNumber())
                .set(RECEIVED_PROPOSAL.MINUTES_DATE, java.time.LocalDate.parse(p.minutesDate()))
                .set(RECEIVED_PROPOSAL.MEMBERS, p.members())
                .set(RECEIVED_PROPOSAL.PRESENT, p.present())
                .execute();
        int order = 0;
        for (NomineeJson n : p.nominees()) {
            database.dsl().insertInto(RECEIVED_NOMINEE)
                    .set(RECEIVED_NOMINEE.PROPOSAL_ID, p.id())
                    .set(RECEIVED_NOMINEE.VOTE_ID, n.voteId())
                    .set(RECEIVED_NOMINEE.SORT_ORDER, ++order)
                    .set(RECEIVED_NOMINEE.PERSON_ID, n.personId())
                    .set(RECEIVED_NOMINEE.NAME, n.name())
                    .set(RECEIVED_NOMINEE.RANK, n.rank())
                    .set(RECEIVED_NOMINEE.POSITION_AND_UNIT, n.positionAndUnit())
                    .set(RECEIVED_NOMINEE.COLLECTIVE, n.collective())
                    .set(RECEIVED_NOMINEE.AWARD, n.award())
                    .set(RECEIVED_NOMINEE.VOTES, n.votes())
                    .set(RECEIVED_NOMINEE.PASSED, n.passed())
                    .set(RECEIVED_NOMINEE.SUMMARY, n.summary())
                    .set(RECEIVED_NOMINEE.UNIT_ID, n.unitId())
                    .execute();
        }
    }

    /** A received Tờ trình's nominees in its order. */
    List<NomineeJson> nominees(String proposalId) {
        return database.dsl().selectFrom(RECEIVED_NOMINEE).where(RECEIVED_NOMINEE.PROPOSAL_ID.eq(proposalId))
                .orderBy(RECEIVED_NOMINEE.SORT_ORDER)
                .fetch(n -> new NomineeJson(n.getVoteId(), n.getPersonId(), n.getName(), n.getRank(), n.getPositionAndUnit(),
                        n.getCollective(), n.getAward(), n.getVotes(), n.getPassed(), n.getSummary(), n.getUnitId()));
    }

    void deleteProposals(Collection<String> ids) {
        database.dsl().deleteFrom(RECEIVED_PROPOSAL).where(RECEIVED_PROPOSAL.ID.in(ids)).execute();
    }

    /** Nominees proposed, per sending unit and title, in no particular order. */
    List<ExchangeService.ProposedTitle> proposedTitles() {
        return database.dsl().select(RECEIVED_PROPOSAL.SOURCE_UNIT_NAME, RECEIVED_NOMINEE.AWARD, DSL.count())
                .from(RECEIVED_NOMINEE).join(RECEIVED_PROPOSAL).on(RECEIVED_PROPOSAL.ID.eq(RECEIVED_NOMINEE.PROPOSAL_ID))
                .groupBy(RECEIVED_PROPOSAL.SOURCE_UNIT_NAME, RECEIVED_NOMINEE.AWARD)
                .fetch(r -> new ExchangeService.ProposedTitle(r.value1(), r.value2(), r.value3()));
    }

    boolean historyExists(String id) {
        return database.dsl().fetchExists(AWARD_HISTORY, AWARD_HISTORY.ID.eq(id));
    }

    void deleteHistory(Collection<String> ids) {
        database.dsl().deleteFrom(AWARD_HISTORY).where(AWARD_HISTORY.ID.in(ids)).execute();
    }
}
