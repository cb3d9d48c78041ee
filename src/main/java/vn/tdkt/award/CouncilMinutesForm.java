package vn.tdkt.award;

import java.util.List;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.Signature;
import vn.tdkt.doc.TableBuilder;

/** Biên bản họp Hội đồng Thi đua – Khen thưởng with the ballot table; the share is over the whole council. */
final class CouncilMinutesForm {
    private CouncilMinutesForm() {
    }

    static Document build(Issuer issuer, CouncilMeeting meeting) {
        String unit = issuer.unitName();
        TableBuilder ballots = TableBuilder.columns(9, 21, 20, 18, 10, 12, 10)
                .header("STT", "Họ và tên / Tên tập thể", "Chức vụ, đơn vị", "Danh hiệu / hình thức đề nghị", "Số phiếu đồng ý",
                        "Tỷ lệ % (trên tổng số thành viên Hội đồng)", "Kết quả");
        int index = 1;
        for (Vote vote : meeting.votes()) {
            double share = meeting.members() == 0 ? 0 : vote.votes() * 100.0 / meeting.members();
            ballots.row(Cell.center(Integer.toString(index++)), Cell.text(vote.name()), Cell.text(vote.positionAndUnit()),
                    Cell.text(vote.award()), Cell.center(Integer.toString(vote.votes())),
                    Cell.center(VietnameseNumbers.decimal(share, 1)), Cell.center(vote.passed() ? "Đạt" : "Không đạt"));
        }
        return DocumentBuilder.issued("Biên bản họp Hội đồng Thi đua - Khen thưởng", issuer, meeting.minutes().number(), meeting.date())
                .title("Biên bản", "Họp Hội đồng Thi đua - Khen thưởng " + unit, meeting.purpose())
                .paragraph("Hôm nay, vào hồi " + VietnameseDates.hours(meeting.start()) + " " + VietnameseDates.inWords(meeting.date()) + ", tại "
                        + meeting.venue() + ", Hội đồng Thi đua - Khen thưởng " + unit + " họp xét đề nghị khen thưởng.")
                .heading1("I. THÀNH PHẦN")
                .bullets(List.of("Chủ trì: " + meeting.chair() + ", Chủ tịch Hội đồng.",
                        "Thư ký: " + meeting.secretary() + ".",
                        "Tổng số ủy viên Hội đồng: " + meeting.members() + "; có mặt: " + meeting.present() + "; vắng: "
                                + (meeting.members() - meeting.present()) + (meeting.absence().isBlank() ? "." : " (" + meeting.absence() + ").")))
                .heading1("II. NỘI DUNG")
                .numbered(meeting.discussion())
                .heading1("III. KẾT QUẢ BỎ PHIẾU")
                .table(ballots.build())
                .heading1("IV. KẾT LUẬN")
                .paragraph(meeting.conclusion())
                .paragraph("Cuộc họp kết thúc hồi " + VietnameseDates.hours(meeting.end()) + " cùng ngày; biên bản đã được thông qua.")
                .closing(List.of(), new Signature("", "Thư ký", "", meeting.secretary()), new Signature("", "Chủ tịch Hội đồng", "", meeting.chair()))
                .build();
    }
}
