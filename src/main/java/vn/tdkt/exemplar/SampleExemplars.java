package vn.tdkt.exemplar;

import java.time.LocalDate;
import java.util.List;
import vn.tdkt.core.Progress;
import vn.tdkt.doc.DocumentBuilder;
import vn.tdkt.doc.DocumentFormat;
import vn.tdkt.doc.DocumentWriter;
import vn.tdkt.exemplar.PlanItems.SupportKind;
import vn.tdkt.org.Person;
import vn.tdkt.org.RosterEntry;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.RosterService;
import vn.tdkt.org.Unit;
import vn.tdkt.org.UnitNode;
import vn.tdkt.org.UnitService;

/**
 * A dozen fictional models for the demo regiment, spread over the four stages, dated back from today:
 * some are nurtured on time, some have stalled (a milestone past its date, no check for months), a few
 * have generated photos and a small scanned-looking PDF, one is a finished dossier ready to send upward.
 */
final class SampleExemplars {
    private record Plan(String field, String reason, String title, boolean collective) {
    }

    private static final List<Plan> PLANS = List.of(
            new Plan("Huấn luyện", "Bắn súng tiểu liên AK bài 1 đạt giỏi ba năm liền; chủ động kèm cặp chiến sĩ mới.", "Chiến sĩ thi đua cơ sở", false),
            new Plan("Kỹ thuật", "Tự sửa chữa, bảo quản xe máy, khí tài đạt tỷ lệ sẵn sàng cao; có sáng kiến cải tiến giá đỡ sửa chữa.", "Chiến sĩ tiên tiến", false),
            new Plan("Hậu cần", "Tổ chức nhà ăn, tăng gia bảo đảm tiêu chuẩn; quản lý quân nhu chặt chẽ, không để hư hỏng.", "Chiến sĩ thi đua cơ sở", false),
            new Plan("Công tác đảng, công tác chính trị", "Sinh hoạt chi bộ nền nếp, đổi mới hình thức giáo dục chính trị.", "Đơn vị quyết thắng", true),
            new Plan("Dân vận", "Tích cực giúp dân thu hoạch, khắc phục hậu quả mưa lũ; được nhân dân địa phương tin yêu.", "Chiến sĩ tiên tiến", false),
            new Plan("Tăng gia sản xuất", "Mô hình chăn nuôi, trồng rau sạch bảo đảm 70% nhu cầu rau xanh của đơn vị.", "Đơn vị tiên tiến", true),
            new Plan("Văn hóa – thể thao", "Đạt giải nhất hội thao thể thao quốc phòng cấp trung đoàn; duy trì phong trào văn nghệ.", "Chiến sĩ tiên tiến", false),
            new Plan("Huấn luyện", "Tiểu đội huấn luyện giỏi, kết quả kiểm tra các nội dung đều khá, giỏi.", "Đơn vị quyết thắng", true),
            new Plan("Kỹ thuật", "Làm chủ vũ khí, trang bị mới; hướng dẫn đồng đội khai thác, sử dụng thành thạo.", "Chiến sĩ thi đua cơ sở", false),
            new Plan("Hậu cần", "Quản lý doanh trại xanh, sạch, đẹp; tiết kiệm điện, nước, xăng dầu.", "Chiến sĩ tiên tiến", false),
            new Plan("Dân vận", "Phối hợp với địa phương xây dựng cơ sở chính trị vững mạnh.", "Đơn vị tiên tiến", true),
            new Plan("Huấn luyện", "Giáo viên dạy giỏi cấp trung đoàn, soạn giáo án điện tử mẫu.", "Chiến sĩ thi đua cơ sở", false));

    /** Where each model stands: the stage reached, whether it is stalled, and whether it has evidence. */
    private static final Stage[] STAGES = {Stage.REPLICATED, Stage.SUMMARIZED, Stage.NURTURING, Stage.NURTURING, Stage.NURTURING,
        Stage.NURTURING, Stage.DISCOVERED, Stage.DISCOVERED, Stage.NURTURING, Stage.SUMMARIZED, Stage.DISCOVERED, Stage.NURTURING};
    private static final boolean[] STALLED = {false, false, true, false, true, false, true, false, false, false, false, true};

    private final ExemplarService exemplars;
    private final UnitService units;
    private final RosterService roster;
    private final DocumentWriter writer;

    SampleExemplars(ExemplarService exemplars, UnitService units, RosterService roster, DocumentWriter writer) {
        this.exemplars = exemplars;
        this.units = units;
        this.roster = roster;
        this.writer = writer;
    }

    int create(Progress progress) {
        List<RosterEntry> people = roster.search(RosterQuery.ALL).stream()
                .filter(e -> e.person().details().position() == null || !e.person().details().position().contains("trưởng")).toList();
        List<Unit> small = units.tree().stream().map(UnitNode::unit)
                .filter(u -> u.kind() != null && (u.kind().contains("Đại đội") || u.kind().contains("Trung đội"))).toList();
        List<RosterEntry> mentors = roster.search(RosterQuery.ALL).stream()
                .filter(e -> e.person().details().position() != null && e.person().details().position().contains("Chính trị viên")).toList();
        if (people.isEmpty() || small.isEmpty()) {
            return 0;
        }
        // The first model is the roster's first officer, whom the award demo nominates for Chiến sĩ thi đua cơ sở: so the
        // demo's báo cáo thành tích shows a nominee's ĐHTT dossier as the officer would see it.
        String firstOfficer = roster.search(RosterQuery.ALL).stream().map(RosterEntry::person).filter(p -> "Sĩ quan".equals(p.details().category()))
                .map(Person::id).findFirst().orElse(people.get(11 % people.size()).person().id());
        LocalDate today = exemplars.today();
        byte[] pdf = writer.render(DocumentBuilder.create("Bài báo", "Báo Quân khu").title("Báo Quân khu 4",
                "Người chiến sĩ giỏi việc nước, đảm việc nhà").paragraph("Bản chụp bài báo (mẫu hư cấu cho dữ liệu thử).").build(), DocumentFormat.PDF);
        int made = 0;
        for (int i = 0; i < PLANS.size(); i++) {
            progress.checkCancelled();
            Plan plan = PLANS.get(i);
            LocalDate discovered = today.minusDays(STALLED[i] ? 260 + 7L * i
                    : STAGES[i] == Stage.DISCOVERED ? 40 + i : 120 + 30L * STAGES[i].ordinal() + 3L * i);
            String by = "Ban Chính trị";
            Discovery discovery = plan.collective()
                    ? Discovery.ofUnit(small.get((i * 5) % small.size()).id(), plan.field(), plan.reason(), by, discovered, List.of())
                    : Discovery.ofPerson(i == 0 ? firstOfficer : people.get((i * 37 + 11) % people.size()).person().id(), plan.field(), plan.reason(), by,
                            discovered, List.of());
            Exemplar e = exemplars.discover(discovery);
            made++;
            if (STAGES[i] == Stage.DISCOVERED) {
                if (!STALLED[i]) {
                    exemplars.addCheck(e.id(), discovered.plusDays(20), "Gặp gỡ, trao đổi, thống nhất hướng bồi dưỡng.", null, "Xây dựng kế hoạch bồi dưỡng");
                }
                continue;
            }
            LocalDate nurturing = discovered.plusDays(14);
            exemplars.move(e.id(), Stage.NURTURING, nurturing, "Thông qua kế hoạch bồi dưỡng");
            List<RosterEntry> candidates = mentors.isEmpty() ? people : mentors;
            candidates.stream().skip(i % candidates.size()).map(m -> m.person().id()).filter(id -> !id.equals(e.personId())).findFirst()
                    .ifPresent(mentor -> exemplars.setMentor(e.id(), mentor));
            exemplars.putTarget(e.id(), today.getYear(), plan.title());
            exemplars.putTarget(e.id(), today.getYear() + 1, plan.collective() ? "Đơn vị quyết thắng" : "Chiến sĩ thi đua cơ sở");
            var first = exemplars.addMilestone(e.id(), "Hoàn thành bồi dưỡng nội dung " + plan.field().toLowerCase(java.util.Locale.ROOT), nurturing.plusDays(45), "Chính trị viên đại đội");
            exemplars.addMilestone(e.id(), "Báo cáo kết quả, đề nghị kiểm tra", STALLED[i] ? today.minusDays(20) : today.plusDays(40), "Trợ lý tuyên huấn");
            exemplars.addSupport(e.id(), nurturing.plusDays(10), SupportKind.MATERIAL, "Cấp tài liệu, dụng cụ phục vụ huấn luyện, công tác");
            exemplars.addSupport(e.id(), nurturing.plusDays(30), SupportKind.MORAL, "Biểu dương trước đơn vị tại buổi giao ban tháng");
            int checks = STALLED[i] ? 1 : 4;
            for (int c = 0; c < checks; c++) {
                LocalDate on = nurturing.plusDays(25L + 30L * c);
                if (!on.isAfter(today)) {
                    exemplars.addCheck(e.id(), on, c == 0 ? "Thực hiện đúng kế hoạch, kết quả bước đầu tốt." : "Duy trì kết quả, tiến bộ rõ so với tháng trước.",
                            c % 2 == 0 ? "Đạt yêu cầu" : "Khá", "Tiếp tục theo kế hoạch");
                }
            }
            if (!STALLED[i]) {
                exemplars.completeMilestone(e.id(), first.id(), nurturing.plusDays(40));
            }
            if (i % 3 == 0 || STAGES[i].ordinal() >= Stage.SUMMARIZED.ordinal()) {
                exemplars.attach(e.id(), "anh-" + (i + 1) + ".jpg", SampleEvidence.photo(1200, 800, plan.field(), i), "Ảnh hoạt động " + plan.field().toLowerCase(java.util.Locale.ROOT), nurturing.plusDays(20));
            }
            if (STAGES[i].ordinal() < Stage.SUMMARIZED.ordinal()) {
                continue;
            }
            LocalDate summarized = nurturing.plusDays(100);
            exemplars.saveSummary(e.id(), plan.reason() + "\nQua theo dõi, kiểm tra: hoàn thành tốt các mốc của kế hoạch bồi dưỡng; "
                    + "kết quả các lần kiểm tra đều đạt yêu cầu trở lên.", summarized);
            exemplars.move(e.id(), Stage.SUMMARIZED, summarized, "Hội đồng TĐKT đơn vị thông qua báo cáo tổng kết");
            exemplars.attach(e.id(), "bai-bao-" + (i + 1) + ".pdf", pdf, "Bài báo giới thiệu điển hình", summarized.minusDays(5));
            if (STAGES[i] == Stage.REPLICATED) {
                LocalDate replicated = summarized.plusDays(10);
                exemplars.addReplication(e.id(), replicated, "Hội nghị điển hình tiên tiến cấp trung đoàn", "Đại đội 1, Đại đội 5", "Các đơn vị áp dụng cách làm, kết quả tốt");
                exemplars.addMedia(e.id(), "Báo Quân khu 4", replicated.minusDays(2), "Người chiến sĩ giỏi việc nước, đảm việc nhà");
                exemplars.move(e.id(), Stage.REPLICATED, replicated, "Giới thiệu tại hội nghị");
                exemplars.markReady(e.id(), replicated);
            }
        }
        return made;
    }
}
