package vn.tdkt.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.org.Person;
import vn.tdkt.org.Rejection;
import vn.tdkt.org.RosterQuery;

/** Registrations out to .xlsx, filled in as a subordinate unit would, and back in with bad rows refused. */
class RegistrationWorkbookTest {
    @TempDir
    Path dir;
    private PlanFixture f;
    private Person hung;
    private Person an;
    private Person left;

    @BeforeEach
    void open() {
        f = new PlanFixture(dir);
        hung = f.person(f.company1, "Nguyễn Văn Hùng");
        an = f.person(f.company1, "Trần Văn An");
        left = f.person(f.company1, "Lê Văn Cường");
        f.person(f.company2, "Nguyễn Văn Hùng");
        f.registrations().registerPerson(2026, hung.id(), "Chiến sĩ tiên tiến", null);
        f.app.roster().markLeft(left.id(), LocalDate.of(2026, 5, 1), "Ra quân");
    }

    @AfterEach
    void close() {
        f.close();
    }

    @Test
    void exportWritesEveryoneServingWithTheirRegistration() throws Exception {
        Path file = dir.resolve("dang-ky.xlsx");
        int rows = export(file);
        assertThat(rows).isEqualTo(2);
        try (InputStream in = Files.newInputStream(file); Workbook book = new XSSFWorkbook(in)) {
            Sheet sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Họ và tên");
            assertThat(List.of(sheet.getRow(1).getCell(2).getStringCellValue(), sheet.getRow(1).getCell(8).getStringCellValue()))
                    .containsExactly("Trần Văn An", "");
            assertThat(List.of(sheet.getRow(2).getCell(2).getStringCellValue(), sheet.getRow(2).getCell(8).getStringCellValue()))
                    .containsExactly("Nguyễn Văn Hùng", "Chiến sĩ tiên tiến");
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(2026);
        }
    }

    @Test
    void importAddsAndChangesGoodRowsAndRefusesBadOnesWithTheReason() throws Exception {
        Path file = dir.resolve("dang-ky.xlsx");
        export(file);
        edit(file, sheet -> {
            set(sheet.getRow(1), 8, "Chiến sĩ thi đua cơ sở");          // An: new registration
            set(sheet.getRow(1), 10, "Cải tiến giá súng");
            set(sheet.getRow(2), 8, "Chiến sĩ thi đua cơ sở");          // Hùng: changed
            set(sheet.getRow(2), 9, "Bằng khen");
            row(sheet, 3, 2026, "Lê Văn Cường", "c1", "Chiến sĩ tiên tiến", null);      // left
            row(sheet, 4, 2026, "Phan Văn Không", "c1", "Chiến sĩ tiên tiến", null);    // not on the roster
            row(sheet, 5, 2026, "Nguyễn Văn Hùng", "", "Chiến sĩ tiên tiến", null);     // two people share the name
            row(sheet, 6, 2026, "Nguyễn Văn Hùng", "c2", "Giấy khen", null);           // award form in the title column
            row(sheet, 7, 0, "Trần Văn An", "c1", "Chiến sĩ tiên tiến", null);         // no year
            row(sheet, 8, 2026, "Trần Văn An", "c1", "Chiến sĩ tiên tiến", "Chiến sĩ xuất sắc"); // duplicate, unknown award
        });

        RegistrationImporter importer = new RegistrationImporter(f.registrations(), f.app.roster(), f.app.settings().importRowLimit());
        RegistrationImport preview = importer.preview(file, Progress.NONE);

        assertThat(preview.additions()).isEqualTo(2);
        assertThat(preview.updates()).isEqualTo(1);
        Messages vi = Messages.vietnamese();
        assertThat(preview.rejections()).extracting(Rejection::row, r -> r.reason(vi)).containsExactly(
                tuple(4, "Lê Văn Cường đã ra quân / chuyển đi nên không đăng ký mới được."),
                tuple(5, "không tìm thấy người này trong quân số (mã đơn vị \"c1\")"),
                tuple(6, "có 2 người trùng tên; hãy điền mã đơn vị và ngày sinh"),
                tuple(7, vi.get("plan.import.wrongFamily")),
                tuple(8, "năm phải là một số như 2026"),
                tuple(9, "người này xuất hiện hai lần trong tệp cho cùng một năm"));
        assertThat(f.registrations().personLines(2026, null)).hasSize(1);

        importer.apply(preview);

        assertThat(f.registrations().personLines(2026, null))
                .extracting(RegistrationLine::name, l -> l.registration().title(), l -> l.registration().initiatives())
                .containsExactly(tuple("Trần Văn An", "Chiến sĩ thi đua cơ sở", "Cải tiến giá súng"),
                        tuple("Nguyễn Văn Hùng", "Chiến sĩ thi đua cơ sở", null), tuple("Nguyễn Văn Hùng", "Bằng khen", null));
        RegistrationImport again = importer.preview(file, Progress.NONE);
        assertThat(again.changes()).isEmpty();
        assertThat(again.unchanged()).isEqualTo(2);
    }

    @Test
    void anImportThatMeetsAConflictWritesNothing() throws Exception {
        Path file = dir.resolve("dang-ky.xlsx");
        export(file);
        edit(file, sheet -> {
            set(sheet.getRow(1), 8, "Chiến sĩ tiên tiến");
            set(sheet.getRow(2), 8, "Chiến sĩ thi đua cơ sở");
        });
        RegistrationImporter importer = new RegistrationImporter(f.registrations(), f.app.roster(), f.app.settings().importRowLimit());
        RegistrationImport preview = importer.preview(file, Progress.NONE);
        // Someone registers An on the page between the preview and the import.
        f.registrations().registerPerson(2026, an.id(), "Chiến sĩ thi đua cơ sở", null);
        assertThatThrownBy(() -> importer.apply(preview)).isInstanceOf(RuntimeException.class);
        assertThat(f.registrations().personLines(2026, null)).extracting(RegistrationLine::name, l -> l.registration().title())
                .containsExactly(tuple("Trần Văn An", "Chiến sĩ thi đua cơ sở"), tuple("Nguyễn Văn Hùng", "Chiến sĩ tiên tiến"));
    }

    @Test
    void aWorkbookWithoutTheColumnsIsRefusedByName() throws Exception {
        Path file = dir.resolve("khac.xlsx");
        try (Workbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            book.createSheet("x").createRow(0).createCell(0).setCellValue("Họ và tên");
            book.write(out);
        }
        assertThatThrownBy(() -> new RegistrationImporter(f.registrations(), f.app.roster(), f.app.settings().importRowLimit()).preview(file, Progress.NONE))
                .hasFieldOrPropertyWithValue("messageKey", "plan.import.noHeader");
    }

    private int export(Path file) {
        return new RegistrationExporter(f.registrations(), Messages.vietnamese())
                .write(file, 2026, f.company1.id(), f.app.roster().search(RosterQuery.ALL.inUnit(f.company1.id())), Progress.NONE);
    }

    private static void edit(Path file, java.util.function.Consumer<Sheet> change) throws Exception {
        Workbook book;
        try (InputStream in = Files.newInputStream(file)) {
            book = new XSSFWorkbook(in);
        }
        change.accept(book.getSheetAt(0));
        try (OutputStream out = Files.newOutputStream(file)) {
            book.write(out);
        }
        book.close();
    }

    private static void row(Sheet sheet, int index, int year, String name, String code, String title, String award) {
        Row row = sheet.createRow(index);
        if (year != 0) {
            row.createCell(1).setCellValue(year);
        }
        set(row, 2, name);
        set(row, 6, code);
        set(row, 8, title);
        if (award != null) {
            set(row, 9, award);
        }
    }

    private static void set(Row row, int column, String value) {
        row.createCell(column).setCellValue(value);
    }
}
