package vn.tdkt.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Unit;
import vn.tdkt.plan.Coverage;
import vn.tdkt.plan.Measure;
import vn.tdkt.plan.MovementKind;
import vn.tdkt.plan.TargetStatus;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The plan page's view models without a window: the task runner runs on the test's thread. */
class PlanViewModelTest {
    @TempDir
    Path dir;
    private AppContext app;
    private RecordingDialogs dialogs;
    private PlanViewModel model;
    private RegistrationViewModel registrations;
    private Unit company1;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir), Clock.fixed(Instant.parse("2026-06-15T08:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));
        Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
        company1 = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
        Unit company2 = app.units().add(regiment.id(), "c2", "Đại đội 2", null, "Đại đội");
        for (String name : List.of("Nguyễn Văn Hùng", "Trần Văn An", "Lê Thị Bình")) {
            app.roster().add(company1.id(), PersonDetails.named(name));
        }
        app.roster().add(company2.id(), PersonDetails.named("Phạm Văn Dũng"));
        Messages messages = Messages.vietnamese();
        dialogs = new RecordingDialogs(messages);
        UiContext ui = new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs);
        model = new PlanViewModel(ui, app.plan());
        registrations = new RegistrationViewModel(ui, app.plan());
        registrations.yearProperty().bind(model.yearProperty());
        model.load();
        registrations.load();
    }

    @AfterEach
    void close() {
        app.close();
    }

    @Test
    void anEmptyYearOffersANewPlanThenSavesIt() {
        assertThat(model.yearProperty().get()).isEqualTo(2026);
        assertThat(model.years()).contains(2025, 2026, 2027);
        assertThat(model.hasPlanProperty().get()).isFalse();
        assertThat(model.statusProperty().get()).contains("Năm 2026 chưa có kế hoạch");
        assertThat(model.titleProperty().get()).isEqualTo("Tổ chức phong trào Thi đua Quyết thắng năm 2026");
        model.registrationDueProperty().set("15/01/2026");
        model.savePlan(() -> { });
        assertThat(dialogs.errors()).isEmpty();
        assertThat(model.hasPlanProperty().get()).isTrue();
        assertThat(app.plan().plans().planOfYear(2026)).get().extracting(p -> p.registrationDue()).isEqualTo(LocalDate.of(2026, 1, 15));
    }

    @Test
    void theReviewDatesAndNumbersAreSavedAndASelfContradictingScheduleIsRefusedInVietnamese() {
        model.midtermDateProperty().set("10/07/2026");
        model.midtermNumberProperty().set("01/BC-TrĐ19");
        model.yearEndDateProperty().set("15/01/2027");
        model.savePlan(() -> { });
        assertThat(dialogs.errors()).isEmpty();
        assertThat(app.plan().plans().planOfYear(2026)).get().satisfies(p -> {
            assertThat(p.midterm()).extracting(r -> r.date(), r -> r.number()).containsExactly(LocalDate.of(2026, 7, 10), "01/BC-TrĐ19");
            assertThat(p.yearEnd()).extracting(r -> r.date(), r -> r.number()).containsExactly(LocalDate.of(2027, 1, 15), null);
        });
        model.midtermDateProperty().set("20/01/2027");
        model.savePlan(() -> { });
        assertThat(dialogs.errors()).containsExactly("Ngày sơ kết phải nằm trong năm 2026.");
        model.midtermDateProperty().set("20/12/2026");
        model.yearEndDateProperty().set("10/12/2026");
        model.savePlan(() -> { });
        assertThat(dialogs.errors()).endsWith("Ngày sơ kết phải trước ngày tổng kết.");
        assertThat(app.plan().plans().planOfYear(2026)).get().extracting(p -> p.midterm().date()).isEqualTo(LocalDate.of(2026, 7, 10));
    }

    @Test
    void aReviewWithoutWordsOfItsOwnIsOfferedTheStandingWordingWhichIsSavedOnlyWithThePlan() {
        app.settings().saveLetterhead(new vn.tdkt.settings.Letterhead("Sư đoàn 399", "Trung đoàn 19", "TrĐ19", "Hà Tĩnh",
                "Trung đoàn trưởng", "Đại tá", "Nguyễn Văn Thắng", "Chính ủy", "Thượng tá", "Trần Đức Hưởng"));
        // Written as a migrated row reads: the reviews scheduled, no lessons or recommendations.
        vn.tdkt.plan.Plan plan = app.plan().plans().savePlan(new vn.tdkt.plan.Plan(null, 2026, null, "Thi đua Quyết thắng năm 2026", null, null,
                null, null, null, null, new vn.tdkt.plan.Plan.Review(LocalDate.of(2026, 7, 10), null),
                new vn.tdkt.plan.Plan.Review(LocalDate.of(2026, 12, 18), null)));
        model.load();

        assertThat(model.midtermLessonsProperty().get().split("\n")).hasSize(3)
                .contains("Chỉ tiêu thi đua cụ thể, đo được; theo dõi, đánh giá kết quả thường xuyên, kịp thời.");
        assertThat(model.yearEndLessonsProperty().get()).isEqualTo(model.midtermLessonsProperty().get());
        assertThat(model.midtermRecommendationsProperty().get()).startsWith("Đề nghị Phòng Chính trị Sư đoàn 399 tiếp tục quan tâm chỉ đạo");
        assertThat(app.plan().plans().plan(plan.id()).midterm().lessons()).isNull();

        model.yearEndLessonsProperty().set("Bình xét công khai, dân chủ.\nKhen thưởng kịp thời sau đợt cao điểm.");
        model.yearEndRecommendationsProperty().set("Đề nghị Sư đoàn mở lớp tập huấn nghiệp vụ thi đua.");
        model.savePlan(() -> { });
        assertThat(dialogs.errors()).isEmpty();
        vn.tdkt.plan.Plan saved = app.plan().plans().plan(plan.id());
        assertThat(saved.yearEnd().lessonLines()).containsExactly("Bình xét công khai, dân chủ.", "Khen thưởng kịp thời sau đợt cao điểm.");
        assertThat(saved.yearEnd().recommendations()).isEqualTo("Đề nghị Sư đoàn mở lớp tập huấn nghiệp vụ thi đua.");
        // The sơ kết kept what the page offered: saving the plan is the officer taking that wording.
        assertThat(saved.midterm().lessons()).isEqualTo(vn.tdkt.plan.ReviewWording.LESSONS);
        model.load();
        assertThat(model.yearEndLessonsProperty().get()).isEqualTo("Bình xét công khai, dân chủ.\nKhen thưởng kịp thời sau đợt cao điểm.");
    }

    @Test
    void aPhaseOutsideTheYearIsFlaggedAtTheFieldAndRefused() {
        model.savePlan(() -> { });
        model.movementNameProperty().set("Đợt thi đua cao điểm");
        model.movementKindProperty().set(MovementKind.PEAK);
        model.movementStartProperty().set("01/12/2026");
        model.movementEndProperty().set("10/01/2027");
        assertThat(model.movementDatesError()).isEqualTo("Thời gian phải nằm trong năm 2026 của kế hoạch.");
        model.saveMovement(() -> { });
        assertThat(dialogs.errors()).containsExactly("Thời gian phải nằm trong năm 2026 của kế hoạch.");
        assertThat(model.movements()).isEmpty();
        model.movementEndProperty().set("31/02/2026");
        assertThatThrownBy(() -> model.saveMovement(() -> { })).hasMessageContaining("plan.error.badDate");
        model.movementEndProperty().set("22/12/2026");
        assertThat(model.movementDatesError()).isNull();
        model.saveMovement(() -> { });
        assertThat(model.movements()).singleElement().satisfies(m -> assertThat(m.end()).isEqualTo(LocalDate.of(2026, 12, 22)));
        assertThat(model.movementNameProperty().get()).isEmpty();
    }

    @Test
    void aTargetValueIsCheckedForItsMeasureAndProgressShowsTheStatus() {
        model.savePlan(() -> { });
        model.targetTextProperty().set("Quân số tham gia huấn luyện");
        model.targetMeasureProperty().set(Measure.PERCENT);
        model.targetValueProperty().set("120");
        assertThat(model.targetValueError()).isEqualTo("Tỷ lệ phải lớn hơn 0 và không quá 100.");
        model.targetValueProperty().set("98,6");
        assertThat(model.targetValueError()).isNull();
        model.saveTarget(() -> { });
        assertThat(model.targets()).singleElement().satisfies(t -> assertThat(t.target().targetValue()).isEqualTo(98.6));

        model.editingTargetProperty().set(model.targets().getFirst());
        assertThat(model.progressDateProperty().get()).isEqualTo("15/06/2026");
        model.progressValueProperty().set("97,5");
        model.recordProgress(() -> { });
        assertThat(model.targets().getFirst().status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(model.statusProperty().get()).contains("1 chỉ tiêu (1 chậm tiến độ)");
    }

    @Test
    void registeringACompanyInOneActionUpdatesTheCoverage() {
        assertThat(registrations.coverage()).extracting(Coverage::unitName, Coverage::share)
                .containsExactly(org.assertj.core.api.Assertions.tuple("Đại đội 1", 0.0), org.assertj.core.api.Assertions.tuple("Đại đội 2", 0.0));
        registrations.unitProperty().set(company1);
        assertThat(registrations.missing()).hasSize(3);
        assertThat(registrations.baseTitleProperty().get()).isEqualTo("Chiến sĩ tiên tiến");
        assertThat(registrations.chosenTitleProperty().get()).isEqualTo("Chiến sĩ thi đua cơ sở");
        var chosen = registrations.missing().stream().filter(e -> e.person().fullName().equals("Trần Văn An")).toList();

        registrations.registerWholeUnit(chosen, () -> { });

        assertThat(dialogs.notices()).anySatisfy(n -> assertThat(n).contains("Đã đăng ký 3 người của Đại đội 1"));
        assertThat(registrations.missing()).isEmpty();
        assertThat(registrations.lines()).extracting(l -> l.name() + ": " + l.registration().title())
                .containsExactly("Trần Văn An: Chiến sĩ thi đua cơ sở", "Lê Thị Bình: Chiến sĩ tiên tiến", "Nguyễn Văn Hùng: Chiến sĩ tiên tiến");
        registrations.unitProperty().set(null);
        assertThat(registrations.coverage()).extracting(Coverage::share).containsExactly(100.0, 0.0);
        assertThat(registrations.summaryProperty().get()).isEqualTo("3 người đã đăng ký danh hiệu; 1 người chưa đăng ký");
    }
}
