package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.demo.SampleSize;
import vn.tdkt.plan.Plan;

/** The consistency check names, in Vietnamese, each contradiction planted in the demo's dossier, and finds none before. */
class DossierCheckTest {
    private static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-29T03:00:00Z"), ZoneOffset.ofHours(7));

    @TempDir
    Path temp;
    private AppContext app;

    @BeforeEach
    void demo() {
        app = AppContext.open(new DataFolder(temp), TODAY);
        app.sampleData().fill(SampleSize.SMALL, vn.tdkt.core.Progress.NONE);
        assertThat(app.documentServices().contradictions()).isEmpty();
    }

    @AfterEach
    void close() {
        app.close();
    }

    private List<String> found() {
        Messages messages = Messages.vietnamese();
        return app.documentServices().contradictions().stream().map(c -> messages.get(c.messageKey(), c.argArray())).toList();
    }

    @Test
    void aNomineeTheCouncilRejectedOnATờTrình() {
        CouncilMeeting meeting = app.dossiers().meetings().getFirst();
        Vote rejected = meeting.votes().stream().filter(v -> !v.passed()).findFirst().orElseThrow();
        app.dossiers().propose(meeting.date().plusDays(1), new Proposal(null, null, meeting.id(), "Giấy khen", "Trung đoàn trưởng Trung đoàn 19",
                "Trung đoàn trưởng", "xuất sắc", List.of(rejected)));
        assertThat(found()).containsExactly("Tờ trình số 03/TTr-TrĐ19 đề nghị " + rejected.name()
                + ", nhưng theo Biên bản số 01/BB-TrĐ19 Hội đồng đã bỏ phiếu \"Không đạt\".");
    }

    @Test
    void aDecisionDatedBeforeItsProposalAndOneAwardingSomeoneNotProposed() {
        Proposal proposal = app.dossiers().proposals().getFirst();
        Vote rejected = app.dossiers().meetings().getFirst().votes().stream().filter(v -> !v.passed()).findFirst().orElseThrow();
        app.dossiers().decide(proposal.date().minusDays(2), new Decision(null, null, proposal.id(), "Giấy khen", "xuất sắc", "quỹ thi đua",
                "Chủ nhiệm Chính trị", List.of(new Decision.Awardee(rejected, "09", 1.0))));
        assertThat(found()).containsExactly(
                "Quyết định số 03/QĐ-TrĐ19 ngày 21/11/2026 đề ngày trước Tờ trình số 02/TTr-TrĐ19 ngày 23/11/2026 mà quyết định căn cứ vào.",
                "Quyết định số 03/QĐ-TrĐ19 khen thưởng " + rejected.name() + ", nhưng Tờ trình số 02/TTr-TrĐ19 không đề nghị người này.");
    }

    @Test
    void aTờTrìnhDatedBeforeTheMinutesItRestsOn() {
        CouncilMeeting meeting = app.dossiers().meetings().getFirst();
        app.dossiers().propose(meeting.date().minusDays(1), new Proposal(null, null, meeting.id(), "Giấy khen", "Trung đoàn trưởng Trung đoàn 19",
                "Trung đoàn trưởng", "xuất sắc", List.of()));
        assertThat(found()).containsExactly("Tờ trình số 03/TTr-TrĐ19 ngày 19/11/2026 đề ngày trước Biên bản họp Hội đồng số 01/BB-TrĐ19 "
                + "ngày 20/11/2026 mà tờ trình căn cứ vào.");
    }

    @Test
    void aPlanWhoseDeadlinePrecedesIt() {
        Plan plan = app.plan().plans().planOfYear(2026).orElseThrow();
        app.plan().plans().savePlan(new Plan(plan.id(), plan.year(), plan.programmeId(), plan.title(), plan.theme(), plan.motto(), plan.goals(),
                "01/KH-TrĐ19", java.time.LocalDate.of(2026, 1, 20), java.time.LocalDate.of(2026, 1, 15)));
        assertThat(found()).containsExactly("Kế hoạch số 01/KH-TrĐ19 ngày 20/01/2026 đặt hạn đăng ký thi đua vào ngày 15/01/2026, "
                + "trước cả ngày ban hành kế hoạch.");
    }

    @Test
    void aDecisionWithNoBaseSalaryInForceOnItsDate() {
        app.legalRegister().salaries().forEach(app.legalRegister()::deleteSalary);
        assertThat(found()).containsExactly(
                "Quyết định số 02/QĐ-TrĐ19 ngày 26/11/2026: chưa có mức lương cơ sở áp dụng vào ngày này (Cài đặt → Lương cơ sở).",
                "Quyết định số 01/QĐ-TrĐ19 ngày 26/11/2026: chưa có mức lương cơ sở áp dụng vào ngày này (Cài đặt → Lương cơ sở).");
    }
}
