package vn.tdkt.award;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.tdkt.doc.RegisterEntry;

/**
 * A meeting of the Hội đồng Thi đua – Khen thưởng and its ballot; its Biên bản takes number and date from the
 * sổ văn bản ({@code minutes}).
 *
 * @param members the council's whole membership: a vote's share is over it, absent members voting in writing
 */
public record CouncilMeeting(String id, RegisterEntry minutes, LocalTime start, LocalTime end, String venue, String purpose,
                             String chair, String secretary, int members, int present, String absence, List<String> discussion,
                             String conclusion, List<Vote> votes) {
    public CouncilMeeting {
        discussion = List.copyOf(discussion);
        votes = List.copyOf(votes);
    }

    public LocalDate date() {
        return minutes.issuedOn();
    }
}
