package vn.tdkt.award;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.Run;
import vn.tdkt.doc.Table;
import vn.tdkt.doc.TableBuilder;

/**
 * Quyết định khen thưởng with its attached danh sách, bonuses at the base salary of its date. The list has a part for
 * individuals and one for collectives, in that order, each printed only when it has someone ({@link AwardSides}).
 */
final class AwardDecisionForm {

    private AwardDecisionForm() {
    }

    static Document build(Issuer issuer, List<String> grounds, Decision decision, Proposal proposal, long baseSalary) {
        String unit = issuer.unitName();
        // The commander as recorded on the decision: a later change of the letterhead does not re-sign an old decision.
        Issuer.Signer signer = decision.signer() == null ? issuer.commander() : decision.signer();
        String authority = signer.title() + " " + unit;
        List<Decision.Awardee> individuals = decision.awardees().stream().filter(a -> !a.vote().collective()).toList();
        List<Decision.Awardee> collectives = decision.awardees().stream().filter(a -> a.vote().collective()).toList();
        List<String> basis = new ArrayList<>(grounds);
        basis.add("Xét đề nghị của Hội đồng Thi đua - Khen thưởng " + unit + " tại Tờ trình số " + proposal.letter().number() + " "
                + VietnameseDates.inWords(proposal.date()));
        DocumentBuilder builder = DocumentBuilder.issued("Quyết định tặng " + decision.award(), issuer, decision.decision().number(), decision.date())
                .title("Quyết định", "Về việc tặng " + decision.award())
                .authority(authority)
                .basis(basis)
                .authority("Quyết định:")
                .paragraph(Run.bold("Điều 1. "), Run.plain("Tặng " + decision.award() + " cho " + AwardSides.whom(collectives.size(), individuals.size())
                        + " (có danh sách kèm theo) đã có thành tích " + decision.achievement() + "."))
                .paragraph(Run.bold("Điều 2. "), Run.plain("Mức tiền thưởng thực hiện theo quy định, tính trên mức lương cơ sở "
                        + VietnameseNumbers.grouped(baseSalary) + " đồng, trích từ " + decision.fund() + "."))
                .paragraph(Run.bold("Điều 3. "), Run.plain(decision.executor() + " và các " + AwardSides.kinds(collectives.size(), individuals.size()) + " có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./."))
                .closing(List.of("Như Điều 3;", "Phòng Chính trị " + issuer.superiorBody() + ";", "Lưu: VT, CT."), signer.signature(""))
                .appendix("Danh sách", AwardSides.kinds(collectives.size(), individuals.size()) + " được tặng " + decision.award(),
                        "(Kèm theo Quyết định số " + decision.decision().number() + " " + VietnameseDates.inWords(decision.date()) + " của " + authority + ")");
        AwardSides.list(builder, (nameHeader, awardees) -> list(nameHeader, awardees, baseSalary),
                AwardSides.Side.individuals(individuals), AwardSides.Side.collectives(collectives));
        return builder.build();
    }

    private static Table list(String nameHeader, List<Decision.Awardee> awardees, long baseSalary) {
        TableBuilder table = TableBuilder.columns(8, 25, 28, 10, 18, 11)
                .header("STT", nameHeader, "Cấp bậc, chức vụ, đơn vị", "Số sổ vàng", "Số tiền thưởng (đồng)", "Ghi chú");
        int index = 1;
        long total = 0;
        for (Decision.Awardee awardee : awardees) {
            Vote vote = awardee.vote();
            String who = vote.rank().isBlank() ? vote.positionAndUnit() : vote.rank() + ", " + vote.positionAndUnit();
            long bonus = awardee.bonus(baseSalary);
            table.row(Cell.center(Integer.toString(index++)), Cell.text(vote.name()), Cell.text(who),
                    Cell.center(awardee.goldBookNumber()), Cell.right(VietnameseNumbers.grouped(bonus)), Cell.text(vote.award()));
            total += bonus;
        }
        table.row(Cell.center("Cộng").bold().span(4, 1), Cell.right(VietnameseNumbers.grouped(total)).bold(), Cell.text(""));
        return table.build();
    }
}
