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
import vn.tdkt.settings.LegalDocument;
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
}
