package vn.tdkt.plan;

import java.time.LocalDate;
import java.util.List;

/** A movement or phase of a plan; {@code scopeUnitIds} empty means every unit takes part. */
public record Movement(String id, String planId, MovementKind kind, String name, LocalDate start, LocalDate end,
                       String content, String criteria, int sortOrder, List<String> scopeUnitIds) {
    public Movement {
        scopeUnitIds = List.copyOf(scopeUnitIds);
    }

    public boolean covers(LocalDate day) {
        return !day.isBefore(start) && !day.isAfter(end);
    }
}
