package vn.tdkt.award;

import java.time.LocalDate;

/** A discipline case (or investigation, complaint) about a person or unit; pending while it has no decided date. */
public record DisciplineCase(String id, SubjectKind subjectKind, String subjectId, LocalDate openedOn, LocalDate decidedOn,
                             boolean serious, String description) {
    public boolean pending() {
        return decidedOn == null;
    }
}
