package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.doc.RegisterEntry;

/** A Quyết định khen thưởng: it cites the Tờ trình it rests on and lists the awardees with their bonus. */
public record Decision(String id, RegisterEntry decision, String proposalId, String award, String achievement, String fund,
                       String executor, List<Awardee> awardees) {
    public Decision {
        awardees = List.copyOf(awardees);
    }

    public LocalDate date() {
        return decision.issuedOn();
    }

    /** A line of the attached list; the bonus is a multiple of the base salary in force on the decision's date. */
    public record Awardee(Vote vote, String goldBookNumber, double bonusMultiple) {
    }
}
