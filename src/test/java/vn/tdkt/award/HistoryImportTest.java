package vn.tdkt.award;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tdkt.core.AppException;
import vn.tdkt.org.Gender;
import vn.tdkt.org.Person;
import vn.tdkt.org.PersonDetails;
import vn.tdkt.org.RosterDates;

/** A unit's old award records from a real .xlsx: matched by birth date or service number, refused rows with reasons. */
class HistoryImportTest {
    @TempDir
    Path dir;
    private AwardFixture f;
    private HistoryImporter importer;
    private Person hung;

    @BeforeEach
    void open() {
        f = new AwardFixture(dir);
        importer = new HistoryImporter(f.records, f.ruleSets, f.app.roster());
        hung = f.app.roster().add(f.c1.id(), new PersonDetails("Nguyễn Văn Hùng", Gender.MALE, RosterDates.day(LocalDate.of(1998, 3, 2)),
                null, null, null, null, false, null, null, null, null, "QN-123456"));
        f.app.roster().add(f.c1.id(), new PersonDetails("Lê Thị Mai", Gender.FEMALE, RosterDates.day(LocalDate.of(2000, 7, 9)),
                null, null, null, null, false, null, null, null, null));
    }

    @AfterEach
    void close() {
        f.close();
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
        assertThat(preview.accepted()).extracting(a -> a.year() + " " + a.titleCode() + " " + a.kind())
                .containsExactly("2024 CSTDCS MERIT", "2025 CSTDCS MERIT", "2025 GK ONE_OFF");
        assertThat(preview.rejected()).extracting(HistoryImport.Rejected::row, HistoryImport.Rejected::key).containsExactly(
                org.assertj.core.groups.Tuple.tuple(7, "award.import.reject.unmatched"),
                org.assertj.core.groups.Tuple.tuple(8, "award.import.reject.repeated"),
                org.assertj.core.groups.Tuple.tuple(9, "award.import.reject.known"),
                org.assertj.core.groups.Tuple.tuple(10, "award.import.reject.year"));
        assertThat(f.records.historyOf(hung.id())).as("a preview writes nothing").hasSize(1);

        assertThat(importer.apply(preview)).isEqualTo(3);
        assertThat(f.records.historyOf(hung.id())).extracting(PastAward::year, PastAward::decisionNumber)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(2025, "121/QĐ-TrĐ19"), org.assertj.core.groups.Tuple.tuple(2024, "120/QĐ-TrĐ19"),
                        org.assertj.core.groups.Tuple.tuple(2023, null));
        assertThat(importer.preview(file).accepted()).as("importing again adds nothing").isEmpty();
    }

    @Test
    void aSheetWithoutTheHeadersIsRefusedWithItsName() throws Exception {
        Path file = workbook(new String[] {"Tên", "Điểm"}, new String[] {"Hùng", "9"});
        assertThatThrownBy(() -> importer.preview(file)).isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("award.import.error.noHeader");
        assertThat(List.of(f.records.historyOf(hung.id()))).singleElement().asList().isEmpty();
    }
}
