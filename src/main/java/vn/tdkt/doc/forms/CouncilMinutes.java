package vn.tdkt.doc.forms;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What the Biên bản họp Hội đồng Thi đua – Khen thưởng records. Whether a ballot passed is decided by
 * the rule set in force, so it comes in with the ballot.
 */
public record CouncilMinutes(LocalDate date, LocalTime start, LocalTime end, String venue, String purpose, String chair,
                             String secretary, int members, int present, String absence, List<String> discussion,
                             List<Ballot> ballots, String conclusion) {

    /** One candidate's tally. */
    public record Ballot(String name, String positionAndUnit, String proposed, int votes, boolean passed) {
    }
}
