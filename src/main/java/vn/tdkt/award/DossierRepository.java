package vn.tdkt.award;

import static vn.tdkt.db.jooq.Tables.AWARD_DECISION;
import static vn.tdkt.db.jooq.Tables.AWARD_DECISION_NOMINEE;
import static vn.tdkt.db.jooq.Tables.AWARD_PROPOSAL;
import static vn.tdkt.db.jooq.Tables.AWARD_PROPOSAL_NOMINEE;
import static vn.tdkt.db.jooq.Tables.COUNCIL_MEETING;
import static vn.tdkt.db.jooq.Tables.COUNCIL_VOTE;
import static vn.tdkt.db.jooq.Tables.DOCUMENT_REGISTER;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jooq.Record;
import vn.tdkt.db.Database;
import vn.tdkt.db.jooq.tables.records.CouncilVoteRecord;
import vn.tdkt.db.jooq.tables.records.DocumentRegisterRecord;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.RegisterEntry;

/** Council meetings and their ballots, proposals and decisions, each read with its line of the sổ văn bản. */
public final class DossierRepository {
    private final Database database;

    public DossierRepository(Database database) {
        this.database = database;
    }

    public void insert(CouncilMeeting meeting) {
        database.dsl().insertInto(COUNCIL_MEETING)
                .set(COUNCIL_MEETING.ID, meeting.id())
                .set(COUNCIL_MEETING.REGISTER_ID, meeting.minutes().id())
                .set(COUNCIL_MEETING.START_TIME, meeting.start().toString())
                .set(COUNCIL_MEETING.END_TIME, meeting.end().toString())
                .set(COUNCIL_MEETING.VENUE, meeting.venue())
                .set(COUNCIL_MEETING.PURPOSE, meeting.purpose())
                .set(COUNCIL_MEETING.CHAIR, meeting.chair())
                .set(COUNCIL_MEETING.SECRETARY, meeting.secretary())
                .set(COUNCIL_MEETING.MEMBERS, meeting.members())
                .set(COUNCIL_MEETING.PRESENT, meeting.present())
                .set(COUNCIL_MEETING.ABSENCE, meeting.absence())
                .set(COUNCIL_MEETING.DISCUSSION, String.join("\n", meeting.discussion()))
                .set(COUNCIL_MEETING.CONCLUSION, meeting.conclusion())
                .execute();
        int order = 0;
        for (Vote vote : meeting.votes()) {
            database.dsl().insertInto(COUNCIL_VOTE)
                    .set(COUNCIL_VOTE.ID, vote.id())
                    .set(COUNCIL_VOTE.MEETING_ID, meeting.id())
                    .set(COUNCIL_VOTE.SORT_ORDER, ++order)
                    .set(COUNCIL_VOTE.PERSON_ID, vote.personId())
                    .set(COUNCIL_VOTE.NAME, vote.name())
                    .set(COUNCIL_VOTE.RANK, vote.rank())
                    .set(COUNCIL_VOTE.POSITION_AND_UNIT, vote.positionAndUnit())
                    .set(COUNCIL_VOTE.COLLECTIVE, vote.collective())
                    .set(COUNCIL_VOTE.AWARD, vote.award())
                    .set(COUNCIL_VOTE.VOTES, vote.votes())
                    .set(COUNCIL_VOTE.PASSED, vote.passed())
                    .set(COUNCIL_VOTE.SUMMARY, vote.summary())
                    .set(COUNCIL_VOTE.UNIT_ID, vote.unitId())
                    .execute();
        }
    }

    public void insert(Proposal proposal) {
        database.dsl().insertInto(AWARD_PROPOSAL)
                .set(AWARD_PROPOSAL.ID, proposal.id())
                .set(AWARD_PROPOSAL.REGISTER_ID, proposal.letter().id())
                .set(AWARD_PROPOSAL.MEETING_ID, proposal.meetingId())
                .set(AWARD_PROPOSAL.AWARD, proposal.award())
                .set(AWARD_PROPOSAL.ADDRESSEE, proposal.addressee())
                .set(AWARD_PROPOSAL.ADDRESSEE_SHORT, proposal.addresseeShort())
                .set(AWARD_PROPOSAL.ACHIEVEMENT, proposal.achievement())
                .execute();
        int order = 0;
        for (Vote nominee : proposal.nominees()) {
            database.dsl().insertInto(AWARD_PROPOSAL_NOMINEE)
                    .set(AWARD_PROPOSAL_NOMINEE.PROPOSAL_ID, proposal.id())
                    .set(AWARD_PROPOSAL_NOMINEE.VOTE_ID, nominee.id())
                    .set(AWARD_PROPOSAL_NOMINEE.SORT_ORDER, ++order)
                    .execute();
        }
    }

    public void insert(Decision decision) {
        database.dsl().insertInto(AWARD_DECISION)
                .set(AWARD_DECISION.ID, decision.id())
                .set(AWARD_DECISION.REGISTER_ID, decision.decision().id())
                .set(AWARD_DECISION.PROPOSAL_ID, decision.proposalId())
                .set(AWARD_DECISION.AWARD, decision.award())
                .set(AWARD_DECISION.ACHIEVEMENT, decision.achievement())
                .set(AWARD_DECISION.FUND, decision.fund())
                .set(AWARD_DECISION.EXECUTOR, decision.executor())
                .set(AWARD_DECISION.RULE_SET_CODE, decision.ruleSet() == null ? null : decision.ruleSet().code())
                .set(AWARD_DECISION.RULE_SET_VERSION, decision.ruleSet() == null ? null : decision.ruleSet().version())
                .set(AWARD_DECISION.SIGNER_TITLE, decision.signer() == null ? null : decision.signer().title())
                .set(AWARD_DECISION.SIGNER_RANK, decision.signer() == null ? null : decision.signer().rank())
                .set(AWARD_DECISION.SIGNER_NAME, decision.signer() == null ? null : decision.signer().name())
                .execute();
        int order = 0;
        for (Decision.Awardee awardee : decision.awardees()) {
            database.dsl().insertInto(AWARD_DECISION_NOMINEE)
                    .set(AWARD_DECISION_NOMINEE.DECISION_ID, decision.id())
                    .set(AWARD_DECISION_NOMINEE.VOTE_ID, awardee.vote().id())
                    .set(AWARD_DECISION_NOMINEE.SORT_ORDER, ++order)
                    .set(AWARD_DECISION_NOMINEE.GOLD_BOOK_NUMBER, awardee.goldBookNumber())
                    .set(AWARD_DECISION_NOMINEE.BONUS_MULTIPLE, awardee.bonusMultiple())
                    .execute();
        }
    }

    /** Newest first. */
    public List<CouncilMeeting> meetings() {
        return database.dsl().select().from(COUNCIL_MEETING).join(DOCUMENT_REGISTER).on(DOCUMENT_REGISTER.ID.eq(COUNCIL_MEETING.REGISTER_ID))
                .orderBy(DOCUMENT_REGISTER.ISSUED_ON.desc(), DOCUMENT_REGISTER.ID.desc())
                .fetch(this::meeting);
    }

    public Optional<CouncilMeeting> meeting(String id) {
        return meetings().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    private CouncilMeeting meeting(Record row) {
        String id = row.get(COUNCIL_MEETING.ID);
        List<Vote> votes = database.dsl().selectFrom(COUNCIL_VOTE).where(COUNCIL_VOTE.MEETING_ID.eq(id)).orderBy(COUNCIL_VOTE.SORT_ORDER)
                .fetch(DossierRepository::vote);
        String discussion = row.get(COUNCIL_MEETING.DISCUSSION);
        return new CouncilMeeting(id, entry(row.into(DOCUMENT_REGISTER)), LocalTime.parse(row.get(COUNCIL_MEETING.START_TIME)),
                LocalTime.parse(row.get(COUNCIL_MEETING.END_TIME)), row.get(COUNCIL_MEETING.VENUE), row.get(COUNCIL_MEETING.PURPOSE),
                row.get(COUNCIL_MEETING.CHAIR), row.get(COUNCIL_MEETING.SECRETARY), row.get(COUNCIL_MEETING.MEMBERS), row.get(COUNCIL_MEETING.PRESENT),
                row.get(COUNCIL_MEETING.ABSENCE), discussion.isEmpty() ? List.of() : Arrays.asList(discussion.split("\n")),
                row.get(COUNCIL_MEETING.CONCLUSION), votes);
    }

    /** Newest first. */
    public List<Proposal> proposals() {
        return database.dsl().select().from(AWARD_PROPOSAL).join(DOCUMENT_REGISTER).on(DOCUMENT_REGISTER.ID.eq(AWARD_PROPOSAL.REGISTER_ID))
                .orderBy(DOCUMENT_REGISTER.ISSUED_ON.desc(), DOCUMENT_REGISTER.ID.desc())
                .fetch(row -> {
                    String id = row.get(AWARD_PROPOSAL.ID);
                    List<Vote> nominees = database.dsl().select(COUNCIL_VOTE.fields()).from(AWARD_PROPOSAL_NOMINEE)
                            .join(COUNCIL_VOTE).on(COUNCIL_VOTE.ID.eq(AWARD_PROPOSAL_NOMINEE.VOTE_ID))
                            .where(AWARD_PROPOSAL_NOMINEE.PROPOSAL_ID.eq(id)).orderBy(AWARD_PROPOSAL_NOMINEE.SORT_ORDER)
                            .fetch(r -> vote(r.into(COUNCIL_VOTE)));
                    return new Proposal(id, entry(row.into(DOCUMENT_REGISTER)), row.get(AWARD_PROPOSAL.MEETING_ID), row.get(AWARD_PROPOSAL.AWARD),
                            row.get(AWARD_PROPOSAL.ADDRESSEE), row.get(AWARD_PROPOSAL.ADDRESSEE_SHORT), row.get(AWARD_PROPOSAL.ACHIEVEMENT), nominees);
                });
    }

    /** Newest first. */
    public List<Decision> decisions() {
        return database.dsl().select().from(AWARD_DECISION).join(DOCUMENT_REGISTER).on(DOCUMENT_REGISTER.ID.eq(AWARD_DECISION.REGISTER_ID))
                .orderBy(DOCUMENT_REGISTER.ISSUED_ON.desc(), DOCUMENT_REGISTER.ID.desc())
                .fetch(row -> {
                    String id = row.get(AWARD_DECISION.ID);
                    List<Decision.Awardee> awardees = database.dsl().select().from(AWARD_DECISION_NOMINEE)
                            .join(COUNCIL_VOTE).on(COUNCIL_VOTE.ID.eq(AWARD_DECISION_NOMINEE.VOTE_ID))
                            .where(AWARD_DECISION_NOMINEE.DECISION_ID.eq(id)).orderBy(AWARD_DECISION_NOMINEE.SORT_ORDER)
                            .fetch(r -> new Decision.Awardee(vote(r.into(COUNCIL_VOTE)), r.get(AWARD_DECISION_NOMINEE.GOLD_BOOK_NUMBER),
                                    r.get(AWARD_DECISION_NOMINEE.BONUS_MULTIPLE)));
                    String signer = row.get(AWARD_DECISION.SIGNER_NAME);
                    String ruleSet = row.get(AWARD_DECISION.RULE_SET_CODE);
                    return new Decision(id, entry(row.into(DOCUMENT_REGISTER)), row.get(AWARD_DECISION.PROPOSAL_ID), row.get(AWARD_DECISION.AWARD),
                            row.get(AWARD_DECISION.ACHIEVEMENT), row.get(AWARD_DECISION.FUND), row.get(AWARD_DECISION.EXECUTOR), awardees,
                            signer == null ? null : new Issuer.Signer(row.get(AWARD_DECISION.SIGNER_TITLE), row.get(AWARD_DECISION.SIGNER_RANK), signer),
                            ruleSet == null ? null : new Decision.RuleSetVersion(ruleSet, row.get(AWARD_DECISION.RULE_SET_VERSION)));
                });
    }

    private static Vote vote(CouncilVoteRecord r) {
        return new Vote(r.getId(), r.getPersonId(), r.getName(), r.getRank(), r.getPositionAndUnit(), Boolean.TRUE.equals(r.getCollective()),
                r.getAward(), r.getVotes(), Boolean.TRUE.equals(r.getPassed()), r.getSummary(), r.getUnitId());
    }

    private static RegisterEntry entry(DocumentRegisterRecord r) {
        return new RegisterEntry(r.getId(), DocumentType.ofCode(r.getTypeCode()).orElseThrow(), r.getYear(), r.getSequence(), r.getNumber(),
                r.getIssuedOn(), r.getSubject());
    }
}
