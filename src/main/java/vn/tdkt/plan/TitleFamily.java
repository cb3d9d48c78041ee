package vn.tdkt.plan;

/** One registers at most one of each per year: a danh hiệu thi đua and a hình thức khen thưởng. */
public enum TitleFamily {
    TITLE, AWARD;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static TitleFamily ofCode(String code) {
        return valueOf(code.toUpperCase(java.util.Locale.ROOT));
    }
}
