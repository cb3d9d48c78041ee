package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.doc.RegisterEntry;

/** A Tờ trình đề nghị khen thưởng: it rests on a council meeting and lists nominees from its ballot. */
public record Proposal(String id, RegisterEntry letter, String meetingId, String award, String addressee, String addresseeShort,
                       String achievement, List<Vote> nominees) {
    public Proposal {
        nominees = List.copyOf(nominees);
    }

    public LocalDate date() {
        return letter.issuedOn();
    }
}
