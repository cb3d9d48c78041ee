package vn.tdkt.award;

import java.time.LocalDate;
import java.util.List;

/** A sáng kiến or đề tài in the register: who made it, who recognised it and when, how far its effect reaches. */
public record Initiative(String id, InitiativeKind kind, String title, List<String> authorIds, String recognisedBy,
                         LocalDate recognisedOn, Scope scope) {
    public Initiative {
        authorIds = List.copyOf(authorIds);
    }
}
