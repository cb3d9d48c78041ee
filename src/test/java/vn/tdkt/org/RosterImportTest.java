package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.core.AppException;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;
import vn.tdkt.core.VietnameseDates.Precision;

class RosterImportTest {
    @TempDir
    Path dir;
    OrgFixture org;

    @BeforeEach
    void open() {
        org = new OrgFixture(dir);
    }

    @AfterEach
    void close() {
        org.close();
    }

    /**
     * Like a unit's real file: merged titles above, a blank line, the header on row 4 in an unusual
     * column order, a row of column numbers, then rows with text and real dates, stray spaces, an NFD
     * name, a blank row, a duplicate, a bad date, a formula error, a missing name, an unknown unit.
     */
    private Path messyRoster(String name) throws Exception {
        return TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "TRUNG ĐOÀN 19");
            TestWorkbooks.row(sheet, 1, "DANH SÁCH QUÂN SỐ NĂM 2026");
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 7));
            TestWorkbooks.row(sheet, 3, "STT", "Ngày tháng năm sinh", "Họ và tên", "Cấp bậc", "Chức  vụ", "Đơn vị", "Quê quán", "Giới tính");
            TestWorkbooks.row(sheet, 4, "(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)");
            TestWorkbooks.row(sheet, 5, 1, "05/12/1990", "  Nguyễn   Văn Hùng ", "Trung úy", "Trung đội trưởng", "c1", "Hà Tĩnh", "Nam");
            TestWorkbooks.row(sheet, 6, 2, LocalDate.of(1995, 3, 20), Normalizer.normalize("Trần Thị Hoa", Normalizer.Form.NFD), "Thượng sĩ", "Nhân viên", "Đại đội 2", "Nghệ An", "nữ");
            TestWorkbooks.row(sheet, 8, 3, "1990", "Lê Văn Nam", "Binh nhất", "Chiến sĩ", "dai doi 1", null, null);
            TestWorkbooks.row(sheet, 9, 4, 1992, "Võ Văn Quyết", "Binh nhì", "Chiến sĩ", "C2", null, null);
            TestWorkbooks.row(sheet, 10, 5, "5-12-1990", "Nguyễn Văn Hùng", "Trung úy", null, "c1", null, null);
            TestWorkbooks.row(sheet, 11, 6, "31/02/1990", "Đặng Văn Lực", null, null, "c1", null, null);
            TestWorkbooks.row(sheet, 12, 7, "01/01/1988", "Phạm Văn Dũng", "Đại úy", new TestWorkbooks.Formula("1/0"), "c1", null, null);
            TestWorkbooks.row(sheet, 13, 8, "01/01/1988", null, "Đại úy", "Chiến sĩ", "c1", null, null);
            TestWorkbooks.row(sheet, 14, 9, "12/1988", "Phạm Văn Dũng", "Đại úy", "Đại đội trưởng", "c1", "Thái Bình", null);
            TestWorkbooks.row(sheet, 15, 10, "1991", "Bùi Văn Tài", null, null, "Đại đội 9", null, null);
            TestWorkbooks.row(sheet, 16, 11, "1991", "Hồ Văn Sơn", null, null, "c1", null, "X");
            TestWorkbooks.row(sheet, 17, 12, 33_212, "Đoàn Văn Tâm", "Binh nhì", "Chiến sĩ", "c1", null, null);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"quan-so.xlsx", "quan-so.xls"})
    void previewsAndImportsAMessyRoster(String fileName) throws Exception {
        Person existing = org.app.roster().add(org.company2.id(), new PersonDetails("Phạm Văn Dũng", Gender.MALE,
                RosterDates.parse("12/1988").orElseThrow(), null, null, null, "Sĩ quan", true, null, null, "Đại học", null));
        RosterImporter importer = org.app.rosterImporter();
        ImportSource source = importer.read(messyRoster(fileName));
        assertThat(source.table().headerRowNumber()).isEqualTo(4);
        assertThat(source.suggested().field(0)).isEqualTo(RosterField.SERIAL);
        assertThat(source.suggested().fields()).contains(RosterField.FULL_NAME, RosterField.BIRTH_DATE, RosterField.POSITION,
                RosterField.UNIT_NAME, RosterField.GENDER);

        ImportPreview preview = importer.preview(source, source.suggested(), null, Progress.NONE);

        assertThat(preview.additions()).extracting(r -> r.details().fullName())
                .containsExactly("Nguyễn Văn Hùng", "Trần Thị Hoa", "Lê Văn Nam", "Võ Văn Quyết", "Đoàn Văn Tâm");
        assertThat(preview.updates()).extracting(ImportRow::row, ImportRow::existingId).containsExactly(tuple(15, existing.id()));
        assertThat(preview.rejections()).extracting(Rejection::row, Rejection::column, Rejection::value, Rejection::reasonKey)
                .containsExactly(
                        tuple(11, "Họ và tên", "Nguyễn Văn Hùng", "roster.reject.duplicate"),
                        tuple(12, "Ngày tháng năm sinh", "31/02/1990", "roster.reject.badDate"),
                        tuple(13, "Chức vụ", "#DIV/0!", "roster.reject.formulaError"),
                        tuple(14, "Họ và tên", "", "roster.reject.nameMissing"),
                        tuple(16, "Đơn vị", "Đại đội 9", "roster.reject.unknownUnit"),
                        tuple(17, "Giới tính", "X", "roster.reject.badGender"));
        assertThat(preview.rejections().getFirst().describe(Messages.vietnamese()))
                .isEqualTo("Dòng 11, cột \"Họ và tên\" (giá trị \"Nguyễn Văn Hùng\"): trùng họ tên và ngày sinh với dòng 6");

        ImportResult result = importer.apply(preview, Progress.NONE);

        assertThat(result).isEqualTo(new ImportResult(5, 1, 6, 0));
        RosterEntry hung = org.app.roster().search(RosterQuery.text("nguyen van hung")).getFirst();
        assertThat(hung.unitCode()).isEqualTo("c1");
        assertThat(hung.person().details().birth().date()).isEqualTo(LocalDate.of(1990, 12, 5));
        assertThat(hung.person().details().gender()).isEqualTo(Gender.MALE);
        RosterEntry hoa = org.app.roster().search(RosterQuery.text("hoa")).getFirst();
        assertThat(hoa.person().fullName()).isEqualTo("Trần Thị Hoa");
        assertThat(hoa.unitCode()).isEqualTo("c2");
        assertThat(hoa.person().details().birth().date()).isEqualTo(LocalDate.of(1995, 3, 20));
        PersonDetails nam = org.app.roster().search(RosterQuery.text("nam le")).getFirst().person().details();
        assertThat(nam.birth().precision()).isEqualTo(Precision.YEAR);
        PersonDetails quyet = org.app.roster().search(RosterQuery.text("quyet")).getFirst().person().details();
        assertThat(RosterDates.format(quyet.birth())).isEqualTo("1992");
        PersonDetails tam = org.app.roster().search(RosterQuery.text("doan van tam")).getFirst().person().details();
        assertThat(tam.birth().date()).as("an Excel date serial typed into a cell without a date format").isEqualTo(LocalDate.of(1990, 12, 5));
        Person dung = org.app.roster().get(existing.id());
        assertThat(dung.unitId()).isEqualTo(org.company1.id());
        assertThat(dung.details().position()).isEqualTo("Đại đội trưởng");
        assertThat(dung.details().education()).isEqualTo("Đại học");
        assertThat(dung.details().homeTown()).isEqualTo("Thái Bình");
        assertThat(org.app.roster().transfers(existing.id())).extracting(Transfer::fromUnitId, Transfer::toUnitId)
                .containsExactly(tuple(org.company2.id(), org.company1.id()));
    }

    @Test
    void rowsWithoutAMatchingUnitGoToTheChosenUnit() throws Exception {
        RosterImporter importer = org.app.rosterImporter();
        ImportSource source = importer.read(messyRoster("quan-so.xlsx"));
        ImportPreview preview = importer.preview(source, source.suggested(), org.battalion2.id(), Progress.NONE);
        assertThat(preview.additions()).filteredOn(r -> r.details().fullName().equals("Bùi Văn Tài"))
                .singleElement().extracting(ImportRow::unitId).isEqualTo(org.battalion2.id());
    }

    @Test
    void aFileWithoutUnitColumnNeedsAUnitAndTheChosenMappingIsRemembered() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("c1.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Năm sinh", "Ký hiệu đơn vị");
            TestWorkbooks.row(sheet, 1, "Nguyễn Văn Hùng", 1990, "c2");
        });
        RosterImporter importer = org.app.rosterImporter();
        ImportSource source = importer.read(file);
        assertThat(source.suggested().hasUnitColumn()).isFalse();
        assertThatThrownBy(() -> importer.preview(source, source.suggested(), null, Progress.NONE))
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("roster.import.error.noUnit");

        ColumnMapping mapped = source.suggested().with(2, RosterField.UNIT_CODE);
        importer.apply(importer.preview(source, mapped, null, Progress.NONE), Progress.NONE);

        assertThat(importer.read(file).suggested().field(2)).isEqualTo(RosterField.UNIT_CODE);
        assertThat(org.app.roster().search(RosterQuery.ALL)).singleElement().extracting(RosterEntry::unitCode).isEqualTo("c2");
    }

    @Test
    void cancellingLeavesNothingWritten() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("big.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Ngày sinh");
            for (int i = 1; i <= 1_200; i++) {
                TestWorkbooks.row(sheet, i, "Nguyễn Văn Hùng", LocalDate.of(1970, 1, 1).plusDays(i));
            }
        });
        RosterImporter importer = org.app.rosterImporter();
        ImportSource source = importer.read(file);
        ImportPreview preview = importer.preview(source, source.suggested(), org.company1.id(), Progress.NONE);
        Progress cancelAfterFirstBatch = new Progress() {
            private int checks;

            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean isCancelled() {
                return ++checks > 1;
            }
        };
        assertThatThrownBy(() -> importer.apply(preview, cancelAfterFirstBatch)).isInstanceOf(Progress.CancelledException.class);
        assertThat(org.app.roster().search(RosterQuery.ALL)).isEmpty();
        assertThat(importer.read(file).suggested().field(1)).isEqualTo(RosterField.BIRTH_DATE);
        assertThat(org.app.database().tableCounts()).containsEntry("person", 0L).containsEntry("person_word", 0L)
                .containsEntry("roster_column_memory", 0L);
    }

    @Test
    void tenThousandRowsWithThreeHundredBadOnesImportTheGoodOnes() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("10k.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "DANH SÁCH");
            TestWorkbooks.row(sheet, 2, "Họ và tên", "Ngày sinh", "Cấp bậc");
            for (int i = 0; i < 10_000; i++) {
                Object birth = i % 33 == 0 && i < 9_900 ? "32/13/1990" : LocalDate.of(1960, 1, 1).plusDays(i);
                TestWorkbooks.row(sheet, 3 + i, "Nguyễn Văn Hùng", birth, "Binh nhì");
            }
        });
        RosterImporter importer = org.app.rosterImporter();
        ImportSource source = importer.read(file);
        ImportPreview preview = importer.preview(source, source.suggested(), org.company1.id(), Progress.NONE);
        assertThat(preview.rejections()).hasSize(300).allMatch(r -> r.reasonKey().equals("roster.reject.badDate"));
        assertThat(preview.rejections().getFirst().row()).isEqualTo(4);
        assertThat(importer.apply(preview, Progress.NONE)).isEqualTo(new ImportResult(9_700, 0, 300, 0));
        assertThat(org.app.roster().search(RosterQuery.text("hung"))).hasSize(9_700);
    }

    @Test
    void anEmptyFileSaysSo() throws Exception {
        Path empty = Files.createFile(dir.resolve("trong.xlsx"));
        assertRefused(empty, "roster.import.error.empty");
        Path emptySheet = TestWorkbooks.write(dir.resolve("sheet.xlsx"), sheet -> { });
        assertRefused(emptySheet, "roster.import.error.empty");
    }

    @Test
    void aPasswordProtectedFileSaysSo() throws Exception {
        Path locked = dir.resolve("mat-khau.xls");
        Biff8EncryptionKey.setCurrentUserPassword("bimat");
        try (HSSFWorkbook workbook = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(locked)) {
            TestWorkbooks.row(workbook.createSheet(), 0, "Họ và tên", "Ngày sinh");
            workbook.write(out);
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        assertRefused(locked, "roster.import.error.password");
    }

    @Test
    void aPasswordProtectedXlsxSaysSo() throws Exception {
        Path locked = dir.resolve("mat-khau.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor =
                    new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("bimat");
            try (XSSFWorkbook workbook = new XSSFWorkbook();
                 OutputStream encrypted = encryptor.getDataStream(fs)) {
                TestWorkbooks.row(workbook.createSheet(), 0, "Họ và tên", "Ngày sinh");
                workbook.write(encrypted);
            }
            try (OutputStream out = Files.newOutputStream(locked)) {
                fs.writeFilesystem(out);
            }
        }
        assertRefused(locked, "roster.import.error.password");
    }

    @Test
    void aFileThatIsNotASpreadsheetSaysSo() throws Exception {
        Path text = Files.writeString(dir.resolve("danh-sach.xlsx"), "Họ và tên;Ngày sinh\nNguyễn Văn Hùng;05/12/1990\n");
        assertRefused(text, "roster.import.error.notSpreadsheet");
    }

    @Test
    void aSheetWithoutARecognisableHeaderSaysSo() throws Exception {
        Path file = TestWorkbooks.write(dir.resolve("khong-tieu-de.xlsx"), sheet -> {
            TestWorkbooks.row(sheet, 0, "Bảng chấm công tháng 5");
            TestWorkbooks.row(sheet, 1, "Ngày", "Số công");
            TestWorkbooks.row(sheet, 2, "01/05/2026", 8);
        });
        assertRefused(file, "roster.import.error.noHeader");
        assertThat(Messages.vietnamese().describe(catchRefusal(file))).contains("khong-tieu-de.xlsx", "Họ và tên");
    }

    private void assertRefused(Path file, String key) {
        assertThat(catchRefusal(file).messageKey()).isEqualTo(key);
        assertThat(org.app.roster().search(RosterQuery.ALL)).isEmpty();
    }

    private AppException catchRefusal(Path file) {
        try {
            org.app.rosterImporter().read(file);
        } catch (AppException e) {
            return e;
        }
        throw new AssertionError("accepted " + file);
    }

    @Test
    void headersAreComparedFolded() {
        assertThat(RosterImporter.headerKey(" Họ và tên\n(khai sinh) ")).isEqualTo("ho va ten khai sinh");
        assertThat(List.of(RosterField.values())).allMatch(f -> !f.aliases().isEmpty());
    }
}
