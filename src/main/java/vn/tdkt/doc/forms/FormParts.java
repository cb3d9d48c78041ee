package vn.tdkt.doc.forms;

import java.time.LocalDate;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Signature;
import vn.tdkt.settings.Letterhead;

/** What every form takes from the letterhead: the Decree-30 header and the commander's signature. */
public final class FormParts {
    public static final String LAW = "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;";
    public static final String DECREE = "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 15 tháng 6 năm 2025 của Chính phủ quy định chi tiết một số điều của Luật Thi đua, khen thưởng;";
    public static final String CIRCULAR = "Căn cứ Thông tư số 118/2023/TT-BQP ngày 30 tháng 12 năm 2023 của Bộ trưởng Bộ Quốc phòng hướng dẫn công tác thi đua, khen thưởng trong Quân đội nhân dân Việt Nam;";

    private FormParts() {
    }

    public static DocumentBuilder start(String title, Letterhead letterhead, String number, LocalDate date) {
        return DocumentBuilder.create(title, letterhead.unitName())
                .header(letterhead.superiorBody(), letterhead.unitName(), number, letterhead.placeName(), date);
    }

    /** The commander signs for the unit; rank before the name, as the army writes it. */
    public static Signature commander(Letterhead letterhead, String note) {
        return new Signature("", letterhead.commanderTitle(), note, rankAndName(letterhead.commanderRank(), letterhead.commanderName()));
    }

    public static String rankAndName(String rank, String name) {
        return rank == null || rank.isBlank() ? name : rank + " " + name;
    }
}
