package vn.tdkt.org;

import java.time.LocalDate;

/** A person on the roster. One who left (discharged, retired) keeps the record and its awards. */
public record Person(String id, String unitId, PersonDetails details, LocalDate leftOn, String leftReason) {
    public boolean left() {
        return leftOn != null;
    }

    public String fullName() {
        return details.fullName();
    }
}
