package vn.tdkt.plan;

import java.time.LocalDate;

/** A value recorded against a target on a date (yes/no: 1 done, 0 not yet). */
public record TargetProgress(String id, String targetId, LocalDate recordedOn, double value, String note) {
}
