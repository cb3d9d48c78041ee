package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.RegisterEntry;

/**
 * A Quyết định khen thưởng: it cites the Tờ trình it rests on and lists the awardees with their bonus.
 *
 * @param signer  who signed it, as the letterhead named them on the day; null on decisions recorded before signers
 *                were kept, whose form is signed by the letterhead's commander
 * @param ruleSet the rule set it was made under; null on decisions recorded before versions were kept
 */
public record Decision(String id, RegisterEntry decision, String proposalId, String award, String achievement, String fund,
                       String executor, List<Awardee> awardees, Issuer.Signer signer, RuleSetVersion ruleSet) {
    public Decision {
        awardees = List.copyOf(awardees);
    }

    /** A decision without signer or rule set recorded (the shape before they were kept). */
    public Decision(String id, RegisterEntry decision, String proposalId, String award, String achievement, String fund,
                    String executor, List<Awardee> awardees) {
        this(id, decision, proposalId, award, achievement, fund, executor, awardees, null, null);
    }

    public LocalDate date() {
        return decision.issuedOn();
    }

    /** The sum of the awardees' bonuses at {@code baseSalary}, each rounded to the đồng as the list prints it. */
    public long bonusTotal(long baseSalary) {
        return awardees.stream().mapToLong(a -> a.bonus(baseSalary)).sum();
    }

    /** How many awardees are collectives; the rest are individuals. */
    public int collectives() {
        return (int) awardees.stream().filter(a -> a.vote().collective()).count();
    }

    /** A line of the attached list; the bonus is a multiple of the base salary in force on the decision's date. */
    public record Awardee(Vote vote, String goldBookNumber, double bonusMultiple) {
        /** The bonus in đồng, rounded to the đồng. */
        public long bonus(long baseSalary) {
            return Math.round(bonusMultiple * baseSalary);
        }
    }

    /** A rule set as it stood: its code ("army", "civil") and the version in use. */
    public record RuleSetVersion(String code, int version) {
    }
}
