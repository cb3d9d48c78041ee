package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static vn.tdkt.db.jooq.Tables.AWARD_CLASSIFICATION;
import static vn.tdkt.db.jooq.Tables.AWARD_HISTORY;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.AppContext;
import vn.tdkt.FolderCommands;
import vn.tdkt.core.AppException;
import vn.tdkt.db.DataFolder;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.Rejection;
import vn.tdkt.org.RosterDates;
import vn.tdkt.org.Unit;

/**
 * A unit's old award records and classifications from a real .xlsx: people matched by birth date or service number,
 * units by code or by name under their parent; refused rows with reasons; a dry run writes nothing.
 */
class HistoryImportTest {
    @TempDir
    Path dir;
    private AwardFixture f;
    private HistoryImporter importer;
    private Person hung;
    private Unit platoonOfC1;

    @BeforeEach
    void open() {
        f = new AwardFixture(dir);
        importer = new HistoryImporter(f.records, f.ruleSets, f.app.roster(), f.app.units(), f.app.clock());
        hung = f.app.roster().add(f.c1.id(), new PersonDetails("Nguyễn Văn Hùng", Gender.MALE, RosterDates.day(LocalDate.of(1998, 3, 2)),
                null, null, null, null, false, null, null, null, null, "QN-123456"));
        f.app.roster().add(f.c1.id(), new PersonDetails("Lê Thị Mai", Gender.FEMALE, RosterDates.day(LocalDate.of(2000, 7, 9)),
                null, null, null, null, false, null, null, null, null));
        // Two platoons share a name, as they do in every company: only the parent tells them apart.
        platoonOfC1 = f.app.units().add(f.c1.id(), "b1c1", "Trung đội 1", null, "Trung đội");
        f.app.units().add(f.c2.id(), "b1c2", "Trung đội 1", null, "Trung đội");
    }

    @AfterEach
    void close() {
        if (f != null) {
            f.close();
        }
    }

    private Path workbook(String[]... rows) throws Exception {
        Path file = dir.resolve("lich-su.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = book.createSheet("Khen thưởng");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH KHEN THƯỞNG CÁC NĂM");
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
        }
        return file;
    }

    @Test
    void matchedRowsComeInAndEveryOtherRowSaysWhy() throws Exception {
        f.records.addPastAward(SubjectKind.PERSON, hung.id(), 2023, "CSTT", "Chiến sĩ tiên tiến", AwardKind.MERIT, null, null, null);
        Path file = workbook(
                new String[] {"STT", "Họ và tên", "Ngày sinh", "Số hiệu", "Năm", "Danh hiệu / hình thức", "Loại", "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"},
                new String[] {"1", "Nguyễn Văn Hùng", "02/03/1998", "", "2024", "Chiến sĩ thi đua cơ sở", "Công trạng", "120/QĐ-TrĐ19", "20/12/2024", "Trung đoàn 19"},
                new String[] {"2", "Nguyen Van Hung", "", "qn-123456", "2025", "Chiến sĩ thi đua cơ sở", "", "121/QĐ-TrĐ19", "19/12/2025", "Trung đoàn 19"},
                new String[] {"3", "Lê Thị Mai", "09/07/2000", "", "2025", "Giấy khen", "Đột xuất", "45/QĐ-TrĐ19", "02/09/2025", "Trung đoàn 19"},
                new String[] {"4", "Phạm Văn Tú", "01/01/1999", "", "2025", "Chiến sĩ tiên tiến", "", "", "", ""},
                new String[] {"5", "Nguyễn Văn Hùng", "02/03/1998", "", "2024", "Chiến sĩ thi đua cơ sở", "", "", "", ""},
                new String[] {"6", "Nguyễn Văn Hùng", "02/03/1998", "", "2023", "Chiến sĩ tiên tiến", "", "", "", ""},
                new String[] {"7", "Lê Thị Mai", "09/07/2000", "", "năm ngoái", "Chiến sĩ tiên tiến", "", "", "", ""});

        HistoryImport preview = importer.preview(file);
        assertThat(preview.awards()).extracting(a -> a.year() + " " + a.titleCode() + " " + a.kind())
                .containsExactly("2024 CSTDCS MERIT", "2025 CSTDCS MERIT", "2025 GK ONE_OFF");
        assertThat(preview.rejected()).extracting(Rejection::row, Rejection::reasonKey).containsExactly(
                tuple(7, "award.import.reject.unmatched"),
                tuple(8, "award.import.reject.repeated"),
                tuple(9, "award.import.reject.known"),
                tuple(10, "award.import.reject.year"));
        assertThat(preview.rejected().getFirst().describe(f.app.messages()))
                .isEqualTo("Dòng 7, cột \"Họ và tên\" (giá trị \"Phạm Văn Tú\"): không tìm thấy \"Phạm Văn Tú\" (ngày sinh 01/01/1999) trong quân số: "
                        + "kiểm tra họ tên, ngày sinh hoặc ghi số hiệu");
        assertThat(f.records.historyOf(hung.id())).as("a preview writes nothing").hasSize(1);

        assertThat(importer.apply(preview)).isEqualTo(3);
        assertThat(f.records.historyOf(hung.id())).extracting(PastAward::year, PastAward::decisionNumber)
                .containsExactly(tuple(2025, "121/QĐ-TrĐ19"), tuple(2024, "120/QĐ-TrĐ19"), tuple(2023, null));
        assertThat(importer.preview(file).lines()).as("importing again adds nothing").isEmpty();
    }

    @Test
    void unitsAndClassificationsComeInMatchedByCodeOrByNameUnderTheirParent() throws Exception {
        f.records.classify(2024, SubjectKind.UNIT, Map.of(f.c2.id(), Grade.HTTNV));
        Path file = workbook(
                new String[] {"TT", "Họ tên", "Ngày sinh", "Ký hiệu đơn vị", "Tên đơn vị", "Đơn vị cấp trên", "Năm", "Phân loại", "Danh hiệu, hình thức",
                    "Số quyết định", "Ngày quyết định", "Cơ quan ban hành"},
                new String[] {"1", "", "", "c1", "", "", "2024", "HTXSNV", "Đơn vị quyết thắng", "15/QĐ-SĐ", "28/12/2024", "Sư đoàn 399"},
                new String[] {"2", "", "", "", "Trung đội 1", "Đại đội 1", "2025", "Hoàn thành tốt nhiệm vụ", "Đơn vị tiên tiến", "", "", ""},
                new String[] {"3", "", "", "", "Trung đội 1", "", "2025", "", "Giấy khen", "", "", ""},
                new String[] {"4", "", "", "", "Đại đội 9", "Trung đoàn 19", "2025", "", "Đơn vị tiên tiến", "", "", ""},
                new String[] {"5", "", "", "c9", "", "", "2025", "HTNV", "", "", "", ""},
                new String[] {"6", "", "", "c1", "", "", "2024", "HTXSNV", "Đơn vị quyết thắng", "", "", ""},
                new String[] {"7", "", "", "c2", "", "", "2024", "HTXSNV", "", "", "", ""},
                new String[] {"8", "", "", "c2", "", "", "2025", "Xuất sắc", "", "", "", ""},
                new String[] {"9", "", "", "c2", "", "", "2025", "", "Chiến sĩ thi đua cơ sở", "", "", ""},
                new String[] {"10", "Lê Thị Mai", "09/07/2000", "c1", "Đại đội 1", "", "2025", "HTXSNV", "Chiến sĩ tiên tiến", "", "", ""},
                new String[] {"11", "", "", "", "", "", "2025", "HTNV", "", "", "", ""});

        HistoryImport preview = importer.preview(file);
        assertThat(preview.lines()).extracting(HistoryImport.Line::row, HistoryImport.Line::kind, HistoryImport.Line::subjectName).containsExactly(
                tuple(4, SubjectKind.UNIT, "Đại đội 1"),
                tuple(5, SubjectKind.UNIT, "Trung đội 1"),
                tuple(13, SubjectKind.PERSON, "Lê Thị Mai"));
        assertThat(preview.awards()).extracting(PastAward::subjectId, PastAward::year, PastAward::titleCode, PastAward::decisionNumber).containsExactly(
                tuple(f.c1.id(), 2024, "DVQT", "15/QĐ-SĐ"), tuple(platoonOfC1.id(), 2025, "DVTT", null), tuple(preview.lines().get(2).award().subjectId(), 2025, "CSTT", null));
        assertThat(preview.grades()).extracting(Classification::subjectId, Classification::year, Classification::grade).containsExactly(
                tuple(f.c1.id(), 2024, Grade.HTXSNV), tuple(platoonOfC1.id(), 2025, Grade.HTTNV),
                tuple(preview.lines().get(2).grade().subjectId(), 2025, Grade.HTXSNV));
        assertThat(preview.unitLines()).isEqualTo(2);
        assertThat(preview.rejected()).extracting(Rejection::row, Rejection::column, Rejection::reasonKey).containsExactly(
                tuple(6, "Tên đơn vị", "award.import.reject.unitAmbiguous"),
                tuple(7, "Tên đơn vị", "award.import.reject.unitUnmatched"),
                tuple(8, "Ký hiệu đơn vị", "award.import.reject.unitCode"),
                tuple(9, "Danh hiệu, hình thức", "award.import.reject.repeated"),
                tuple(9, "Phân loại", "award.import.reject.repeated"),
                tuple(10, "Phân loại", "award.import.reject.gradeConflict"),
                tuple(11, "Phân loại", "award.import.reject.grade"),
                tuple(12, "Danh hiệu, hình thức", "award.import.reject.personTitle"),
                tuple(14, "Họ tên", "award.import.reject.noSubject"));
        assertThat(preview.rejected().get(0).describe(f.app.messages())).contains("có 2 đơn vị tên \"Trung đội 1\"");
        assertThat(preview.rejected().get(5).describe(f.app.messages())).contains("Đại đội 2 đã được phân loại HTTNV năm 2024");

        assertThat(importer.apply(preview)).isEqualTo(3);
        assertThat(f.records.historyOf(f.c1.id())).extracting(PastAward::subjectKind, PastAward::titleName, PastAward::issuer)
                .containsExactly(tuple(SubjectKind.UNIT, "Đơn vị quyết thắng", "Sư đoàn 399"));
        assertThat(f.records.grades(2024)).containsEntry(f.c1.id(), Grade.HTXSNV).containsEntry(f.c2.id(), Grade.HTTNV);
        assertThat(f.records.grades(2025)).containsEntry(platoonOfC1.id(), Grade.HTTNV);
        HistoryImport again = importer.preview(file);
        assertThat(again.lines()).as("importing again adds nothing").isEmpty();
        assertThat(again.rejected()).extracting(Rejection::reasonKey).contains("award.import.reject.known", "award.import.reject.gradeKnown");
    }

    @Test
    void initiativesOfEarlierYearsComeInWithTheirAuthorsFromTheirOwnSheet() throws Exception {
        f.records.addInitiative(InitiativeKind.INITIATIVE, "Giá ngắm bắn đêm", List.of(f.an.id()), "Trung đoàn 19", LocalDate.of(2023, 5, 4), Scope.BASE);
        Path file = dir.resolve("sang-kien.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet awards = book.createSheet("Khen thưởng");
            String[][] awardRows = {{"Họ tên", "Ngày sinh", "Năm", "Danh hiệu"}, {"Lê Thị Mai", "09/07/2000", "2024", "Chiến sĩ tiên tiến"}};
            fill(awards, awardRows);
            XSSFSheet register = book.createSheet("Sáng kiến");
            fill(register, new String[][] {
                {"Tên sáng kiến, đề tài", "Loại", "Họ tên tác giả", "Ngày sinh", "Số hiệu", "Cấp công nhận", "Ngày công nhận", "Phạm vi ảnh hưởng"},
                {"Cải tiến bia di động", "Sáng kiến", "Nguyễn Văn Hùng", "02/03/1998", "", "Sư đoàn 399", "15/06/2024", "Toàn quân"},
                {"Cải tiến bia di động", "Sáng kiến", "Lê Thị Mai", "09/07/2000", "", "Sư đoàn 399", "15/06/2024", "Toàn quân"},
                {"Cải tiến bia di động", "Sáng kiến", "", "", "QN-123456", "Sư đoàn 399", "15/06/2024", "Toàn quân"},
                {"Huấn luyện bơi vũ trang", "Đề tài", "Lê Thị Mai", "09/07/2000", "", "Bộ Tham mưu", "20/11/2025", "cơ sở"},
                {"Giá ngắm bắn đêm", "Sáng kiến", "Nguyễn Văn An", "", "", "Trung đoàn 19", "04/05/2023", "Cơ sở"},
                {"Ống nhòm cải tiến", "Sáng kiến", "Lê Thị Mai", "09/07/2000", "", "Trung đoàn 19", "31/02/2024", "Cơ sở"},
                {"Ống nhòm cải tiến", "Sáng kiến", "Lê Thị Mai", "09/07/2000", "", "Trung đoàn 19", "01/03/2024", "trong đơn vị"},
                {"Ống nhòm cải tiến", "Sáng kiến", "Phạm Văn Tú", "01/01/1999", "", "Trung đoàn 19", "01/03/2024", "Cơ sở"}});
            book.write(out);
        }

        HistoryImport preview = importer.preview(file);
        assertThat(preview.awards()).extracting(PastAward::titleCode).containsExactly("CSTT");
        assertThat(preview.initiatives()).extracting(i -> i.initiative().title(), i -> i.initiative().kind(), i -> i.initiative().scope(),
                HistoryImport.InitiativeLine::authorNames, HistoryImport.InitiativeLine::rows).containsExactly(
                tuple("Cải tiến bia di động", InitiativeKind.INITIATIVE, Scope.MINISTRY, List.of("Nguyễn Văn Hùng", "Lê Thị Mai"), List.of(2, 3)),
                tuple("Huấn luyện bơi vũ trang", InitiativeKind.TOPIC, Scope.BASE, List.of("Lê Thị Mai"), List.of(5)));
        assertThat(preview.rejected()).extracting(Rejection::row, Rejection::reasonKey).containsExactly(
                tuple(4, "award.import.reject.repeated"),
                tuple(6, "award.import.reject.initiativeKnown"),
                tuple(7, "award.import.reject.recognisedOn"),
                tuple(8, "award.import.reject.scope"),
                tuple(9, "award.import.reject.unmatched"));
        assertThat(preview.rowsToImport()).isEqualTo(4);
        assertThat(f.records.initiatives(2024)).as("a preview writes nothing").isEmpty();

        assertThat(importer.apply(preview)).isEqualTo(4);
        assertThat(f.records.initiatives(2024)).singleElement().satisfies(i -> {
            assertThat(i.authorIds()).containsExactly(hung.id(), mai().id());
            assertThat(i.recognisedBy()).isEqualTo("Sư đoàn 399");
            assertThat(i.recognisedOn()).isEqualTo(LocalDate.of(2024, 6, 15));
        });
        assertThat(f.records.initiatives(2025)).extracting(Initiative::title).containsExactly("Huấn luyện bơi vũ trang");
        assertThat(importer.preview(file).initiatives()).as("importing again adds nothing").isEmpty();
    }

    /**
     * "Still to come" is judged by the app's clock (20/11/2026 in the fixture), not the machine's: a recognition dated
     * after that day is refused even when the machine's calendar has passed it, and so is a year after the clock's.
     */
    @Test
    void datesAndYearsStillToComeAreJudgedByTheAppsClock() throws Exception {
        Path file = dir.resolve("sang-kien-moi.xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            fill(book.createSheet("Khen thưởng"), new String[][] {{"Họ tên", "Ngày sinh", "Năm", "Danh hiệu"},
                {"Lê Thị Mai", "09/07/2000", "2026", "Chiến sĩ tiên tiến"}});
            fill(book.createSheet("Sáng kiến"), new String[][] {
                {"Tên sáng kiến, đề tài", "Loại", "Họ tên tác giả", "Ngày sinh", "Cấp công nhận", "Ngày công nhận", "Phạm vi ảnh hưởng"},
                {"Cải tiến bia di động", "Sáng kiến", "Lê Thị Mai", "09/07/2000", "Trung đoàn 19", "19/11/2026", "Cơ sở"},
                {"Giá ngắm bắn đêm", "Sáng kiến", "Lê Thị Mai", "09/07/2000", "Trung đoàn 19", "25/11/2026", "Cơ sở"}});
            book.write(out);
        }

        HistoryImport preview = importer.preview(file);
        assertThat(preview.initiatives()).extracting(i -> i.initiative().title()).containsExactly("Cải tiến bia di động");
        assertThat(preview.rejected()).extracting(Rejection::row, Rejection::reasonKey).containsExactly(tuple(3, "award.import.reject.recognisedOn"));
        assertThat(preview.awards()).extracting(PastAward::year).containsExactly(2026);

        HistoryImporter lastYear = new HistoryImporter(f.records, f.ruleSets, f.app.roster(), f.app.units(),
                Clock.fixed(java.time.Instant.parse("2025-06-01T02:00:00Z"), java.time.ZoneOffset.ofHours(7)));
        HistoryImport early = lastYear.preview(file);
        assertThat(early.awards()).as("2026 has not begun on the clock's day").isEmpty();
        assertThat(early.initiatives()).isEmpty();
    }

    private Person mai() {
        return f.app.roster().search(vn.tdkt.org.RosterQuery.text("Lê Thị Mai")).getFirst().person();
    }

    private static void fill(XSSFSheet sheet, String[][] rows) {
        for (int r = 0; r < rows.length; r++) {
            var row = sheet.createRow(r);
            for (int c = 0; c < rows[r].length; c++) {
                row.createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    @Test
    void theCommandsDryRunWritesNothingAndTheImportWritesTheSameRows() throws Exception {
        Path file = workbook(
                new String[] {"Ký hiệu đơn vị", "Năm", "Phân loại", "Danh hiệu"},
                new String[] {"c1", "2025", "HTXSNV", "Đơn vị quyết thắng"},
                new String[] {"c1", "2025", "HTXSNV", "Đơn vị quyết thắng"},
                new String[] {"c7", "2025", "HTXSNV", ""});
        f.close();
        f = null;
        FolderCommands cli = new FolderCommands(() -> dir.resolve("data"));

        assertThat(cli.run("history", "import", file.toString(), "--dry-run")).isZero();
        assertThat(cli.out()).contains("Thử: sẽ nhập 1 dòng (1 khen thưởng, 1 phân loại, 1 dòng của tập thể, 0 sáng kiến, đề tài), từ chối 3 dòng. Chưa ghi gì.")
                .contains("Dòng 5, cột \"Danh hiệu\" (giá trị \"Đơn vị quyết thắng\"): trùng với dòng 4 trong tệp")
                .contains("Dòng 6, cột \"Ký hiệu đơn vị\" (giá trị \"c7\"): không có đơn vị ký hiệu \"c7\"");
        assertThat(rows(AWARD_HISTORY)).as("a dry run writes nothing").isZero();
        assertThat(rows(AWARD_CLASSIFICATION)).isZero();

        assertThat(cli.run("history", "import", file.toString())).isZero();
        assertThat(cli.out()).contains("Đã nhập 1 dòng (1 khen thưởng, 1 phân loại, 1 dòng của tập thể, 0 sáng kiến, đề tài), từ chối 3 dòng.");
        assertThat(rows(AWARD_HISTORY)).isEqualTo(1);
        assertThat(rows(AWARD_CLASSIFICATION)).isEqualTo(1);
        assertThat(cli.run("awards", "history", "c1")).isZero();
        assertThat(cli.out()).contains("2025  Đơn vị quyết thắng");
    }

    private int rows(org.jooq.Table<?> table) {
        AppContext app = AppContext.open(new DataFolder(dir.resolve("data")), Clock.systemDefaultZone());
        try {
            return app.database().dsl().fetchCount(table);
        } finally {
            app.close();
        }
    }

    @Test
    void aSheetWithoutTheHeadersIsRefusedWithItsName() throws Exception {
        Path file = workbook(new String[] {"Tên", "Điểm"}, new String[] {"Hùng", "9"});
        assertThatThrownBy(() -> importer.preview(file)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.import.error.noHeader");
        assertThat(List.of(f.records.historyOf(hung.id()))).singleElement().asList().isEmpty();
    }
}
