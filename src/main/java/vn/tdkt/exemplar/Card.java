package vn.tdkt.exemplar;

import java.time.LocalDate;

/**
 * A model as the board and the list show it, with what makes it stalled: open milestones past their
 * date, and days since the last check (or since it entered its stage when never checked).
 */
public record Card(String id, String subjectName, String unitId, String unitName, String field, Stage stage, LocalDate discoveredOn,
                   LocalDate lastCheckOn, int overdueMilestones, boolean stalledForChecks, boolean ready) {
    public boolean stalled() {
        return overdueMilestones > 0 || stalledForChecks;
    }
}
