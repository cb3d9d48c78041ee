package vn.tdkt.exchange;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.award.CouncilMeeting;
import vn.tdkt.award.Proposal;
import vn.tdkt.award.Vote;
import vn.tdkt.core.AppException;

/**
 * The JSON forms of the award kinds: a Tờ trình with its council meeting and nominees
 * ({@code data/proposal.json}) and the decisions sent down ({@code data/decisions.json}), whose
 * awardees name people and units by the UUIDs they keep across installations. Reading checks every
 * record; the first unreadable one refuses the package, naming it.
 */
final class AwardRecords {
    private AwardRecords() {
    }

    /**
     * One nominee of a Tờ trình. {@code unitId}: a collective's unit by the UUID it keeps across installations
     * (absent in packages written before it was carried, and for a person).
     */
    record NomineeJson(String voteId, String personId, String name, String rank, String positionAndUnit, boolean collective,
                       String award, int votes, boolean passed, String summary, String unitId) {
        static NomineeJson of(Vote v) {
            return new NomineeJson(v.id(), v.personId(), v.name(), v.rank(), v.positionAndUnit(), v.collective(), v.award(), v.votes(),
                    v.passed(), v.summary(), v.collective() ? v.unitId() : null);
        }

        NomineeJson checked() {
            if (voteId == null || need(name) == null || need(award) == null || votes < 0 || (collective && personId != null)
                    || (!collective && unitId != null)) {
                throw new AppException("exchange.error.badRecords", "nominee " + name);
            }
            return new NomineeJson(voteId, personId, need(name), orEmpty(rank),
                    orEmpty(positionAndUnit), collective, need(award), votes, passed, orEmpty(summary), unitId);
        }

        /** The nominee as a ballot line of the receiver's own council, which keeps the person's or unit's UUID. */
        Vote toVote() {
            return new Vote(null, personId, name, rank, positionAndUnit, collective, award, votes, passed, summary, unitId);
        }
    }

    record ProposalJson(String id, String number, String issuedOn, String award, String addressee, String achievement,
                        String minutesNumber, String minutesDate, int members, int present, NomineeJson[] nominees) {
        static ProposalJson of(Proposal p, CouncilMeeting m) {
            return new ProposalJson(p.id(), p.letter().number(), p.date().toString(), p.award(), p.addressee(), p.achievement(),
                    m.minutes().number(), m.date().toString(), m.members(), m.present(),
                    p.nominees().stream().map(NomineeJson::of).toArray(NomineeJson[]::new));
        }

        /** The proposal with every text cleaned to NFC; throws on the first record that cannot be read. */
        ProposalJson checked() {
            if (id == null || need(number) == null || need(award) == null || need(minutesNumber) == null || members <= 0
                    || present < 0 || present > members || nominees == null || nominees.length == 0) {
                throw new AppException("exchange.error.badRecords", "proposal " + number);
            }
            DossierRecords.date(issuedOn, true);
            DossierRecords.date(minutesDate, true);
            NomineeJson[] clean = List.of(nominees).stream().map(NomineeJson::checked).toArray(NomineeJson[]::new);
            if (List.of(clean).stream().map(NomineeJson::voteId).distinct().count() != clean.length) {
                throw new AppException("exchange.error.badRecords", "proposal " + number);
            }
            return new ProposalJson(id, need(number), issuedOn, need(award), orEmpty(addressee), orEmpty(achievement), need(minutesNumber),
                    minutesDate, members, present, clean);
        }

        LocalDate date() {
            return LocalDate.parse(issuedOn);
        }
    }

    /** One line of a decision's list, resolved at the sender to the person or unit it awards. */
    record AwardeeJson(String voteId, String subjectKind, String subjectId, String name, String title) {
    }

    record DecisionJson(String id, String number, String issuedOn, String award, String achievement, AwardeeJson[] awardees) {
        DecisionJson checked() {
            if (id == null || need(number) == null || awardees == null) {
                throw new AppException("exchange.error.badRecords", "decision " + number);
            }
            DossierRecords.date(issuedOn, true);
            for (AwardeeJson a : awardees) {
                if (a == null || a.voteId() == null || a.subjectId() == null || need(a.title()) == null
                        || !("person".equals(a.subjectKind()) || "unit".equals(a.subjectKind()))) {
                    throw new AppException("exchange.error.badRecords", "decision " + number + " — " + (a == null ? "∅" : a.name()));
                }
            }
            return this;
        }

        LocalDate date() {
            return LocalDate.parse(issuedOn);
        }
    }

    record Decisions(DecisionJson[] decisions) {
    }

    private static String need(String text) {
        return DossierRecords.required(text);
    }

    private static String orEmpty(String text) {
        String clean = DossierRecords.clean(text);
        return clean == null ? "" : clean;
    }
}
