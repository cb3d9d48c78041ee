package vn.tdkt.award;

import java.math.BigDecimal;
import vn.tdkt.core.AppException;

/**
 * A council's secret ballot for one title against the rule's threshold. The share is over the council's whole
 * membership, absent members voting in writing: 8 agreeing of 10 members is 80 % however many were in the room.
 *
 * @param threshold the rule's share in percent
 */
public record BallotCheck(String titleCode, int members, int agree, double threshold) {
    public static BallotCheck of(TitleRule rule, int members, int agree) {
        if (rule.voteThreshold() == null) {
            throw new AppException("award.error.noThreshold", rule.name());
        }
        if (members <= 0 || agree < 0 || agree > members) {
            throw new AppException("award.error.ballot", agree, members);
        }
        return new BallotCheck(rule.code(), members, agree, rule.voteThreshold());
    }

    /** Decimal arithmetic, so that exactly the threshold passes (9 of 10 at 90 %). */
    public boolean passed() {
        return BigDecimal.valueOf(agree).multiply(BigDecimal.valueOf(100))
                .compareTo(BigDecimal.valueOf(threshold).multiply(BigDecimal.valueOf(members))) >= 0;
    }

    public double percent() {
        return agree * 100.0 / members;
    }
}
