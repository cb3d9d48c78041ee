package vn.tdkt.settings.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.core.Messages;
import vn.tdkt.db.DataFolder;
import vn.tdkt.settings.BaseSalary;
import vn.tdkt.settings.LegalDocument;
import vn.tdkt.settings.SettingsRepository;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The legal register section of Cài đặt without a window: load, edit a line, add a salary, refuse a bad date. */
class LegalRegisterViewModelTest {
    @TempDir
    Path dir;

    @Test
    void editsTheRegisterAndTheSalaryAndRefusesAnUnreadableDate() {
        try (AppContext app = AppContext.open(new DataFolder(dir), Clock.systemUTC())) {
            Messages messages = Messages.vietnamese();
            RecordingDialogs dialogs = new RecordingDialogs(messages);
            LegalRegisterViewModel model = new LegalRegisterViewModel(new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs),
                    app.legalRegister());
            model.load();
            assertThat(model.documents()).extracting(LegalDocument::number)
                    .containsExactly("06/2022/QH15", "152/2025/NĐ-CP", "118/2023/TT-BQP", "15/2025/TT-BNV");
            model.selectedProperty().set(model.documents().get(1));
            assertThat(model.signedOnProperty().get()).isEqualTo("14/06/2025");
            model.signedOnProperty().set("13/6/2025");
            model.saveDocument();
            assertThat(app.legalRegister().documents().get(1).signedOn()).isEqualTo(LocalDate.of(2025, 6, 13));

            model.selectedProperty().set(model.documents().get(1));
            model.inForceFromProperty().set("tháng Bảy");
            model.saveDocument();
            assertThat(dialogs.errors()).singleElement().asString().contains("tháng Bảy");
            assertThat(app.legalRegister().documents().get(1).inForceFrom()).isEqualTo(LocalDate.of(2025, 7, 1));

            model.newSalary();
            model.salaryFromProperty().set("01/7/2027");
            model.salaryAmountProperty().set("2.700.000");
            model.salaryGroundProperty().set("Nghị định (chưa ban hành, số liệu thử)");
            model.saveSalary();
            assertThat(model.salaries()).hasSize(3);
            assertThat(app.legalRegister().salaryOn(LocalDate.of(2027, 7, 1)).orElseThrow().amount()).isEqualTo(2_700_000);
        }
    }

    /** V11 kept an officer-typed base salary that differed from the law's; Cài đặt shows it until it becomes a dated row. */
    @Test
    void theBaseSalaryTypedBeforeTheDatedTableIsShownAndAddedAsADatedRowInOneClick() {
        try (AppContext app = AppContext.open(new DataFolder(dir), Clock.systemUTC())) {
            app.database().transaction(() -> new SettingsRepository(app.database()).put("letterhead.baseSalary", "1.800.000"));
            Messages messages = Messages.vietnamese();
            RecordingDialogs dialogs = new RecordingDialogs(messages);
            LegalRegisterViewModel model = new LegalRegisterViewModel(new UiContext(messages, new ImmediateTaskRunner(dialogs), dialogs),
                    app.legalRegister());
            model.load();
            assertThat(model.typedSalaryProperty().get()).isEqualTo(1_800_000L);

            model.adoptTypedSalary();
            assertThat(dialogs.errors()).containsExactly("Hãy nhập ngày bắt đầu áp dụng mức lương cơ sở nhập tay.");
            model.typedSalaryFromProperty().set("01/7/2024");
            model.adoptTypedSalary();
            assertThat(dialogs.errors()).last().asString().isEqualTo(
                    "Bảng lương cơ sở đã có một dòng từ ngày 01/07/2024; hãy chọn ngày khác hoặc sửa dòng đó.");
            assertThat(app.legalRegister().typedSalary()).contains(1_800_000L);
            assertThat(app.legalRegister().salaryOn(LocalDate.of(2024, 7, 1)).orElseThrow().amount()).isEqualTo(2_340_000);

            model.typedSalaryFromProperty().set("01/7/2023");
            model.adoptTypedSalary();
            assertThat(model.typedSalaryProperty().get()).isNull();
            assertThat(app.legalRegister().typedSalary()).isEmpty();
            assertThat(model.salaries()).hasSize(3);
            assertThat(app.legalRegister().salaryOn(LocalDate.of(2024, 1, 1)).orElseThrow())
                    .isEqualTo(new BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000, "Mức nhập tay trong cài đặt trước đây"));
        }
    }
}
