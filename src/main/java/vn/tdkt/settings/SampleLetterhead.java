package vn.tdkt.settings;

/** The fictional regiment's letterhead that {@code demo} stores. */
final class SampleLetterhead {
    static final Letterhead LETTERHEAD = new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
            "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng",
            "Chính ủy", "Thượng tá", "Trần Đức Hưởng");

    private SampleLetterhead() {
    }
}
