package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.db.AuditTrail;

/** Year plans, movements and phases, targets and progress on a real database file. */
class PlanServiceTest {
    @TempDir
    Path dir;
    private PlanFixture f;

    @BeforeEach
    void open() {
        f = new PlanFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void aYearHasOnePlanAndItsYearCannotChange() {
        assertThatThrownBy(() -> f.plans().savePlan(new Plan(null, 2026, null, "Kế hoạch khác", null, null, null, null, null, null)))
                .isInstanceOf(AppException.class).hasFieldOrPropertyWithValue("messageKey", "plan.error.yearTaken");
        Plan plan = f.plan;
        assertThatThrownBy(() -> f.plans().savePlan(new Plan(plan.id(), 2027, null, plan.title(), null, null, null, null, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.yearFixed");
        assertThat(f.plans().plans()).hasSize(1);
    }

    @Test
    void aPlanBelongsOnlyToAProgrammeCoveringItsYear() {
        Programme old = f.plans().addProgramme("Giai đoạn 2021 - 2025", 2021, 2025);
        Plan plan = f.plan;
        assertThatThrownBy(() -> f.plans().savePlan(new Plan(plan.id(), 2026, old.id(), plan.title(), null, null, null, null, null, null)))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.programmeYear");
        Programme current = f.plans().addProgramme("Giai đoạn 2026 - 2030", 2026, 2030);
        Plan saved = f.plans().savePlan(new Plan(plan.id(), 2026, current.id(), "  Thi đua  Quyết thắng năm 2026 ", "Dân chủ, đoàn kết",
                null, "Mục tiêu 1\n\n Mục tiêu 2 ", null, null, LocalDate.of(2026, 1, 15)));
        assertThat(saved.title()).isEqualTo("Thi đua Quyết thắng năm 2026");
        assertThat(saved.goalLines()).containsExactly("Mục tiêu 1", "Mục tiêu 2");
        assertThat(f.app.audit().history("plan", plan.id())).extracting(AuditTrail.Entry::field).contains("programme", "goals", "registrationDue");
    }

    @Test
    void phaseDatesMustLieInsideThePlansYearAndNothingIsSavedOtherwise() {
        Movement outside = new Movement(null, f.plan.id(), MovementKind.PEAK, "Đợt cao điểm", LocalDate.of(2026, 12, 1),
                LocalDate.of(2027, 1, 10), null, null, 0, List.of());
        assertThatThrownBy(() -> f.plans().saveMovement(outside)).hasFieldOrPropertyWithValue("messageKey", "plan.error.datesOutsideYear");
        Movement reversed = new Movement(null, f.plan.id(), MovementKind.PEAK, "Đợt cao điểm", LocalDate.of(2026, 5, 1),
                LocalDate.of(2026, 4, 1), null, null, 0, List.of());
        assertThatThrownBy(() -> f.plans().saveMovement(reversed)).hasFieldOrPropertyWithValue("messageKey", "plan.error.datesOrder");
        assertThat(f.plans().movements(f.plan.id())).isEmpty();

        Movement phase = f.plans().saveMovement(new Movement(null, f.plan.id(), MovementKind.PEAK, "Đợt thi đua cao điểm",
                LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 22), "Nội dung", "Tiêu chí", 0, List.of(f.battalion1.id(), f.battalion2.id())));
        assertThat(f.plans().movements(f.plan.id())).singleElement()
                .satisfies(m -> assertThat(m.scopeUnitIds()).containsExactlyInAnyOrder(f.battalion1.id(), f.battalion2.id()));
        f.plans().saveMovement(new Movement(phase.id(), f.plan.id(), MovementKind.PEAK, "Đợt thi đua cao điểm", LocalDate.of(2026, 10, 1),
                LocalDate.of(2026, 12, 31), "Nội dung", "Tiêu chí", 0, List.of()));
        assertThat(f.plans().movements(f.plan.id()).getFirst().scopeUnitIds()).isEmpty();
        assertThat(f.app.audit().history("plan_movement", phase.id())).extracting(AuditTrail.Entry::field).contains(null, "end", "scope");
    }

    @Test
    void aTargetValueMustFitItsMeasure() {
        assertThatThrownBy(() -> target(Measure.PERCENT, 120.0)).hasFieldOrPropertyWithValue("messageKey", "plan.error.percent");
        assertThatThrownBy(() -> target(Measure.PERCENT, null)).hasFieldOrPropertyWithValue("messageKey", "plan.error.percent");
        assertThatThrownBy(() -> target(Measure.COUNT, 2.5)).hasFieldOrPropertyWithValue("messageKey", "plan.error.count");
        assertThat(target(Measure.YES_NO, 7.0).targetValue()).isEqualTo(1.0);
        assertThat(target(Measure.NONE, 5.0).targetValue()).isNull();
        assertThat(target(Measure.COUNT, 12.0).targetValue()).isEqualTo(12.0);
        assertThat(f.plans().targetViews(f.plan.id(), f.plans().today())).hasSize(3);
    }

    @Test
    void progressShowsWhichTargetsAreBehindOnTheDay() {
        Target attendance = target(Measure.PERCENT, 98.6);
        Target initiatives = target(Measure.COUNT, 12.0);
        Target reports = target(Measure.COUNT, 10.0);
        Target safety = target(Measure.YES_NO, null);
        target(Measure.NONE, null);
        f.plans().recordProgress(attendance.id(), LocalDate.of(2026, 3, 31), 99.0, null);
        f.plans().recordProgress(attendance.id(), LocalDate.of(2026, 6, 1), 97.5, "giảm");
        f.plans().recordProgress(initiatives.id(), LocalDate.of(2026, 6, 1), 7, null);
        f.plans().recordProgress(reports.id(), LocalDate.of(2026, 6, 1), 2, null);
        assertThatThrownBy(() -> f.plans().recordProgress(safety.id(), LocalDate.of(2026, 6, 1), 2, null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.yesNo");
        assertThatThrownBy(() -> f.plans().recordProgress(initiatives.id(), LocalDate.of(2025, 12, 31), 1, null))
                .hasFieldOrPropertyWithValue("messageKey", "plan.error.progressOutsideYear");

        // 15/06: 45% of the year gone; 7 of 12 is ahead, 2 of 10 is behind, 97,5% under 98,6% is behind.
        assertThat(f.plans().targetViews(f.plan.id(), f.plans().today())).extracting(v -> v.status())
                .containsExactly(TargetStatus.BEHIND, TargetStatus.ON_TRACK, TargetStatus.BEHIND, TargetStatus.NO_DATA, TargetStatus.NOT_MEASURED);
        f.plans().recordProgress(safety.id(), LocalDate.of(2026, 6, 2), 0, null);
        assertThat(f.plans().targetViews(f.plan.id(), LocalDate.of(2027, 1, 5)).get(3).status()).isEqualTo(TargetStatus.BEHIND);
        assertThat(f.plans().targetViews(f.plan.id(), f.plans().today()).get(3).status()).isEqualTo(TargetStatus.ON_TRACK);
    }

    @Test
    void copyingLastYearsPlanIsOneActionAndKeepsNoProgress() {
        Programme programme = f.plans().addProgramme("Giai đoạn 2026 - 2030", 2026, 2030);
        Plan plan = f.plans().savePlan(new Plan(f.plan.id(), 2026, programme.id(), f.plan.title(), f.plan.theme(), f.plan.motto(), f.plan.goals(),
                "03/KH-TrĐ19", LocalDate.of(2026, 1, 2), LocalDate.of(2026, 1, 15)));
        f.plans().saveMovement(new Movement(null, plan.id(), MovementKind.YEAR_ROUND, "Thi đua Quyết thắng", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), null, null, 0, List.of()));
        f.plans().saveMovement(new Movement(null, plan.id(), MovementKind.THEMED, "Chào mừng 30/4", LocalDate.of(2026, 2, 16),
                LocalDate.of(2026, 4, 30), null, null, 0, List.of(f.battalion1.id())));
        Target target = f.plans().saveTarget(new Target(null, plan.id(), f.company1.id(), "Bắn giỏi", Measure.PERCENT, 80.0, 0));
        f.plans().recordProgress(target.id(), LocalDate.of(2026, 4, 1), 85, null);

        Plan copy = f.plans().copyYear(2026, 2027);

        assertThat(copy.title()).isEqualTo("Thi đua Quyết thắng năm 2027");
        assertThat(copy.programmeId()).isEqualTo(programme.id());
        assertThat(copy.number()).isNull();
        assertThat(copy.registrationDue()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(f.plans().movements(copy.id())).extracting(Movement::name, Movement::start, Movement::end, Movement::scopeUnitIds)
                .containsExactly(tuple("Thi đua Quyết thắng", LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31), List.of()),
                        tuple("Chào mừng 30/4", LocalDate.of(2027, 2, 16), LocalDate.of(2027, 4, 30), List.of(f.battalion1.id())));
        assertThat(f.plans().targetViews(copy.id(), LocalDate.of(2027, 6, 1))).singleElement()
                .satisfies(v -> {
                    assertThat(v.target().unitId()).isEqualTo(f.company1.id());
                    assertThat(v.unitName()).isEqualTo("Đại đội 1");
                    assertThat(v.latest()).isNull();
                });
        assertThatThrownBy(() -> f.plans().copyYear(2026, 2027)).hasFieldOrPropertyWithValue("messageKey", "plan.error.yearTaken");
        assertThatThrownBy(() -> f.plans().copyYear(2020, 2028)).hasFieldOrPropertyWithValue("messageKey", "plan.error.noPlan");
        assertThat(f.plans().planOfYear(2028)).isEmpty();
    }

    @Test
    void aReviewsLessonsAndRecommendationsAreSavedInNfcAuditedAndNotCopiedToTheNextYear() {
        Plan plan = f.plan;
        String typedLessons = java.text.Normalizer.normalize(" Huấn luyện sát thực tế  \n\n Theo dõi chỉ tiêu hằng tháng ", java.text.Normalizer.Form.NFD);
        String typedRecommendation = java.text.Normalizer.normalize("Đề nghị Sư đoàn hướng dẫn tiêu chí chấm điểm.", java.text.Normalizer.Form.NFD);
        assertThat(typedLessons).isNotEqualTo(java.text.Normalizer.normalize(typedLessons, java.text.Normalizer.Form.NFC));

        Plan saved = f.plans().savePlan(withReviews(plan, new Plan.Review(LocalDate.of(2026, 7, 10), "01/BC-TrĐ19", typedLessons, null),
                new Plan.Review(LocalDate.of(2026, 12, 18), null, null, typedRecommendation)));

        Plan read = f.plans().plan(plan.id());
        assertThat(read).isEqualTo(saved);
        assertThat(read.midterm().lessons()).isEqualTo("Huấn luyện sát thực tế\nTheo dõi chỉ tiêu hằng tháng");
        assertThat(read.midterm().lessonLines()).containsExactly("Huấn luyện sát thực tế", "Theo dõi chỉ tiêu hằng tháng");
        assertThat(read.midterm().recommendations()).isNull();
        assertThat(read.yearEnd().lessons()).isNull();
        assertThat(read.yearEnd().recommendationParagraphs()).containsExactly("Đề nghị Sư đoàn hướng dẫn tiêu chí chấm điểm.");
        assertThat(java.text.Normalizer.isNormalized(read.yearEnd().recommendations(), java.text.Normalizer.Form.NFC)).isTrue();
        assertThat(f.app.audit().history("plan", plan.id())).filteredOn(e -> e.field() != null && e.field().endsWith("Lessons")
                        || e.field() != null && e.field().endsWith("Recommendations"))
                .extracting(AuditTrail.Entry::field, AuditTrail.Entry::oldValue, AuditTrail.Entry::newValue)
                .containsExactlyInAnyOrder(tuple("midtermReviewLessons", null, "Huấn luyện sát thực tế\nTheo dõi chỉ tiêu hằng tháng"),
                        tuple("yearEndReviewRecommendations", null, "Đề nghị Sư đoàn hướng dẫn tiêu chí chấm điểm."));

        // A plan refused for its dates keeps the words it had: nothing half-saved.
        assertThatThrownBy(() -> f.plans().savePlan(withReviews(read, new Plan.Review(LocalDate.of(2027, 1, 5), null, "Bài học khác", null),
                read.yearEnd()))).hasFieldOrPropertyWithValue("messageKey", "plan.error.midtermOutsideYear");
        assertThat(f.plans().plan(plan.id()).midterm().lessons()).isEqualTo("Huấn luyện sát thực tế\nTheo dõi chỉ tiêu hằng tháng");

        // Lessons typed as a Word list ("- …", "• …") print as the report's own bullets, not doubled ones.
        assertThat(new Plan.Review(null, null, "- Huấn luyện sát thực tế\n•Khen thưởng kịp thời\n–\nBình xét 3-4 lần", null).lessonLines())
                .containsExactly("Huấn luyện sát thực tế", "Khen thưởng kịp thời", "Bình xét 3-4 lần");

        Plan copy = f.plans().copyYear(2026, 2027);
        assertThat(copy.midterm()).isEqualTo(new Plan.Review(LocalDate.of(2027, 7, 10), null));
        assertThat(copy.yearEnd()).isEqualTo(new Plan.Review(LocalDate.of(2027, 12, 18), null));
    }

    private static Plan withReviews(Plan p, Plan.Review midterm, Plan.Review yearEnd) {
        return new Plan(p.id(), p.year(), p.programmeId(), p.title(), p.theme(), p.motto(), p.goals(), p.number(), p.issuedOn(),
                p.registrationDue(), midterm, yearEnd);
    }

    private Target target(Measure measure, Double value) {
        return f.plans().saveTarget(new Target(null, f.plan.id(), null, "Chỉ tiêu " + measure, measure, value, 0));
    }
}
