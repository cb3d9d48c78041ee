package vn.tdkt.org.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.ImportResult;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.ReviewDecision;
import vn.tdkt.org.RosterField;
import vn.tdkt.org.RosterQuery;
import vn.tdkt.org.Unit;
import vn.tdkt.ui.ImmediateTaskRunner;
import vn.tdkt.ui.RecordingDialogs;
import vn.tdkt.ui.UiContext;

/** The wizard's steps without a window: read, map, preview, decide the doubtful rows, write. */
class ImportViewModelTest {
    @TempDir
    Path dir;
    private AppContext app;
    private RecordingDialogs dialogs;
    private UiContext ui;
    private Unit c1;
    private Unit c2;

    @BeforeEach
    void open() {
        app = AppContext.open(new DataFolder(dir.resolve("data")), java.time.Clock.systemDefaultZone());
        dialogs = new RecordingDialogs(app.messages());
        ui = new UiContext(app.messages(), new ImmediateTaskRunner(dialogs), dialogs);
        c1 = app.units().add(null, "c1", "Đại đội 1", null, "Đại đội");
        c2 = app.units().add(null, "c2", "Đại đội 2", null, "Đại đội");
    }

    @AfterEach
    void close() {
        app.close();
    }

    private Path sheet(String... rows) throws Exception {
        Path file = dir.resolve("ds.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet();
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                String[] cells = rows[r].split("\\|", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (!cells[c].isEmpty()) {
                        row.createCell(c).setCellValue(cells[c]);
                    }
                }
            }
            workbook.write(out);
        }
        return file;
    }

    @Test
    void theStepsLeadToAWriteAndTheOfficerDecidesTheDoubtfulRows() throws Exception {
        Person nam = app.roster().add(c2.id(), PersonDetails.named("Trần Văn Nam"));
        Path file = sheet("Họ và tên|Cấp bậc|Ghi chép", "Trần Văn Nam|Hạ sĩ|x", "Lê Văn Tám|Binh nhì|y", "Tổng cộng: 2 đồng chí||");
        ImportViewModel model = new ImportViewModel(ui, app.rosterImporter());
        model.defaultUnitProperty().set(c1);
        int[] steps = new int[1];

        model.open(file, () -> steps[0]++);
        assertThat(model.mappingProperty().get().fields()).containsExactly(RosterField.FULL_NAME, RosterField.RANK, null);
        model.map(2, RosterField.NOTES);
        assertThat(model.mappingProperty().get().field(2)).isEqualTo(RosterField.NOTES);
        assertThat(model.previewProperty().get()).isNull();

        model.makePreview(() -> steps[0]++);
        var preview = model.previewProperty().get();
        assertThat(preview.additions()).extracting(r -> r.details().fullName()).containsExactly("Lê Văn Tám");
        assertThat(preview.reviews()).singleElement().satisfies(r -> assertThat(r.candidates()).extracting(c -> c.personId()).containsExactly(nam.id()));
        assertThat(preview.footerRows()).containsExactly(4);

        model.decide(2, ReviewDecision.update(nam.id()));
        model.apply(() -> steps[0]++);

        assertThat(steps[0]).isEqualTo(3);
        assertThat(model.resultProperty().get()).isEqualTo(new ImportResult(1, 1, 0, 0));
        assertThat(app.roster().get(nam.id()).details().rank()).isEqualTo("Hạ sĩ");
        assertThat(app.roster().search(RosterQuery.ALL)).hasSize(2);
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void aNewPreviewForgetsTheDecisionsAndUndecidedRowsAreNotWritten() throws Exception {
        app.roster().add(c2.id(), PersonDetails.named("Trần Văn Nam"));
        ImportViewModel model = new ImportViewModel(ui, app.rosterImporter());
        model.defaultUnitProperty().set(c1);
        model.open(sheet("Họ và tên|Cấp bậc", "Trần Văn Nam|Hạ sĩ"), () -> { });
        model.makePreview(() -> { });
        model.decide(2, ReviewDecision.newPerson());
        assertThat(model.decisions()).containsKey(2);

        model.defaultUnitProperty().set(c2);
        model.makePreview(() -> { });
        assertThat(model.decisions()).isEmpty();
        model.apply(() -> { });

        assertThat(model.resultProperty().get()).isEqualTo(new ImportResult(0, 0, 0, 1));
        assertThat(app.roster().search(RosterQuery.ALL)).hasSize(1);
    }

    @Test
    void aFileWithoutAHeaderIsAClearErrorAndNoStepFollows() throws Exception {
        ImportViewModel model = new ImportViewModel(ui, app.rosterImporter());
        boolean[] mapped = new boolean[1];
        model.open(sheet("Bảng chấm công", "1|2|3"), () -> mapped[0] = true);
        assertThat(mapped[0]).isFalse();
        assertThat(dialogs.errors()).singleElement().asString().contains("Không tìm thấy dòng tiêu đề");
        assertThat(model.sourceProperty().get()).isNull();
    }
}
