package vn.tdkt.documents;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.TableBuilder;

/**
 * The benchmark's document: a year-end report of about 20 pages, half text sections, half a long ranking table,
 * built straight on the engine so the figure measures the renderers and nothing of a feature.
 */
final class LongReport {
    static final int UNITS = 300;
    static final int SECTIONS = 110;
    private static final String RESULT = "Các cơ quan, đơn vị quán triệt, triển khai thực hiện nghiêm các chỉ thị, hướng dẫn của cấp trên; "
            + "duy trì nền nếp chế độ huấn luyện, sẵn sàng chiến đấu; quản lý chặt chẽ quân số, vũ khí, trang bị; chăm lo đời sống vật chất, "
            + "tinh thần cho bộ đội; kết quả đạt được là cơ sở để đánh giá, bình xét thi đua cuối năm.";

    private LongReport() {
    }

    static Document build(Issuer issuer) {
        DocumentBuilder builder = DocumentBuilder.issued("Báo cáo tổng kết phong trào thi đua năm 2026", issuer, "/BC-" + issuer.unitCode(),
                        LocalDate.of(2026, 12, 5))
                .title("Báo cáo", "Tổng kết phong trào Thi đua Quyết thắng năm 2026")
                .heading1("I. ĐẶC ĐIỂM, TÌNH HÌNH")
                .paragraph("Đơn vị thực hiện nhiệm vụ trong điều kiện có nhiều thuận lợi, đồng thời cũng không ít khó khăn.")
                .heading1("II. KẾT QUẢ THỰC HIỆN");
        for (int i = 0; i < SECTIONS; i++) {
            builder.paragraph(RESULT);
        }
        TableBuilder ranking = TableBuilder.columns(8, 34, 16, 42).header("STT", "Đơn vị", "Điểm thi đua", "Xếp loại");
        for (int i = 0; i < UNITS; i++) {
            double score = 98 - (i * 7) % 25;
            ranking.row(Cell.center(Integer.toString(i + 1)), Cell.text("Đơn vị " + (i + 1)), Cell.center(VietnameseNumbers.decimal(score, 1)),
                    Cell.text(score >= 90 ? "Hoàn thành xuất sắc nhiệm vụ" : "Hoàn thành tốt nhiệm vụ"));
        }
        return builder.heading2("1. Kết quả chấm điểm, xếp loại các đơn vị").table(ranking.build())
                .heading1("III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2027")
                .paragraph("Tiếp tục đẩy mạnh phong trào Thi đua Quyết thắng.")
                .closing(List.of("Lưu: VT, CT."), issuer.commander().signature(""))
                .build();
    }
}
