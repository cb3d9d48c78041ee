package vn.tdkt.plan;

import java.time.LocalDate;

/**
 * The kế hoạch thi đua of one year: theme (chủ đề), motto (phương châm), goals (mục tiêu, one a line),
 * the document number and date once issued, and the registration deadline.
 */
public record Plan(String id, int year, String programmeId, String title, String theme, String motto, String goals,
                   String number, LocalDate issuedOn, LocalDate registrationDue) {
    /** The goals, one per line, blank lines dropped. */
    public java.util.List<String> goalLines() {
        return PlanText.lines(goals);
    }
}
