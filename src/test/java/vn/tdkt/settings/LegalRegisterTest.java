package vn.tdkt.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.AppException;
import vn.tdkt.db.DataFolder;

/** The legal register and the base salary as a fresh data folder has them, and what each date brings. */
class LegalRegisterTest {
    @TempDir
    Path dir;

    @Test
    void seededFromTheCheckedFactsAndCitedByDate() {
        try (AppContext app = AppContext.open(new DataFolder(dir), Clock.systemUTC())) {
            LegalRegister register = app.legalRegister();
            assertThat(register.groundsOn(LocalDate.of(2026, 11, 26))).extracting(LegalDocument::citation).containsExactly(
                    "Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022",
                    "Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định chi tiết và hướng dẫn thi hành Luật Thi đua, khen thưởng",
                    "Thông tư số 118/2023/TT-BQP ngày 22 tháng 12 năm 2023 của Bộ trưởng Bộ Quốc phòng quy định và hướng dẫn thi đua, "
                            + "khen thưởng trong Quân đội nhân dân Việt Nam");
            assertThat(register.groundsOn(LocalDate.of(2025, 6, 30))).as("the decree is in force from 01/7/2025")
                    .extracting(LegalDocument::number).containsExactly("06/2022/QH15", "118/2023/TT-BQP");
            assertThat(register.documents()).filteredOn(d -> d.number().equals("15/2025/TT-BNV")).singleElement()
                    .satisfies(d -> assertThat(d.signedOn()).as("date to confirm").isNull());
            assertThat(register.salaryOn(LocalDate.of(2026, 6, 30))).map(BaseSalary::amount).contains(2_340_000L);
            assertThat(register.salaryOn(LocalDate.of(2026, 7, 1))).map(BaseSalary::amount).contains(2_530_000L);
            assertThat(register.salaryOn(LocalDate.of(2024, 6, 30))).isEmpty();
        }
    }

    @Test
    void editsAreSavedAuditedAndBadLinesRefused() {
        try (AppContext app = AppContext.open(new DataFolder(dir), Clock.systemUTC())) {
            LegalRegister register = app.legalRegister();
            LegalDocument added = register.save(new LegalDocument(null, "Nghị định", "999/2027/NĐ-CP", "Chính phủ", LocalDate.of(2027, 1, 5),
                    "sửa đổi, bổ sung", LocalDate.of(2027, 3, 1), null, true, 0));
            assertThat(register.groundsOn(LocalDate.of(2027, 3, 1))).extracting(LegalDocument::number).contains("999/2027/NĐ-CP");
            assertThat(app.audit().history("legal_document", added.id())).isNotEmpty();
            assertThatThrownBy(() -> register.save(new LegalDocument(null, "Thông tư", "15/2025/TT-BNV", "Bộ Nội vụ", null, "", null, null, true, 0)))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("legal.error.citedUndated"));
            assertThatThrownBy(() -> register.save(new LegalDocument(null, "Nghị định", "1/2027", "Chính phủ", LocalDate.of(2027, 1, 1), "",
                    LocalDate.of(2027, 5, 1), LocalDate.of(2027, 4, 1), false, 0)))
                    .isInstanceOfSatisfying(AppException.class, e -> assertThat(e.messageKey()).isEqualTo("legal.error.period"));
            assertThatThrownBy(() -> register.saveSalary(new BaseSalary(LocalDate.of(2027, 7, 1), 0, "Nghị định")))
                    .isInstanceOf(AppException.class);
            assertThat(register.salaries()).hasSize(2);
        }
    }
}
