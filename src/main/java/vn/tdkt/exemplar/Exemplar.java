package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.List;

/**
 * One model: a person ({@code personId}) or a collective ({@code subjectUnitId}), with the names the
 * screens show resolved from the roster and the unit tree.
 */
public record Exemplar(String id, String personId, String subjectUnitId, String unitId, String subjectName, String unitName,
                       String field, String reason, String discoveredBy, LocalDate discoveredOn, List<String> traits,
                       Stage stage, LocalDate stageOn, String mentorId, String mentorName,
                       String summary, LocalDate summaryOn, LocalDate readyOn) {
    public Exemplar {
        traits = List.copyOf(traits);
    }

    public boolean collective() {
        return subjectUnitId != null;
    }
}
