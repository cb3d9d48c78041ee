package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** eligibility, council and awards commands end to end on a real data folder. */
class AwardCommandsTest {
    @TempDir
    Path dir;
    private final vn.tdkt.FolderCommands cli = new vn.tdkt.FolderCommands(() -> dir.resolve("data"));

    @Test
    void eligibilityPrintsEveryCriterionWithItsReason() {
        try (AwardFixture f = new AwardFixture(dir)) {
            f.records.classify(2026, SubjectKind.PERSON, Map.of(f.an.id(), Grade.HTXSNV, f.binh.id(), Grade.HTNV));
            f.records.addPastAward(SubjectKind.PERSON, f.an.id(), 2025, "CSTDCS", "Chiến sĩ thi đua cơ sở", AwardKind.MERIT, "121/QĐ-TrĐ19",
                    LocalDate.of(2025, 12, 19), "Trung đoàn 19");
            f.records.addInitiative(InitiativeKind.INITIATIVE, "Giá ngắm", List.of(f.an.id()), "Bộ Tham mưu", LocalDate.of(2026, 2, 1), Scope.MINISTRY);
        }
        assertThat(cli.run("eligibility", "--year", "2026", "--title", "CSTDTQ", "--unit", "c1")).isZero();
        assertThat(cli.out()).contains("CSTDTQ — Chiến sĩ thi đua toàn quân: đủ điều kiện 0/3")
                .contains("Gần đủ: Nguyễn Văn An — Đại đội 1")
                .contains("✗ Chiến sĩ thi đua cơ sở 3 năm liên tục (chỉ tính khen công trạng): 2024 chưa có, 2025 ✓, 2026 ✓")
                .doesNotContain("Trần Văn Bình");
        assertThat(cli.run("eligibility", "--year", "2026", "--title", "CSTDTQ", "--unit", "c1", "--all")).isZero();
        assertThat(cli.out()).contains("Chưa đủ: Trần Văn Bình");

        assertThat(cli.run("eligibility", "--year", "2026", "--title", "KHONGCO")).isEqualTo(1);
        assertThat(cli.err()).contains("không có danh hiệu hay hình thức mã \"KHONGCO\"");
        assertThat(cli.run("eligibility", "--year", "hai nghìn")).isEqualTo(2);
        assertThat(cli.run("eligibility", "--year", "2026", "--unit", "c9")).isEqualTo(2);
    }

    @Test
    void councilCheckCountsOverTotalMembership() {
        assertThat(cli.run("council", "check", "--title", "CSTDCS", "--members", "10", "--agree", "8")).isZero();
        assertThat(cli.out()).contains("8/10 thành viên đồng ý = 80% tổng số thành viên; cần 80% — ĐẠT");
        assertThat(cli.run("council", "check", "--title", "CSTDTQ", "--members", "10", "--agree", "8")).isEqualTo(1);
        assertThat(cli.out()).contains("cần 90% — KHÔNG ĐẠT");
        assertThat(cli.run("council", "check", "--title", "CSTDCS", "--members", "10", "--agree", "12")).isEqualTo(1);
        assertThat(cli.err()).contains("Số phiếu đồng ý (12)");
        assertThat(cli.run("council", "check", "--title", "CSTDCS", "--members", "mười", "--agree", "8")).isEqualTo(2);
    }

    @Test
    void awardsShowsTheRuleSetAndTheHistory() {
        try (AwardFixture f = new AwardFixture(dir)) {
            f.records.addPastAward(SubjectKind.UNIT, f.c1.id(), 2025, "DVQT", "Đơn vị quyết thắng", AwardKind.MERIT, "15/QĐ-SĐ",
                    LocalDate.of(2025, 12, 28), "Sư đoàn 399");
        }
        assertThat(cli.run("awards", "rules")).isZero();
        assertThat(cli.out()).contains("Bộ quy định Quân đội (army), phiên bản 1").contains("CSTDCS  Chiến sĩ thi đua cơ sở")
                .contains("Tỷ lệ phiếu: 80% · Hệ số thưởng: 1 · Giới hạn: chưa có").contains("118/2023/TT-BQP");
        assertThat(cli.run("awards", "use", "civil")).isZero();
        assertThat(cli.out()).contains("Bộ quy định cơ quan, địa phương");
        assertThat(cli.run("awards", "rules")).isZero();
        assertThat(cli.out()).contains("LDTT  Lao động tiên tiến");
        assertThat(cli.run("awards", "history", "c1")).isZero();
        assertThat(cli.out()).contains("Đại đội 1").contains("2025  Đơn vị quyết thắng  15/QĐ-SĐ  28/12/2025  Sư đoàn 399");
    }

    @Test
    void decisionsListsNumberDateAwardeesAndBonusTotal() {
        assertThat(cli.run("decisions", "list")).isZero();
        assertThat(cli.out()).contains("Chưa có quyết định khen thưởng nào.");
        try (AwardFixture f = new AwardFixture(dir)) {
            f.app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh", "Trung đoàn trưởng",
                    "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Trần Đức Hưởng"));
            f.records.classify(2026, SubjectKind.PERSON, Map.of(f.an.id(), Grade.HTXSNV, f.binh.id(), Grade.HTXSNV));
            DossierSteps steps = new DossierSteps(f.app.database(), f.app.dossiers(), new CouncilBallots(f.app.roster()), f.ruleSets, f.records,
                    f.app.legalRegister(), () -> f.app.settings().letterheadForDocuments().issuer());
            CouncilMeeting meeting = steps.holdMeeting(f.eligibility.report(2026, f.c1.id(), "CSTDCS").titles().getFirst(),
                    new MeetingDraft(LocalDate.of(2026, 11, 10), java.time.LocalTime.of(8, 0), java.time.LocalTime.of(10, 0), "Hội trường",
                            "Thượng tá Trần Đức Hưởng", "Đại úy Lê Văn Tâm", 9, 9, 0, ""),
                    MeetingWording.proposed(f.eligibility.report(2026, f.c1.id(), "CSTDCS").titles().getFirst().rule(), 2026),
                    Map.of(f.an.id(), 9, f.binh.id(), 8));
            Proposal proposal = steps.propose(meeting.id(), "Chiến sĩ thi đua cơ sở", LocalDate.of(2026, 11, 12));
            steps.issue(proposal.id(), LocalDate.of(2026, 11, 15), Map.of(proposal.nominees().get(0).id(), "01", proposal.nominees().get(1).id(), "02"));
        }
        assertThat(cli.run("decisions", "list")).isZero();
        assertThat(cli.out()).contains("01/QĐ-TrĐ19  ngày 15/11/2026  2 cá nhân  tổng tiền thưởng 5.060.000 đồng"
                + "  — danh hiệu Chiến sĩ thi đua cơ sở năm 2026");
        assertThat(cli.run("decisions", "show")).isEqualTo(2);
    }
}
