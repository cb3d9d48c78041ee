package vn.tdkt.plan;

/**
 * The standing wording of a review's lessons and recommendations, which the plan page offers while a review has
 * none of its own: the officer keeps, edits or replaces it, and only what is saved is printed. Documents are always
 * Vietnamese, so this wording is not in the message bundles.
 */
public final class ReviewWording {
    /** Three lessons, one a line. */
    public static final String LESSONS = String.join("\n",
            "Cấp ủy, chỉ huy các cấp lãnh đạo, chỉ đạo phong trào thi đua sát với nhiệm vụ chính trị của đơn vị.",
            "Chỉ tiêu thi đua cụ thể, đo được; theo dõi, đánh giá kết quả thường xuyên, kịp thời.",
            "Phát hiện, bồi dưỡng và nhân rộng điển hình tiên tiến gắn với khen thưởng đúng người, đúng việc.");

    private ReviewWording() {
    }

    /** One paragraph addressed to the political office of the superior body, or to "cấp trên" while the letterhead names none. */
    public static String recommendations(String superiorBody) {
        return "Đề nghị " + (superiorBody == null || superiorBody.isBlank() ? "cấp trên" : "Phòng Chính trị " + superiorBody.strip())
                + " tiếp tục quan tâm chỉ đạo, hướng dẫn và kịp thời khen thưởng các tập thể, cá nhân có thành tích xuất sắc trong phong trào thi đua.";
    }
}
