package vn.tdkt.org;

import java.time.LocalDate;

/**
 * A node of the unit tree (Trung đoàn → Tiểu đoàn → Đại đội…). {@code code} is short and stable
 * ("TrD19", "c2") for the command line and imports; a dissolved unit keeps its people and history.
 */
public record Unit(String id, String parentId, String code, String name, String shortName, String kind,
                   int sortOrder, LocalDate dissolvedOn) {
    public boolean dissolved() {
        return dissolvedOn != null;
    }

    /** The name shown in lists: the short name when the unit has one. */
    public String displayName() {
        return shortName == null ? name : shortName;
    }
}
