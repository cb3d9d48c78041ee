package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.util.List;

/** What a Quyết định khen thưởng says; the bonus of each awardee is already worked out by the feature. */
public record AwardDecision(String number, LocalDate date, String award, String proposer, String proposalNumber,
                            LocalDate proposalDate, String achievement, String fund, String executor,
                            List<Nominee> individuals, List<Nominee> collectives, List<String> recipients) {
}
