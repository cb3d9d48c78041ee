package vn.tdkt.exemplar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.exemplar.PlanItems.StageChange;
import vn.tdkt.exemplar.PlanItems.SupportKind;

/** The lifecycle on a real database: stages and history, stalled models, completeness, bad input. */
class ExemplarServiceTest {
    @TempDir
    Path dir;
    private ExemplarFixture f;
    private final Messages vi = new Messages(java.util.Locale.forLanguageTag("vi"));

    @BeforeEach
    void open() {
        f = new ExemplarFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aModelMovesOneStageAtATimeAndKeepsItsHistory() {
        Exemplar e = f.discoverHung();
        assertThat(e.stage()).isEqualTo(Stage.DISCOVERED);
        assertThat(e.subjectName()).isEqualTo("Nguyễn Văn Hùng");
        assertThat(e.unitName()).isEqualTo("Đại đội 1");

        assertThatThrownBy(() -> f.exemplars.move(e.id(), Stage.SUMMARIZED, f.today(), null))
                .isInstanceOf(AppException.class).extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.skipStage");
        f.exemplars.move(e.id(), Stage.NURTURING, f.today().minusDays(5), "Thông qua kế hoạch");
        assertThatThrownBy(() -> f.exemplars.move(e.id(), Stage.DISCOVERED, f.today(), "  "))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.backNeedsReason");
        assertThatThrownBy(() -> f.exemplars.move(e.id(), Stage.SUMMARIZED, f.today().minusDays(6), null))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.moveBefore");
        f.exemplars.move(e.id(), Stage.DISCOVERED, f.today(), "Chưa đủ điều kiện, theo dõi thêm");

        assertThat(f.exemplars.get(e.id()).stage()).isEqualTo(Stage.DISCOVERED);
        assertThat(f.exemplars.history(e.id())).extracting(StageChange::from, StageChange::to, StageChange::note).containsExactly(
                tuple(null, Stage.DISCOVERED, null),
                tuple(Stage.DISCOVERED, Stage.NURTURING, "Thông qua kế hoạch"),
                tuple(Stage.NURTURING, Stage.DISCOVERED, "Chưa đủ điều kiện, theo dõi thêm"));
        assertThat(f.app.audit().history("exemplar", e.id())).extracting(a -> a.action() + ":" + a.newValue())
                .contains("update:NURTURING", "update:DISCOVERED");
    }

    @Test
    void aModelStallsWhenNotCheckedForLongerThanTheSettingOrAMilestoneIsLate() {
        Exemplar e = f.discoverHung();
        f.exemplars.move(e.id(), Stage.NURTURING, f.today(), null);
        f.exemplars.addCheck(e.id(), f.today(), "Đạt yêu cầu", null, null);
        f.exemplars.saveSettings(new ExemplarSettings(30, 20, 3, ExemplarSettings.TraitList.ARMY));
        assertThat(f.exemplars.stalled()).isEmpty();

        f.clock.advanceDays(30);
        assertThat(f.exemplars.stalled()).as("exactly the setting is not yet longer").isEmpty();
        f.clock.advanceDays(1);
        assertThat(f.exemplars.stalled()).extracting(Card::id, Card::stalledForChecks, Card::overdueMilestones).containsExactly(tuple(e.id(), true, 0));

        f.exemplars.addCheck(e.id(), f.today(), "Tiến bộ", "Khá", null);
        assertThat(f.exemplars.stalled()).isEmpty();

        var milestone = f.exemplars.addMilestone(e.id(), "Bắn đạn thật đạt giỏi", f.today().plusDays(3), "Trung đội trưởng");
        f.clock.advanceDays(4);
        assertThat(f.exemplars.stalled()).extracting(Card::overdueMilestones).containsExactly(1);
        f.exemplars.completeMilestone(e.id(), milestone.id(), f.today());
        assertThat(f.exemplars.stalled()).isEmpty();
    }

    @Test
    void aNeverCheckedDiscoveryStallsFromItsDiscoveryDate() {
        Exemplar e = f.exemplars.discover(Discovery.ofUnit(f.company.id(), "Tăng gia sản xuất", "Rau xanh đủ 70% nhu cầu", "Ban Hậu cần",
                f.today(), List.of()));
        f.clock.advanceDays(91);
        assertThat(f.exemplars.stalled()).extracting(Card::id, Card::subjectName).containsExactly(tuple(e.id(), "Đại đội 1"));
        assertThat(f.exemplars.countsByStage()).containsEntry(Stage.DISCOVERED, 1L).containsEntry(Stage.NURTURING, 0L);
    }

    @Test
    void aDossierIsReadyOnlyWhenEveryPartIsThere() {
        Exemplar e = f.discoverHung();
        assertThatThrownBy(() -> f.exemplars.markReady(e.id(), f.today()))
                .satisfies(x -> assertThat(vi.get(((AppException) x).messageKey(), ((AppException) x).args()))
                        .isEqualTo("Hồ sơ chưa đủ để gửi lên: còn thiếu Kế hoạch bồi dưỡng (lộ trình, mốc, người kèm cặp) (tổng 5 mục chưa đạt)."));
        f.exemplars.move(e.id(), Stage.NURTURING, f.today().minusDays(9), null);
        f.exemplars.setMentor(e.id(), f.mentor.id());
        f.exemplars.putTarget(e.id(), 2026, "Chiến sĩ thi đua cơ sở");
        f.exemplars.addMilestone(e.id(), "Kiểm tra bắn", f.today().plusDays(10), "Đại đội trưởng");
        f.exemplars.addSupport(e.id(), f.today(), SupportKind.MORAL, "Biểu dương trước đơn vị");
        for (int i = 0; i < 3; i++) {
            f.exemplars.addCheck(e.id(), f.today().minusDays(i), "Đạt", null, null);
        }
        f.exemplars.saveSummary(e.id(), "Bắn giỏi 3 năm liền.\nKèm cặp 5 chiến sĩ mới.", f.today());
        f.exemplars.attach(e.id(), "anh.jpg", SampleEvidence.photo(300, 200, "x", 1), "Ảnh", f.today());
        assertThat(f.exemplars.completeness(e.id()).missing()).containsExactly(Completeness.Part.REPLICATION);
        f.exemplars.addReplication(e.id(), f.today(), "Hội nghị điển hình tiên tiến trung đoàn", "Đại đội 2", "Áp dụng tốt");
        f.exemplars.markReady(e.id(), f.today());
        assertThat(f.exemplars.get(e.id()).readyOn()).isEqualTo(f.today());
        assertThat(f.exemplars.cards()).extracting(Card::ready).containsExactly(true);
    }

    @Test
    void badInputIsRefusedWithAVietnameseReasonAndNothingIsStored() {
        assertThatThrownBy(() -> f.exemplars.discover(Discovery.ofPerson(f.hung.id(), " ", "Lý do", "Ban Chính trị", f.today(), List.of())))
                .satisfies(x -> assertThat(vi.get(((AppException) x).messageKey(), ((AppException) x).args())).isEqualTo("Chưa nhập Mặt công tác."));
        assertThatThrownBy(() -> f.exemplars.discover(Discovery.ofPerson(f.hung.id(), "Huấn luyện", "Lý do", "Ban Chính trị", f.today().plusDays(1), List.of())))
                .satisfies(x -> assertThat(vi.get(((AppException) x).messageKey(), ((AppException) x).args()))
                        .isEqualTo("Ngày phát hiện (" + vn.tdkt.core.VietnameseDates.shortForm(f.today().plusDays(1)) + ") không được sau ngày hôm nay."));
        assertThatThrownBy(() -> f.exemplars.discover(new Discovery(f.hung.id(), f.company.id(), "Huấn luyện", "Lý do", "Ban", f.today(), List.of())))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.subject");
        f.app.roster().markLeft(f.lan.id(), f.today(), "Ra quân");
        assertThatThrownBy(() -> f.exemplars.discover(Discovery.ofPerson(f.lan.id(), "Huấn luyện", "Lý do", "Ban", f.today(), List.of())))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.personLeft");
        assertThat(f.exemplars.cards()).isEmpty();

        Exemplar e = f.discoverHung();
        assertThatThrownBy(() -> f.exemplars.setMentor(e.id(), f.hung.id())).extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.mentorSelf");
        assertThatThrownBy(() -> f.exemplars.putTarget(e.id(), 1890, "Chiến sĩ tiên tiến")).extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.year");
        assertThatThrownBy(() -> f.exemplars.addCheck(e.id(), f.today(), "  ", null, null)).extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.required");
        assertThatThrownBy(() -> f.exemplars.saveSettings(new ExemplarSettings(0, 20, 3, ExemplarSettings.TraitList.ARMY)))
                .extracting(x -> ((AppException) x).messageKey()).isEqualTo("exemplar.error.stallDays");
        assertThat(f.exemplars.dossier(e.id()).checks()).isEmpty();
        assertThat(f.exemplars.get(e.id()).mentorId()).isNull();
    }

    @Test
    void textIsStoredNfcAndTheFieldListIsEditable() {
        String decomposed = java.text.Normalizer.normalize("Dân vận", java.text.Normalizer.Form.NFD);
        Exemplar e = f.exemplars.discover(Discovery.ofPerson(f.hung.id(), decomposed, "Giúp dân", "Ban", f.today(), List.of()));
        assertThat(e.field()).isEqualTo("Dân vận");
        assertThat(f.exemplars.fields()).startsWith("Huấn luyện", "Kỹ thuật", "Hậu cần").contains("Văn hóa – thể thao");
        f.exemplars.addChoice("field", "Bảo đảm an toàn giao thông");
        assertThat(f.exemplars.fields()).endsWith("Bảo đảm an toàn giao thông");
        assertThat(f.exemplars.traits()).as("the trait lists start empty: their wording is not in the domain notes").isEmpty();
        f.exemplars.addChoice("trait.army", "Đặc trưng A");
        assertThat(f.exemplars.traits()).containsExactly("Đặc trưng A");
        f.exemplars.saveSettings(new ExemplarSettings(90, 20, 3, ExemplarSettings.TraitList.CIVILIAN));
        assertThat(f.exemplars.traits()).isEmpty();
    }

    @Test
    void theOverviewListsTheStalledModelsWithTheReason() {
        Exemplar e = f.discoverHung();
        f.exemplars.move(e.id(), Stage.NURTURING, f.today(), null);
        f.exemplars.addCheck(e.id(), f.today(), "Đạt", null, null);
        f.exemplars.discover(Discovery.ofUnit(f.company.id(), "Dân vận", "Giúp dân", "Ban", f.today(), List.of()));
        StalledWatch watch = new StalledWatch(() -> f.app.exemplars());
        assertThat(watch.items(vi)).isEmpty();
        String lastCheck = vn.tdkt.core.VietnameseDates.shortForm(f.today());
        f.clock.advanceDays(100);
        assertThat(watch.items(vi)).containsExactlyInAnyOrder(
                "Nguyễn Văn Hùng (Đại đội 1, Huấn luyện): kiểm tra lần cuối " + lastCheck,
                "Đại đội 1 (Đại đội 1, Dân vận): chưa kiểm tra lần nào");
        assertThat(vi.get(watch.titleKey())).isEqualTo("Điển hình chững lại");
    }
}
