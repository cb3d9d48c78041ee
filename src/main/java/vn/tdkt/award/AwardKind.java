package vn.tdkt.award;

import java.util.Arrays;

/** Loại khen thưởng of a past award; only công trạng awards count toward chains of consecutive years. */
public enum AwardKind {
    MERIT("merit"), ONE_OFF("oneOff"), THEMED("themed"), SERVICE("service"), SENIORITY("seniority"), FOREIGN("foreign");

    private final String code;

    AwardKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public boolean countsTowardChains() {
        return this == MERIT;
    }

    public static AwardKind ofCode(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("award kind " + code));
    }
}
