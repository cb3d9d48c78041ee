package vn.tdkt.plan;

/** A target as lists show it: its unit's name (null: whole unit), the latest value recorded and its status. */
public record TargetView(Target target, String unitName, TargetProgress latest, TargetStatus status) {
}
