package vn.tdkt.settings;

import vn.tdkt.demo.SampleSize;

/** The fictional letterhead that {@code demo} stores: the root unit of the sample tree the size builds. */
final class SampleLetterhead {
    static final Letterhead REGIMENT = new Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
            "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng",
            "Chính ủy", "Thượng tá", "Trần Đức Hưởng");
    static final Letterhead DIVISION = new Letterhead("Quân khu 4", "Sư đoàn 399", "SĐ399", "Hà Tĩnh",
            "Sư đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng",
            "Chính ủy", "Đại tá", "Trần Đức Hưởng");

    private SampleLetterhead() {
    }

    static Letterhead of(SampleSize size) {
        return size.division() ? DIVISION : REGIMENT;
    }
}
