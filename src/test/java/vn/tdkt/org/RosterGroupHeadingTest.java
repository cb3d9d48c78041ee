package vn.tdkt.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.util.CellRangeAddress;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tdkt.core.Messages;
import vn.tdkt.core.Progress;

/** Group headings inside a roster ("BAN CHỈ HUY", "ĐẠI ĐỘI 1") are not people, and name the unit of the rows below them. */
class RosterGroupHeadingTest {
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

    private ImportPreview preview(Path file, Unit into) {
        ImportSource source = org.app.rosterImporter().read(file);
        return org.app.rosterImporter().preview(source, source.suggested(), into.id(), Progress.NONE);
    }

    /** A battalion's roster with STT: headings in merged cells without a number, one with a Roman numeral. */
    @ParameterizedTest
    @ValueSource(strings = {"tieu-doan.xlsx", "tieu-doan.xls"})
    void headingsInANumberedTableAreNotPeopleAndGiveTheUnit(String name) throws Exception {
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "STT", "Họ và tên", "Ngày sinh", "Cấp bậc", "Chức vụ");
            TestWorkbooks.row(sheet, 1, "BAN CHỈ HUY");
            sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, 4));
            TestWorkbooks.row(sheet, 2, 1, "Trần Văn Tú", LocalDate.of(1985, 3, 2), "Thiếu tá", "Tiểu đoàn trưởng");
            TestWorkbooks.row(sheet, 3, null, "ĐẠI ĐỘI 1");
            sheet.addMergedRegion(new CellRangeAddress(3, 3, 1, 4));
            TestWorkbooks.row(sheet, 4, 2, "Nguyễn Văn Hùng", LocalDate.of(1990, 12, 5), "Trung úy", "Trung đội trưởng");
            TestWorkbooks.row(sheet, 5, 3, "Lê Văn Nam", "1990", "Binh nhất", "Chiến sĩ");
            TestWorkbooks.row(sheet, 6, "II", "Đại đội 2");
            TestWorkbooks.row(sheet, 7, 4, "Phạm Văn Hòa", "2003", "Binh nhì", "Chiến sĩ");
            TestWorkbooks.row(sheet, 8, "Tổng cộng: 4 đồng chí");
        });

        ImportPreview preview = preview(file, org.battalion1);

        assertThat(preview.rejections()).isEmpty();
        assertThat(preview.headingRows()).containsExactly(2, 4, 7);
        assertThat(preview.footerRows()).containsExactly(9);
        assertThat(preview.additions()).extracting(r -> r.details().fullName() + " @ " + org.app.units().get(r.unitId()).code())
                .containsExactly("Trần Văn Tú @ d1", "Nguyễn Văn Hùng @ c1", "Lê Văn Nam @ c1", "Phạm Văn Hòa @ c2");
        assertThat(Messages.vietnamese().get("roster.import.headings", preview.headingRanges())).startsWith("Không nhập: dòng tiêu đề nhóm (dòng 2, 4, 7)");

        org.app.rosterImporter().apply(preview, Progress.NONE);
        assertThat(org.app.roster().search(RosterQuery.ALL.inUnit(org.company1.id()))).extracting(e -> e.person().fullName())
                .containsExactly("Nguyễn Văn Hùng", "Lê Văn Nam");
        assertThat(org.app.roster().search(RosterQuery.text("dai doi"))).isEmpty();
    }

    /** No STT column: capitals alone on a row with people after it; the total line still ends the table. */
    @ParameterizedTest
    @ValueSource(strings = {"khong-stt.xlsx", "khong-stt.xls"})
    void headingsWithoutSerialNumbersAreRecognisedByCapitalsAndThePeopleBelow(String name) throws Exception {
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "Họ và tên", "Năm sinh", "Cấp bậc");
            TestWorkbooks.row(sheet, 1, "BAN CHỈ HUY ĐẠI ĐỘI");
            TestWorkbooks.row(sheet, 2, "Võ Văn Quyết", 1988, "Đại úy");
            TestWorkbooks.row(sheet, 3, "I. TRUNG ĐỘI 1");
            TestWorkbooks.row(sheet, 4, "Đoàn Văn Tâm", 1991, "Binh nhì");
            TestWorkbooks.row(sheet, 5, "cộng: 2 đ/c");
            TestWorkbooks.row(sheet, 6, "T/M CHI ỦY", null, "ĐẠI ĐỘI TRƯỞNG");
            TestWorkbooks.row(sheet, 8, "Thượng úy Trần Văn Tú");
        });

        ImportPreview preview = preview(file, org.company1);

        assertThat(preview.rejections()).isEmpty();
        assertThat(preview.additions()).extracting(r -> r.details().fullName()).containsExactly("Võ Văn Quyết", "Đoàn Văn Tâm");
        assertThat(preview.additions()).extracting(ImportRow::unitId).containsOnly(org.company1.id());
        assertThat(preview.headingRows()).containsExactly(2, 4);
        assertThat(preview.footerRows()).containsExactly(6, 7, 9);
    }

    /** A name in capitals with the rest of its row filled is a person; a heading with a unit column leaves the unit to that column. */
    @ParameterizedTest
    @ValueSource(strings = {"chu-hoa.xlsx", "chu-hoa.xls"})
    void namesInCapitalsStayPeopleAndAUnitColumnWins(String name) throws Exception {
        Path file = TestWorkbooks.write(dir.resolve(name), sheet -> {
            TestWorkbooks.row(sheet, 0, "STT", "Họ và tên", "Năm sinh", "Đơn vị");
            TestWorkbooks.row(sheet, 1, "ĐẠI ĐỘI 1");
            TestWorkbooks.row(sheet, 2, 1, "NGUYỄN VĂN AN", 1999, "c2");
            TestWorkbooks.row(sheet, 3, 2, "TRẦN VĂN BÌNH", 2000, "c2");
        });

        ImportPreview preview = preview(file, org.battalion1);

        assertThat(preview.headingRows()).containsExactly(2);
        assertThat(preview.additions()).extracting(r -> r.details().fullName()).containsExactly("NGUYỄN VĂN AN", "TRẦN VĂN BÌNH");
        assertThat(preview.additions()).extracting(ImportRow::unitId).containsOnly(org.company2.id());
    }
}
