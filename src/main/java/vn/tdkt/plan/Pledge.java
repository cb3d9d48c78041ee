package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.List;

/** A giao ước thi đua signed by units of one block: parties in signing order, date, commitments (one a line). */
public record Pledge(String id, int year, String blockId, String title, LocalDate signedOn, List<String> partyUnitIds,
                     List<String> commitments) {
    public Pledge {
        partyUnitIds = List.copyOf(partyUnitIds);
        commitments = List.copyOf(commitments);
    }
}
