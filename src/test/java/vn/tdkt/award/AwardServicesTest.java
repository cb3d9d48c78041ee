package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;

/** Rule-set versions, bulk classification, the registers and eligibility on a real SQLite file. */
class AwardServicesTest {
    @TempDir
    Path dir;
    private AwardFixture f;

    @BeforeEach
    void open() {
        f = new AwardFixture(dir);
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void anEditIsTheNextVersionAndTheShippedOneStaysReadable() {
        assertThat(f.ruleSets.inUse().code()).isEqualTo("army");
        RuleSet v2 = f.ruleSets.edit("army", "CSTDCS", 80.0, 1.0, new Cap(15, Rounding.DOWN), " Điều 24 ", "Giới hạn nội bộ của Sư đoàn");
        assertThat(v2.version()).isEqualTo(2);
        RuleSet current = f.ruleSets.current("army");
        assertThat(current.version()).isEqualTo(2);
        assertThat(current.title("CSTDCS").orElseThrow().cap()).isEqualTo(new Cap(15, Rounding.DOWN));
        assertThat(current.title("CSTDCS").orElseThrow().source().article()).isEqualTo("Điều 24");
        assertThat(f.ruleSets.version("army", 1).title("CSTDCS").orElseThrow().cap()).isNull();
        assertThat(f.ruleSets.version("army", 2)).isEqualTo(current);
        assertThat(f.app.audit().history("award_rule_set", "army")).isNotEmpty();

        f.ruleSets.use("civil");
        assertThat(f.ruleSets.inUse().title("LDTT")).isPresent();
    }

    @Test
    void impossibleFiguresAreRefusedAndNothingIsSaved() {
        assertThatThrownBy(() -> f.ruleSets.edit("army", "CSTDCS", 120.0, 1.0, null, "", ""))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.threshold");
        assertThatThrownBy(() -> f.ruleSets.edit("army", "CSTDCS", 80.0, -1.0, null, "", ""))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.bonus");
        assertThatThrownBy(() -> f.ruleSets.edit("army", "CSTDCS", 80.0, 1.0, new Cap(0, Rounding.UP), "", ""))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.cap");
        assertThatThrownBy(() -> f.ruleSets.edit("army", "KHONGCO", 80.0, 1.0, null, "", ""))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.noTitle");
        assertThatThrownBy(() -> f.ruleSets.use("navy")).extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.noRuleSet");
        assertThat(f.ruleSets.current("army").version()).isEqualTo(1);
    }

    @Test
    void aWholeUnitIsClassifiedAtOnceAndAGradeCanBeCleared() {
        Map<String, Grade> grades = new HashMap<>();
        grades.put(f.an.id(), Grade.HTXSNV);
        grades.put(f.binh.id(), Grade.HTTNV);
        grades.put(f.cuong.id(), Grade.HTNV);
        f.records.classify(2026, SubjectKind.PERSON, grades);
        f.records.classify(2026, SubjectKind.UNIT, Map.of(f.c1.id(), Grade.HTXSNV));
        assertThat(f.records.grades(2026)).containsEntry(f.an.id(), Grade.HTXSNV).containsEntry(f.c1.id(), Grade.HTXSNV).hasSize(4);

        Map<String, Grade> change = new HashMap<>();
        change.put(f.cuong.id(), null);
        change.put(f.binh.id(), Grade.HTXSNV);
        f.records.classify(2026, SubjectKind.PERSON, change);
        assertThat(f.records.grades(2026)).doesNotContainKey(f.cuong.id()).containsEntry(f.binh.id(), Grade.HTXSNV);
        assertThat(f.records.grades(2025)).isEmpty();
        assertThatThrownBy(() -> f.records.classify(1800, SubjectKind.PERSON, Map.of(f.an.id(), Grade.HTNV)))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.year");
    }

    @Test
    void registersRefuseIncompleteEntriesAndCleanText() {
        assertThatThrownBy(() -> f.records.addInitiative(InitiativeKind.INITIATIVE, "  ", List.of(f.an.id()), "Trung đoàn", LocalDate.of(2026, 3, 1), Scope.BASE))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.initiativeTitle");
        assertThatThrownBy(() -> f.records.addInitiative(InitiativeKind.INITIATIVE, "Giá ngắm", List.of(), "Trung đoàn", LocalDate.of(2026, 3, 1), Scope.BASE))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.initiativeAuthors");
        assertThatThrownBy(() -> f.records.addInitiative(InitiativeKind.INITIATIVE, "Giá ngắm", List.of(f.an.id()), "", null, Scope.BASE))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.initiativeRecognition");
        assertThatThrownBy(() -> f.records.addDiscipline(SubjectKind.PERSON, f.an.id(), LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), false, "Vi phạm"))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.error.disciplineDates");
        assertThat(f.records.initiatives(2026)).isEmpty();
        assertThat(f.records.discipline()).isEmpty();

        // Decomposed (NFD) marks as pasted from some documents are stored composed.
        String decomposed = java.text.Normalizer.normalize("Cải tiến  giá ngắm", java.text.Normalizer.Form.NFD);
        Initiative added = f.records.addInitiative(InitiativeKind.INITIATIVE, decomposed, List.of(f.an.id(), f.binh.id()), "Hội đồng sáng kiến",
                LocalDate.of(2026, 3, 1), Scope.BASE);
        assertThat(f.records.initiatives(2026)).singleElement().satisfies(i -> {
            assertThat(i.title()).isEqualTo("Cải tiến giá ngắm");
            assertThat(i.authorIds()).containsExactly(f.an.id(), f.binh.id());
        });
        f.records.deleteInitiative(added);
        assertThat(f.records.initiatives(2026)).isEmpty();
    }

    @Test
    void eligibilityReadsTheRecordsOfTheChosenUnitAndThePastYears() {
        f.records.classify(2026, SubjectKind.PERSON, Map.of(f.an.id(), Grade.HTXSNV, f.binh.id(), Grade.HTTNV, f.cuong.id(), Grade.HTTNV,
                f.dung.id(), Grade.HTXSNV));
        f.records.classify(2026, SubjectKind.UNIT, Map.of(f.c1.id(), Grade.HTXSNV, f.c2.id(), Grade.HTTNV));
        f.records.addPastAward(SubjectKind.PERSON, f.an.id(), 2024, "CSTDCS", "Chiến sĩ thi đua cơ sở", AwardKind.MERIT, "120/QĐ-TrĐ19",
                LocalDate.of(2024, 12, 20), "Trung đoàn 19");
        f.records.addPastAward(SubjectKind.PERSON, f.an.id(), 2025, "CSTDCS", "Chiến sĩ thi đua cơ sở", AwardKind.MERIT, "121/QĐ-TrĐ19",
                LocalDate.of(2025, 12, 19), "Trung đoàn 19");
        f.records.addInitiative(InitiativeKind.TOPIC, "Đề tài bảo quản khí tài", List.of(f.an.id()), "Bộ Tham mưu", LocalDate.of(2025, 8, 1),
                Scope.MINISTRY);
        f.records.addDiscipline(SubjectKind.PERSON, f.dung.id(), LocalDate.of(2026, 10, 1), null, false, "Đang xác minh");

        EligibilityReport report = f.eligibility.report(2026, f.c1.id(), null);
        TitleResult armyWide = report.titles().stream().filter(t -> t.rule().code().equals("CSTDTQ")).findFirst().orElseThrow();
        assertThat(armyWide.population()).as("only c1's people").isEqualTo(3);
        assertThat(armyWide.verdicts().getFirst().candidate().name()).isEqualTo("Nguyễn Văn An");
        assertThat(armyWide.verdicts().getFirst().status()).isEqualTo(Status.QUALIFIES);
        TitleResult decisive = report.titles().stream().filter(t -> t.rule().code().equals("DVQT")).findFirst().orElseThrow();
        assertThat(decisive.verdicts()).singleElement().satisfies(v -> {
            assertThat(v.candidate().name()).isEqualTo("Đại đội 1");
            assertThat(v.status()).isEqualTo(Status.QUALIFIES);
        });

        EligibilityReport whole = f.eligibility.report(2026, null, "CSTDCS");
        assertThat(whole.titles()).singleElement().satisfies(t -> {
            assertThat(t.population()).isEqualTo(4);
            assertThat(t.verdicts()).filteredOn(v -> v.candidate().id().equals(f.dung.id())).singleElement()
                    .extracting(Verdict::status).isEqualTo(Status.NOT_QUALIFIED);
        });
        assertThatThrownBy(() -> f.eligibility.report(2026, null, "XYZ")).extracting(e -> ((AppException) e).messageKey())
                .isEqualTo("award.error.noTitle");
        assertThat(f.records.historyOf(f.an.id())).extracting(PastAward::year).containsExactly(2025, 2024);
    }
}
