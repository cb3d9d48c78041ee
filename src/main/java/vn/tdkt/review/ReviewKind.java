package vn.tdkt.review;

import vn.tdkt.plan.Plan;

/** Sơ kết (the first six months) and tổng kết (the whole year): what each reviews and how the forms name it. */
public enum ReviewKind {
    MIDTERM("midtermReview", "Bao-cao-so-ket", "Sơ kết", 6),
    YEAR_END("yearEndReview", "Bao-cao-tong-ket", "Tổng kết", 12);

    private final String formId;
    private final String fileStem;
    private final String label;
    private final int months;

    ReviewKind(String formId, String fileStem, String label, int months) {
        this.formId = formId;
        this.fileStem = fileStem;
        this.label = label;
        this.months = months;
    }

    public String formId() {
        return formId;
    }

    String fileStem() {
        return fileStem;
    }

    /** "Sơ kết", "Tổng kết": documents are always Vietnamese. */
    public String label() {
        return label;
    }

    /** The months of the plan's year the review looks back on (1 to this). */
    public int months() {
        return months;
    }

    /** "6 tháng đầu năm 2026", "năm 2026". */
    String stretch(int year) {
        return this == MIDTERM ? "6 tháng đầu năm " + year : "năm " + year;
    }

    /** What comes next: "6 tháng cuối năm 2026", "năm 2027". */
    String nextStretch(int year) {
        return this == MIDTERM ? "6 tháng cuối năm " + year : "năm " + (year + 1);
    }

    Plan.Review of(Plan plan) {
        return this == MIDTERM ? plan.midterm() : plan.yearEnd();
    }
}
