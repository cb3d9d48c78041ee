package vn.tdkt.doc.forms;

import java.util.List;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.settings.Letterhead;

/** Tờ trình đề nghị khen thưởng with its attached danh sách (I. Tập thể, II. Cá nhân). */
public final class ProposalLetterForm {
    private ProposalLetterForm() {
    }

    public static Document build(Letterhead letterhead, ProposalLetter data) {
        String unit = letterhead.unitName();
        return FormParts.start("Tờ trình đề nghị tặng " + data.award(), letterhead, data.number(), data.date())
                .title("Tờ trình", "Về việc đề nghị tặng " + data.award())
                .addressee(data.addressee())
                .basis(FormParts.LAW, FormParts.DECREE, FormParts.CIRCULAR,
                        "Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng " + unit + " " + VietnameseDates.inWords(data.councilDate()) + ",")
                .paragraph(unit + " đề nghị " + data.addresseeShort() + " xem xét, tặng " + data.award() + " cho "
                        + data.collectives().size() + " tập thể và " + data.individuals().size() + " cá nhân đã có thành tích "
                        + data.achievement() + " (có danh sách kèm theo).")
                .paragraph("(Có biên bản, danh sách, báo cáo thành tích của tập thể, cá nhân đề nghị khen thưởng kèm theo)")
                .paragraph(unit + " kính đề nghị " + data.addresseeShort() + " xem xét, quyết định./.")
                .closing(data.recipients(), FormParts.commander(letterhead, ""))
                .appendix("Danh sách", "đề nghị tặng " + data.award(),
                        "(Kèm theo Tờ trình số " + data.number() + " " + VietnameseDates.inWords(data.date()) + " của " + unit + ")")
                .heading1("I. TẬP THỂ")
                .table(list(data.collectives()))
                .heading1("II. CÁ NHÂN")
                .table(list(data.individuals()))
                .build();
    }

    private static vn.tdkt.doc.Table list(List<Nominee> nominees) {
        TableBuilder table = TableBuilder.columns(8, 23, 11, 23, 27, 8)
                .header("STT", "Họ và tên (Tên tập thể)", "Cấp bậc", "Chức vụ, đơn vị", "Tóm tắt thành tích", "Ghi chú");
        int index = 1;
        for (Nominee nominee : nominees) {
            table.row(Integer.toString(index++), nominee.name(), nominee.rank(), nominee.positionAndUnit(), nominee.summary(), nominee.note());
        }
        return table.build();
    }
}
