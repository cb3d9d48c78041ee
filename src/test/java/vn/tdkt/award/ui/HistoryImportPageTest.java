package vn.tdkt.award.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tdkt.db.jooq.Tables.AWARD_CLASSIFICATION;
import static vn.tdkt.db.jooq.Tables.AWARD_HISTORY;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import vn.tdkt.AppContext;
import vn.tdkt.award.AwardRecordRepository;
import vn.tdkt.award.AwardRecordService;
import vn.tdkt.award.HistoryImport;
import vn.tdkt.award.HistoryImporter;
import vn.tdkt.award.PastAward;
import vn.tdkt.award.RuleSetRepository;
import vn.tdkt.award.RuleSetService;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Gender;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.OffFxThread;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.Shell;
import vn.tdkt.ui.ShellWindows;

/**
 * The real window, headless: a spreadsheet with a unit's and a person's old records and two bad rows is previewed
 * (counts, the rows that would come in, the refused rows and why; nothing written), imported, then looked up on the
 * Khen thưởng page under the unit.
 */
@ExtendWith(ApplicationExtension.class)
class HistoryImportPageTest {
    @TempDir
    Path dir;
    private AppContext app;
    private Shell shell;

    @Start
    void start(Stage stage) {
        app = AppContext.at(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        shell = Shell.open(OffFxThread.call(() -> {
            Unit regiment = app.units().add(null, "TrD19", "Trung đoàn 19", null, "Trung đoàn");
            Unit company = app.units().add(regiment.id(), "c1", "Đại đội 1", null, "Đại đội");
            app.roster().add(company.id(), new PersonDetails("Nguyễn Văn Hùng", Gender.MALE, RosterDates.day(LocalDate.of(1998, 3, 2)),
                    null, null, null, null, false, null, null, null, null));
            return app.open();
        }), stage, RecordingDialogs::new);
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        ShellWindows.close(shell);
        app.close();
    }

    @Test
    @SuppressWarnings("unchecked")
    void previewTheUnitsRowsAndTheRefusedOnesThenImportAndLookTheUnitUp(FxRobot robot) throws Exception {
        Path file = workbook(
                List.of("Họ và tên", "Ngày sinh", "Ký hiệu đơn vị", "Tên đơn vị", "Năm", "Phân loại", "Danh hiệu / hình thức", "Số quyết định"),
                List.of("", "", "c1", "", "2025", "HTXSNV", "Đơn vị quyết thắng", "15/QĐ-SĐ"),
                List.of("Nguyễn Văn Hùng", "02/03/1998", "", "", "2025", "", "Chiến sĩ tiên tiến", "121/QĐ-TrĐ19"),
                List.of("", "", "", "Đại đội 9", "2025", "", "Đơn vị tiên tiến", ""),
                List.of("", "", "c1", "", "2025", "", "Đơn vị quyết thắng", ""));
        AwardRecordService records = new AwardRecordService(app.database(), new AwardRecordRepository(app.database()), app.audit());
        HistoryImporter importer = new HistoryImporter(records, new RuleSetService(app.database(), new RuleSetRepository(app.database()),
                app.audit(), app.clock()), app.roster(), app.units(), app.clock());
        RecordsViewModel model = new RecordsViewModel(shell.ui(), records, importer);

        robot.interact(() -> model.preview(file, preview -> new HistoryImportDialog(shell.ui()).show(preview, model::apply)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#import-counts").tryQuery().isPresent());
        Label counts = robot.lookup("#import-counts").queryAs(Label.class);
        assertThat(counts.getText()).isEqualTo("lich-su.xlsx: sẽ nhập 2 dòng (2 khen thưởng, 1 phân loại, 1 dòng của tập thể; 0 sáng kiến, đề tài), từ chối 2 dòng.");
        TableView<HistoryImport.Line> accepted = robot.lookup("#import-accepted").queryAs(TableView.class);
        assertThat(accepted.getItems()).extracting(HistoryImport.Line::row, HistoryImport.Line::subjectName)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2, "Đại đội 1"), org.assertj.core.groups.Tuple.tuple(3, "Nguyễn Văn Hùng"));
        ListView<String> rejected = robot.lookup("#import-rejected").queryAs(ListView.class);
        assertThat(rejected.getItems()).containsExactly(
                "Dòng 4, cột \"Tên đơn vị\" (giá trị \"Đại đội 9\"): không tìm thấy đơn vị \"Đại đội 9\" (cấp trên: —): kiểm tra tên đơn vị hoặc ghi ký hiệu",
                "Dòng 5, cột \"Danh hiệu / hình thức\" (giá trị \"Đơn vị quyết thắng\"): trùng với dòng 2 trong tệp");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> counts.getScene().getWidth() > 0);
        assertThat(counts.getScene().getWidth()).as("the preview is as wide as its content asks, not the theme's 600 px").isGreaterThanOrEqualTo(800);
        PageShots.save(counts.getScene(), "awards-history-import.png");
        assertThat(rows(AWARD_HISTORY)).as("the preview writes nothing").isZero();

        robot.clickOn("#import-apply");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(AWARD_HISTORY) == 2);
        assertThat(rows(AWARD_CLASSIFICATION)).isEqualTo(1);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> recorded().notices().contains("Đã nhập 2 dòng; 2 dòng bị từ chối không được nhập."));

        robot.interact(() -> shell.window().show("awards"));
        ComboBox<Unit> unit = robot.lookup("#award-unit").queryAs(ComboBox.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> unit.getItems().size() == 2);
        robot.interact(() -> unit.setValue(unit.getItems().stream().filter(u -> u.code().equals("c1")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#award-grades").queryAs(TableView.class).getItems().size() == 2);
        robot.interact(() -> robot.lookup("#award-tabs").queryAs(TabPane.class).getSelectionModel().select(2));
        ComboBox<RecordsViewModel.Subject> subject = robot.lookup("#records-person").queryAs(ComboBox.class);
        robot.interact(() -> {
            subject.show();
            subject.hide();
        });
        assertThat(subject.getItems()).extracting(RecordsViewModel.Subject::label).containsExactly("Đại đội 1 (tập thể)", "Nguyễn Văn Hùng");
        robot.interact(() -> subject.setValue(subject.getItems().getFirst()));
        TableView<PastAward> history = robot.lookup("#records-history").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> history.getItems().size() == 1);
        assertThat(history.getItems().getFirst().titleName()).isEqualTo("Đơn vị quyết thắng");
        assertThat(history.getItems().getFirst().decisionNumber()).isEqualTo("15/QĐ-SĐ");
        assertThat(recorded().errors()).isEmpty();
        PageShots.save(shell, "awards-records-unit.png");
    }

    private int rows(org.jooq.Table<?> table) {
        return OffFxThread.call(() -> app.database().dsl().fetchCount(table));
    }

    @SafeVarargs
    private Path workbook(List<String>... rows) throws Exception {
        Path file = dir.resolve("lich-su.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            var sheet = book.createSheet("Lịch sử");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].size(); c++) {
                    row.createCell(c).setCellValue(rows[r].get(c));
                }
            }
            book.write(out);
        }
        return file;
    }

    private RecordingDialogs recorded() {
        return (RecordingDialogs) shell.ui().dialogs();
    }
}
