package vn.tdkt.plan;

import java.util.List;

/** A khối thi đua of a year: peer units ranked together, one of them the head (trưởng khối). */
public record Block(String id, int year, String name, String headUnitId, List<String> memberUnitIds) {
    public Block {
        memberUnitIds = List.copyOf(memberUnitIds);
    }
}
