package vn.tdkt.plan;

/** How a target is measured: not at all (text only), a percentage, a count, or done / not done. */
public enum Measure {
    NONE, PERCENT, COUNT, YES_NO;

    public String messageKey() {
        return "plan.measure." + name();
    }
}
