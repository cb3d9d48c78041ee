package vn.tdkt.plan;

/**
 * A chỉ tiêu: its text and, when measured, the value to reach (at least): a percentage 0–100, a count,
 * or 1 for a yes/no target. {@code unitId} null means the whole unit.
 */
public record Target(String id, String planId, String unitId, String text, Measure measure, Double targetValue, int sortOrder) {
}
