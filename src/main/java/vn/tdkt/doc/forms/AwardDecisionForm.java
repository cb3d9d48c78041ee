package vn.tdkt.doc.forms;

import java.util.List;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/** Quyết định khen thưởng with its attached danh sách (I. Cá nhân, II. Tập thể). */
public final class AwardDecisionForm {
    private AwardDecisionForm() {
    }

    public static Document build(Letterhead letterhead, AwardDecision data) {
        String unit = letterhead.unitName();
        return FormParts.start("Quyết định tặng " + data.award(), letterhead, data.number(), data.date())
                .title("Quyết định", "Về việc tặng " + data.award())
                .authority(letterhead.commanderTitle() + " " + unit)
                .basis(FormParts.LAW, FormParts.DECREE, FormParts.CIRCULAR,
                        "Xét đề nghị của " + data.proposer() + " tại Tờ trình số " + data.proposalNumber() + " "
                                + VietnameseDates.inWords(data.proposalDate()) + ",")
                .authority("Quyết định:")
                .paragraph(vn.tdkt.doc.Run.bold("Điều 1. "), vn.tdkt.doc.Run.plain("Tặng " + data.award() + " cho "
                        + data.collectives().size() + " tập thể và " + data.individuals().size() + " cá nhân (có danh sách kèm theo) đã có thành tích "
                        + data.achievement() + "."))
                .paragraph(vn.tdkt.doc.Run.bold("Điều 2. "), vn.tdkt.doc.Run.plain("Mức tiền thưởng thực hiện theo quy định, trích từ " + data.fund() + "."))
                .paragraph(vn.tdkt.doc.Run.bold("Điều 3. "), vn.tdkt.doc.Run.plain(data.executor()
                        + " và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."))
                .closing(data.recipients(), FormParts.commander(letterhead, ""))
                .appendix("Danh sách", "tập thể, cá nhân được tặng " + data.award(),
                        "(Kèm theo Quyết định số " + data.number() + " " + VietnameseDates.inWords(data.date()) + " của "
                                + letterhead.commanderTitle() + " " + unit + ")")
                .heading1("I. CÁ NHÂN")
                .table(list(data.individuals()))
                .heading1("II. TẬP THỂ")
                .table(list(data.collectives()))
                .build();
    }

    private static vn.tdkt.doc.Table list(List<Nominee> nominees) {
        TableBuilder table = TableBuilder.columns(8, 25, 28, 10, 18, 11)
                .header("STT", "Họ và tên / Tên tập thể", "Cấp bậc, chức vụ, đơn vị", "Số sổ vàng", "Số tiền thưởng (đồng)", "Ghi chú");
        int index = 1;
        long total = 0;
        for (Nominee nominee : nominees) {
            String who = FormParts.rankAndName(nominee.rank(), "").isBlank() ? nominee.positionAndUnit()
                    : nominee.rank() + ", " + nominee.positionAndUnit();
            table.row(Cell.center(Integer.toString(index++)), Cell.text(nominee.name()), Cell.text(who),
                    Cell.center(nominee.goldBookNumber()), Cell.right(VietnameseNumbers.grouped(nominee.bonus())), Cell.text(nominee.note()));
            total += nominee.bonus();
        }
        table.row(Cell.center("Cộng").bold().span(4, 1), Cell.right(VietnameseNumbers.grouped(total)).bold(), Cell.text(""));
        return table.build();
    }
}
