package vn.tdkt.award;

import java.time.LocalDate;

/**
 * One line of a person's or unit's award history: a title or form received in a year, with the decision that gave
 * it (possibly by a higher echelon).
 *
 * @param titleCode the rule set's code when the award is one of its titles (what chains look for); null otherwise
 */
public record PastAward(String id, SubjectKind subjectKind, String subjectId, int year, String titleCode, String titleName,
                        AwardKind kind, String decisionNumber, LocalDate decisionDate, String issuer) {
}
