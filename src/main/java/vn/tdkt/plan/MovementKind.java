package vn.tdkt.plan;

/** Thường xuyên (the year-round "Thi đua Quyết thắng"), theo chuyên đề, or a time-boxed đợt cao điểm. */
public enum MovementKind {
    YEAR_ROUND, THEMED, PEAK;

    public String messageKey() {
        return "plan.kind." + name();
    }
}
