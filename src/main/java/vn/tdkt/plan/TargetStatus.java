package vn.tdkt.plan;

/** Where a target stands on a day; BEHIND is what the page highlights. */
public enum TargetStatus {
    NOT_MEASURED, NO_DATA, MET, ON_TRACK, BEHIND;

    public String messageKey() {
        return "plan.status." + name();
    }
}
