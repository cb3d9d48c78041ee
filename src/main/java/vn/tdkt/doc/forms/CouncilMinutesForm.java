package vn.tdkt.doc.forms;

import java.time.format.DateTimeFormatter;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.Signature;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/** Biên bản họp Hội đồng Thi đua – Khen thưởng with the ballot table; the share is over the whole council. */
public final class CouncilMinutesForm {
    private static final DateTimeFormatter HOURS = DateTimeFormatter.ofPattern("HH 'giờ' mm");

    private CouncilMinutesForm() {
    }

    public static Document build(Letterhead letterhead, CouncilMinutes data) {
        String unit = letterhead.unitName();
        TableBuilder ballots = TableBuilder.columns(9, 21, 20, 18, 10, 12, 10)
                .header("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Danh hiệu / hình thức đề nghị", "Số phiếu đồng ý",
                        "Tỷ lệ % (trên tổng số thành viên Hội đồng)", "Kết quả");
        int index = 1;
        for (CouncilMinutes.Ballot ballot : data.ballots()) {
            double share = data.members() == 0 ? 0 : ballot.votes() * 100.0 / data.members();
            ballots.row(Cell.center(Integer.toString(index++)), Cell.text(ballot.name()), Cell.text(ballot.positionAndUnit()),
                    Cell.text(ballot.proposed()), Cell.center(Integer.toString(ballot.votes())),
                    Cell.center(VietnameseNumbers.decimal(share, 1)), Cell.center(ballot.passed() ? "Đạt" : "Không đạt"));
        }
        var builder = FormParts.start("Biên bản họp Hội đồng Thi đua - Khen thưởng", letterhead, "", data.date())
                .title("Biên bản", "Họp Hội đồng Thi đua - Khen thưởng " + unit, data.purpose())
                .paragraph("Hôm nay, vào hồi " + HOURS.format(data.start()) + " " + VietnameseDates.inWords(data.date()) + ", tại "
                        + data.venue() + ", Hội đồng Thi đua - Khen thưởng " + unit + " họp xét đề nghị khen thưởng.")
                .heading1("I. THÀNH PHẦN")
                .bullets(java.util.List.of("Chủ trì: " + data.chair() + ", Chủ tịch Hội đồng.",
                        "Thư ký: " + data.secretary() + ".",
                        "Tổng số ủy viên Hội đồng: " + data.members() + "; có mặt: " + data.present() + "; vắng: "
                                + (data.members() - data.present()) + " (" + data.absence() + ")."))
                .heading1("II. NỘI DUNG")
                .numbered(data.discussion())
                .heading1("III. KẾT QUẢ BỎ PHIẾU")
                .table(ballots.build())
                .heading1("IV. KẾT LUẬN")
                .paragraph(data.conclusion())
                .paragraph("Cuộc họp kết thúc hồi " + HOURS.format(data.end()) + " cùng ngày; biên bản đã được thông qua.");
        return builder.closing(java.util.List.of(),
                        new Signature("", "Thư ký", "", data.secretary()),
                        new Signature("", "Chủ tịch Hội đồng", "", data.chair()))
                .build();
    }
}
