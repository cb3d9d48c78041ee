package vn.tdkt.review;

import java.util.ArrayList;
import java.util.List;
import vn.tdkt.core.VietnameseDates;
import vn.tdkt.core.VietnameseNumbers;
import vn.tdkt.doc.Cell;
import vn.tdkt.doc.Document;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.DocumentType;
import vn.tdkt.doc.Issuer;
import vn.tdkt.doc.Table;
import vn.tdkt.doc.TableBuilder;
import vn.tdkt.plan.Movement;
import vn.tdkt.plan.Plan;
import vn.tdkt.plan.PlanForm;
import vn.tdkt.plan.TargetStatus;
import vn.tdkt.plan.TargetView;
import vn.tdkt.scoring.Scores;
import vn.tdkt.scoring.Standing;

/**
 * Báo cáo sơ kết / tổng kết phong trào thi đua in the structure of forms.md: I. situation, II. results with their
 * tables (targets, the ranking sorted by score, models, awards), III. assessment (ưu điểm, hạn chế, bài học),
 * IV. direction, V. recommendations. Every figure is from {@link ReviewFacts}; the strengths and shortcomings are
 * the targets met and behind. The lessons and recommendations are the officer's words, saved with the review on the
 * plan page.
 */
public final class ReviewForm {
    private ReviewForm() {
    }

    public static Document build(Issuer issuer, ReviewFacts facts) {
        Plan plan = facts.plan();
        ReviewKind kind = facts.kind();
        int year = plan.year();
        // A report to be numbered by hand shows "Số: … /BC-code", as the plan does.
        String number = facts.number() == null ? "/" + DocumentType.REPORT.code() + "-" + issuer.unitCode() : facts.number();
        String movement = facts.programme() == null ? "phong trào thi đua" : "phong trào " + movementName(facts.programme().name());
        DocumentBuilder b = DocumentBuilder.issued(kind.label() + " " + movement + " " + kind.stretch(year), issuer, number, facts.date())
                .title("Báo cáo", kind.label() + " " + movement + " " + kind.stretch(year));

        b.heading1("I. ĐẶC ĐIỂM, TÌNH HÌNH");
        b.paragraph("Thực hiện " + planCitation(plan, issuer) + " về " + lowerFirst(plan.title()) + (plan.theme() == null ? ""
                : ", với chủ đề \"" + plan.theme() + "\"") + ", " + issuer.unitName() + " đã triển khai " + facts.movements().size()
                + " phong trào, đợt thi đua trong " + kind.stretch(year) + ".");
        b.paragraph("Đơn vị thực hiện nhiệm vụ trong điều kiện có nhiều thuận lợi, đồng thời cũng còn không ít khó khăn; "
                + "được sự quan tâm lãnh đạo, chỉ đạo của cấp trên, phong trào thi đua được duy trì thường xuyên.");

        b.heading1("II. KẾT QUẢ THỰC HIỆN");
        b.heading2("1. Công tác lãnh đạo, chỉ đạo");
        b.paragraph("Ban hành " + planCitation(plan, issuer) + (plan.registrationDue() == null ? "" : "; tổ chức đăng ký thi đua, hạn đăng ký "
                + VietnameseDates.inWords(plan.registrationDue())) + "; triển khai các phong trào, đợt thi đua sau:");
        if (!facts.movements().isEmpty()) {
            b.table(movements(facts.movements()));
        }
        b.heading2("2. Kết quả thực hiện các chỉ tiêu thi đua");
        if (facts.targets().isEmpty()) {
            b.paragraph("Kế hoạch không đặt chỉ tiêu đo được.");
        } else {
            b.table(targets(facts.targets()));
        }
        b.heading2("3. Kết quả chấm điểm, xếp loại thi đua");
        if (facts.rankings().isEmpty()) {
            b.paragraph("Chưa có kỳ chấm điểm thi đua nào của các đơn vị trong " + kind.stretch(year) + ".");
        }
        for (ReviewFacts.Ranking ranking : facts.rankings()) {
            b.paragraph("Kết quả chấm điểm " + lowerFirst(ranking.periodTitle()) + " (xếp theo tổng điểm):").table(ranking(ranking.standings()));
        }
        b.heading2("4. Công tác phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến");
        if (facts.models().isEmpty()) {
            b.paragraph("Trong " + kind.stretch(year) + " chưa phát hiện điển hình tiên tiến nào.");
        } else {
            b.paragraph("Đến ngày " + VietnameseDates.shortForm(facts.date()) + ", đơn vị theo dõi " + facts.models().size() + " điển hình tiên tiến:")
                    .table(models(facts.models()));
        }
        b.heading2("5. Công tác khen thưởng");
        if (facts.awards().isEmpty()) {
            b.paragraph("Trong " + kind.stretch(year) + " chưa có quyết định khen thưởng nào.");
        } else {
            int collectives = facts.awards().stream().mapToInt(ReviewFacts.Award::collectives).sum();
            int people = facts.awards().stream().mapToInt(ReviewFacts.Award::people).sum();
            long decisions = facts.awards().stream().map(ReviewFacts.Award::decisionNumber).distinct().count();
            b.paragraph("Khen thưởng " + collectives + " lượt tập thể và " + people + " lượt cá nhân theo " + decisions + " quyết định:")
                    .table(awards(facts.awards()));
        }

        b.heading1("III. ĐÁNH GIÁ CHUNG");
        b.heading2("1. Ưu điểm");
        b.bullets(strengths(facts));
        b.heading2("2. Hạn chế, khuyết điểm và nguyên nhân");
        b.bullets(shortcomings(facts));
        // A draft whose lessons or recommendations are not written leaves the section out rather than print it empty;
        // the check refuses to issue it (ReviewDocuments.check).
        Plan.Review review = kind.of(plan);
        if (!review.lessonLines().isEmpty()) {
            b.heading2("3. Bài học kinh nghiệm");
            b.bullets(review.lessonLines());
        }

        b.heading1("IV. PHƯƠNG HƯỚNG, NHIỆM VỤ " + kind.nextStretch(year).toUpperCase(java.util.Locale.ROOT));
        b.bullets(direction(facts));
        if (!review.recommendationParagraphs().isEmpty()) {
            b.heading1("V. KIẾN NGHỊ, ĐỀ XUẤT");
            review.recommendationParagraphs().forEach(b::paragraph);
        }
        List<String> recipients = List.of(issuer.superiorBody().isBlank() ? "Cấp trên (để báo cáo);"
                : "Phòng Chính trị " + issuer.superiorBody() + " (để báo cáo);", "Các cơ quan, đơn vị;", "Lưu: VT, CT.");
        return b.closing(recipients, issuer.commander().signature("")).build();
    }

    /** "Kế hoạch số 12/KH-TrĐ19 ngày 02 tháng 01 năm 2026 của Trung đoàn 19", or "Kế hoạch năm 2026" before it is issued. */
    private static String planCitation(Plan plan, Issuer issuer) {
        if (plan.issuedOn() == null) {
            return "Kế hoạch thi đua năm " + plan.year() + " của " + issuer.unitName();
        }
        return "Kế hoạch" + (plan.number() == null ? "" : " số " + plan.number()) + " " + VietnameseDates.inWords(plan.issuedOn())
                + " của " + issuer.unitName();
    }

    private static Table movements(List<Movement> movements) {
        TableBuilder table = TableBuilder.columns(8, 62, 30).header("STT", "Phong trào, đợt thi đua", "Thời gian");
        int index = 1;
        for (Movement m : movements) {
            table.row(Cell.center(Integer.toString(index++)), Cell.text(m.name()),
                    Cell.center(VietnameseDates.shortForm(m.start()) + " - " + VietnameseDates.shortForm(m.end())));
        }
        return table.build();
    }

    private static Table targets(List<TargetView> targets) {
        TableBuilder table = TableBuilder.columns(8, 44, 16, 14, 18).header("STT", "Chỉ tiêu", "Mức phấn đấu", "Kết quả", "Đánh giá");
        int index = 1;
        for (TargetView view : targets) {
            table.row(Cell.center(Integer.toString(index++)), Cell.text(view.target().text()), Cell.center(PlanForm.level(view.target())),
                    Cell.center(PlanForm.result(view.target(), view.latest())), Cell.center(status(view.status())));
        }
        return table.build();
    }

    private static String status(TargetStatus status) {
        return switch (status) {
            case MET -> "Đã đạt";
            case ON_TRACK -> "Đúng tiến độ";
            case BEHIND -> "Chậm tiến độ";
            case NO_DATA -> "Chưa có số liệu";
            case NOT_MEASURED -> "";
        };
    }

    private static Table ranking(List<Standing> standings) {
        TableBuilder table = TableBuilder.columns(11, 41, 17, 31).header("Hạng", "Đơn vị", "Tổng điểm", "Xếp loại");
        for (Standing s : standings) {
            table.row(Cell.center(Integer.toString(s.rank())), Cell.text(s.member().name()), Cell.center(Scores.format(s.totals().total())),
                    Cell.center(s.band()));
        }
        return table.build();
    }

    private static Table models(List<ReviewFacts.Model> models) {
        TableBuilder table = TableBuilder.columns(8, 34, 24, 20, 14).header("STT", "Điển hình", "Đơn vị", "Lĩnh vực", "Giai đoạn");
        int index = 1;
        for (ReviewFacts.Model m : models) {
            table.row(Cell.center(Integer.toString(index++)), Cell.text(m.name()), Cell.text(m.unitName()), Cell.text(m.field() == null ? "" : m.field()),
                    Cell.center(m.stage()));
        }
        return table.build();
    }

    private static Table awards(List<ReviewFacts.Award> awards) {
        TableBuilder table = TableBuilder.columns(8, 36, 32, 12, 12).header("STT", "Danh hiệu, hình thức khen thưởng", "Quyết định", "Tập thể", "Cá nhân");
        int index = 1;
        for (ReviewFacts.Award a : awards) {
            table.row(Cell.center(Integer.toString(index++)), Cell.text(a.award()),
                    Cell.text("Số " + a.decisionNumber() + " ngày " + VietnameseDates.shortForm(a.decisionDate())),
                    Cell.center(Integer.toString(a.collectives())), Cell.center(Integer.toString(a.people())));
        }
        return table.build();
    }

    /** The targets met or on schedule, the units in the top band, the models carried to replication. */
    private static List<String> strengths(ReviewFacts facts) {
        List<String> lines = new ArrayList<>();
        for (TargetView view : facts.targets()) {
            if (view.status() == TargetStatus.MET || view.status() == TargetStatus.ON_TRACK) {
                lines.add(view.target().text() + ": " + (view.status() == TargetStatus.MET ? "đã đạt" : "đúng tiến độ")
                        + resultNote(view) + ".");
            }
        }
        for (ReviewFacts.Ranking ranking : facts.rankings()) {
            if (!ranking.standings().isEmpty()) {
                Standing top = ranking.standings().getFirst();
                lines.add(ranking.periodTitle() + ": " + top.member().name() + " dẫn đầu với " + Scores.format(top.totals().total()) + " điểm"
                        + (top.band().isEmpty() ? "" : ", xếp loại " + lowerFirst(top.band())) + ".");
            }
        }
        long replicated = facts.models().stream().filter(m -> m.stage().equals(vn.tdkt.exemplar.Stage.REPLICATED.documentLabel())).count();
        if (replicated > 0) {
            lines.add("Nhân rộng " + replicated + " điển hình tiên tiến.");
        }
        if (lines.isEmpty()) {
            lines.add("Chưa có chỉ tiêu nào đạt hoặc đúng tiến độ theo số liệu theo dõi đến ngày " + VietnameseDates.shortForm(facts.date()) + ".");
        }
        return lines;
    }

    /** The targets behind schedule or without figures. */
    private static List<String> shortcomings(ReviewFacts facts) {
        List<String> lines = new ArrayList<>();
        for (TargetView view : facts.targets()) {
            if (view.status() == TargetStatus.BEHIND) {
                lines.add(view.target().text() + ": chậm tiến độ" + resultNote(view) + ", mức phấn đấu " + PlanForm.level(view.target()) + ".");
            } else if (view.status() == TargetStatus.NO_DATA) {
                lines.add(view.target().text() + ": chưa có số liệu theo dõi.");
            }
        }
        if (lines.isEmpty()) {
            lines.add("Không có chỉ tiêu nào chậm tiến độ theo số liệu theo dõi đến ngày " + VietnameseDates.shortForm(facts.date()) + ".");
        }
        return lines;
    }

    private static String resultNote(TargetView view) {
        String result = PlanForm.result(view.target(), view.latest());
        return result.isEmpty() ? "" : " (" + result + ")";
    }

    /** After a sơ kết: the targets to catch up and the movements still ahead; after a tổng kết: the next year's plan. */
    private static List<String> direction(ReviewFacts facts) {
        List<String> lines = new ArrayList<>();
        for (TargetView view : facts.targets()) {
            if (view.status() == TargetStatus.BEHIND || view.status() == TargetStatus.NO_DATA) {
                lines.add("Tập trung thực hiện chỉ tiêu: " + lowerFirst(view.target().text()) + ".");
            }
        }
        if (facts.kind() == ReviewKind.MIDTERM && facts.plan().yearEnd().date() != null) {
            lines.add("Tổng kết phong trào thi đua năm " + facts.plan().year() + " vào ngày " + VietnameseDates.shortForm(facts.plan().yearEnd().date())
                    + "; bình xét danh hiệu thi đua và đề nghị khen thưởng theo quy định.");
        }
        if (facts.kind() == ReviewKind.YEAR_END) {
            lines.add("Xây dựng kế hoạch, phát động phong trào thi đua năm " + (facts.plan().year() + 1) + "; tổ chức đăng ký thi đua ngay từ đầu năm.");
        }
        lines.add("Tiếp tục phát hiện, bồi dưỡng, nhân rộng điển hình tiên tiến; khen thưởng kịp thời các tập thể, cá nhân có thành tích.");
        return lines;
    }

    /** "Thi đua Quyết thắng giai đoạn 2026 - 2030" → "Thi đua Quyết thắng": the report names the movement, its year says when. */
    private static String movementName(String programme) {
        return programme.replaceFirst("\\s+giai đoạn.*$", "");
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
