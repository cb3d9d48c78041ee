package vn.tdkt.exemplar;

import java.time.LocalDate;

/**
 * A model as the board and the list show it, with what makes it stalled: open milestones past their
 * date, and days since the last check (or since it entered its stage when never checked);
 * {@code receivedFrom} names the subordinate unit that sent it (null for the unit's own models).
 */
public record Card(String id, String subjectName, String unitId, String unitName, String field, Stage stage, LocalDate discoveredOn,
                   LocalDate lastCheckOn, int overdueMilestones, boolean stalledForChecks, boolean ready, String receivedFrom) {
    public boolean stalled() {
        return overdueMilestones > 0 || stalledForChecks;
    }

    /** Received in a dossier package: read-only here, its sender keeps it. */
    public boolean received() {
        return receivedFrom != null;
    }
}
