package vn.tdkt.award;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.Table;
import vn.tdkt.doc.TableBuilder;

/**
 * Tờ trình đề nghị khen thưởng with its attached danh sách (I. Tập thể, II. Cá nhân — only the sides it names). The council's chair
 * (the commissar) submits it; it cites the legal grounds in force on its date and the Biên bản it rests on.
 */
final class ProposalLetterForm {
    private ProposalLetterForm() {
    }

    static Document build(Issuer issuer, List<String> grounds, Proposal proposal, CouncilMeeting meeting) {
        String unit = issuer.unitName();
        List<Vote> collectives = proposal.nominees().stream().filter(Vote::collective).toList();
        List<Vote> individuals = proposal.nominees().stream().filter(v -> !v.collective()).toList();
        List<String> basis = new ArrayList<>(grounds);
        basis.add("Căn cứ Biên bản họp Hội đồng Thi đua - Khen thưởng " + unit + " số " + meeting.minutes().number() + " "
                + VietnameseDates.inWords(meeting.date()));
        DocumentBuilder builder = DocumentBuilder.issued("Tờ trình đề nghị tặng " + proposal.award(), issuer, proposal.letter().number(), proposal.date())
                .title("Tờ trình", "Về việc đề nghị tặng " + proposal.award())
                .addressee(proposal.addressee())
                .basis(basis)
                .paragraph("Hội đồng Thi đua - Khen thưởng " + unit + " đề nghị " + proposal.addresseeShort() + " xem xét, tặng " + proposal.award()
                        + " cho " + AwardSides.whom(collectives.size(), individuals.size()) + " đã có thành tích "
                        + proposal.achievement() + " (có danh sách kèm theo).")
                .paragraph("(Có biên bản, danh sách, báo cáo thành tích của " + AwardSides.kinds(collectives.size(), individuals.size())
                        + " đề nghị khen thưởng kèm theo)")
                .paragraph("Kính đề nghị " + proposal.addresseeShort() + " xem xét, quyết định./.")
                .closing(List.of("Như trên;", "Lưu: VT, CT."), issuer.commissar().signature(""))
                .appendix("Danh sách", "đề nghị tặng " + proposal.award(),
                        "(Kèm theo Tờ trình số " + proposal.letter().number() + " " + VietnameseDates.inWords(proposal.date()) + " của " + unit + ")");
        AwardSides.list(builder, ProposalLetterForm::list,
                AwardSides.Side.collectives(collectives), AwardSides.Side.individuals(individuals));
        return builder.build();
    }

    private static Table list(String nameHeader, List<Vote> nominees) {
        TableBuilder table = TableBuilder.columns(8, 23, 11, 23, 27, 8)
                .header("STT", nameHeader, "Cấp bậc", "Chức vụ, đơn vị", "Tóm tắt thành tích", "Ghi chú");
        int index = 1;
        for (Vote nominee : nominees) {
            table.row(Integer.toString(index++), nominee.name(), nominee.rank(), nominee.positionAndUnit(), nominee.summary(), nominee.award());
        }
        return table.build();
    }
}
